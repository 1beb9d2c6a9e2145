// From a draw of scripts/sample-paragraphs.mjs to labelled lines of the development file, in
// two steps around the reading (tests/fixtures/ANNOTATION.md):
//
//   node scripts/annotation-batches.mjs prepare DRAW_DIR/dev-candidates.jsonl WORK_DIR --batches N
//     keeps the paragraphs that add a reading — not a word-for-word copy of a development
//     paragraph already labelled, not a near-repeat of a held-out one (scripts/near-repeats.mjs),
//     each text once — and writes WORK_DIR/batch-1.jsonl … batch-N.jsonl ({"id","text"} lines,
//     a policy's paragraphs in one batch) and WORK_DIR/copies.json (the ids that repeat a
//     batch paragraph word for word: they take its label).
//   node scripts/annotation-batches.mjs merge WORK_DIR
//     reads WORK_DIR/labels-K.jsonl ({"id","categories"} lines, one per batch paragraph),
//     checks that every paragraph has exactly one label of known categories, and appends the
//     paragraphs and their copies to tests/fixtures/annotated-paragraphs.jsonl in its format.
//     Nothing is written unless every batch is complete.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { nearRepeatIndex, wordKey } from './near-repeats.mjs';
import { readJsonl } from './jsonl.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist-cli/annotation-batches.mjs');
await build({
  stdin: { contents: "export { OPP115 } from './analyzer/classifier-categories';", resolveDir: root, loader: 'ts' },
  outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
});
/** The nine categories, in the order the fixtures' lines list them. */
const { OPP115: CATEGORIES } = await import(out);
const DEV = join(root, 'tests/fixtures/annotated-paragraphs.jsonl');
const HOLDOUT = join(root, 'tests/fixtures/annotated-paragraphs-holdout.jsonl');

const policyOf = (id) => id.split('#')[0];
const fail = (message) => {
  console.error(message);
  process.exit(1);
};

function prepare(candidatesFile, workDir, batches) {
  const dev = new Set(readJsonl(DEV).map((r) => wordKey(r.text)));
  const heldOut = nearRepeatIndex(readJsonl(HOLDOUT).map((r) => r.text));
  const kept = new Map(); // word key → the first paragraph with it
  const copies = {};
  let devCopies = 0, heldOutRepeats = 0;
  for (const r of readJsonl(candidatesFile)) {
    const key = wordKey(r.text);
    if (dev.has(key)) devCopies++;
    else if (heldOut.repeatsOf(r.text).length) heldOutRepeats++;
    else if (kept.has(key)) (copies[kept.get(key).id] ??= []).push(r.id);
    else kept.set(key, { id: r.id, text: r.text });
  }
  // Whole policies to a batch, batches about the same size, in the draw's order.
  const byPolicy = new Map();
  for (const r of kept.values()) byPolicy.set(policyOf(r.id), [...(byPolicy.get(policyOf(r.id)) ?? []), r]);
  const size = Math.ceil(kept.size / batches);
  const out = [[]];
  for (const rows of byPolicy.values()) {
    if (out.at(-1).length >= size && out.length < batches) out.push([]);
    out.at(-1).push(...rows);
  }
  mkdirSync(workDir, { recursive: true });
  out.forEach((rows, i) => writeFileSync(join(workDir, `batch-${i + 1}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n'));
  writeFileSync(join(workDir, 'copies.json'), JSON.stringify(copies, null, 1) + '\n');
  const n = Object.values(copies).flat().length;
  console.log(`${kept.size} paragraphs to read in ${out.length} batches (${out.map((b) => b.length).join(', ')}), ${n} copies of them; left out ${devCopies} copies of development paragraphs and ${heldOutRepeats} near-repeats of held-out ones → ${workDir}`);
}

/** A line as the fixtures file writes it (", " and ": " between fields, categories in OPP-115 order). */
const line = (r) => `{"id": ${JSON.stringify(r.id)}, "text": ${JSON.stringify(r.text)}, "categories": [${CATEGORIES.filter((c) => r.categories.includes(c)).map((c) => JSON.stringify(c)).join(', ')}]}`;

function merge(workDir) {
  const rows = [];
  const problems = [];
  for (let k = 1; existsSync(join(workDir, `batch-${k}.jsonl`)); k++) {
    const labelsFile = join(workDir, `labels-${k}.jsonl`);
    if (!existsSync(labelsFile)) {
      problems.push(`labels-${k}.jsonl is missing`);
      continue;
    }
    const labels = new Map();
    for (const l of readJsonl(labelsFile)) {
      if (labels.has(l.id)) problems.push(`labels-${k}.jsonl: ${l.id} labelled twice`);
      const unknown = (Array.isArray(l.categories) ? l.categories : [String(l.categories)]).filter((c) => !CATEGORIES.includes(c));
      if (unknown.length) problems.push(`labels-${k}.jsonl: ${l.id}: unknown categories ${unknown.join(', ')}`);
      labels.set(l.id, l.categories);
    }
    const batch = readJsonl(join(workDir, `batch-${k}.jsonl`));
    const ids = new Set(batch.map((r) => r.id));
    for (const id of labels.keys()) if (!ids.has(id)) problems.push(`labels-${k}.jsonl: ${id} is not in batch-${k}.jsonl`);
    for (const r of batch) {
      if (labels.has(r.id)) rows.push({ ...r, categories: labels.get(r.id) });
      else problems.push(`batch-${k}.jsonl: ${r.id} has no label`);
    }
  }
  if (problems.length) fail(`${problems.length} problems, nothing written:\n${problems.slice(0, 50).join('\n')}`);
  if (!rows.length) fail(`no batch-1.jsonl in ${workDir}`);
  const copies = JSON.parse(readFileSync(join(workDir, 'copies.json'), 'utf8'));
  const candidates = new Map();
  for (const r of rows) for (const id of [r.id, ...(copies[r.id] ?? [])]) candidates.set(id, { ...r, id });
  const existing = new Set(readJsonl(DEV).map((r) => r.id));
  const added = [...candidates.values()].filter((r) => !existing.has(r.id));
  if (!added.length) fail(`every paragraph of ${workDir} is already in tests/fixtures/annotated-paragraphs.jsonl: nothing written`);
  appendFileSync(DEV, added.map(line).join('\n') + '\n');
  console.log(`${added.length} paragraphs (${rows.length} read, ${added.length - rows.length} copies) appended to tests/fixtures/annotated-paragraphs.jsonl`);
}

const [command, ...rest] = process.argv.slice(2);
const batchesAt = rest.indexOf('--batches');
const batches = batchesAt < 0 ? 1 : Number(rest.splice(batchesAt, 2)[1]);
if (command === 'prepare' && rest.length === 2 && batches >= 1) prepare(rest[0], rest[1], batches);
else if (command === 'merge' && rest.length === 1) merge(rest[0]);
else fail('usage: node scripts/annotation-batches.mjs prepare CANDIDATES.jsonl WORK_DIR [--batches N] | merge WORK_DIR');
