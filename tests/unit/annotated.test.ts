import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPP115 } from '../../analyzer/classifier-categories';
import { readJsonl } from '../../scripts/jsonl.mjs';
import { nearRepeatIndex, overlap, wordKey } from '../../scripts/near-repeats.mjs';

/**
 * The hand-annotated paragraphs that `npm run eval` scores `classify` on (OPP-115 categories,
 * labelled by reading each paragraph): well-formed, unique, and big enough to mean something.
 */
const CATEGORIES: readonly string[] = OPP115;

interface Annotated { id: string; text: string; categories: string[] }

const read = (file: string): Annotated[] => readJsonl(new URL(`../fixtures/${file}`, import.meta.url).pathname) as Annotated[];

describe.each([
  ['annotated-paragraphs.jsonl', 600],
  ['annotated-paragraphs-holdout.jsonl', 150],
])('%s', (file, minimum) => {
  const rows = read(file);
  it(`has at least ${minimum} paragraphs from at least 20 policies`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(minimum);
    expect(new Set(rows.map((r) => r.id.split('#')[0])).size).toBeGreaterThanOrEqual(20);
  });
  it('has unique ids, real text and only the nine OPP-115 categories', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.text.split(/\s+/).length, r.id).toBeGreaterThan(10);
      for (const c of r.categories) expect(CATEGORIES, r.id).toContain(c);
    }
  });
});

it('keeps the held-out paragraphs out of the development set (no shared policy)', () => {
  const dev = new Set(read('annotated-paragraphs.jsonl').map((r) => r.id.split('#')[0]));
  expect(read('annotated-paragraphs-holdout.jsonl').filter((r) => dev.has(r.id.split('#')[0])).map((r) => r.id)).toEqual([]);
});

it('has no held-out paragraph that (nearly) repeats a development paragraph', () => {
  const dev = read('annotated-paragraphs.jsonl');
  const index = nearRepeatIndex(dev.map((r) => r.text));
  const repeats = read('annotated-paragraphs-holdout.jsonl').flatMap((h) => index.repeatsOf(h.text).map((i) => `${h.id} ≈ ${dev[i]!.id}`));
  expect(repeats).toEqual([]);
}, 60_000);

const corpus = new URL('../../../shared/corpus/privacy/', import.meta.url);
it.skipIf(!existsSync(corpus))('has no held-out policy that is a copy of a development policy (same text under another name)', () => {
  const text = (name: string) => {
    const f = new URL(`${name}.md`, corpus);
    return existsSync(f) ? readFileSync(f, 'utf8') : '';
  };
  // Word 5-grams, hashed; one in eight kept (the same ones in every text), to stay quick.
  const five = (t: string) => {
    const w = t.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const out = new Set<string>();
    for (let i = 4; i < w.length; i++) {
      const g = `${w[i - 4]} ${w[i - 3]} ${w[i - 2]} ${w[i - 1]} ${w[i]}`;
      let h = 0x811c9dc5;
      for (let k = 0; k < g.length; k++) h = Math.imul(h ^ g.charCodeAt(k), 0x01000193) >>> 0;
      if (h % 8 === 0) out.add(g);
    }
    return out;
  };
  const policies = (f: string) => [...new Set(read(f).map((r) => r.id.split('#')[0]!))].map((p) => [p, five(text(p))] as const);
  const dev = policies('annotated-paragraphs.jsonl');
  const copies = policies('annotated-paragraphs-holdout.jsonl').flatMap(([h, s]) => dev.filter(([, d]) => overlap(s, d) >= 0.5).map(([p]) => `${h} ≈ ${p}`));
  expect(copies).toEqual([]);
}, 120_000);

it('labels identical development paragraphs alike (same words, same categories)', () => {
  // A paragraph repeated across a policy or sister sites is one reading decision: its copies
  // must not teach the classifier two answers (RELABEL-2026-11-30.md).
  const groups = new Map<string, Annotated[]>();
  for (const r of read('annotated-paragraphs.jsonl')) {
    const key = wordKey(r.text);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const differing = [...groups.values()]
    .filter((g) => new Set(g.map((r) => [...r.categories].sort().join('|'))).size > 1)
    .map((g) => g.map((r) => `${r.id} [${r.categories.join(', ')}]`).join(' / '));
  expect(differing).toEqual([]);
});
