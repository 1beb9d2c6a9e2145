// The classification part of `npm run eval`: precision, recall and F1 of `classify` against
// the nine OPP-115 categories (mapping of shared/LABEL.md, analyzer/classifier-categories.ts)
// on our hand-annotated paragraphs:
//   - development set (tests/fixtures/annotated-paragraphs.jsonl): the rules alone, and the
//     rules + model by 5-fold cross-validation grouped by policy — each fold's model and its
//     thresholds are fitted on the other four folds only (nested), so no paragraph is scored
//     by a model that saw it; scored over all paragraphs and over the randomly drawn ones
//     alone (not those of tests/fixtures/annotated-targeted-ids.txt, drawn on purpose from
//     sections on rarer topics), whose mix of categories is that of a random draw;
//   - held-out set (annotated-paragraphs-holdout.jsonl, other policies, never trained or
//     tuned on): the rules alone, and `classify` as shipped, with a 95% interval of its F1 by
//     resampling the held-out policies (how far 767 paragraphs of 66 policies pin it down).
// Works without ../shared/corpus: the annotated paragraphs are fixtures.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl } from './jsonl.mjs';

const root = new URL('..', import.meta.url).pathname;

async function load() {
  const out = join(root, 'dist-cli/eval-classify.mjs');
  await build({
    stdin: {
      contents: [
        "export * from './analyzer/classifier-train';",
        "export * from './analyzer/classifier-categories';",
        "export { decide, probabilities } from './analyzer/classifier-model';",
        "export { prng } from './analyzer/classifier-mlp';",
        "export { ruleClassification } from './analyzer/classifier-rules';",
        "export { classify } from './analyzer/classify';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  });
  return import(out);
}

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, support: tp + fn };
};

/** Scores predicted category lists against the annotations. */
export function score(OPP115, rows, predicted) {
  const per = Object.fromEntries(OPP115.map((name) => [name, { tp: 0, fp: 0, fn: 0 }]));
  const errors = [];
  rows.forEach((p, i) => {
    const got = new Set(predicted[i]);
    const want = new Set(p.categories);
    for (const name of OPP115) {
      if (got.has(name) && want.has(name)) per[name].tp++;
      else if (got.has(name)) per[name].fp++;
      else if (want.has(name)) per[name].fn++;
    }
    const missed = [...want].filter((c) => !got.has(c));
    const extra = [...got].filter((c) => !want.has(c));
    if (missed.length || extra.length) errors.push({ id: p.id, missed, extra, text: p.text });
  });
  const rowsOut = OPP115.map((name) => [name, prf(per[name])]);
  const sum = Object.values(per).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });
  const scored = rowsOut.filter(([, r]) => r.support > 0);
  const mean = (k) => scored.reduce((n, [, r]) => n + r[k], 0) / scored.length;
  return { paragraphs: rows.length, perCategory: Object.fromEntries(rowsOut), micro: prf(sum), macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') }, errors };
}

/**
 * A 95% interval of micro- and macro-F1 by resampling whole policies with replacement (their
 * paragraphs are not independent draws): `draws` resamples, `random` a seeded PRNG
 * (classifier-mlp.ts prng), so the figures are the same on every run.
 */
export function policyBootstrap(OPP115, rows, predicted, random, draws = 1000) {
  const byPolicy = new Map();
  rows.forEach((r, i) => {
    const p = r.id.split('#')[0];
    byPolicy.set(p, [...(byPolicy.get(p) ?? []), i]);
  });
  const groups = [...byPolicy.values()];
  const micro = [], macro = [];
  for (let d = 0; d < draws; d++) {
    const picked = [];
    for (let g = 0; g < groups.length; g++) picked.push(...groups[Math.floor(random() * groups.length)]);
    const s = score(OPP115, picked.map((i) => rows[i]), picked.map((i) => predicted[i]));
    micro.push(s.micro.f1);
    macro.push(s.macro.f1);
  }
  const interval = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return [sorted[Math.floor(0.025 * draws)], sorted[Math.ceil(0.975 * draws) - 1]];
  };
  return { draws, micro: interval(micro), macro: interval(macro) };
}

