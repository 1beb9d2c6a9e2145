// Experiment: nested 5-fold CV of LR, MLP and their average (same folds, same features).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { score } from './eval-classify.mjs';
import { readJsonl } from './jsonl.mjs';
const root = new URL('..', import.meta.url).pathname;
const out = join(root, `dist-cli/exp-mlp${process.env.TAG ? `-${process.env.TAG}` : ''}.mjs`);
await build({
  stdin: { contents: ["export * from './analyzer/classifier-train';", "export * from './analyzer/classifier-mlp';", "export * from './analyzer/classifier-categories';", "export { decide, probabilities } from './analyzer/classifier-model';", "export { featureCounts, vectorize } from './analyzer/classifier-features';", "export * from './analyzer/classifier-embed';"].join('\n'), resolveDir: root, loader: 'ts' },
  outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
});
const M = await import(out);
// ROWS_FILE: another development file (e.g. with newly annotated paragraphs appended).
const rows = readJsonl(process.env.ROWS_FILE ?? join(root, 'tests/fixtures/annotated-paragraphs.jsonl')).slice(0, Number(process.env.ROWS ?? Infinity));
const targeted = M.parseIds(readFileSync(join(root, 'tests/fixtures/annotated-targeted-ids.txt'), 'utf8'));
const docs = M.examplesOf(rows, targeted);
// FEATURES: feature options over DEFAULT_OPTIONS.features (e.g. {"chars":[4]}).
const o = { ...M.DEFAULT_OPTIONS, features: { ...M.DEFAULT_OPTIONS.features, ...JSON.parse(process.env.FEATURES ?? '{}') } };
const counts = docs.map((d) => M.featureCounts(d.text, d.view, o.features));
const Y = docs.map((d) => M.OPP115.map((c) => (d.categories.includes(c) ? 1 : 0)));
const configs = JSON.parse(process.env.CONFIGS ?? '{"a":{}}');
const seeds = Number(process.env.SEEDS ?? 1);
const k = 5;
// VARIANTS: [{name, nets?, terms?, rank?: 'lr' | 'df', bits?: 4 | 8}]; default: all seeds, float.
const VARIANTS = JSON.parse(process.env.VARIANTS ?? '[{"name":"f"}]');
const cache = new Map();
// EMB: {size, scale, bits, file}: averaged word vectors (analyzer/classifier-embed.ts) appended
// to each row as `dims` dense inputs, the table built from the fit's training paragraphs.
const EMB = process.env.EMB ? JSON.parse(process.env.EMB) : undefined;
const vectors = EMB ? new Map(Object.entries(JSON.parse(readFileSync(EMB.file, 'utf8')))) : undefined;
const t0 = Date.now();
function fits(folds) {
  const key = [...folds].sort().join(',');
  if (cache.has(key)) return cache.get(key);
  const idxs = docs.map((_, i) => i).filter((i) => !folds.includes(M.foldOf(docs[i].id, k)));
  const lr = M.fit(idxs.map((i) => docs[i]), o);
  const index = new Map(lr.terms.map((t, i) => [t, i]));
  const table = EMB && M.buildTable(idxs.map((i) => docs[i].text), vectors, EMB.size, EMB.scale, EMB.bits);
  const tIndex = table && M.tableIndex(table);
  const D = lr.terms.length, dim = D + (table ? table.dims : 0);
  const rowsOf = (is) => is.map((i) => {
    const v = M.vectorize(counts[i], index, lr.idf, o.features.tf);
    if (table) M.embed(docs[i].text, table, tIndex).forEach((x, d) => x && v.set(D + d, x));
    return M.toRow(v);
  });
  const t = Date.now();
  const X = rowsOf(idxs), ids = idxs.map((i) => docs[i].id), YY = idxs.map((i) => Y[i]);
  const nets = Object.fromEntries(Object.entries(configs).map(([name, c]) => [name, Array.from({ length: seeds }, (_, s) => M.fitMlp(dim, ids, X, YY, { ...M.MLP_OPTIONS, ...c, seed: s + 1 + Number(process.env.SEED0 ?? 0) }))]));
  console.error(`fit [${key}] mlp epochs ${JSON.stringify(Object.fromEntries(Object.entries(nets).map(([n, a]) => [n, a.map((x) => x.epochs)])))} in ${((Date.now() - t) / 1000).toFixed(0)} s (total ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  // Shipping variants of each config's nets (thresholds are chosen per variant): first layer
  // kept for the top-N terms (by the LR's largest |weight| over categories, or by df), 4- or
  // 8-bit per-row codes (analyzer/classifier-mlp.ts packMlp); `nets` = how many seeds averaged.
  const lrRank = lr.terms.map((_, j) => j).sort((a, b) => Math.max(...lr.weights.map((w) => Math.abs(w[b])) ) - Math.max(...lr.weights.map((w) => Math.abs(w[a]))) || a - b);
  const dfs = new Array(lr.terms.length).fill(0);
  for (const x of X) for (const j of x.idx) dfs[j]++;
  const dfRank = lr.terms.map((_, j) => j).sort((a, b) => dfs[b] - dfs[a] || a - b);
  const all = lr.terms.map((_, j) => j);
  const top = (rank, n) => rank.slice(0, n).sort((a, b) => a - b);
  const derived = {};
  for (const [n, a] of Object.entries(nets)) {
    for (const v of VARIANTS) {
      const rowsKept = [...(v.terms ? top(v.rank === 'df' ? dfRank : lrRank, v.terms) : all), ...Array.from({ length: dim - D }, (_, d) => D + d)];
      derived[`${n}-${v.name}`] = a.slice(0, v.nets ?? a.length).map((net) => (v.bits ? M.unpackMlp(M.packMlp(net.model, rowsKept, v.bits), dim) : net.model));
    }
  }
  const r = {
    lr, index,
    probs: (i) => {
      const p = M.probabilities(lr, docs[i].text, docs[i].view, index);
      const x = rowsOf([i])[0];
      const out = { lr: p };
      for (const [n, a] of Object.entries(derived)) {
        const qs = a.map((net) => M.mlpForward(net, x));
        out[n] = qs[0].map((_, c) => qs.reduce((s, q) => s + q[c], 0) / qs.length);
      }
      return out;
    },
  };
  cache.set(key, r);
  return r;
}
const variants = ['lr', ...Object.keys(configs).flatMap((n) => VARIANTS.map((v) => `${n}-${v.name}`))];
const predicted = Object.fromEntries(variants.map((v) => [v, new Array(docs.length)]));
for (let f = 0; f < k; f++) {
  const inner = docs.map((_, i) => i).filter((i) => M.foldOf(docs[i].id, k) !== f);
  const oof = new Map();
  for (let g = 0; g < k; g++) {
    if (g === f) continue;
    const m = fits([f, g]);
    for (const i of inner) if (M.foldOf(docs[i].id, k) === g) oof.set(i, m.probs(i));
  }
  const full = fits([f]);
  for (const v of variants) {
    const th = M.chooseThresholds(inner.map((i) => docs[i]), inner.map((i) => oof.get(i)[v]));
    docs.forEach((d, i) => {
      if (M.foldOf(d.id, k) === f) predicted[v][i] = M.decide(th, full.probs(i)[v], d.rules, d.text);
    });
  }
}
// SCORE_ROWS=N: score only the file's first N rows (e.g. the paragraphs of a baseline run, when
// newly annotated ones are appended: they train the folds' models but are not scored).
const scored = docs.map((_, i) => i).filter((i) => i < Number(process.env.SCORE_ROWS ?? Infinity));
const rnd = scored.filter((i) => docs[i].random);
const fx = (x) => x.toFixed(3);
console.log(`FEATURES ${JSON.stringify(o.features)} EMB ${JSON.stringify(EMB ?? null)} MLP ${JSON.stringify(M.MLP_OPTIONS)} configs ${JSON.stringify(configs)} seeds ${seeds} variants ${JSON.stringify(VARIANTS)}`);
for (const v of variants) {
  const a = score(M.OPP115, scored.map((i) => rows[i]), scored.map((i) => predicted[v][i]));
  const r = score(M.OPP115, rnd.map((i) => rows[i]), rnd.map((i) => predicted[v][i]));
  console.log(`${v}: all ${fx(a.micro.f1)} / ${fx(a.macro.f1)}; random ${fx(r.micro.f1)} / ${fx(r.macro.f1)}; per category (all) ${M.OPP115.map((c) => `${c.split(/[ /,]/)[0]} ${a.perCategory[c].f1.toFixed(2)}`).join(', ')}`);
}
