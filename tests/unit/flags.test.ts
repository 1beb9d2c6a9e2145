import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/label';

const NOW = new Date('2026-11-23');
const flagsOf = (text: string) => analyze(text, { now: NOW }).flags;
const ids = (text: string) => flagsOf(text).map((f) => f.id);

describe('outdated-law', () => {
  it.each([
    ['We participate in the EU-U.S. Privacy Shield Framework and comply with its principles.', /Privacy Shield/],
    ['We adhere to the Safe Harbor principles of the U.S. Department of Commerce.', /Safe Harbor/],
    ['We process your data in accordance with Directive 95/46/EC.', /95\/46/],
  ])('flags %j', (text, detail) => {
    const flag = flagsOf(text).find((f) => f.id === 'outdated-law');
    expect(flag?.detail).toMatch(detail);
    expect(flag?.evidence[0]?.text).toBe(text);
  });
  it.each([
    'The Privacy Shield was invalidated in July 2020; we now rely on standard contractual clauses.',
    'We no longer rely on the Safe Harbor framework.',
    'Our Safe Harbor Act obligations are described in the terms.',
    'We transfer data under standard contractual clauses approved by the European Commission.',
  ])('does not flag %j', (text) => {
    expect(ids(text)).not.toContain('outdated-law');
  });
});

describe('stale-policy', () => {
  it('flags a policy last updated more than five years ago', () => {
    const f = flagsOf('Last updated: March 3, 2015. We collect your email address to send receipts.').find((x) => x.id === 'stale-policy');
    expect(f?.detail).toMatch(/Not updated for 11 years/);
  });
  it('does not flag a recent policy', () => {
    expect(ids('Last updated: March 3, 2025. We collect your email address to send receipts.')).not.toContain('stale-policy');
  });
});

describe('vague-catch-all', () => {
  it.each([
    'We collect your name, email address and other information you provide.',
    'We may collect your IP address, browser type or similar data.',
  ])('flags %j', (text) => {
    expect(ids(text)).toContain('vague-catch-all');
  });
  it('does not flag a closed list', () => {
    expect(ids('We collect your name and email address.')).not.toContain('vague-catch-all');
  });
});

describe('contradiction', () => {
  it('flags a blanket denial of collection next to a collection', () => {
    expect(ids('We do not collect any personal information. We collect your email address when you subscribe.')).toContain('contradiction');
  });
  it.each([
    'We do not knowingly collect personal information from children under 13. We collect your email address when you subscribe.',
    'We do not collect any personal information through the abine.com website. We collect your email address when you subscribe.',
    'Cookies do not collect personal information. We collect your email address when you subscribe.',
    'We do not collect personal information without your consent. We collect your email address when you subscribe.',
  ])('does not flag a limited denial of collection: %j', (text) => {
    expect(ids(text)).not.toContain('contradiction');
  });
  it('flags seed 001\'s "We do not collect information from visitors of our site and other details"', () => {
    expect(ids('We do not collect information from visitors of our site and other details. We collect your email address in order to send you news.')).toContain('contradiction');
  });
  it('does not flag a scoped denial that the rest agrees with', () => {
    expect(ids('We collect your email address when you subscribe. We do not sell your personal information.')).not.toContain('contradiction');
  });
});
