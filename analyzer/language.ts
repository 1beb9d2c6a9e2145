/**
 * Guesses the language of a text from its commonest function words. Cheap: it reads
 * at most 20 000 characters of prose. Returns a BCP 47 primary tag or 'und'.
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

const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

/** Longer words cannot be stop words: they are counted, not looked up. */
const MAX_STOPWORD = Math.max(...[...INDEX.keys()].map((w) => w.length));
const LETTER = /\p{L}/u;

/** Is the code point at `i` a letter? Returns its length in UTF-16 units (0: not a letter). */
function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122 ? 1 : 0;
  const cp = s.codePointAt(i)!;
  const len = cp > 0xffff ? 2 : 1;
  return LETTER.test(len === 1 ? s[i]! : String.fromCodePoint(cp)) ? len : 0;
}

/** Counts the stop words of `line` into `counts`; returns the number of words. */
function countLine(line: string, counts: Record<string, number>): number {
  let total = 0;
  // The words are the runs of letters (as /\p{L}+/u reads them), walked by hand: no match
  // object and no string for the words too long to be stop words (2–3× faster than the regex).
  for (let i = 0, n = line.length; i < n; ) {
    let len = letterAt(line, i);
    if (!len) {
      i++;
      continue;
    }
    const start = i;
    do i += len;
    while (i < n && (len = letterAt(line, i)));
    total++;
    if (i - start > MAX_STOPWORD) continue;
    const langs = INDEX.get(line.slice(start, i));
    if (langs) for (const l of langs) counts[l] = (counts[l] ?? 0) + 1;
  }
  return total;
}

/** Images (an inline SVG's markup included), link targets and data URIs are not prose. */
const LINK_TARGET = /!\[[^\]\n]{0,500}\]\([^)\n]{0,200000}\)|\]\([^)\s]{0,2000}\)|\b(?:https?:\/\/|data:)[^\s)]{1,2000}/g;
/**
 * Characters of code (and of percent-encoded URLs) that prose hardly uses. Not `|` and `<br>`:
 * a policy saved in a Markdown table cell has them.
 */
const CODE_CHAR = /[{};=<>\\$%]/g;
const BR = /<br\s?\/?>/gi;
/** A line of prose has this many words at least; shorter lines are menu items, titles, buttons. */
const PROSE_WORDS = 8;
const SAMPLE = 20_000;
const SCAN = 400_000;

/**
 * The language of the text, read from its prose: lines of code (a page's inline script) and
 * short lines (menus, buttons, link lists) are skipped, so that a long menu or a script before
 * the policy does not decide. When the text has too little prose, every line counts.
 */
export function detectLanguage(text: string): string {
  const prose: Record<string, number> = {};
  const all: Record<string, number> = {};
  let proseWords = 0;
  let allWords = 0;
  let proseChars = 0;
  const scan = text.length > SCAN ? text.slice(0, SCAN) : text;
  let from = 0;
  while (from < scan.length && proseChars < SAMPLE) {
    let to = scan.indexOf('\n', from);
    if (to < 0) to = scan.length;
    const raw = scan.slice(from, to);
    from = to + 1;
    if (raw.length < 2) continue;
    const line = raw.replace(LINK_TARGET, ' ').replace(BR, ' ').toLowerCase();
    const counts: Record<string, number> = {};
    const words = countLine(line, counts);
    // A line of code: a few code characters for every ten words (prose has hardly any).
    const code = line.match(CODE_CHAR)?.length ?? 0;
    if (code > 3 && code * 10 > words) continue;
    const long = words >= PROSE_WORDS;
    for (const [l, c] of Object.entries(counts)) {
      if (allWords < 5_000) all[l] = (all[l] ?? 0) + c;
      if (long) prose[l] = (prose[l] ?? 0) + c;
    }
    if (allWords < 5_000) allWords += words;
    if (long) {
      proseWords += words;
      proseChars += line.length;
    }
  }
  return proseWords >= 20 ? best(prose, proseWords) : best(all, allWords);
}

function best(counts: Record<string, number>, total: number): string {
  let lang = 'und';
  let top = 0;
  for (const [l, n] of Object.entries(counts)) {
    if (n > top) [lang, top] = [l, n];
  }
  return total >= 20 && top / total >= 0.05 ? lang : 'und';
}
