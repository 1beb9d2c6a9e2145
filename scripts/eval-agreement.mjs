// How far two human readers agree on the OPP-115 categories: the ceiling of the classify
// measurement (scripts/eval-classify.mjs), which scores against one reader per set.
// tests/fixtures/agreement/second-reader.jsonl holds a second reader's blind labels for 200
// held-out and 200 development paragraphs, drawn deterministically (the 200 lowest FNV-1a
// hashes of `agreement:` + id in each annotated file; `drawSample` below; a run says when a file
// has gained or lost paragraphs since, and scores the second reader's paragraphs still there).
// The first reader's labels (the annotated files) are the reference: per set, micro/macro F1
// of the second reader against them, and per category F1 and Cohen's kappa.
//   node scripts/eval-agreement.mjs                    tables (Markdown)
//   node scripts/eval-agreement.mjs --disagreements    and every paragraph the readers label differently
//   node scripts/eval-agreement.mjs --classifier       and `classify` as shipped on the same held-out paragraphs
//   node scripts/eval-agreement.mjs --json             the figures as JSON
import { join } from 'node:path';
import { readJsonl } from './jsonl.mjs';

const root = new URL('..', import.meta.url).pathname;
const fixtures = join(root, 'tests/fixtures');
const SAMPLE = 200;

