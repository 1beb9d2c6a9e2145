/**
 * Properties over arbitrary input (fast-check): the analyzer never throws, every section of
 * the contract is there, and every evidence offset points into the text at its quote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/label';
import { classify } from '../../analyzer/classify';
import { SECTION_IDS } from '../../analyzer/schema';

// Words that make rules fire, so that the generated texts exercise them and not only noise.
const POLICY_WORDS = [
  'We', 'do', 'not', 'never', 'may', 'sell', 'share', 'collect', 'your', 'email', 'address', 'cookies', 'with', 'third',
  'parties', 'advertisers', 'retain', 'for', 'one', 'year', '30', 'days', 'you', 'can', 'request', 'deletion', 'access',
  'except', 'unless', 'if', 'children', 'under', '13', 'United States', 'Privacy Shield', 'encrypt', 'SSL', '?', 'No', '.',
  ',', ':', '\n', '\n- ', '\n\n', '#', '(', ')', '“', '”',
];
const policyish = fc.array(fc.constantFrom(...POLICY_WORDS), { maxLength: 300 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 }), policyish);

describe('analyze over arbitrary text', () => {
  it('never throws, lists every section, and its evidence points into the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const label = analyze(text, { now: new Date('2026-01-01') });
        expect(label.sections.map((s) => s.id)).toEqual(SECTION_IDS);
        expect(label.text).toBe(text);
        for (const s of label.sections) {
          expect(s.stated).toBe(s.items.length > 0);
          for (const item of s.items) {
            expect(item.evidence.length).toBeGreaterThan(0);
            for (const e of item.evidence) {
              expect(e.start).toBeGreaterThanOrEqual(0);
              expect(e.end).toBeLessThanOrEqual(text.length);
              expect(text.slice(e.start, e.end)).toBe(e.text);
            }
          }
        }
        for (const f of label.flags) for (const e of f.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 300 },
    );
  });

  it('classify never throws and names only known sections', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const c = classify(text);
        for (const s of c.sections) expect(SECTION_IDS).toContain(s);
        for (const i of c.items) expect(c.sections).toContain(i.split('/')[0]);
      }),
      { numRuns: 300 },
    );
  });
});