/** Runs the evaluation; prints Markdown tables unless `json`; returns the figures. */
export async function evalClassification({ json = false, errors = false, log = console.log } = {}) {
  const M = await load();
  const read = (f) => readJsonl(join(root, 'tests/fixtures', f));
  const devRows = read('annotated-paragraphs.jsonl');
  const holdRows = read('annotated-paragraphs-holdout.jsonl');
  const targeted = M.parseIds(readFileSync(join(root, 'tests/fixtures/annotated-targeted-ids.txt'), 'utf8'));
  const dev = M.examplesOf(devRows, targeted);
  const randomRows = devRows.filter((r) => !targeted.has(r.id));
  const policies = (rows) => new Set(rows.map((r) => r.id.split('#')[0])).size;

  const shipped = holdRows.map((r) => M.categoriesOf(M.classify(r.text)));
  // Nested 5-fold cross-validation on the development set.
  const cv = M.nestedCrossValidate(dev).predicted;
  const sets = [
    { name: `development, ${devRows.length} paragraphs of ${policies(devRows)} policies — rules alone`, key: 'devRules', ...score(M.OPP115, devRows, dev.map((d) => d.rules)) },
    { name: `development — rules + model, 5-fold cross-validation by policy (nested)`, key: 'devCv', ...score(M.OPP115, devRows, cv) },
    { name: `development, the ${randomRows.length} paragraphs drawn at random — rules + model, nested cross-validation`, key: 'devCvRandom', ...score(M.OPP115, randomRows, cv.filter((_, i) => !targeted.has(devRows[i].id))) },
    { name: `held out, ${holdRows.length} paragraphs of ${policies(holdRows)} other policies — rules alone`, key: 'heldOutRules', ...score(M.OPP115, holdRows, holdRows.map((r) => M.categoriesOf(M.ruleClassification(r.text)))) },
    { name: `held out — \`classify\` as shipped (rules + model)`, key: 'heldOut', ...score(M.OPP115, holdRows, shipped) },
  ];
  const interval = policyBootstrap(M.OPP115, holdRows, shipped, M.prng(0x9e3779b9));
  if (!json) {
    const f = (x) => x.toFixed(2);
    log('## Classification against the OPP-115 categories (hand-annotated paragraphs)\n');
    log('| set | micro P / R / F1 | macro P / R / F1 |\n| --- | --- | --- |');
    for (const s of sets) log(`| ${s.name} | ${f(s.micro.precision)} / ${f(s.micro.recall)} / ${f(s.micro.f1)} | ${f(s.macro.precision)} / ${f(s.macro.recall)} / ${f(s.macro.f1)} |`);
    log(`\nHeld out, \`classify\` as shipped: 95% interval by resampling its ${policies(holdRows)} policies (${interval.draws} draws): micro-F1 ${f(interval.micro[0])}–${f(interval.micro[1])}, macro-F1 ${f(interval.macro[0])}–${f(interval.macro[1])}.`);
    log('\nF1 per category (support):\n');
    log(`| OPP-115 category | ${sets.map((s) => s.key).join(' | ')} |\n| --- |${sets.map(() => ' --- |').join('')}`);
    for (const name of M.OPP115) log(`| ${name} | ${sets.map((s) => `${f(s.perCategory[name].f1)} (${s.perCategory[name].support})`).join(' | ')} |`);
    log('');
    if (errors) {
      for (const s of sets.filter((x) => x.key === 'devCv' || x.key === 'heldOut')) {
        log(`### ${s.errors.length} paragraphs with errors: ${s.name}\n`);
        for (const e of s.errors) log(`- ${e.id}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]\n  ${e.text.slice(0, 300).replace(/\n/g, ' / ')}`);
        log('');
      }
    }
  }
  const figures = Object.fromEntries(sets.map(({ key, name, errors: e, ...rest }) => [key, { name, ...rest, errors: e.length }]));
  figures.heldOut.interval95 = interval;
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await evalClassification({ json: process.argv.includes('--json'), errors: process.argv.includes('--errors') }).then((r) => {
    if (process.argv.includes('--json')) console.log(JSON.stringify(r, null, 2));
  });
}