/** The nine OPP-115 categories, read from analyzer/classifier-categories.ts (one list, not a copy). */
async function categories() {
  const { build } = await import('esbuild');
  const out = await build({
    stdin: { contents: "export { OPP115 } from './analyzer/classifier-categories';", resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, logLevel: 'warning',
  });
  const M = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return [...M.OPP115];
}
export const OPP115 = await categories();


/** FNV-1a, 32 bits, over the UTF-8 bytes of `s`. */
export function fnv1a(s) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The paragraphs of one annotated file that the agreement sample takes: the n lowest hashes. */
export function drawSample(rows, n = SAMPLE, { distinctText = false } = {}) {
  const seen = new Set();
  return rows
    .map((r) => ({ r, h: fnv1a(`agreement:${r.id}`) }))
    .sort((a, b) => a.h - b.h || (a.r.id < b.r.id ? -1 : 1))
    .filter(({ r }) => !distinctText || (!seen.has(r.text) && seen.add(r.text)))
    .slice(0, n)
    .map(({ r }) => r);
}

/**
 * The checked sets: which annotated file (and which of its lines) a second reader's file
 * checks. The first check (2026-11-30, second-reader.jsonl) drew from both files as they were
 * then; the second (2026-12-01, second-reader-2.jsonl) from the development paragraphs added
 * in the eighth and ninth rounds (lines 10 506 on), one paragraph per distinct text.
 */
const SETS = [
  { key: 'heldOut', name: 'held out', file: 'annotated-paragraphs-holdout.jsonl', second: 'second-reader.jsonl' },
  { key: 'development', name: 'development', file: 'annotated-paragraphs.jsonl', second: 'second-reader.jsonl' },
  { key: 'developmentLate', name: 'development, rounds 8–9', file: 'annotated-paragraphs.jsonl', second: 'second-reader-2.jsonl', from: 10505, distinctText: true },
];

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Cohen's kappa of two binary labelings given the 2×2 counts (both, only a, only b, neither). */
export function kappa({ tp, fp, fn, tn }) {
  const n = tp + fp + fn + tn;
  if (!n) return NaN;
  const po = (tp + tn) / n;
  const a1 = (tp + fn) / n; // reference says yes
  const b1 = (tp + fp) / n; // other reader says yes
  const pe = a1 * b1 + (1 - a1) * (1 - b1);
  return pe === 1 ? (po === 1 ? 1 : 0) : (po - pe) / (1 - pe);
}

/**
 * Agreement of `other` (category lists) with `reference` (annotated rows, same order): micro and
 * macro F1, per category the counts, F1 and kappa, exact-match share, and the disagreements.
 */
export function agreement(reference, other) {
  const per = Object.fromEntries(OPP115.map((c) => [c, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const disagreements = [];
  let exact = 0;
  let bothOther = 0;
  reference.forEach((row, i) => {
    const ref = new Set(row.categories);
    const got = new Set(other[i]);
    for (const c of OPP115) {
      const k = ref.has(c) ? (got.has(c) ? 'tp' : 'fn') : got.has(c) ? 'fp' : 'tn';
      per[c][k]++;
    }
    const onlyRef = OPP115.filter((c) => ref.has(c) && !got.has(c));
    const onlyOther = OPP115.filter((c) => got.has(c) && !ref.has(c));
    if (!onlyRef.length && !onlyOther.length) exact++;
    else disagreements.push({ id: row.id, onlyReference: onlyRef, onlySecond: onlyOther, both: OPP115.filter((c) => ref.has(c) && got.has(c)), text: row.text });
    if (!ref.size && !got.size) bothOther++;
  });
  const perCategory = Object.fromEntries(OPP115.map((c) => {
    const k = per[c];
    // F1 is undefined (NaN) when neither reader uses the category; kappa is then 1 (full agreement).
    return [c, { reference: k.tp + k.fn, second: k.tp + k.fp, both: k.tp, ...(k.tp + k.fp + k.fn ? prf(k) : { precision: NaN, recall: NaN, f1: NaN }), kappa: kappa(k) }];
  }));
  const sum = Object.values(per).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });
  const scored = OPP115.filter((c) => perCategory[c].reference > 0);
  const mean = (key) => scored.reduce((n, c) => n + perCategory[c][key], 0) / scored.length;
  // Mean kappa over the categories that at least one reader uses (a category neither uses is trivially 1).
  const withKappa = OPP115.filter((c) => perCategory[c].reference + perCategory[c].second > 0);
  return {
    paragraphs: reference.length,
    exactMatch: exact / reference.length,
    bothOther,
    micro: prf(sum),
    macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') },
    meanKappa: withKappa.reduce((n, c) => n + perCategory[c].kappa, 0) / withKappa.length,
    perCategory,
    disagreements,
  };
}

/**
 * The two sets: the second reader's paragraphs, paired by id with the annotated file that holds
 * them. The sample is the second reader's ids, so paragraphs added to the annotated files later
 * do not break it; paragraphs since removed from a file, or whose text changed, are left out
 * and listed in `skipped`. `drawn` tells whether the ids are still exactly the draw of
 * `drawSample` over the file as it is now (true until the file gains or loses paragraphs).
 */
export function loadSets() {
  // Each file is read once, though two sets share the development file and two the first check's.
  const files = new Map();
  const read = (path) => files.get(path) ?? files.set(path, readJsonl(path)).get(path);
  return SETS.map(({ key, name, file, second, from = 0, distinctText }) => {
    const seconds = read(join(fixtures, 'agreement', second));
    for (const s of seconds) {
      const unknown = s.categories.filter((c) => !OPP115.includes(c));
      if (unknown.length) throw new Error(`${second}, ${s.id}: unknown categories ${unknown.join(', ')}`);
    }
    const rows = read(join(fixtures, file));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const policies = new Set(rows.map((r) => r.id.split('#')[0]));
    const mine = seconds.filter((s) => policies.has(s.id.split('#')[0]));
    const skipped = [];
    const reference = [];
    const other = [];
    for (const s of mine) {
      const r = byId.get(s.id);
      if (!r) skipped.push(`${s.id}: no longer in ${file}`);
      else if (r.text !== s.text) skipped.push(`${s.id}: text changed in ${file}`);
      else {
        reference.push(r);
        other.push(s.categories);
      }
    }
    const drawnIds = new Set(drawSample(rows.slice(from), SAMPLE, { distinctText }).map((r) => r.id));
    const drawn = mine.length === drawnIds.size && mine.every((s) => drawnIds.has(s.id));
    return { key, name, file, reference, other, skipped, drawn };
  });
}

async function shippedClassify() {
  const { build } = await import('esbuild');
  const out = join(root, 'dist-cli/eval-agreement.mjs');
  await build({
    stdin: {
      contents: "export { classify } from './analyzer/classify';\nexport { categoriesOf } from './analyzer/classifier-categories';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  });
  const M = await import(out);
  return (text) => M.categoriesOf(M.classify(text));
}

/** Runs the comparison; prints Markdown unless `json`; returns the figures. */
export async function evalAgreement({ json = false, disagreements = false, classifier = false, log = console.log } = {}) {
  const sets = loadSets();
  const results = sets.map((s) => ({ ...s, r: agreement(s.reference, s.other) }));
  const all = agreement(sets.flatMap((s) => s.reference), sets.flatMap((s) => s.other));
  const figures = Object.fromEntries(results.map(({ key, name, r }) => [key, { name, ...r, disagreements: r.disagreements.length }]));
  figures.all = { name: 'all sets', ...all, disagreements: all.disagreements.length };

  let machine;
  if (classifier) {
    // `classify` as shipped, on the same held-out paragraphs, against each reader (development
    // paragraphs are left out: the shipped model was trained on them).
    const c = await shippedClassify();
    const hold = sets.find((s) => s.key === 'heldOut');
    const predicted = hold.reference.map((r) => c(r.text));
    machine = {
      vsFirst: agreement(hold.reference, predicted),
      vsSecond: agreement(hold.reference.map((r, i) => ({ ...r, categories: hold.other[i] })), predicted),
    };
    figures.classifierHeldOut = Object.fromEntries(Object.entries(machine).map(([k, v]) => [k, { ...v, disagreements: v.disagreements.length }]));
  }
  for (const s of sets) figures[s.key].skipped = s.skipped;
  if (json) return figures;

  const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
  log('## Inter-annotator agreement (second reader against the annotated files)\n');
  for (const s of sets) {
    if (!s.drawn) log(`(${s.file} has changed since the draw: the sample is the second reader's ${s.reference.length + s.skipped.length} paragraphs, no longer its 200 lowest hashes)`);
    for (const x of s.skipped) log(`(left out: ${x})`);
  }
  log('| set | paragraphs | exact match | micro P / R / F1 | macro F1 | mean kappa |\n| --- | --- | --- | --- | --- | --- |');
  for (const x of [...results.map((s) => ({ name: s.name, ...s.r })), { name: 'all sets', ...all }]) {
    log(`| ${x.name} | ${x.paragraphs} | ${(100 * x.exactMatch).toFixed(0)}% | ${f(x.micro.precision)} / ${f(x.micro.recall)} / ${f(x.micro.f1)} | ${f(x.macro.f1)} | ${f(x.meanKappa)} |`);
  }
  log('\nPer category: paragraphs with it (first reader / second reader / both), F1, Cohen\'s kappa\n');
  log(`| OPP-115 category | ${results.map((s) => `${s.name}: n · F1 · κ`).join(' | ')} | all sets: F1 · κ |\n| --- |${results.map(() => ' --- |').join('')} --- |`);
  for (const c of OPP115) {
    const cell = (p) => `${p.reference}/${p.second}/${p.both} · ${f(p.f1)} · ${f(p.kappa)}`;
    log(`| ${c} | ${results.map((s) => cell(s.r.perCategory[c])).join(' | ')} | ${f(all.perCategory[c].f1)} · ${f(all.perCategory[c].kappa)} |`);
  }
  if (machine) {
    log('\n`classify` as shipped on the same 200 held-out paragraphs:\n');
    log('| reference | micro P / R / F1 | macro F1 |\n| --- | --- | --- |');
    for (const [k, v] of Object.entries(machine)) log(`| ${k === 'vsFirst' ? 'first reader (the annotated file)' : 'second reader'} | ${f(v.micro.precision)} / ${f(v.micro.recall)} / ${f(v.micro.f1)} | ${f(v.macro.f1)} |`);
  }
  log('');
  if (disagreements) {
    const short = (c) => ({ 'First Party Collection/Use': 'First', 'Third Party Sharing/Collection': 'Third', 'User Choice/Control': 'Choice', 'User Access, Edit and Deletion': 'Access', 'Data Retention': 'Retention', 'Data Security': 'Security', 'International and Specific Audiences': 'Audiences', 'Do Not Track': 'DNT', 'Policy Change': 'Change' })[c];
    for (const s of results) {
      log(`### ${s.r.disagreements.length} disagreements, ${s.name} (first reader only · second reader only · both)\n`);
      for (const d of s.r.disagreements) {
        log(`- ${d.id}: first only [${d.onlyReference.map(short).join(', ')}] · second only [${d.onlySecond.map(short).join(', ')}] · both [${d.both.map(short).join(', ')}]\n  ${d.text.slice(0, 260).replace(/\s*\n\s*/g, ' / ')}`);
      }
      log('');
    }
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const figures = await evalAgreement({ json: args.includes('--json'), disagreements: args.includes('--disagreements'), classifier: args.includes('--classifier') });
  if (args.includes('--json')) console.log(JSON.stringify(figures, null, 2));
}
