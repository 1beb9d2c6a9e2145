// Draws paragraphs from ../shared/corpus/privacy to be annotated by hand in the OPP-115
// categories (see tests/fixtures/annotated-paragraphs*.jsonl). Deterministic: the same corpus
// gives the same sample. Policies already in the annotated files are skipped, and each policy
// goes wholly to one split, so that the held-out set never shares a policy with the
// development set.
//
//   node scripts/sample-paragraphs.mjs [--per-policy 3] [--holdout-share 0.2] [--extra N] OUT_DIR
//
// --extra N: instead, draw up to N more paragraphs from each policy that is already annotated,
// for the split that policy is already in (the same hash order, skipping annotated ids).
// --under REGEX: with --extra, only paragraphs whose section heading matches REGEX
// (case-insensitive), to draw more of the rarer categories (retention, choices, security…).
// With --extra, a paragraph whose words repeat an annotated paragraph's word for word (sister
// sites and policy generators repeat whole policies) is not drawn: it adds no reading.
//
// A segment is what a reader sees as one paragraph: a lead-in with the list under it, the
// heading of its section in front when it is the first paragraph under that heading (as in
// the OPP-115 segments). Markdown syntax is stripped.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl } from './jsonl.mjs';
import { wordKey } from './near-repeats.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [, value] = args.splice(i, 2);
  return Number(value);
};
const perPolicy = option('--per-policy', 3);
const holdoutShare = option('--holdout-share', 0.2);
const extra = option('--extra', 0);
const underIndex = args.indexOf('--under');
const under = underIndex < 0 ? null : new RegExp(args.splice(underIndex, 2)[1], 'i');
const outDir = args[0];
if (!outDir) {
  console.error('usage: node scripts/sample-paragraphs.mjs [--per-policy N] [--holdout-share F] OUT_DIR');
  process.exit(2);
}

/** A small deterministic hash (FNV-1a) to pick without a random seed. */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const clean = (s) => s
  .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
  .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
  .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
  .replace(/\*\*|__/g, '')
  .replace(/^#+\s*/gm, '')
  .replace(/^\s*(?:[*+-]|\d+\.)\s+/gm, '• ')
  .replace(/[ \t]+/g, ' ')
  .replace(/\u200b/g, '')
  .trim();

const ENGLISH = /\b(?:the|and|of|to|we|you|your|our|information|with|for)\b/gi;
const looksEnglish = (t) => (t.match(ENGLISH)?.length ?? 0) / Math.max(1, t.split(/\s+/).length) > 0.12;
const looksLikeCode = (t) => /[{};]{3}|function\s*\(|var\s+\w+\s*=/.test(t);

function segments(markdown) {
  const blocks = markdown.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const out = [];
  let heading = '';
  let headingUsed = true;
  for (let i = 0; i < blocks.length; i++) {
    const raw = blocks[i];
    const text = clean(raw);
    if (!text) continue;
    const isHeading = /^#{1,6}\s/.test(raw) || /^[-=]{3,}$/m.test(raw) || (/^\*\*[^*]+\*\*$/.test(raw) && text.length < 90) || (text.length < 70 && !/[.:;,]$/.test(text) && !/^•/.test(text));
    if (isHeading) {
      heading = text.replace(/\n[-=]+$/, '').trim();
      headingUsed = false;
      continue;
    }
    let body = text;
    // A lead-in that ends with a colon takes the list under it.
    while (/:$/.test(body) && i + 1 < blocks.length && /^\s*(?:[*+-]|\d+\.)\s/.test(blocks[i + 1])) body += `\n${clean(blocks[++i])}`;
    const words = body.split(/\s+/).length;
    if (words < 15 || words > 350 || looksLikeCode(body) || !looksEnglish(body)) {
      headingUsed = true;
      continue;
    }
    out.push({ text: headingUsed || !heading ? body : `${heading}\n${body}`, heading });
    headingUsed = true;
  }
  return out;
}

const read = (f) => readJsonl(join(root, 'tests/fixtures', f), { missingOk: true });
const annotatedDev = read('annotated-paragraphs.jsonl');
const annotatedHoldout = read('annotated-paragraphs-holdout.jsonl');
const policyOf = (id) => id.split('#')[0];
const taken = new Set([...annotatedDev, ...annotatedHoldout].map((r) => policyOf(r.id)));
const takenIds = new Set([...annotatedDev, ...annotatedHoldout].map((r) => r.id));
const heldOutPolicies = new Set(annotatedHoldout.map((r) => policyOf(r.id)));
const annotatedTexts = new Set([...annotatedDev, ...annotatedHoldout].map((r) => wordKey(r.text)));

const corpus = join(root, '../shared/corpus/privacy');
const dev = [];
const holdout = [];
for (const file of readdirSync(corpus).filter((f) => f.endsWith('.md')).sort()) {
  const name = file.replace(/\.md$/, '');
  if (taken.has(name) !== extra > 0) continue;
  const segs = segments(readFileSync(join(corpus, file), 'utf8'));
  if (segs.length < 3 && !extra) continue;
  const picked = segs
    .map(({ text, heading }, index) => ({ index, text, heading, key: hash(`${name}#${index}`) }))
    .sort((a, b) => a.key - b.key)
    .filter(({ index, heading, text }) => !takenIds.has(`${name}#${index}`) && (!under || under.test(heading)) && !(extra && annotatedTexts.has(wordKey(text))))
    .slice(0, extra || perPolicy)
    .sort((a, b) => a.index - b.index)
    .map(({ index, text }) => ({ id: `${name}#${index}`, text }));
  const heldOut = extra ? heldOutPolicies.has(name) : (hash(name) % 1000) / 1000 < holdoutShare;
  (heldOut ? holdout : dev).push(...picked);
}

mkdirSync(outDir, { recursive: true });
const write = (f, rows) => writeFileSync(join(outDir, f), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
write('dev-candidates.jsonl', dev);
write('holdout-candidates.jsonl', holdout);
console.log(`${dev.length} development and ${holdout.length} held-out paragraphs from ${new Set([...dev, ...holdout].map((r) => r.id.split('#')[0])).size} policies → ${outDir}`);
