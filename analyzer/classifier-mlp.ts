/**
 * The paragraph classifier's networks: one hidden layer of ReLU units over
 * the same sparse TF-IDF vectors as the logistic regression, nine sigmoid outputs, multi-label
 * cross-entropy, Adam with decoupled weight decay, dropout on the hidden layer, early stopping
 * on a validation split of the training policies, then a refit on all of them for the chosen
 * number of epochs. Deterministic: a seeded PRNG and a fixed order, so the same paragraphs
 * always give the same weights. Trained and packed by `fitNets` (analyzer/classifier-train.ts,
 * see the note above DEFAULT_OPTIONS there); scripts/exp-mlp.mjs compares variants by nested
 * cross-validation.
 */
import { sigmoid } from './classifier-features';

export interface MlpOptions {
  hidden: number;
  maxEpochs: number;
  batch: number;
  lr: number;
  /** Decoupled weight decay (AdamW). */
  decay: number;
  /** Share of hidden units dropped while training. */
  dropout: number;
  seed: number;
}

export const MLP_OPTIONS: MlpOptions = { hidden: 96, maxEpochs: 16, batch: 32, lr: 2e-3, decay: 1e-4, dropout: 0.3, seed: 1 };

export interface Mlp {
  hidden: number;
  /** w1[term * hidden + unit] */
  w1: Float64Array;
  b1: Float64Array;
  /** w2[category * hidden + unit] */
  w2: Float64Array;
  b2: Float64Array;
}

/** A sparse input row: term indices and values. */
export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

export function toRow(v: Map<number, number>): SparseRow {
  const e = [...v].sort((a, b) => a[0] - b[0]);
  return { idx: Int32Array.from(e.map((x) => x[0])), val: Float64Array.from(e.map((x) => x[1])) };
}

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Probability per output. */
export function mlpForward(m: Mlp, x: SparseRow, h: Float64Array = new Float64Array(m.hidden)): number[] {
  const H = m.hidden;
  h.set(m.b1);
  for (let k = 0; k < x.idx.length; k++) {
    const base = x.idx[k]! * H, v = x.val[k]!;
    for (let u = 0; u < H; u++) h[u]! += m.w1[base + u]! * v;
  }
  for (let u = 0; u < H; u++) if (h[u]! < 0) h[u] = 0;
  const out: number[] = [];
  for (let c = 0; c < m.b2.length; c++) {
    let z = m.b2[c]!;
    for (let u = 0; u < H; u++) z += m.w2[c * H + u]! * h[u]!;
    out.push(sigmoid(z));
  }
  return out;
}

function init(dim: number, outputs: number, Y: readonly (readonly number[])[], o: MlpOptions): Mlp {
  const H = o.hidden;
  const rand = prng(o.seed);
  const w1 = new Float64Array(dim * H);
  for (let i = 0; i < w1.length; i++) w1[i] = (rand() * 2 - 1) * 0.5;
  const w2 = new Float64Array(outputs * H);
  const a = Math.sqrt(6 / (H + outputs));
  for (let i = 0; i < w2.length; i++) w2[i] = (rand() * 2 - 1) * a;
  const b1 = new Float64Array(H).fill(0.01);
  const b2 = new Float64Array(outputs);
  for (let c = 0; c < outputs; c++) {
    const p = (Y.reduce((n, y) => n + y[c]!, 0) + 1) / (Y.length + 2);
    b2[c] = Math.log(p / (1 - p));
  }
  return { hidden: H, w1, b1, w2, b2 };
}

/** Mean cross-entropy of the model on the rows. */
function loss(m: Mlp, X: readonly SparseRow[], Y: readonly (readonly number[])[]): number {
  let s = 0;
  const h = new Float64Array(m.hidden);
  X.forEach((x, i) => mlpForward(m, x, h).forEach((p, c) => (s -= Y[i]![c] ? Math.log(Math.max(p, 1e-7)) : Math.log(Math.max(1 - p, 1e-7)))));
  return s / Math.max(1, X.length);
}

