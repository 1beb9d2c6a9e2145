import { describe, expect, it } from 'vitest';
import { blocksFromPlainText } from '../../analyzer/text';

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
