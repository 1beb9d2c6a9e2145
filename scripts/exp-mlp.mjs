// Experiment: nested 5-fold CV of LR, MLP and their average (same folds, same features).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { score } from './eval-classify.mjs';
const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist-cli/exp-mlp.mjs');
await build({
  stdin: { contents: ["export * from './analyzer/classifier-train';", "export * from './analyzer/classifier-mlp';", "export * from './analyzer/classifier-categories';", "export { decide, probabilities } from './analyzer/classifier-model';", "export { featureCounts, vectorize } from './analyzer/classifier-features';"].join('\n'), resolveDir: root, loader: 'ts' },
  outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
});
const M = await import(out);
const read = (f) => readFileSync(join(root, 'tests/fixtures', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const rows = read('annotated-paragraphs.jsonl');
const targeted = M.parseIds(readFileSync(join(root, 'tests/fixtures/annotated-targeted-ids.txt'), 'utf8'));
const docs = M.examplesOf(rows, targeted);
const o = M.DEFAULT_OPTIONS;
const counts = docs.map((d) => M.featureCounts(d.text, d.view, o.features));
const Y = docs.map((d) => M.OPP115.map((c) => (d.categories.includes(c) ? 1 : 0)));
const configs = JSON.parse(process.env.CONFIGS ?? '{"a":{}}');
const seeds = Number(process.env.SEEDS ?? 1);
const k = 5;
const cache = new Map();
const t0 = Date.now();
function fits(folds) {
  const key = [...folds].sort().join(',');
  if (cache.has(key)) return cache.get(key);
  const idxs = docs.map((_, i) => i).filter((i) => !folds.includes(M.foldOf(docs[i].id, k)));
  const lr = M.fit(idxs.map((i) => docs[i]), o);
  const index = new Map(lr.terms.map((t, i) => [t, i]));
  const rowsOf = (is) => is.map((i) => M.toRow(M.vectorize(counts[i], index, lr.idf, o.features.tf)));
  const t = Date.now();
  const X = rowsOf(idxs), ids = idxs.map((i) => docs[i].id), YY = idxs.map((i) => Y[i]);
  const nets = Object.fromEntries(Object.entries(configs).map(([name, c]) => [name, Array.from({ length: seeds }, (_, s) => M.fitMlp(lr.terms.length, ids, X, YY, { ...M.MLP_OPTIONS, ...c, seed: s + 1 + Number(process.env.SEED0 ?? 0) }))]));
  console.error(`fit [${key}] mlp epochs ${JSON.stringify(Object.fromEntries(Object.entries(nets).map(([n, a]) => [n, a.map((x) => x.epochs)])))} in ${((Date.now() - t) / 1000).toFixed(0)} s (total ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  const r = {
    lr, index,
    probs: (i) => {
      const p = M.probabilities(lr, docs[i].text, docs[i].view, index);
      const x = rowsOf([i])[0];
      const out = { lr: p };
      for (const [n, a] of Object.entries(nets)) {
        const qs = a.map((net) => M.mlpForward(net.model, x));
        const q1 = qs[0], qn = q1.map((_, c) => qs.reduce((s, q) => s + q[c], 0) / qs.length);
        out[`${n}1`] = q1; out[`${n}1+lr`] = p.map((v, c) => (v + q1[c]) / 2);
        if (qs.length > 1) { out[`${n}${qs.length}`] = qn; out[`${n}${qs.length}+lr`] = p.map((v, c) => (v + qn[c]) / 2); }
      }
      return out;
    },
  };
  cache.set(key, r);
  return r;
}
const variants = ['lr', ...Object.keys(configs).flatMap((n) => [`${n}1`, `${n}1+lr`, ...(seeds > 1 ? [`${n}${seeds}`, `${n}${seeds}+lr`] : [])])];
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
    const th = M.chooseThresholds(inner.map((i) => docs[i]), inner.map((i) => oof.get(i)[v]), o);
    docs.forEach((d, i) => {
      if (M.foldOf(d.id, k) === f) predicted[v][i] = M.decide(th, full.probs(i)[v], d.rules, d.text);
    });
  }
}
const rnd = docs.map((d, i) => i).filter((i) => docs[i].random);
const fx = (x) => x.toFixed(3);
console.log(`MLP ${JSON.stringify(M.MLP_OPTIONS)} configs ${JSON.stringify(configs)} seeds ${seeds}`);
for (const v of variants) {
  const a = score(M.OPP115, rows, predicted[v]);
  const r = score(M.OPP115, rnd.map((i) => rows[i]), rnd.map((i) => predicted[v][i]));
  console.log(`${v}: all ${fx(a.micro.f1)} / ${fx(a.macro.f1)}; random ${fx(r.micro.f1)} / ${fx(r.macro.f1)}; per category (all) ${M.OPP115.map((c) => `${c.split(/[ /,]/)[0]} ${a.perCategory[c].f1.toFixed(2)}`).join(', ')}`);
}
