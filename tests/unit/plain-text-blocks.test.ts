import { describe, expect, it } from 'vitest';
import { blocksFromPlainText } from '../../analyzer/text';
import { analyze } from '../../analyzer/label';
import { classify } from '../../analyzer/classify';

const kinds = (text: string) => blocksFromPlainText(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

describe('Markdown hard breaks ("  " at the end of a line)', () => {
  it('an address block is one paragraph, its short lines are not headings (the-markup)', () => {
    const text = 'You can also reach us at the address below:\n\nThe Markup  \n900 Broadway, Suite 202  \nNew York, NY 10003  \n(347) 717-4094\n\n**The Fine Print**';
    expect(kinds(text)).toEqual([
      ['paragraph', 'You can also reach us at the address below:'],
      ['paragraph', 'The Markup  \n900 Broadway, Suite 202  \nNew York, NY 10003  \n(347) 717-4094'],
      ['heading', '**The Fine Print**'],
    ]);
  });

  it('a title ending in "  " above a long paragraph is not joined to it (consumer-reports)', () => {
    const text = 'Information collected when you use our products and services  \nWe and our service providers collect certain information automatically about your online activities and your devices through technical means.';
    expect(kinds(text).map(([, t]) => t)).toEqual(['Information collected when you use our products and services', expect.stringMatching(/^We and our service providers/)]);
  });

  it('a hard break does not join across an empty line', () => {
    const text = 'Acme Inc.  \n\nPrivacy Choices';
    expect(kinds(text).map(([k]) => k)).toEqual(['paragraph', 'heading']);
  });
});

/**
 * Text read from a file keeps its no-break spaces (227 of the corpus's 514 policies have them);
 * the page's extractor folds them already. The rules read them as spaces.
 */
describe('no-break and other Unicode spaces read as spaces', () => {
  // grammarly, as the corpus file has it: no-break spaces in "does not" and "for the purpose of enabling them".
  const nbsp = 'Through the use of cookies, we help deliver advertisements for relevant Grammarly products and services to you.\n\nGrammarly does\u00a0not share your Personal Data with third parties for the purpose of\u00a0enabling them to\u00a0deliver their advertisements to\u00a0you.';
  const plain = nbsp.replace(/\u00a0/g, ' ');

  it('grammarly: the denial for others\' ads is as narrow as with plain spaces (no contradiction)', () => {
    const label = analyze(nbsp);
    expect(label.flags.filter((f) => f.id === 'contradiction')).toEqual([]);
    const advertising = label.sections.find((s) => s.id === 'purposes')!.items.find((i) => i.id === 'advertising');
    expect(advertising?.polarity).toBe('yes');
    const read = (l: ReturnType<typeof analyze>) => l.sections.map((s) => s.items.map((i) => [s.id, i.id, i.polarity, i.value, i.evidence.map((e) => [e.start, e.end])]));
    expect(read(label)).toEqual(read(analyze(plain)));
  });

  it('the label carries and quotes the text as given, no-break spaces and all', () => {
    const label = analyze(nbsp);
    expect(label.text).toBe(nbsp);
    const quotes = label.sections.flatMap((s) => s.items.flatMap((i) => i.evidence));
    expect(quotes.some((e) => e.text.includes('\u00a0'))).toBe(true);
    for (const e of quotes) expect(nbsp.slice(e.start, e.end)).toBe(e.text);
  });

  it('classify reads "Do\u00a0Not\u00a0Track" and thin or narrow spaces as plain ones', () => {
    const para = 'Our\u2009site does not respond to Do\u00a0Not\u00a0Track signals\u202ffrom your browser.';
    const found = classify(para);
    expect(found.sections).toContain('tracking');
    expect(found.items).toContain('tracking/do-not-track');
    expect(found).toEqual(classify(para.replace(/[\u00a0\u2009\u202f]/g, ' ')));
  });
});
