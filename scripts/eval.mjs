// `npm run eval`: how well the analyzer reads real policies.
// 1. Over ../shared/corpus/privacy (when present): the share of policies in which each section
//    and each item is found, and the distribution of grades.
// 2. Over tests/fixtures/annotated-paragraphs*.jsonl, paragraphs of corpus policies labelled by
//    hand in the OPP-115 categories: precision, recall and F1 of `classify` (scripts/eval-classify.mjs).
// `--json` prints the figures as JSON; `--errors` lists the misclassified paragraphs.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalClassification } from './eval-classify.mjs';
import { readJsonl } from './jsonl.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const out = join(root, 'dist-cli/eval.mjs');
await build({
  stdin: {
    contents: [
      "export { analyze } from './analyzer/label';",
      "export { gradeOf } from './analyzer/rubric';",
      "export { SECTIONS } from './analyzer/schema';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
});
const { analyze, gradeOf, SECTIONS } = await import(out);

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
  let dated = 0;
  const languages = {};
  const judged = contradictionJudgments();
  const contradictions = { flags: 0, real: 0, notReal: 0, unjudged: [] };
  for (const f of files) {
    const label = analyze(readFileSync(join(dir, f), 'utf8'), { now: SNAPSHOT });
    for (const x of label.flags) {
      if (x.id !== 'contradiction') continue;
      const key = `${f.replace(/\.md$/, '')}|${x.reason === 'item' ? x.values.join('/') : x.reason}`;
      contradictions.flags++;
      const verdict = judged.get(key);
      if (verdict === 'real') contradictions.real++;
      else if (verdict) contradictions.notReal++;
      else contradictions.unjudged.push(key);
    }
    if (label.source.effectiveDate) dated++;
    languages[label.source.language] = (languages[label.source.language] ?? 0) + 1;
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
  return { policies: files.length, read, dated, languages, sectionCount, itemCount, flagCount, grades, gradesOfReadPolicies: gradesRead, gradesBeforeFlagSteps: gradesBeforeSteps, contradictions };
}

/**
 * Contradiction flags of corpus policies read by people (tests/fixtures/contradiction-check):
 * "policy|section/item" (or "policy|no-collection") → 'real' or 'false'.
 */
function contradictionJudgments() {
  const file = join(root, 'tests/fixtures/contradiction-check/judged.jsonl');
  return new Map(readJsonl(file).map((r) => [`${r.policy}|${r.item}`, r.verdict]));
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
  console.log(`Effective / last-updated date found: ${c.dated} (${pct(c.dated, n)}) · languages guessed: ${Object.entries(c.languages).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(' · ')}`);
  console.log(`Flags (policies): ${Object.entries(c.flagCount).sort().map(([k, v]) => `${k} ${v} (${pct(v, n)})`).join(' · ')}`);
  const k = c.contradictions;
  console.log(`Contradiction flags: ${k.flags}; read by people (tests/fixtures/contradiction-check): ${k.real} real, ${k.notReal} not${k.unjudged.length ? `, ${k.unjudged.length} not yet read: ${k.unjudged.join(', ')}` : ''}\n`);
}

const corpus = join(root, '../shared/corpus/privacy');
if (existsSync(corpus)) {
  figures.corpus = corpusFigures(corpus);
  if (!args.includes('--json')) printCorpus(figures.corpus);
} else {
  console.log(`(no corpus at ${corpus}: section shares and grades skipped)\n`);
}

// 2. The annotated paragraphs (scripts/eval-classify.mjs).
figures.classification = await evalClassification({ json: args.includes('--json'), errors: args.includes('--errors') });
figures.agreement = await (await import('./eval-agreement.mjs')).evalAgreement({ json: args.includes('--json') }); // 3. second reader vs annotated files

if (args.includes('--json')) console.log(JSON.stringify(figures, null, 2));
