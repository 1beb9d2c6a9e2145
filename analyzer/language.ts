/**
 * Guesses the language of a text from its commonest function words. Cheap: it reads
 * at most 3 000 characters of prose. Returns a BCP 47 primary tag or 'und'.
 */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'we', 'your', 'you', 'is', 'with', 'information'],
  de: ['der', 'die', 'und', 'das', 'wir', 'ihre', 'sie', 'nicht', 'mit', 'daten'],
  fr: ['le', 'les', 'des', 'et', 'vous', 'nous', 'vos', 'est', 'pour', 'données'],
  es: ['el', 'los', 'las', 'y', 'que', 'sus', 'usted', 'para', 'con', 'datos'],
  it: ['il', 'di', 'che', 'e', 'i', 'gli', 'per', 'sono', 'dati', 'della'],
  nl: ['de', 'het', 'een', 'en', 'van', 'wij', 'uw', 'u', 'niet', 'gegevens'],
  pt: ['o', 'os', 'as', 'e', 'que', 'não', 'para', 'com', 'dados', 'seus'],
};

const LANGS = Object.keys(STOPWORDS);
/** Each stop word's languages, as indexes into LANGS. */
const INDEX = new Map<string, number[]>();
LANGS.forEach((lang, l) => {
  for (const w of STOPWORDS[lang]!) INDEX.set(w, [...(INDEX.get(w) ?? []), l]);
});

/** Longer words cannot be stop words: they are counted, not looked up. */
const MAX_STOPWORD = Math.max(...[...INDEX.keys()].map((w) => w.length));

/**
 * The stop words in an open-addressed hash table over their UTF-16 units, so that a word of the
 * text is looked up where it lies, without a string made for it (most words are short).
 */
const WORDS = [...INDEX.keys()];
const WORD_LANGS = WORDS.map((w) => INDEX.get(w)!);
const TABLE_MASK = 1023;
const TABLE = new Int16Array(TABLE_MASK + 1).fill(-1);
const TABLE_HASH = new Int32Array(TABLE_MASK + 1);
function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}
WORDS.forEach((w, k) => {
  const h = hashOf(w, 0, w.length);
  let slot = h & TABLE_MASK;
  while (TABLE[slot] !== -1) slot = (slot + 1) & TABLE_MASK;
  TABLE[slot] = k;
  TABLE_HASH[slot] = h;
});

/** The languages of the stop word `s[from … to)`, if it is one. */
function stopWordAt(s: string, from: number, to: number): number[] | undefined {
  const h = hashOf(s, from, to);
  for (let slot = h & TABLE_MASK; TABLE[slot] !== -1; slot = (slot + 1) & TABLE_MASK) {
    if (TABLE_HASH[slot] !== h) continue;
    const w = WORDS[TABLE[slot]!]!;
    if (w.length === to - from && s.startsWith(w, from)) return WORD_LANGS[TABLE[slot]!];
  }
  return undefined;
}
const LETTER = /\p{L}/u;

/** Is the code point at `i` a letter? Returns its length in UTF-16 units (0: not a letter). */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  const cp = s.codePointAt(i)!;
  const len = cp > 0xffff ? 2 : 1;
  return LETTER.test(len === 1 ? s[i]! : String.fromCodePoint(cp)) ? len : 0;
}

/**
 * Characters of code (and of percent-encoded URLs) that prose hardly uses, { } ; = < > \\ $ %
 * (all ASCII). Not `|` and `<br>`: a policy saved in a Markdown table cell has them.
 */
const IS_CODE = new Uint8Array(128);
for (const c of '{};=<>\\$%') IS_CODE[c.charCodeAt(0)] = 1;
/** The characters of code in the line countLine read last. */
let codeChars = 0;

/**
 * Counts the stop words of `line` into `counts` (by language index), noting each language the
 * line counts in `order` the first time it does, and its characters of code into `codeChars`;
 * returns the number of words.
 */
