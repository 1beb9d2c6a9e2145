/**
 * Training of the paragraph classifier. A one-vs-rest logistic regression over TF-IDF features
 * (`fit`: full-batch Adam from zero, no randomness) chooses the terms and their idf; then a few
 * one-hidden-layer networks over the same vectors (analyzer/classifier-mlp.ts, seeded, so also
 * deterministic) are trained and packed (`fitNets`); the shipped model averages their
 * probabilities. Thresholds come from 5-fold cross-validation grouped by policy, on the
 * development set only. Used by scripts/train-classifier.mjs (which writes
 * analyzer/classifier-weights.json), by scripts/eval-classify.mjs and by the test that checks
 * the shipped weights.
 */
import { OPP115, type Category } from './classifier-categories';
import { ruleAnswer } from './classifier-rules';
import { featureCounts, sigmoid, vectorize, type FeatureOptions, type RuleView } from './classifier-features';
import { decide, expandNets, netInput, netProbabilities, type Model, type NetModel } from './classifier-model';
import { loadTable, tableIndex, type EmbedTable, type EmbedTableJson } from './classifier-embed';
import embeddings from './classifier-embeddings.json';
import { encodeCodes, fitMlp, MLP_OPTIONS, packMlp, toRow, type MlpOptions } from './classifier-mlp';

export type { Model, NetModel };

export interface Example {
  id: string;
  text: string;
  categories: readonly string[];
  /** The categories the rules alone find in the text. */
  rules: readonly Category[];
  /** What the classifier reads of the rules' answer. */
  view: RuleView;
  /**
   * False for a paragraph drawn on purpose (from sections on a rarer topic, or because it
   * mentions Do Not Track: tests/fixtures/annotated-targeted-ids.txt). Such paragraphs train
   * the weights and choose the thresholds like the others; cross-validation is also scored on
   * the random ones alone, whose mix of categories is that of a random draw.
   */
  random: boolean;
}

export interface TrainOptions {
  features: FeatureOptions;
  /** Keep terms found in at least this many training paragraphs. */
  minDf: number;
  /** Then keep the terms with the largest weights, and refit on them. */
  maxTerms: number;
  l2: number;
  epochs: number;
  /** Weight of a positive example: 1, or (negatives/positives)^power. */
  balancePower: number;
}

