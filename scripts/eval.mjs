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
const corpus = join(root, '../shared/corpus/privacy');
if (existsSync(corpus)) {
  const files = readdirSync(corpus).filter((f) => f.endsWith('.md'));
  const sectionCount = {};
  const itemCount = {};
  const grades = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  const gradesEnglish = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  let english = 0;
  for (const f of files) {
    const label = analyze(readFileSync(join(corpus, f), 'utf8'));
    for (const s of label.sections) {
      if (s.stated) sectionCount[s.id] = (sectionCount[s.id] ?? 0) + 1;
      for (const id of new Set(s.items.map((i) => i.id))) itemCount[`${s.id}/${id}`] = (itemCount[`${s.id}/${id}`] ?? 0) + 1;
    }
    const g = gradeOf(label).letter;
    grades[g]++;
    if (label.sections.some((s) => s.stated)) { gradesEnglish[g]++; english++; }
  }
  figures.corpus = { policies: files.length, read: english, sectionCount, itemCount, grades, gradesOfReadPolicies: gradesEnglish };
  if (!args.includes('--json')) {
    console.log(`## Corpus: ${files.length} policies (${english} with at least one statement read)\n`);
    console.log('| section | found in | items (share of policies) |\n| --- | --- | --- |');
    for (const { id, items } of SECTIONS) {
      const its = items.map((i) => `${i} ${pct(itemCount[`${id}/${i}`] ?? 0, files.length)}`).join(' · ');
      console.log(`| ${id} | ${pct(sectionCount[id] ?? 0, files.length)} | ${its} |`);
    }
    const dist = (g, n) => Object.entries(g).map(([k, v]) => `${k} ${v} (${pct(v, n)})`).join(' · ');
    console.log(`\nGrades, all policies: ${dist(grades, files.length)}`);
    console.log(`Grades, policies read: ${dist(gradesEnglish, english)}\n`);
  }
} else {
  console.log(`(no corpus at ${corpus}: section shares and grades skipped)\n`);
}

// 2. The annotated paragraphs (scripts/eval-classify.mjs).
figures.classification = await evalClassification({ json: args.includes('--json'), errors: args.includes('--errors') });

if (args.includes('--json')) console.log(JSON.stringify(figures, null, 2));
