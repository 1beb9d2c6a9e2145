// Trains the paragraph classifier of `classify` on the hand-annotated development paragraphs
// (tests/fixtures/annotated-paragraphs.jsonl — never the held-out file) and writes
// analyzer/classifier-weights.json. Deterministic: no randomness, so a run on the same
// fixtures writes the same file (tests/unit/classifier.test.ts checks that the shipped file is
// exactly what this script writes).
//
//   node scripts/train-classifier.mjs [--check]     (--check: compare instead of writing)
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl } from './jsonl.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist-cli/train-classifier.mjs');
await build({
  stdin: { contents: "export * from './analyzer/classifier-train';", resolveDir: root, loader: 'ts' },
  outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
});
const { train, examplesOf, parseIds, serialize } = await import(out);

const rows = readJsonl(join(root, 'tests/fixtures/annotated-paragraphs.jsonl'));
// Paragraphs drawn on purpose (rarer topics) train and choose thresholds like the others
// (weighing them apart did not help by nested CV: the note above DEFAULT_OPTIONS).
const targeted = parseIds(readFileSync(join(root, 'tests/fixtures/annotated-targeted-ids.txt'), 'utf8'));
const json = serialize(train(examplesOf(rows, targeted)));
const file = join(root, 'analyzer/classifier-weights.json');
if (process.argv.includes('--check')) {
  const same = readFileSync(file, 'utf8') === json;
  console.log(same ? 'analyzer/classifier-weights.json is up to date' : 'analyzer/classifier-weights.json differs from a fresh training run');
  process.exit(same ? 0 : 1);
}
writeFileSync(file, json);
console.log(`trained on ${rows.length} paragraphs → analyzer/classifier-weights.json (${(json.length / 1024).toFixed(0)} KB)`);
