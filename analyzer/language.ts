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

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000).toLowerCase();
  const counts: Record<string, number> = {};
  const word = /\p{L}+/gu;
  let total = 0;
  for (let m = word.exec(sample); m; m = word.exec(sample)) {
    const langs = INDEX.get(m[0]);
    total++;
    if (langs) for (const l of langs) counts[l] = (counts[l] ?? 0) + 1;
  }
  let best = 'und';
  let bestCount = 0;
  for (const [lang, n] of Object.entries(counts)) {
    if (n > bestCount) [best, bestCount] = [lang, n];
  }
  return total >= 20 && bestCount / total >= 0.05 ? best : 'und';
}
