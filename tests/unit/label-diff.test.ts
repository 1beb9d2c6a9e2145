import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/label';
import { blocksFromPlainText } from '../../analyzer/text';
import { diffLabels, isUnchanged } from '../../analyzer/label-diff';
import type { Label } from '../../analyzer/types';

/**
 * Changed policies: seed 000 (SmartAlpaca) edited the way a company edits its policy, and the
 * change the label must report — read from the edit, not from the analyzer's output.
 */
const seed = readFileSync(new URL('../fixtures/seeds/000_c8463d4e3a407de9.txt', import.meta.url), 'utf8');
const URL_ = 'https://www.smartalpaca.example/privacy-policy';
const label = (text: string): Label => analyze(text, { url: URL_, title: 'Privacy Policy | SmartAlpaca', blocks: blocksFromPlainText(text) });

const SELL_NOT = 'We will not rent or sell your personally identifiable information to others.';
const DISCLOSE = /We will disclose your information where required to do so by law[^\n]*/;

function edited(from: string, to: string | RegExp, by = ''): string {
  const out = typeof to === 'string' ? seed.replace(to, by) : seed.replace(to, by);
  expect(out, `the edit of "${String(to).slice(0, 40)}" applies`).not.toBe(seed);
  return out;
}

describe('diffLabels on real edits of seed 000', () => {
  const before = label(seed);

  it('the same policy, reworded without changing what it says, is unchanged', () => {
    const reflowed = seed.replace(/\n\n/g, '\n\n\n').replace('Thank you', 'Thanks') + '\nThank you for reading this policy.\n';
    const d = diffLabels(before, label(reflowed));
    expect(d.changes).toEqual([]);
    expect(isUnchanged(d)).toBe(true);
  });

  it('"we will not sell" becoming "we sell … to data brokers" is a flip of sharing/sale from No to Yes', () => {
    const after = label(edited(seed, SELL_NOT, 'We sell your personally identifiable information to data brokers and other third parties.'));
    const d = diffLabels(before, after);
    const sale = d.changes.find((c) => c.section === 'sharing' && c.item === 'sale');
    expect(sale?.kind).toBe('flipped');
    expect(sale?.before?.polarity).toBe('no');
    expect(sale?.after?.polarity).toBe('yes');
    expect(sale?.after?.quote).toContain('We sell your personally identifiable information');
    expect(isUnchanged(d)).toBe(false);
    // Selling data is one of the rubric's big negatives: the grade cannot improve.
    expect(d.gradeAfter >= d.gradeBefore).toBe(true);
  });

  it('removing the law-enforcement disclosure paragraph removes sharing/law-enforcement, and nothing is added', () => {
    const d = diffLabels(before, label(edited(seed, DISCLOSE, '')));
    const removed = d.changes.filter((c) => c.kind === 'removed').map((c) => `${c.section}/${c.item}`);
    expect(removed).toContain('sharing/law-enforcement');
    expect(d.changes.filter((c) => c.kind === 'added')).toEqual([]);
    expect(d.changes.find((c) => c.item === 'law-enforcement')?.before?.quote).toMatch(/disclose your information where required/);
  });

  it('a new sentence sharing data with advertisers adds sharing/advertisers', () => {
    const d = diffLabels(before, label(edited(seed, SELL_NOT, `${SELL_NOT} We share your personal information with advertisers.`)));
    const added = d.changes.filter((c) => c.kind === 'added').map((c) => `${c.section}/${c.item}`);
    expect(added).toContain('sharing/advertisers');
    expect(d.changes.filter((c) => c.kind === 'removed')).toEqual([]);
  });

  it('a longer response time (72 hours → 30 days) is a flip of rights/response-time, not an add and a remove', () => {
    const d = diffLabels(before, label(edited(seed, 'seventy-two (72) hours', 'thirty (30) days')));
    const rt = d.changes.filter((c) => c.section === 'rights' && c.item === 'response-time');
    expect(rt.map((c) => c.kind)).toEqual(['flipped']);
    expect(String(rt[0]!.before!.detail ?? rt[0]!.before!.value)).not.toBe(String(rt[0]!.after!.detail ?? rt[0]!.after!.value));
  });

  it('a country added to the storage list is one added transfers/countries with that value; the others stay', () => {
    const d = diffLabels(before, label(edited(seed, 'New Zealand', 'New Zealand, Japan')));
    const countries = d.changes.filter((c) => c.section === 'transfers' && c.item === 'countries');
    expect(countries.map((c) => [c.kind, c.after?.value])).toEqual([['added', 'Japan']]);
  });
});

describe('diffLabels, item by item', () => {
  const base = label(seed);
  const withItems = (mutate: (l: Label) => void): Label => {
    const l = structuredClone(base);
    mutate(l);
    return l;
  };

  it('a "may" appearing on an item is a flip', () => {
    const after = withItems((l) => {
      l.sections.find((s) => s.id === 'sharing')!.items.find((i) => i.id === 'law-enforcement')!.hedged = true;
    });
    const d = diffLabels(base, after);
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({ section: 'sharing', item: 'law-enforcement', kind: 'flipped', before: { hedged: false }, after: { hedged: true } });
  });

  it('a flag appearing or going away is reported', () => {
    const after = withItems((l) => {
      l.flags = l.flags.filter((f) => f.id !== 'vague-catch-all');
      l.flags.push({ id: 'contradiction', detail: 'x', evidence: [] });
    });
    const d = diffLabels(base, after);
    expect(d.flagsAdded).toEqual(['contradiction']);
    expect(d.flagsRemoved).toEqual(['vague-catch-all']);
    expect(isUnchanged(d)).toBe(false);
  });

  it('"not updated for years" coming with time is not a change of the policy, even if it moves the grade', () => {
    expect(base.flags.some((f) => f.id === 'stale-policy')).toBe(true);
    const younger = withItems((l) => {
      l.flags = l.flags.filter((f) => f.id !== 'stale-policy');
    });
    const d = diffLabels(younger, base);
    expect(d.flagsAdded).toEqual([]);
    expect(isUnchanged(d)).toBe(true);
  });
});
