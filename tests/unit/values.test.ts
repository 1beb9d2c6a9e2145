import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/label';

/** Values of items, read from single sentences: retention periods with their scope. */
function periods(text: string) {
  const retention = analyze(text).sections.find((s) => s.id === 'retention')!;
  return retention.items.filter((i) => i.id === 'period').map((i) => ({ days: i.value, detail: i.detail }));
}

describe('retention periods: days and scope', () => {
  it.each([
    ['Residual copies may remain on our backup systems for up to one year.', 365, 'up to one year (backups)'],
    ['Server logs are kept for 90 days.', 90, 'for 90 days (logs)'],
    ['We delete your account data 30 days after closure of your account.', 30, '30 days (after account closure)'],
    ['If you delete your account, we keep your data for 30 days.', 30, 'for 30 days (after account closure)'],
    ['For tax purposes, we are legally required to keep receipts of all payments for 10 years.', 3650, 'for 10 years (payment records)'],
    ['Login cookies are stored for two days.', 2, 'for two days (cookies)'],
    ['We retain your data for seventy-two (72) hours.', 3, 'for 72 hours'],
  ])('%j → %i days, %j', (text, days, detail) => {
    expect(periods(text)).toContainEqual({ days, detail });
  });

  it('reads no period from a deadline that is not about keeping data', () => {
    expect(periods('We will respond to your request within 30 days.')).toEqual([]);
  });
});

describe('countries of storage and transfer, with denials', () => {
  const countries = (text: string) =>
    analyze(text).sections.find((s) => s.id === 'transfers')!.items.filter((i) => i.id === 'countries').map((i) => `${i.value}:${i.polarity}`);
  it.each([
    ['Your information may be transferred to the United States.', ['United States:yes']],
    ['We do not transfer your data to the United States.', ['United States:no']],
    ['Your data is never transferred outside the European Union.', ['Europe:yes']],
    ['Your data is stored in Germany and we do not transfer it to the United States.', ['Germany:yes', 'United States:no']],
  ])('%j → %j', (text, expected) => {
    expect(countries(text).sort()).toEqual([...expected].sort());
  });
});
