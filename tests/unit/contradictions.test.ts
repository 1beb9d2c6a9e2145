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

/**
 * A table of contents names sections; it states nothing (analyzer/toc.ts). Read as sentences,
 * its entries made claims: artspace's entry "Collecting information from children" against
 * "We do not knowingly collect information from Minors" was a false contradiction.
 * Lists that look alike but state practices stay evidence.
 */
describe('a table of contents is not evidence', () => {
  const ARTSPACE_TOC =
    '### You will find the following information in this privacy notice:\n\n*   Who we are\n*   Information you explicitly provide to us\n*   Collecting information from children\n*   Contact information\n\n';
  const ARTSPACE_BODY =
    'WHO WE ARE:\n\nArtspace, LLC is registered in the United States.\n\nINFORMATION YOU EXPLICITLY PROVIDE TO US:\n\nWe collect your name and email address when you register.\n\nCOLLECTING INFORMATION FROM CHILDREN:\n\nThis Site is not designed nor intended to be attractive to use by children under the age of 18 ("Minors"). We do not knowingly collect information from Minors.\n\nCONTACT INFORMATION:\n\nYou can contact us at service@artspace.com.';

  it.each<[string, string, string, string, string | undefined]>([
    ['artspace: entries that repeat the headings below, under "You will find … in this privacy notice"', ARTSPACE_TOC + ARTSPACE_BODY, 'collection', 'children', 'no'],
    ['artspace: the same, in the audiences section', ARTSPACE_TOC + ARTSPACE_BODY, 'audiences', 'children', 'no'],
    // twitter: entries that are links to anchors of the page.
    ['twitter: anchor links', '# Privacy Policy\n\n*   [Log Data](#chapter2.4)\n*   [Advertisers and Other Ad Partners](#chapter2.6)\n*   [Portability](#chapter4.4)\n\nWe keep your account data while your account is open.', 'sharing', 'advertisers', undefined],
    ['the-verge: numbered anchor links', 'Click on the links below to jump to each section:\n\n9.  [Public Information](#public-information)\n10.  [Important Information for California Residents: Your California Privacy Rights](#california)\n11.  [How We Respond to “Do Not Track” Signals](#dnt)\n\nWe collect your e-mail address.', 'audiences', 'california', undefined],
    ['style: a "Table of contents" heading', '## Table of contents\n\n*   Sharing your data with advertisers\n*   Your California privacy rights\n*   Cookies we use\n\nWe collect your e-mail address.', 'sharing', 'advertisers', undefined],
  ])('%s: %s/%s is %s', (_case, text, section, id, polarity) => {
    expect(item(text, section, id)?.polarity).toBe(polarity);
  });

  it('artspace: no contradiction flag', () => {
    expect(contradictions(ARTSPACE_TOC + ARTSPACE_BODY)).toEqual([]);
  });

  it.each<[string, string, string, string, string]>([
    // nytimes: a list of uses under "such as:", whose lead-in says "navigate".
    ['nytimes', 'We use your information to help you use and navigate Times Services, such as:\n\n*   Making a Times Service available to you\n*   Providing customer service\n*   Letting you take part in paid services, polls, promotions, surveys, panels, research and comments.', 'purposes', 'service', 'yes'],
    // vinted: data collected, listed under a lead-in that mentions "forum topics".
    ['vinted', 'You can create new forum topics or post comments in our forum. We collect and use the following data which you voluntarily submit on the Platform:\n\n1.  Your member name;\n2.  Your picture;\n3.  Photos shared in your post;', 'collection', 'user-content', 'yes'],
    // A list of data under a collection lead-in, whose entries are also headings further down.
    ['style: a collection list that the sections below repeat', 'We collect the following information:\n\n*   Contact details\n*   Location data\n*   Cookies\n\n## Contact details\n\nYour name and e-mail.\n\n## Location data\n\nYour city.\n\n## Cookies\n\nSee our cookie notice.', 'collection', 'location', 'yes'],
    // strava: an FAQ list of questions and answers under "Tracking" is no table of contents.
    ['strava', '#### Tracking\n\n*   Do we use cookies? [Yes](#technical)\n*   Do we track your device location to provide Strava to you? [Yes](#location)\n*   Do we listen to you using your device microphone? No', 'collection', 'cookies', 'yes'],
  ])('%s: a list that states practices stays evidence (%s/%s %s)', (_case, text, section, id, polarity) => {
    expect(item(text, section, id)?.polarity).toBe(polarity);
  });
});

describe('"we do not track you across sites" does not contradict ads by others on other sites', () => {
  it.each<[string, string, string]>([
    // ikea-usa: the CalOPPA disclosure beside the ads it lets partners show elsewhere.
    ['ikea-usa', 'We manage our advertising on other websites with the help of third-party partners.\n\nAt this time, we do not track our users’ personal information over time and across third-party websites.', 'yes'],
    // alone, the denial states the item (strava, keybase)
    ['keybase', 'Keybase does not collect personally identifiable information from you to track you across third-party websites.', 'no'],
  ])('%s: tracking/cross-site-ads is %s, without contradiction', (_policy, text, polarity) => {
    expect(item(text, 'tracking', 'cross-site-ads')?.polarity).toBe(polarity);
    expect(contradictions(text)).toEqual([]);
  });
});
