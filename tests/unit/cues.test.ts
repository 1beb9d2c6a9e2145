import { describe, expect, it } from 'vitest';
import { CUES, cuesOf } from '../../analyzer/cues';
import { classify } from '../../analyzer/classify';
import { SECTIONS } from '../../analyzer/schema';

describe('classify topic cues', () => {
  it('have unique ids and name real sections and items', () => {
    expect(new Set(CUES.map((c) => c.id)).size).toBe(CUES.length);
    for (const c of CUES) {
      const section = SECTIONS.find((s) => s.id === c.section);
      expect(section, c.id).toBeDefined();
      if (c.item) expect(section!.items, c.id).toContain(c.item);
    }
  });
  it.each(CUES.map((c) => [c.id, c] as const))('%s: matches its example, not its counter-example', (_id, c) => {
    expect(cuesOf(c.example).map((x) => x.id)).toContain(c.id);
    expect(cuesOf(c.counterExample).map((x) => x.id)).not.toContain(c.id);
  });
  it.each([
    ['We take every reasonable precaution to protect the data on our servers from loss, misuse, unauthorized access.', 'security'],
    ['Login cookies last for two days, and screen options cookies last for a year.', 'retention'],
    ['If you are located outside the United States, you consent to the processing of your information in the United States.', 'audiences'],
  ] as const)('classify reports the topic of %j', (text, section) => {
    expect(classify(text).sections).toContain(section);
  });
  it('classify reports nothing for a paragraph about no privacy topic', () => {
    expect(classify('We want everyone using our VPN to enjoy a reliable and stable service.').sections).toEqual([]);
  });
});
