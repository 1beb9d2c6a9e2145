/**
 * The features of the paragraph classifier (TF-IDF over words and word pairs, plus the
 * heading and the rules' own answer), shared by the training script and by `classify` so that
 * both see a paragraph the same way. Pure and deterministic.
 */
import { OPP115, type Category } from './classifier-categories';

export interface FeatureOptions {
  /** Word pairs as well as words. */
  bigrams: boolean;
  /** Words of a leading heading line again, marked `h:`. */
  heading: boolean;
  /** The rules' categories as features `r:<index>`. */
  rules: boolean;
  /** Character n-grams (inside words, with boundaries) of these lengths, marked `c:`. */
  chars: number[];
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'for', 'is', 'are', 'be', 'as', 'at', 'by', 'it', 'this', 'that', 'with']);

/** Lower-case word tokens, numbers folded to `0`, a light plural strip. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/[’‘]/g, "'").matchAll(/[a-z][a-z'-]*[a-z]|[a-z]|\d+/g)) {
    let w = m[0];
    if (/^\d/.test(w)) w = '0';
    else {
      w = w.replace(/'s$/, '').replace(/'/g, '');
      if (w.length > 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
    }
    out.push(w);
  }
  return out;
}

/** A first line that reads as a heading: short, no sentence punctuation, with text after it. */
export function headingOf(text: string): string | undefined {
  const nl = text.indexOf('\n');
  if (nl < 0) return undefined;
  const first = text.slice(0, nl).trim();
  if (!first || first.length > 90 || /[.;,]$/.test(first) || first.startsWith('•')) return undefined;
  return first;
}

/** Raw feature counts of a paragraph. */
export function featureCounts(text: string, ruleCategories: readonly Category[], o: FeatureOptions): Map<string, number> {
  const f = new Map<string, number>();
  const add = (k: string) => f.set(k, (f.get(k) ?? 0) + 1);
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (!STOP.has(w)) add(w);
    if (o.bigrams && i + 1 < ws.length) add(`${w} ${ws[i + 1]!}`);
  }
  if (o.heading) {
    const h = headingOf(text);
    if (h) for (const w of words(h)) if (!STOP.has(w)) add(`h:${w}`);
  }
  if (o.chars.length) {
    for (const w of ws) {
      const b = `<${w}>`;
      for (const n of o.chars) for (let i = 0; i + n <= b.length; i++) add(`c:${b.slice(i, i + n)}`);
    }
  }
  if (o.rules) for (const c of ruleCategories) add(`r:${OPP115.indexOf(c)}`);
  return f;
}

/** Sublinear tf × idf over the known terms, L2-normalised: term index → value. */
export function vectorize(counts: Map<string, number>, index: Map<string, number>, idf: readonly number[]): Map<number, number> {
  const v = new Map<number, number>();
  let norm = 0;
  for (const [k, n] of counts) {
    const i = index.get(k);
    if (i === undefined) continue;
    const x = (1 + Math.log(n)) * idf[i]!;
    v.set(i, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [i, x] of v) v.set(i, x / norm);
  return v;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