/**
 * Tried and left out (nested 5-fold CV scored on the 2765 randomly drawn development
 * paragraphs, micro / macro F1; these options: 0.822 / 0.827): thresholds fitted on the random
 * paragraphs alone 0.818 / 0.822 (targetedWeight 0; 0.25–0.75 within ±0.003); targeted
 * paragraphs weighted 0.5 or 2 in the fit 0.820 / 0.819, 0.823 / 0.820; words of the first
 * sentence as features 0.822 / 0.827; heading word pairs 0.821 / 0.825; 5000 terms
 * 0.823 / 0.823; a second, lower threshold when the rules find the category 0.823 / 0.829;
 * model alone (no rule "or") 0.823 / 0.828; thresholds all shifted −0.025 / +0.025 0.822 / 0.825,
 * 0.821 / 0.821; latent semantic features (LSA over 24 080 unannotated corpus paragraphs,
 * 64 dimensions, folded into the term weights) 0.820 / 0.825, at 3× input scale
 * 0.814 / 0.807; no heading features 0.822 / 0.827; heading words only as heading features
 * 0.822 / 0.826. Earlier: NB-SVM ratios, binary tf, sentence max-pooling, stacking, class
 * weights, other L2 strengths, nearest-category fallback.
 *
 * The code of those that needed options (pooling, stacking, fallback, NB-SVM, targetedWeight)
 * has been removed.
 *
 * Shipped since: one-hidden-layer networks (analyzer/classifier-mlp.ts: ReLU, dropout, Adam,
 * early stopping on one policy in eight, refit on all) over these same vectors, the LR kept
 * only to choose the terms. Nested 5-fold CV on all 10 505 / the 9 305 random paragraphs,
 * micro / macro F1, first round (LR 0.835 / 0.848, random 0.831 / 0.830): 96 units, dropout
 * 0.3, one net 0.838 / 0.847, averaged with the LR 0.840 / 0.852, three seeds 0.842 / 0.856;
 * 128 units, dropout 0.5, one net 0.840 / 0.853, three seeds averaged 0.846 / 0.858 (random
 * 0.843 / 0.839), three + LR 0.843 / 0.856 (other seeds 4–6: three 0.845 / 0.858). Those three
 * nets are 3 × 4000 × 128 weights, 1.5 MB even as int8. Second round, one training of the
 * three 128-unit nets (scripts/exp-mlp.mjs, VARIANTS) packed afterwards in several ways, each
 * with its own CV thresholds (LR on the current labels 0.839 / 0.850, random 0.836 / 0.823):
 * float 0.849 / 0.859 (random 0.846 / 0.839); int8 per-row codes, and 4-bit per-row codes,
 * both identical to float; 4-bit with first-layer rows kept for the 3000 terms of largest LR
 * |weight| 0.848 / 0.858 (0.845 / 0.837) — SHIPPED (NET_OPTIONS: 3 × 3000 × 128 4-bit codes,
 * the whole file under 1 MB); 2000 such terms 0.845 / 0.856 as 4-bit, 0.846 / 0.855 as int8;
 * 2000 terms by df 0.838 / 0.848 (no gain); two nets, all terms, 4-bit 0.848 / 0.858
 * (0.844 / 0.836); one net int8 0.845 / 0.857. Pruning rows after training (not retraining on
 * fewer terms) lets one training judge all sizes; the nets still read all 4000 terms' norm.
 *
 * Fifth round: the paragraph's averaged word vector as 100 more inputs (analyzer/classifier-
 * embed.ts: GloVe 100-d, SIF-weighted, unit length; the 3000 words found in most training
 * paragraphs, 4-bit; each fold's table built from its own training paragraphs; their first-
 * layer rows always kept) — same three nets, 3000 terms, 4-bit: 0.851 / 0.862 (random
 * 0.847 / 0.843; float 0.852 / 0.861; one net 0.846 / 0.858) against 0.848 / 0.858 without —
 * SHIPPED (NET_OPTIONS.embed, analyzer/classifier-embeddings.json, scripts/make-embeddings.mjs).
 *
 * Seventh round (same folds, labels and rule answers as the fifth round's run — the LR line of
 * each run is 0.839 / 0.850 — so its 0.851 / 0.862, random 0.847 / 0.843, stands as the
 * baseline): a light stemmer on the TF-IDF words, word pairs and heading words (-ing, -ed, -ly,
 * a doubled final consonant, a final e, y → i; the word vectors still read the plain words),
 * scripts/exp-mlp.mjs FEATURES={"stem":true}: LR 0.839 / 0.850 → 0.842 / 0.851, but the three
 * 4-bit nets 0.851 / 0.861 (random 0.847 / 0.844) — no gain, left out (code removed). The
 * max-pooled word vector (per dimension the largest SIF-weighted component among the words,
 * unit length) as 100 more inputs beside the averaged one (scripts/exp-mlp.mjs EMB.pool = 'max'
 * as of commit 80e2747): three 4-bit nets, 2850 terms (to stay under 1 MB) 0.849 / 0.860
 * (random 0.846 / 0.840), 3000 terms the same — 0.002 / 0.002 worse, left out (code removed).
 *
 * Eighth round (same baseline, 0.851 / 0.862): input dropout of 0.2 on the TF-IDF terms while
 * training (MlpOptions.inputDropout as of commit b42aa4d) 0.851 / 0.862 (random 0.848 / 0.843),
 * left out (code removed); the word-vector input scaled ×2, ×3, ×4 (scripts/exp-mlp.mjs
 * EMB.scale) 0.852 / 0.864, 0.850 / 0.863, 0.849 / 0.861, left out. 5 396 more development
 * paragraphs (committed apart first, only on the training side, scored on the same 10 505:
 * ROWS_FILE, SCORE_ROWS=10505) 0.858 / 0.869 (random 0.855 / 0.854) — folded in.
 *
 * Ninth round: those and the last 760 development paragraphs (+ 275 copies) in the file, 16 936,
 * word table and weights retrained with these same options: `npm run eval` nested CV 0.856 /
 * 0.863 (random 0.854 / 0.845); held out 0.847 / 0.872.
 *
 * Tenth round (scripts/exp-nets.mjs, same code and folds as that 0.856 / 0.863), all left out:
 * 4 × 96 units 0.857 / 0.862; 6 × 64 units, dropout 0.4, 0.856 / 0.864; weights averaged over
 * the last 3 epochs (code removed) 0.854 / 0.861; decay 0.01 0.856 / 0.863.
 */
export const DEFAULT_OPTIONS: TrainOptions = {
  features: { bigrams: true, heading: true, rules: true, chars: [], signals: true, lexicon: true },
  minDf: 2,
  maxTerms: 4000,
  l2: 1e-4,
  epochs: 300,
  balancePower: 0.5,
};

