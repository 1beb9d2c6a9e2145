import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The hand-annotated paragraphs that `npm run eval` scores `classify` on (OPP-115 categories,
 * labelled by reading each paragraph): well-formed, unique, and big enough to mean something.
 */
const CATEGORIES = [
  'First Party Collection/Use', 'Third Party Sharing/Collection', 'User Choice/Control',
  'User Access, Edit and Deletion', 'Data Retention', 'Data Security',
  'International and Specific Audiences', 'Do Not Track', 'Policy Change',
];

interface Annotated { id: string; text: string; categories: string[] }

const read = (file: string): Annotated[] =>
  readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Annotated);

describe.each([
  ['annotated-paragraphs.jsonl', 150],
  ['annotated-paragraphs-holdout.jsonl', 40],
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
