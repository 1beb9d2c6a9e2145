import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../analyzer/classify';
import { categoriesOf, OPP115 } from '../../analyzer/classifier-categories';
import { examplesOf, serialize, train } from '../../analyzer/classifier-train';
import { SECTIONS } from '../../analyzer/schema';

/**
 * `classify` = rules + a small statistical model trained on our annotated development
 * paragraphs. The shipped weights must be exactly what the training script produces from the
 * fixtures (so nobody edits them by hand, and a change of the annotations retrains them).
 */
const read = (file: string) =>
  readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; categories: string[] });

describe('the paragraph classifier', () => {
  it('ships the weights that a fresh training run on the development set gives', () => {
    const shipped = readFileSync(new URL('../../analyzer/classifier-weights.json', import.meta.url), 'utf8');
    expect(serialize(train(examplesOf(read('annotated-paragraphs.jsonl')))) === shipped, 'run: node scripts/train-classifier.mjs').toBe(true);
  }, 600_000);

  it('is small enough to ship inside the extension (at most 250 KB)', () => {
    expect(readFileSync(new URL('../../analyzer/classifier-weights.json', import.meta.url)).length).toBeLessThanOrEqual(250 * 1024);
  });

  it.each([
    ['We will post any changes to this Privacy Policy on this page and update the date above.', 'Policy Change'],
    ['You can ask us for a copy of the personal data we hold about you, and have it corrected or erased.', 'User Access, Edit and Deletion'],
    ['If you live in the European Economic Area, you may lodge a complaint with your local supervisory authority.', 'International and Specific Audiences'],
    ['We keep your account information for as long as your account is open, and delete it within 90 days after you close it.', 'Data Retention'],
    ['We share your email address with our newsletter provider and with advertising partners.', 'Third Party Sharing/Collection'],
    ['You can unsubscribe from our marketing emails at any time by clicking the link at the bottom of each email.', 'User Choice/Control'],
  ] as const)('reads %j as %s', (text, category) => {
    expect(categoriesOf(classify(text))).toContain(category);
  });

  it('answers only with sections and items of the label', () => {
    for (const r of read('annotated-paragraphs-holdout.jsonl')) {
      const c = classify(r.text);
      for (const s of c.sections) expect(SECTIONS.map((x) => x.id)).toContain(s);
      for (const i of c.items) {
        const [s, item] = i.split('/');
        expect(c.sections, r.id).toContain(s);
        expect(SECTIONS.find((x) => x.id === s)!.items, r.id).toContain(item);
      }
      for (const cat of categoriesOf(c)) expect(OPP115).toContain(cat);
    }
  });
});