/** The shipped networks: how many (seeds 1..n, averaged), their options, their input and codes. */
export interface NetOptions {
  mlp: MlpOptions;
  seeds: number;
  /** First-layer rows kept for this many terms (by the LR's largest |weight|); absent = all. */
  terms?: number;
  bits: 4 | 8;
  /** Averaged word vectors as extra inputs (analyzer/classifier-embed.ts); their rows are always kept. */
  embed?: EmbedTable;
}

export const NET_OPTIONS: NetOptions = { mlp: { ...MLP_OPTIONS, hidden: 128, dropout: 0.5 }, seeds: 3, terms: 3000, bits: 4, embed: loadTable(embeddings as unknown as EmbedTableJson) };

type FittedNets = Omit<NetModel, 'combine' | 'thresholds'>;

/** Term indices of a fitted LR, most weighty first (largest |weight| over the categories). */
export function termRank(lr: Pick<Model, 'weights' | 'terms'>): number[] {
  const score = lr.terms.map((_, j) => Math.max(...lr.weights.map((w) => Math.abs(w[j]!))));
  return lr.terms.map((_, j) => j).sort((a, b) => score[b]! - score[a]! || a - b);
}

/**
 * Fits the networks on the given paragraphs: the LR (`fit`) chooses the terms and their idf,
 * then `seeds` networks are trained over those vectors and packed (NET_OPTIONS).
 */
export function fitNets(docs: Example[], o: TrainOptions = DEFAULT_OPTIONS, no: NetOptions = NET_OPTIONS): FittedNets {
  const lr = fit(docs, o);
  const input = { options: o.features, terms: lr.terms, idf: lr.idf, index: new Map(lr.terms.map((t, i) => [t, i])), ...(no.embed ? { embed: no.embed, embedIndex: tableIndex(no.embed) } : {}) };
  const X = docs.map((d) => toRow(netInput(input, d.text, d.view)));
  const Y = docs.map((d) => OPP115.map((c) => (d.categories.includes(c) ? 1 : 0)));
  const D = lr.terms.length, dims = no.embed?.dims ?? 0;
  const rows = [...(no.terms && no.terms < D ? termRank(lr).slice(0, no.terms).sort((a, b) => a - b) : lr.terms.map((_, j) => j)), ...Array.from({ length: dims }, (_, d) => D + d)];
  const ids = docs.map((d) => d.id);
  const nets = Array.from({ length: no.seeds }, (_, s) => packMlp(fitMlp(D + dims, ids, X, Y, { ...no.mlp, seed: s + 1 }).model, rows, no.bits));
  return { version: 2, options: o.features, categories: [...OPP115], terms: lr.terms, idf: lr.idf, nets, ...(no.embed ? { embed: no.embed } : {}) };
}

