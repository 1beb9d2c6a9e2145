import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/label';

/**
 * False contradictions: sentences in which the thing (cookies, children) is not what the policy
 * denies. Sentences copied from policies of ../shared/corpus/privacy (named); read by hand.
 */
const label = (text: string) => analyze(text);
const item = (text: string, section: string, id: string) => label(text).sections.find((s) => s.id === section)!.items.find((i) => i.id === id);
const contradictions = (text: string) => label(text).flags.filter((f) => f.id === 'contradiction');

describe('cookies as the subject or the container are not a denial of cookies', () => {
  it.each([
    ['bandcamp', 'We use cookies to recognize your browser.\n\nBandcamp cookies do not collect Personal Data.'],
    ['alignable', 'Like most websites, we use cookies and web log files to track site usage and trends.\n\nAlignable does not store unencrypted personally identifiable information in the cookies.'],
    ['a corpus cookie notice (Google Tag Manager)', 'Google Analytics uses cookies and similar technologies to analyse and improve our website.\n\nThe Google Tag Manager does not require the use of cookies.'],
  ])('%s: no contradiction, cookies yes', (_policy, text) => {
    expect(contradictions(text)).toEqual([]);
    expect(item(text, 'collection', 'cookies')?.polarity).toBe('yes');
  });

  it.each([
    ['We do not use cookies.'],
    ['We do not place cookies on your device.'],
  ])('%j is still a denial of cookies', (text) => {
    expect(item(text, 'collection', 'cookies')?.polarity).toBe('no');
  });

  it('a blanket "X does not collect any personal information" still contradicts a stated collection', () => {
    expect(contradictions('Acme does not collect any personal information.\n\nWe collect your e-mail address when you subscribe.').length).toBe(1);
  });
});

describe('children: parental consent and "not directed to" are not a contradiction', () => {
  it.each([
    // alza: the shop is not for children, and lets them in with a parent's consent.
    ['alza', 'yes', 'Our on-line store is not intended for children under 16.\n\nA person under 16 is allowed to use our on-line store only upon consent of his or her parent or guardian.'],
    // booking-com
    ['booking-com', 'yes', 'We only process information about children with the consent of their parents or legal guardians, or when the information is shared with us by the parents or legal guardians themselves.\n\nBooking.com’s services are not directed at children under the age of 16 years.'],
    // how "not directed" reads alone
    ['style', 'no', 'Our services are not directed to children under 13.'],
  ])('%s: audiences/children is %s, without contradiction', (_policy, polarity, text) => {
    expect(item(text, 'audiences', 'children')?.polarity).toBe(polarity);
    expect(contradictions(text)).toEqual([]);
  });

  it.each([
    // asus
    ['asus', 'You may need to additionally provide the contact information of your parent so that we can collect personal data from children with their consent.\n\nWe do not knowingly collect personal data from a child below the age of sixteen (16) or equivalent minimum age in the relevant jurisdiction without parental consent.'],
    // mcdonald-s
    ['mcdonald-s', 'This section is designed to answer your questions about how we use the personal information we collect from children under the age of 13.\n\nWe will not collect other personal information from a child under the age of 13 without the permission of a parent or guardian.'],
    // zoho: the reader's supposition states no collection.
    ['zoho', 'You can always contact us to alert us if you believe we have collected personal data from a minor.\n\nZoho does not knowingly collect personal information from children who are under 16 years of age.'],
  ])('%s: collection/children is not contradictory', (_policy, text) => {
    expect(item(text, 'collection', 'children')?.polarity).not.toBe('contradictory');
  });

  it('a title in capitals ending with a colon is a heading, not a statement (artspace)', () => {
    const text = 'COLLECTING INFORMATION FROM CHILDREN:\n\nWe do not knowingly collect information from Minors.';
    expect(item(text, 'collection', 'children')?.polarity).toBe('no');
  });
});