/** Trains for `epochs` epochs; calls `each(epoch, model)` after each. */
function run(dim: number, X: readonly SparseRow[], Y: readonly (readonly number[])[], o: MlpOptions, epochs: number, each?: (e: number, m: Mlp) => void): Mlp {
  const C = Y[0]!.length, H = o.hidden;
  const m = init(dim, C, Y, o);
  const rand = prng(o.seed * 7919 + 17);
  const params = [m.w1, m.b1, m.w2, m.b2];
  const grads = params.map((p) => new Float64Array(p.length));
  const mom = params.map((p) => new Float64Array(p.length));
  const vel = params.map((p) => new Float64Array(p.length));
  const [g1, gb1, g2, gb2] = grads as [Float64Array, Float64Array, Float64Array, Float64Array];
  const order = X.map((_, i) => i);
  const h = new Float64Array(H), mask = new Float64Array(H), dh = new Float64Array(H), dz = new Float64Array(C);
  const keep = 1 - o.dropout;
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  // Rows of w1 touched in the current batch (the others have a zero gradient).
  const touched = new Uint8Array(dim);
  const rows: number[] = [];
  let t = 0;
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let s = 0; s < order.length; s += o.batch) {
      const batch = order.slice(s, s + o.batch);
      for (const r of rows) g1.fill(0, r * H, r * H + H);
      rows.length = 0;
      gb1.fill(0);
      g2.fill(0);
      gb2.fill(0);
      for (const i of batch) {
        const x = X[i]!, y = Y[i]!;
        h.set(m.b1);
        for (let k = 0; k < x.idx.length; k++) {
          const base = x.idx[k]! * H, v = x.val[k]!;
          for (let u = 0; u < H; u++) h[u]! += m.w1[base + u]! * v;
        }
        for (let u = 0; u < H; u++) {
          mask[u] = h[u]! > 0 && rand() < keep ? 1 / keep : 0;
          h[u]! *= mask[u]!;
        }
        for (let c = 0; c < C; c++) {
          let z = m.b2[c]!;
          for (let u = 0; u < H; u++) z += m.w2[c * H + u]! * h[u]!;
          dz[c] = (sigmoid(z) - y[c]!) / batch.length;
        }
        dh.fill(0);
        for (let c = 0; c < C; c++) {
          gb2[c]! += dz[c]!;
          for (let u = 0; u < H; u++) {
            g2[c * H + u]! += dz[c]! * h[u]!;
            dh[u]! += dz[c]! * m.w2[c * H + u]!;
          }
        }
        for (let u = 0; u < H; u++) dh[u]! *= mask[u]!;
        for (let u = 0; u < H; u++) gb1[u]! += dh[u]!;
        for (let k = 0; k < x.idx.length; k++) {
          const r = x.idx[k]!, base = r * H, v = x.val[k]!;
          if (!touched[r]) {
            touched[r] = 1;
            rows.push(r);
          }
          for (let u = 0; u < H; u++) g1[base + u]! += v * dh[u]!;
        }
      }
      for (const r of rows) touched[r] = 0;
      rows.sort((a, b) => a - b);
      t++;
      const c1 = 1 - b1 ** t, c2 = 1 - b2 ** t;
      const step = (p: Float64Array, g: Float64Array, mm: Float64Array, vv: Float64Array, from: number, to: number) => {
        for (let j = from; j < to; j++) {
          const gj = g[j]!;
          mm[j] = b1 * mm[j]! + (1 - b1) * gj;
          vv[j] = b2 * vv[j]! + (1 - b2) * gj * gj;
          p[j]! -= o.lr * ((mm[j]! / c1) / (Math.sqrt(vv[j]! / c2) + eps) + o.decay * p[j]!);
        }
      };
      // Lazy Adam on w1: only the rows the batch touched move.
      for (const r of rows) step(m.w1, g1, mom[0]!, vel[0]!, r * H, r * H + H);
      step(m.b1, gb1, mom[1]!, vel[1]!, 0, H);
      step(m.w2, g2, mom[2]!, vel[2]!, 0, m.w2.length);
      step(m.b2, gb2, mom[3]!, vel[3]!, 0, C);
    }
    each?.(e, m);
  }
  return m;
}