/** Probabilities of fitted (or shipped) networks for some paragraphs. */
function predictor(m: FittedNets): (d: Example) => number[] {
  const loaded = expandNets(m);
  return (d) => netProbabilities(loaded, d.text, d.view);
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d || 0;

type Fitted = Omit<Model, 'combine' | 'thresholds'>;

function fitOn(terms: string[], counts: Map<string, number>[], docs: Example[], o: TrainOptions): Fitted {
  const n = docs.length;
  const index = new Map(terms.map((t, i) => [t, i]));
  const df = new Array<number>(terms.length).fill(0);
  for (const c of counts) for (const k of c.keys()) {
    const i = index.get(k);
    if (i !== undefined) df[i]!++;
  }
  const idf = df.map((d) => round(Math.log((1 + n) / (1 + d)) + 1, 3));
  // The paragraphs' vectors as one sparse matrix (row i: entries start[i] .. start[i+1]).
  const rows = counts.map((c) => [...vectorize(c, index, idf, o.features.tf)]);
  const start = new Int32Array(n + 1);
  rows.forEach((row, i) => (start[i + 1] = start[i]! + row.length));
  const col = new Int32Array(start[n]!);
  const val = new Float64Array(start[n]!);
  rows.forEach((row, i) => row.forEach(([j, x], k) => ((col[start[i]! + k] = j), (val[start[i]! + k] = x))));
  const weights: number[][] = [];
  const bias: number[] = [];
  for (const cat of OPP115) {
    const y = docs.map((d) => (d.categories.includes(cat) ? 1 : 0));
    const pos = y.reduce<number>((a, b) => a + b, 0);
    const sw = pos > 0 && pos < n ? ((n - pos) / pos) ** o.balancePower : 1;
    const w = new Float64Array(terms.length);
    const m = new Float64Array(terms.length);
    const v = new Float64Array(terms.length);
    let b = 0, mb = 0, vb = 0;
    const lr = 0.05, b1 = 0.9, b2 = 0.999, eps = 1e-8;
    const g = new Float64Array(terms.length);
    let norm = 0;
    for (let i = 0; i < n; i++) norm += y[i] ? sw : 1;
    for (let t = 1; t <= o.epochs; t++) {
      g.fill(0);
      let gb = 0;
      for (let i = 0; i < n; i++) {
        let z = b;
        const k0 = start[i]!, k1 = start[i + 1]!;
        for (let k = k0; k < k1; k++) z += w[col[k]!]! * val[k]!;
        const s = y[i] ? sw : 1;
        const e = (s * (sigmoid(z) - y[i]!)) / norm;
        gb += e;
        for (let k = k0; k < k1; k++) g[col[k]!]! += e * val[k]!;
      }
      const c1 = 1 - b1 ** t, c2 = 1 - b2 ** t;
      for (let j = 0; j < terms.length; j++) {
        const gj = g[j]! + o.l2 * w[j]!;
        m[j] = b1 * m[j]! + (1 - b1) * gj;
        v[j] = b2 * v[j]! + (1 - b2) * gj * gj;
        w[j]! -= (lr * (m[j]! / c1)) / (Math.sqrt(v[j]! / c2) + eps);
      }
      mb = b1 * mb + (1 - b1) * gb;
      vb = b2 * vb + (1 - b2) * gb * gb;
      b -= (lr * (mb / c1)) / (Math.sqrt(vb / c2) + eps);
    }
    weights.push([...w].map((x) => round(x, 2)));
    bias.push(round(b, 3));
  }
  return { version: 1, options: o.features, categories: [...OPP115], terms, idf, weights, bias };
}

/** Fits the weights (no thresholds) on the given paragraphs. */
export function fit(docs: Example[], o: TrainOptions = DEFAULT_OPTIONS): Fitted {
  const counts = docs.map((d) => featureCounts(d.text, d.view, o.features));
  const df = new Map<string, number>();
  for (const c of counts) for (const k of c.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const all = [...df].filter(([, d]) => d >= o.minDf).map(([k]) => k).sort();
  const first = fitOn(all, counts, docs, o);
  if (all.length <= o.maxTerms) return first;
  // Keep the terms that matter most to some category, then refit on them alone so that the
  // vector norm at prediction time is the one the weights were fitted with.
  const score = all.map((t, j) => [t, Math.max(...first.weights.map((w) => Math.abs(w[j]!)))] as const);
  const kept = score.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, o.maxTerms).map(([t]) => t).sort();
  return fitOn(kept, counts, docs, o);
}

/** Policy of a paragraph id (`policy#n`) → fold 0..k-1, by a fixed hash. */
export function foldOf(id: string, k = 5): number {
  const name = id.split('#')[0]!;
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % k;
}

/** Out-of-fold probabilities of the networks: 5-fold cross-validation grouped by policy. */
export function crossValidate(docs: Example[], o: TrainOptions = DEFAULT_OPTIONS, no: NetOptions = NET_OPTIONS, k = 5): number[][] {
  const out: number[][] = new Array(docs.length);
  for (let f = 0; f < k; f++) {
    if (!docs.some((d) => foldOf(d.id, k) === f)) continue;
    const p = predictor(fitExcluding(docs, [f], o, no, k));
    docs.forEach((d, i) => {
      if (foldOf(d.id, k) === f) out[i] = p(d);
    });
  }
  return out;
}

/**
 * Fits on the paragraphs of `docs` outside the given folds. With `cache`, a fit on the same
 * paragraphs is done once (nested cross-validation asks for each 3-fold subset twice).
 */
function fitExcluding(docs: Example[], folds: number[], o: TrainOptions, no: NetOptions, k: number, cache?: Map<string, FittedNets>): FittedNets {
  const key = [...folds].sort().join(',');
  const hit = cache?.get(key);
  if (hit) return hit;
  const m = fitNets(docs.filter((d) => !folds.includes(foldOf(d.id, k))), o, no);
  cache?.set(key, m);
  return m;
}

/**
 * Nested cross-validation by policy: each outer fold is predicted by a model (weights and
 * thresholds) fitted on the other folds alone, exactly as `train` would fit it on them.
 * Returns the predicted categories and the out-of-fold probabilities per paragraph.
 */
export function nestedCrossValidate(docs: Example[], o: TrainOptions = DEFAULT_OPTIONS, no: NetOptions = NET_OPTIONS, k = 5): { predicted: Category[][]; probabilities: number[][] } {
  const cache = new Map<string, FittedNets>();
  const predicted: Category[][] = new Array(docs.length);
  const probs: number[][] = new Array(docs.length);
  for (let f = 0; f < k; f++) {
    const inner = docs.filter((d) => foldOf(d.id, k) !== f);
    const oof: number[][] = new Array(inner.length);
    for (let g = 0; g < k; g++) {
      if (g === f || !inner.some((d) => foldOf(d.id, k) === g)) continue;
      const p = predictor(fitExcluding(docs, [f, g], o, no, k, cache));
      inner.forEach((d, i) => {
        if (foldOf(d.id, k) === g) oof[i] = p(d);
      });
    }
    const thresholds = chooseThresholds(inner, oof);
    const p = predictor(fitExcluding(docs, [f], o, no, k, cache));
    docs.forEach((d, i) => {
      if (foldOf(d.id, k) !== f) return;
      probs[i] = p(d);
      predicted[i] = decide(thresholds, probs[i], d.rules, d.text);
    });
  }
  return { predicted, probabilities: probs };
}

const f1 = (tp: number, fp: number, fn: number) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

/** Per category, the combination and threshold with the best F1 on out-of-fold predictions. */
export function chooseThresholds(docs: Example[], oof: number[][]): Pick<Model, 'combine' | 'thresholds'> {
  const combine: ('or' | 'model')[] = [];
  const thresholds: number[] = [];
  OPP115.forEach((cat, c) => {
    let best = { score: -1, mode: 'or' as 'or' | 'model', t: 0.5 };
    for (const mode of ['model', 'or'] as const) {
      for (let t = 0.05; t < 0.951; t += 0.025) {
        let tp = 0, fp = 0, fn = 0;
        docs.forEach((d, i) => {
          const got = oof[i]![c]! >= t || (mode === 'or' && d.rules.includes(cat));
          const want = d.categories.includes(cat);
          if (got && want) tp++;
          else if (got) fp++;
          else if (want) fn++;
        });
        const s = f1(tp, fp, fn);
        if (s > best.score + 1e-9) best = { score: s, mode, t: round(t, 3) };
      }
    }
    combine.push(best.mode);
    thresholds.push(best.t);
  });
  return { combine, thresholds };
}

/** The model shipped in analyzer/classifier-weights.json: thresholds by CV, networks fitted on all of `docs`. */
export function train(docs: Example[], o: TrainOptions = DEFAULT_OPTIONS, no: NetOptions = NET_OPTIONS): NetModel {
  return { ...fitNets(docs, o, no), ...chooseThresholds(docs, crossValidate(docs, o, no)) };
}

/** Annotated rows (`{id, text, categories}`) with the rules' answer attached. */
export function examplesOf(rows: readonly { id: string; text: string; categories: readonly string[] }[], targeted: ReadonlySet<string> = new Set()): Example[] {
  return rows.map((r) => {
    // The text as classify reads it (plainSpaces), for the features too.
    const { view, text } = ruleAnswer(r.text);
    return { id: r.id, text, categories: r.categories, rules: view.categories, view, random: !targeted.has(r.id) };
  });
}

/** The ids of a list file (one a line, `#` comments): tests/fixtures/annotated-targeted-ids.txt. */
export function parseIds(text: string): Set<string> {
  return new Set(text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
}

/**
 * The JSON text of analyzer/classifier-weights.json (NetModelJson): one line per array, stable;
 * each network's codes as base64 (classifier-mlp.ts encodeCodes).
 */
export function serialize(m: NetModel): string {
  const rows = m.nets[0]!.rows;
  const net = (n: NetModel['nets'][number]) =>
    `  {"hidden": ${n.hidden}, "bits": ${n.bits},\n   "b1": ${JSON.stringify(n.b1)},\n   "w2": ${JSON.stringify(n.w2)},\n   "b2": ${JSON.stringify(n.b2)},\n   "scale": ${JSON.stringify(n.scale)},\n   "codes": "${encodeCodes(n.codes, n.bits)}"}`;
  const lines = [
    `"version": ${m.version}`,
    `"options": ${JSON.stringify(m.options)}`,
    `"categories": ${JSON.stringify(m.categories)}`,
    `"combine": ${JSON.stringify(m.combine)}`,
    `"thresholds": ${JSON.stringify(m.thresholds)}`,
    `"terms": ${JSON.stringify(m.terms)}`,
    `"idf": ${JSON.stringify(m.idf)}`,
    ...(m.embed ? [`"embed": ${m.embed.dims}`] : []),
    `"rows": ${JSON.stringify(rows)}`,
    `"nets": [\n${m.nets.map(net).join(',\n')}\n]`,
  ];
  return `{\n${lines.join(',\n')}\n}\n`;
}
