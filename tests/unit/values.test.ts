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

/** The items of one section/item id, read from a text. */
function itemsOf(text: string, full: string) {
  const [section, id] = full.split('/');
  return analyze(text).sections.find((s) => s.id === section)!.items.filter((i) => i.id === id);
}

describe('whole years said in months', () => {
  it.each([
    ['We keep server logs for 12 months.', 365],
    ['Account data is deleted 24 months after your last login.', 730],
    ['We keep backups for 6 months.', 180],
  ])('%j → %i days', (text, days) => {
    expect(itemsOf(text, 'retention/period').map((i) => i.value)).toContain(days);
  });
});

describe('breach-notice deadlines in days', () => {
  it.each([
    ['We will notify you within 72 hours of discovering a data breach.', 3, 'within 72 hours'],
    ['In the event of a security breach, we will notify affected users within 30 days.', 30, 'within 30 days'],
    ['We will notify the users via email within 1 business day if a data breach occurs.', 1, 'within 1 business day'],
  ])('%j → %i days', (text, days, detail) => {
    expect(itemsOf(text, 'security/breach-notification')).toMatchObject([{ polarity: 'yes', value: days, detail }]);
  });
  it('"promptly" is a deadline without a number of days', () => {
    const [item] = itemsOf('If your data is compromised in a breach, we will promptly notify you.', 'security/breach-notification');
    expect(item).toMatchObject({ detail: 'promptly' });
    expect(item?.value).toBeUndefined();
  });
});

describe('minimum ages as the value of audiences/children', () => {
  it.each([
    ['We do not knowingly collect personal information from children under 13.', 13],
    ['Our services are not intended for children under the age of sixteen.', 16],
    ['You must be 18 or older to use the Services.', 18],
    ['You must be at least 16 years old to use our services.', 16],
    ['HauteLook does not knowingly request or collect personal information from any person under 13 years of age.', 13],
  ])('%j → %i', (text, age) => {
    expect(itemsOf(text, 'audiences/children')).toMatchObject([{ polarity: 'no', value: age }]);
  });
  it('one item when the age is said once and the audience elsewhere without it', () => {
    const items = itemsOf('We do not knowingly collect data from children under 13. Our service is not directed to children.', 'audiences/children');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ polarity: 'no', value: 13 });
    expect(items[0]!.evidence).toHaveLength(2);
  });
});

describe('more countries and regions', () => {
  const countries = (text: string) => itemsOf(text, 'transfers/countries').map((i) => i.value);
  it.each([
    ['Your data may be transferred to and processed in Poland, the Czech Republic and Costa Rica.', ['Poland', 'Czech Republic', 'Costa Rica']],
    ['Our servers are located in the United Arab Emirates and in the Asia-Pacific region.', ['United Arab Emirates', 'Asia-Pacific']],
    ['We store data in data centres in Norway, Finland and Denmark.', ['Norway', 'Finland', 'Denmark']],
  ])('%j → %j', (text, expected) => {
    expect(countries(text)).toEqual(expected);
  });
  it('names no country in a sentence that is not about where data goes', () => {
    expect(countries('We sell turkey sandwiches in Poland.')).toEqual([]);
  });
});

describe('phone numbers as the value of contact/phone', () => {
  it.each([
    ['Call us toll-free at 1-800-555-0199 with any questions.', '1-800-555-0199'],
    ['Phone: +44 (0)20 7946 0958', '+44 (0)20 7946 0958'],
    ['Telephone: 07467133216', '07467133216'],
  ])('%j → %j', (text, number) => {
    expect(itemsOf(text, 'contact/phone').map((i) => i.value)).toEqual([number]);
  });
  it('a fax number is not the phone number', () => {
    expect(itemsOf('Fax: +1 212 555 0100', 'contact/phone').map((i) => i.value)).not.toContain('+1 212 555 0100');
  });
});

describe('effective date: the policy\'s, never a law\'s', () => {
  const dateOf = (text: string) => analyze(text).source.effectiveDate;
  it.each([
    ['Last updated: March 3, 2021\n\nWe collect your e-mail address.', '2021-03-03'],
    ['Effective Date: 10 May 2018.\n\nWe collect your e-mail address.', '2018-05-10'],
    ['Effective January 1, 2020, the California Consumer Privacy Act (CCPA) gives California residents rights.\n\nThis policy was last updated on June 2, 2020.', '2020-06-02'],
    ['We comply with Directive 95/46/EC, effective 24 October 1995, and the GDPR.\n\nRevised: 4 April 2019', '2019-04-04'],
  ])('%j → %s', (text, date) => {
    expect(dateOf(text)).toBe(date);
  });
  it('finds no date where only a law has one', () => {
    expect(dateOf('The GDPR, effective May 25, 2018, gives you rights. We collect your e-mail address.')).toBeUndefined();
  });
});
