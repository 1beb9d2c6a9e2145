import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../analyzer/classify';
import { categoriesOf, OPP115 } from '../../analyzer/classifier-categories';
import { examplesOf, parseIds, serialize, train } from '../../analyzer/classifier-train';
import { SECTIONS } from '../../analyzer/schema';
import { readJsonl } from '../../scripts/jsonl.mjs';

/**
 * `classify` = rules + a small statistical model trained on our annotated development
 * paragraphs. The shipped weights must be exactly what the training script produces from the
 * fixtures (so nobody edits them by hand, and a change of the annotations retrains them).
 */
const read = (file: string) => readJsonl(new URL(`../fixtures/${file}`, import.meta.url).pathname) as { id: string; text: string; categories: string[] }[];

describe('the paragraph classifier', () => {
  it('ships the weights that a fresh training run on the development set gives', () => {
    const shipped = readFileSync(new URL('../../analyzer/classifier-weights.json', import.meta.url), 'utf8');
    const targeted = parseIds(readFileSync(new URL('../fixtures/annotated-targeted-ids.txt', import.meta.url), 'utf8'));
    expect(serialize(train(examplesOf(read('annotated-paragraphs.jsonl'), targeted))) === shipped, 'run: node scripts/train-classifier.mjs').toBe(true);
  }, 3_600_000);

  it('is small enough to ship with the command line (weights under 1 MB, with the word-vector table under 1.3 MB)', () => {
    const size = (f: string) => readFileSync(new URL(`../../analyzer/${f}`, import.meta.url)).length;
    expect(size('classifier-weights.json')).toBeLessThan(1_000_000);
    expect(size('classifier-weights.json') + size('classifier-embeddings.json')).toBeLessThan(1_300_000);
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

  // tests/fixtures/ANNOTATION.md: a heading that names a topic its paragraph does not treat
  // does not add that category.
  it('takes Do Not Track from what the paragraph says, not from its heading', () => {
    const cookies = 'Tracking Options and California Do Not Track Disclosures\nWe use cookies to remember your preferences and to measure how visitors use our site. You can set your browser to refuse cookies, but some parts of the site may then not work.';
    expect(categoriesOf(classify(cookies))).not.toContain('Do Not Track');
    expect(classify(cookies).items).not.toContain('tracking/do-not-track');
    const dnt = 'Cookies and Tracking\nSome browsers let you send a Do Not Track signal to the websites you visit. Our site does not respond to Do Not Track signals at this time.';
    expect(categoriesOf(classify(dnt))).toContain('Do Not Track');
    const unnamed = 'Some web browsers and devices permit you to broadcast a preference that you not be “tracked” online. At this time we do not modify your experience based upon whether such a signal is broadcast.';
    expect(categoriesOf(classify(unnamed))).toContain('Do Not Track');
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
