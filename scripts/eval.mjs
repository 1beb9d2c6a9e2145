// `npm run eval`: how well the analyzer reads real policies.
// 1. Over ../shared/corpus/privacy (when present): the share of policies in which each section
//    and each item is found, and the distribution of grades.
// 2. Over tests/fixtures/annotated-paragraphs.jsonl (development) and
//    annotated-paragraphs-holdout.jsonl (held out), paragraphs of corpus policies labelled by
//    hand in the OPP-115 categories: precision, recall and F1 of `classify`, per category,
//    micro and macro, with the mapping of shared/LABEL.md.
// `--json` prints the figures as JSON; `--errors` lists the misclassified paragraphs.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const out = join(root, 'dist-cli/eval.mjs');
await build({
  stdin: {
    contents: [
      "export { analyze } from './analyzer/label';",
      "export { gradeOf } from './analyzer/rubric';",
      "export { classify } from './analyzer/classify';",
      "export { SECTIONS } from './analyzer/schema';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
});
const { analyze, gradeOf, classify, SECTIONS } = await import(out);

/** The nine OPP-115 categories and what `classify` must report for each (shared/LABEL.md). */
export const OPP115 = [
  ['First Party Collection/Use', { sections: ['collection', 'purposes'] }],
  ['Third Party Sharing/Collection', { sections: ['sharing'], items: ['tracking/third-party-tracking', 'tracking/cross-site-ads', 'tracking/social-widgets'] }],
  ['User Choice/Control', { items: ['tracking/cookie-controls', 'rights/opt-out-marketing', 'rights/opt-out-sale', 'rights/withdraw-consent', 'rights/object', 'rights/restrict'] }],
  ['User Access, Edit and Deletion', { items: ['rights/access', 'rights/correction', 'rights/deletion', 'rights/portability'] }],
  ['Data Retention', { sections: ['retention'] }],
  ['Data Security', { sections: ['security'] }],
  ['International and Specific Audiences', { sections: ['audiences'] }],
  ['Do Not Track', { items: ['tracking/do-not-track'] }],
  ['Policy Change', { sections: ['changes'] }],
];

function categoriesOf(c) {
  return OPP115.filter(([, m]) => (m.sections ?? []).some((s) => c.sections.includes(s)) || (m.items ?? []).some((i) => c.items.includes(i))).map(([name]) => name);
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
const figures = {};

// 1. The corpus.
/**
 * The corpus is a ToSBack snapshot of February 2021: a policy's age (the stale-policy flag)
 * is counted at that date, as a reader of the time would have seen it.
 */
const SNAPSHOT = new Date('2021-03-01');

/** Section and item found-shares, grade distribution and flag counts over the corpus policies. */
function corpusFigures(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const sectionCount = {};
  const itemCount = {};
  const flagCount = {};
  const grades = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  const gradesRead = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  const gradesBeforeSteps = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  let read = 0;
  for (const f of files) {
    const label = analyze(readFileSync(join(dir, f), 'utf8'), { now: SNAPSHOT });
    for (const s of label.sections) {
      if (s.stated) sectionCount[s.id] = (sectionCount[s.id] ?? 0) + 1;
      for (const id of new Set(s.items.map((i) => i.id))) itemCount[`${s.id}/${id}`] = (itemCount[`${s.id}/${id}`] ?? 0) + 1;
    }
    for (const id of new Set(label.flags.map((x) => x.id))) flagCount[id] = (flagCount[id] ?? 0) + 1;
    const g = gradeOf(label);
    grades[g.letter]++;
    gradesBeforeSteps[g.fromPoints]++;
    if (label.sections.some((s) => s.stated)) { gradesRead[g.letter]++; read++; }
  }
  return { policies: files.length, read, sectionCount, itemCount, flagCount, grades, gradesOfReadPolicies: gradesRead, gradesBeforeFlagSteps: gradesBeforeSteps };
}

function printCorpus(c) {
  const n = c.policies;
  console.log(`## Corpus: ${n} policies (${c.read} with at least one statement read)\n`);
  console.log('| section | found in | items (share of policies) |\n| --- | --- | --- |');
  for (const { id, items } of SECTIONS) {
    const its = items.map((i) => `${i} ${pct(c.itemCount[`${id}/${i}`] ?? 0, n)}`).join(' · ');
    console.log(`| ${id} | ${pct(c.sectionCount[id] ?? 0, n)} | ${its} |`);
  }
  const dist = (g, d) => Object.entries(g).map(([k, v]) => `${k} ${v} (${pct(v, d)})`).join(' · ');
  console.log(`\nGrades, all policies: ${dist(c.grades, n)}`);
  console.log(`Grades, policies read: ${dist(c.gradesOfReadPolicies, c.read)}`);
  console.log(`Grades before flags' grade steps (all): ${dist(c.gradesBeforeFlagSteps, n)}`);
  console.log(`Flags (policies): ${Object.entries(c.flagCount).sort().map(([k, v]) => `${k} ${v} (${pct(v, n)})`).join(' · ')}\n`);
}

const corpus = join(root, '../shared/corpus/privacy');
if (existsSync(corpus)) {
  figures.corpus = corpusFigures(corpus);
  if (!args.includes('--json')) printCorpus(figures.corpus);
} else {
  console.log(`(no corpus at ${corpus}: section shares and grades skipped)\n`);
}

// 2. The annotated paragraphs: the development set (rules and cues were tuned on it) and a
//    held-out set of paragraphs from other policies, labelled before the analyzer saw them.
const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, support: tp + fn };
};

function score(file) {
  const annotated = readFileSync(join(root, 'tests/fixtures', file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const per = Object.fromEntries(OPP115.map(([name]) => [name, { tp: 0, fp: 0, fn: 0 }]));
  const errors = [];
  for (const p of annotated) {
    const got = new Set(categoriesOf(classify(p.text)));
    const want = new Set(p.categories);
    for (const [name] of OPP115) {
      if (got.has(name) && want.has(name)) per[name].tp++;
      else if (got.has(name)) per[name].fp++;
      else if (want.has(name)) per[name].fn++;
    }
    const missed = [...want].filter((c) => !got.has(c));
    const extra = [...got].filter((c) => !want.has(c));
    if (missed.length || extra.length) errors.push({ id: p.id, missed, extra, text: p.text });
  }
  const rows = OPP115.map(([name]) => [name, prf(per[name])]);
  const sum = Object.values(per).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });
  const micro = prf(sum);
  const scored = rows.filter(([, r]) => r.support > 0);
  const mean = (k) => scored.reduce((n, [, r]) => n + r[k], 0) / scored.length;
  const macro = { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') };
  return { file, paragraphs: annotated.length, perCategory: Object.fromEntries(rows), micro, macro, errors };
}

const sets = [score('annotated-paragraphs.jsonl'), score('annotated-paragraphs-holdout.jsonl')];
figures.classification = sets.map((s) => ({ ...s, errors: s.errors.length }));

if (args.includes('--json')) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  const f = (x) => x.toFixed(2);
  for (const set of sets) {
    console.log(`## Classification: ${set.paragraphs} hand-annotated paragraphs (tests/fixtures/${set.file})\n`);
    console.log('| OPP-115 category | support | precision | recall | F1 |\n| --- | --- | --- | --- | --- |');
    for (const [name, r] of Object.entries(set.perCategory)) console.log(`| ${name} | ${r.support} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} |`);
    console.log(`| **micro** | ${set.micro.support} | ${f(set.micro.precision)} | ${f(set.micro.recall)} | ${f(set.micro.f1)} |`);
    console.log(`| **macro** (categories with support) | | ${f(set.macro.precision)} | ${f(set.macro.recall)} | ${f(set.macro.f1)} |\n`);
    if (args.includes('--errors')) {
      console.log(`${set.errors.length} paragraphs with errors:\n`);
      for (const e of set.errors) console.log(`- ${e.id}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]\n  ${e.text.slice(0, 300)}`);
      console.log('');
    }
  }
}