/** Salted FNV hash of a paragraph's policy: about one policy in `k` goes to validation. */
function validation(id: string, k = 8): boolean {
  const name = `mlp-val:${id.split('#')[0]!}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % k === 0;
}

/**
 * Fits the network: the number of epochs by the lowest validation loss on about one policy in
 * eight, then the weights on all rows for that many epochs.
 */
export function fitMlp(dim: number, ids: readonly string[], X: readonly SparseRow[], Y: readonly (readonly number[])[], o: MlpOptions = MLP_OPTIONS): { model: Mlp; epochs: number } {
  const val = ids.map((id) => validation(id));
  const tr = X.map((_, i) => i).filter((i) => !val[i]);
  const va = X.map((_, i) => i).filter((i) => val[i]);
  let best = { loss: Infinity, epoch: 1 };
  run(dim, tr.map((i) => X[i]!), tr.map((i) => Y[i]!), o, o.maxEpochs, (e, m) => {
    const l = loss(m, va.map((i) => X[i]!), va.map((i) => Y[i]!));
    if (l < best.loss - 1e-6) best = { loss: l, epoch: e };
  });
  return { model: run(dim, X, Y, o, best.epoch), epochs: best.epoch };
}


/**
 * A network as shipped: the first layer kept only for some input terms (`rows`, ascending term
 * indices; the others read as zero), each kept row stored as small integer codes times one
 * scale per row (symmetric, codes in ±(2^(bits−1) − 1)); the rest rounded.
 */
export interface PackedMlp {
  hidden: number;
  bits: 4 | 8;
  rows: number[];
  scale: number[];
  /** codes[row * hidden + unit] */
  codes: Int8Array;
  b1: number[];
  w2: number[];
  b2: number[];
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4 || 0;

/** Quantises a network's first layer per row, keeping the rows of `rows` alone. */
export function packMlp(m: Mlp, rows: readonly number[], bits: 4 | 8): PackedMlp {
  const H = m.hidden, q = bits === 8 ? 127 : 7;
  const codes = new Int8Array(rows.length * H);
  const scale = rows.map((r, k) => {
    let max = 0;
    for (let u = 0; u < H; u++) max = Math.max(max, Math.abs(m.w1[r * H + u]!));
    const s = max > 0 ? Number((max / q).toPrecision(4)) : 1;
    for (let u = 0; u < H; u++) codes[k * H + u] = Math.max(-q, Math.min(q, Math.round(m.w1[r * H + u]! / s)));
    return s;
  });
  return { hidden: H, bits, rows: [...rows], scale, codes, b1: [...m.b1].map(r4), w2: [...m.w2].map(r4), b2: [...m.b2].map(r4) };
}

/** The network a packed one stands for, over `dim` input terms. */
export function unpackMlp(p: PackedMlp, dim: number): Mlp {
  const H = p.hidden;
  const w1 = new Float64Array(dim * H);
  p.rows.forEach((r, k) => {
    for (let u = 0; u < H; u++) w1[r * H + u] = p.codes[k * H + u]! * p.scale[k]!;
  });
  return { hidden: H, w1, b1: Float64Array.from(p.b1), w2: Float64Array.from(p.w2), b2: Float64Array.from(p.b2) };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of bytes (no padding). */
function toBase64(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i]! << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    const k = Math.min(4, Math.ceil(((b.length - i) * 8) / 6));
    for (let j = 0; j < k; j++) s += B64[(n >> (18 - 6 * j)) & 63];
  }
  return s;
}

function fromBase64(s: string, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0, o = 0; i < s.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) n = (n << 6) | (i + j < s.length ? B64.indexOf(s[i + j]!) : 0);
    for (let j = 0; j < 3 && o < length; j++) out[o++] = (n >> (16 - 8 * j)) & 255;
  }
  return out;
}

/** The codes as text: bytes (8 bits) or two codes a byte (4 bits, low half first), base64. */
export function encodeCodes(codes: Int8Array, bits: 4 | 8): string {
  if (bits === 8) return toBase64(Uint8Array.from(codes, (c) => c & 255));
  const b = new Uint8Array(Math.ceil(codes.length / 2));
  codes.forEach((c, i) => (b[i >> 1]! |= ((c + 8) & 15) << (4 * (i & 1))));
  return toBase64(b);
}

export function decodeCodes(text: string, bits: 4 | 8, n: number): Int8Array {
  const b = fromBase64(text, bits === 8 ? n : Math.ceil(n / 2));
  return bits === 8 ? Int8Array.from(b, (x) => (x << 24) >> 24) : Int8Array.from({ length: n }, (_, i) => ((b[i >> 1]! >> (4 * (i & 1))) & 15) - 8);
}