function countLine(line: string, counts: Int32Array, order: number[]): number {
  let total = 0;
  let code = 0;
  // The words are the runs of letters (as /\p{L}+/u reads them), walked by hand: no match
  // object and no string for the words too long to be stop words (2–3× faster than the regex).
  for (let i = 0, n = line.length; i < n; ) {
    let len = letterAt(line, i);
    if (!len) {
      const c = line.charCodeAt(i);
      if (c < 128) code += IS_CODE[c]!;
      i++;
      continue;
    }
    const start = i;
    do i += len;
    while (i < n && (len = letterAt(line, i)));
    total++;
    if (i - start > MAX_STOPWORD) continue;
    const langs = stopWordAt(line, start, i);
    if (langs) for (const l of langs) if (counts[l]!++ === 0) order.push(l);
  }
  codeChars = code;
  return total;
}

/** Images (an inline SVG's markup included), link targets and data URIs are not prose. */
const LINK_TARGET = /!\[[^\]\n]{0,500}\]\([^)\n]{0,200000}\)|\]\([^)\s]{0,2000}\)|\b(?:https?:\/\/|data:)[^\s)]{1,2000}/g;
const BR = /<br\s?\/?>/gi;
/** A line of prose has this many words at least; shorter lines are menu items, titles, buttons. */
const PROSE_WORDS = 8;
const SAMPLE = 3_000;
const SCAN = 400_000;

/**
 * The language of the text, read from its prose: lines of code (a page's inline script) and
 * short lines (menus, buttons, link lists) are skipped, so that a long menu or a script before
 * the policy does not decide. When the text has too little prose, every line counts.
 */
export function detectLanguage(text: string): string {
  // Counts by language index; `…Order` lists the languages in the order they were first counted
  // (best() keeps the first of equal counts).
  const prose = new Int32Array(LANGS.length);
  const all = new Int32Array(LANGS.length);
  const counts = new Int32Array(LANGS.length);
  const proseOrder: number[] = [];
  const allOrder: number[] = [];
  const lineOrder: number[] = [];
  let proseWords = 0;
  let allWords = 0;
  let proseChars = 0;
  const scan = text.length > SCAN ? text.slice(0, SCAN) : text;
  let from = 0;
  while (from < scan.length && proseChars < SAMPLE) {
    let to = scan.indexOf('\n', from);
    if (to < 0) to = scan.length;
    let line = scan.slice(from, to);
    from = to + 1;
    if (line.length < 2) continue;
    // Every match of LINK_TARGET has "](", "://" or "data:"; every match of BR has "<".
    if (line.includes('](') || line.includes('://') || line.includes('data:')) line = line.replace(LINK_TARGET, ' ');
    if (line.includes('<')) line = line.replace(BR, ' ');
    line = line.toLowerCase();
    for (const l of lineOrder) counts[l] = 0;
    lineOrder.length = 0;
    const words = countLine(line, counts, lineOrder);
    // A line of code: a few code characters for every ten words (prose has hardly any).
    const code = codeChars;
    if (code > 3 && code * 10 > words) continue;
    const long = words >= PROSE_WORDS;
    for (const l of lineOrder) {
      const c = counts[l]!;
      if (allWords < 5_000) {
        if (all[l] === 0) allOrder.push(l);
        all[l]! += c;
      }
      if (long) {
        if (prose[l] === 0) proseOrder.push(l);
        prose[l]! += c;
      }
    }
    if (allWords < 5_000) allWords += words;
    if (long) {
      proseWords += words;
      proseChars += line.length;
    }
  }
  return proseWords >= 20 ? best(prose, proseOrder, proseWords) : best(all, allOrder, allWords);
}

function best(counts: Int32Array, order: readonly number[], total: number): string {
  let lang = 'und';
  let top = 0;
  for (const l of order) {
    const n = counts[l]!;
    if (n > top) [lang, top] = [LANGS[l]!, n];
  }
  return total >= 20 && top / total >= 0.05 ? lang : 'und';
}
