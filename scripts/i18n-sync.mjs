#!/usr/bin/env node
// `node scripts/i18n-sync.mjs`: rewrites the messages of public/_locales/en/messages.json that
// are made from the analyzer's English names (section_*, item_*, flag_*, rubric_*) from
// analyzer/names.ts and analyzer/rubric.ts, keeping every other message as it is. Run it after
// changing a name or a rubric line; tests/unit/i18n.test.ts fails until then.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'public/_locales/en/messages.json');
const out = join(tmpdir(), `privacy-label-i18n-${process.pid}.mjs`);
await build({
  stdin: { contents: "export { SECTION_NAMES, ITEM_NAMES, FLAG_NAMES } from './analyzer/names.ts'; export { RUBRIC } from './analyzer/rubric.ts';", resolveDir: root, loader: 'ts' },
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const { SECTION_NAMES, ITEM_NAMES, FLAG_NAMES, RUBRIC } = await import(pathToFileURL(out).href);

const generated = {};
for (const [k, v] of Object.entries(SECTION_NAMES)) generated[`section_${k}`] = { message: v, description: 'Section name.' };
for (const [k, v] of Object.entries(FLAG_NAMES)) generated[`flag_${k.replace(/-/g, '_')}`] = { message: v, description: 'Flag name.' };
for (const [k, v] of Object.entries(ITEM_NAMES)) generated[`item_${k.replace(/[/-]/g, '_')}`] = { message: v, description: 'Item name.' };
for (const lines of Object.values(RUBRIC)) {
  for (const l of lines) generated[`rubric_${l.id.replace(/-/g, '_')}`] = { message: l.text, description: `Rubric line (${l.rating}, ${l.points} points).` };
}

const current = JSON.parse(readFileSync(file, 'utf8'));
const GENERATED = /^(?:section|flag|item|rubric)_/;
const next = {};
for (const [k, v] of Object.entries(current)) if (!GENERATED.test(k)) next[k] = v;
Object.assign(next, generated);
writeFileSync(file, JSON.stringify(next, null, 2) + '\n');
const before = Object.keys(current).filter((k) => GENERATED.test(k)).length;
console.log(`messages.json: ${Object.keys(generated).length} generated messages (was ${before}), ${Object.keys(next).length} in all`);
