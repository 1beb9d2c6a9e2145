import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectText, FIRST_PERSON } from '../../analyzer/detect';
import { combinedName, countRegex, faqName, firstWordsLine, listingUrl, passiveStatements, POLICY_SELF_OPENING, proseWords, REFERS_TO_POLICY, sectionHeadingKinds, selfReferences, STATEMENT_KINDS, TERMS_SELF_OPENING } from '../../analyzer/detect-signals';
import { readInput } from '../../cli/input';

/** A fixture page under tests/fixtures/pages/hard, read as `npx privacy-label detect FILE` reads it. */
async function detectPage(name: string) {
  const input = await readInput(fileURLToPath(new URL(`../fixtures/pages/hard/${name}.html`, import.meta.url)));
  return detectText(input.text, { url: input.url, title: input.title, headings: input.headings });
}

describe('hard pages (tests/fixtures/pages/hard), as the CLI reads them', () => {
  it.each([
    ['fragment-help-center', 'a policy in a help centre whose title, URL and heading are neutral, but whose text says "This Privacy Policy explains…"'],
    ['council-how-we-use-your-information', 'a council\'s notice named "How we use your information", written in the passive'],
    ['mostly-menus', 'a policy inside a language picker, a side menu and a sitemap footer, with a neutral title'],
    ['terms-and-privacy', 'a page named "Terms of Use and Privacy Policy" that holds the whole policy'],
    ['fragment-section-headings', 'a nameless policy fragment in heavy chrome whose sections are headed "User data", "Cookies", "Logs"'],
    ['data-protection-notice', 'a choir\'s notice titled "Data protection" at /about/data-protection, in the passive'],
  ])('%s is a policy: %s', async (name) => {
    expect((await detectPage(name)).isPolicy).toBe(true);
  });

  it.each([
    ['topic-privacy', 'a news site\'s /topics/privacy listing, titled "Privacy"'],
    ['settings-privacy', 'a product\'s /settings/privacy screen, headed "Privacy", describing toggles in the first person'],
    ['privacy-faq', 'a "Privacy FAQ" that answers briefly and sends the reader to the policy'],
    ['terms-with-privacy-chapter', 'terms of service with a "Privacy" chapter that refers to the policy'],
    ['help-article-menus', 'a help article in the same chrome as fragment-section-headings, with headings of its own and a menu of "Security", "Sharing", "Cookies"'],
    ['data-protection-section', 'a news site\'s section titled "Data protection" at /technology/privacy, its teasers in the third person'],
  ])('%s is not a policy: %s', async (name) => {
    expect((await detectPage(name)).isPolicy).toBe(false);
  });
});

const POLICY_SENTENCES = [
  'We collect your name and email address when you sign up.',
  'We use your personal information to run your account and to keep the service secure.',
  'We share your information with the companies that host our servers.',
  'You can ask us to delete your personal data at any time.',
  'We use cookies to keep you signed in.',
  'We keep your data for as long as your account is open.',
];

describe('the text calls itself a privacy policy', () => {
  it('counts "this Privacy Policy" and its equivalents, not "our Privacy Policy"', () => {
    expect(selfReferences('This Privacy Policy explains what we collect. If this privacy notice changes, we will tell you.')).toBe(2);
    expect(selfReferences('Diese Datenschutzerklärung gilt für … La présente politique de confidentialité …')).toBe(2);
    expect(selfReferences('Read our Privacy Policy. The company updated its privacy policy.')).toBe(0);
  });

  it('an unnamed text that calls itself a policy twice is one; the same text naming "our Privacy Policy" elsewhere is not', () => {
    const body = POLICY_SENTENCES.join(' ');
    const self = `Acme makes a notes app. This Privacy Policy explains what we do with your data. ${body} If this Privacy Policy changes, we will tell you in the app.`;
    const other = `Acme makes a notes app. Here is a short summary of how your data is handled. ${body} For the details, read our Privacy Policy.`;
    const ctx = { url: 'https://help.acme.example/articles/360012345', title: 'Acme Help Center' };
    expect(detectText(self, ctx).isPolicy).toBe(true);
    expect(detectText(other, ctx).isPolicy).toBe(false);
  });

  it('one "This Privacy Policy explains…" in the opening names the text; in terms of service it does not', () => {
    const body = 'Acme needs an email address to send sign-in links, and keeps the notes a user writes. Personal data is processed only to run the service and is hosted by one provider in Germany. A single cookie keeps a user signed in; there are no advertising cookies or third-party trackers. Users may delete their account at any time, and the data protection contact answers requests for access or erasure within a month. ';
    const policy = `Acme makes a notes app. This Privacy Policy explains how it handles your data. ${body}`;
    const terms = `Terms of Service\nBy using Acme you agree to these Terms. This Privacy Policy explains what we do with your data. ${body}You may not misuse the service. We may terminate your account for any breach. The service is provided as is, without warranty, and our liability is limited. Disputes are governed by the law of England.`;
    const ctx = { url: 'https://help.acme.example/articles/360012345', title: 'Acme Help Center' };
    expect(detectText(policy, ctx).isPolicy).toBe(true);
    expect(detectText(terms, ctx).isPolicy).toBe(false);
  });
});

describe('"This policy details how data about you is used": a policy that names itself without the word privacy', () => {
  const fragment = `Acme Help Center
This policy details how data about you is used when you access our websites and apps. If we update it, we will revise the date and place a notice in the app.
We take precautions to prevent unauthorized access to or misuse of data about you.
We do not share your data with third parties for marketing purposes.
We do not employ tracking devices for marketing purposes; one cookie keeps you signed in.
We do not send you unsolicited communications for marketing purposes.
Data we collect: your e-mail address and the posts you write. We keep them while your account is open.`;
  const aup = `Acme Help Center
This policy outlines what you may not do on Acme. We want the service to stay useful and safe for everyone.
You may not post spam, malware or content that infringes another person's rights. We may remove content that breaks these rules.
You may not use another user's data without their consent, and you may not try to get around our rate limits.
If you break these rules we may suspend your account. Repeated or serious breaches lead to termination.
To report abuse, use the report button under each post or write to abuse@acme.example.`;
  const ctx = { url: 'https://help.acme.example/articles/360012345', title: 'Acme Help Center' };

  it('counts "this policy details / outlines / sets forth…" as the text naming itself', () => {
    expect(selfReferences('This policy details how data about you is used. This notice outlines your choices. This policy sets forth our practices.')).toBe(3);
    expect(selfReferences('Each policy details what it covers.')).toBe(0);
  });

  it('the fragment is a policy; an acceptable-use policy that "outlines what you may not do" is not', () => {
    expect(detectText(fragment, ctx).isPolicy).toBe(true);
    expect(detectText(aup, ctx).isPolicy).toBe(false);
  });
});

describe('practices stated in the passive or of "the school"', () => {
  it('counts present and modal statements, not a news report of the past', () => {
    expect(passiveStatements('Personal information is collected by the council. Records are retained for six years. The school collects pupils’ names.')).toBe(3);
    expect(passiveStatements('Data was collected without consent, the regulator said. The app collected location data.')).toBe(0);
    expect(passiveStatements('Such IP address is stored by our servers. E-mail addresses are never sold.')).toBe(2);
    expect(passiveStatements('Your IP address is logged. E-mails are never sold.')).toBe(2);
  });

  it('a short notice in the passive, named "Privacy information for parents", is a policy; the same words in a news report of the past are not', () => {
    const notice =
      'Privacy information for parents\nThe school collects and holds information about pupils and their parents to support teaching and to keep children safe. Information collected includes names, addresses and attendance records. Pupil data is shared with the local authority as the law requires. Data is stored securely and is retained until the pupil reaches the age of 25. Parents may request access to the information held about them by contacting the school office. Personal data is never sold.';
    const report =
      'School fined over pupil records\nThe school collected and held information about pupils without telling parents, the regulator found. Names, addresses and attendance records were shared with a software company. The data was stored on an unprotected server for two years. Parents said they had never been asked. The school said it had changed its procedures and apologised to families. The fine was reduced because the school cooperated with the investigation.';
    expect(detectText(notice, { url: 'https://stannes.example/parents/privacy-information', title: 'Privacy information for parents | St Anne’s' }).isPolicy).toBe(true);
    expect(detectText(report, { url: 'https://news.example/education/2024/05/school-fined', title: 'School fined over pupil records | News' }).isPolicy).toBe(false);
  });
});

describe('a capture that is mostly menus', () => {
  const menu = Array.from({ length: 400 }, (_, i) => `Menu item ${i}`).join('\n');
  const policy = [
    'This notice explains what information Acme collects when you use the app, and why.',
    'We collect your name, email address and phone number when you create an account.',
    'We use your personal information to run your account, to answer support requests and to keep the service secure.',
    'We share your information with the companies that host our servers and send our emails, and with no one else.',
    'We use cookies to keep you signed in and to measure traffic; you can turn off analytics cookies in Settings.',
    'We keep your data for as long as your account is open and delete it within 30 days after you close it.',
    'You have the right to access, correct and delete your personal data; write to privacy@acme.example.',
    'Children under 13 may not use the app, and we do not knowingly collect their data.',
  ].join('\n');

  it('counts only the words of lines of six words or more as prose', () => {
    expect(proseWords('Home\nAbout us\nWe collect your name and email address.\n')).toBe(7);
  });

  it('a sitemap footer whose links run on one line without a comma or a full stop is not prose', () => {
    const sitemap = Array.from({ length: 31 }, (_, i) => `Shop guide ${i + 1}`).join(' ');
    expect(proseWords(`${sitemap}\nWe collect your name and email address.\n`)).toBe(7);
    // A sentence without a full stop at the end still has its comma.
    expect(proseWords('We collect your name, your email address and your phone number\n')).toBe(11);
  });

  it('measures a short policy inside menus and a one-line sitemap footer by its prose: a policy; an article in the same chrome is not', () => {
    const sitemap = ['Shop', 'Help', 'Company', 'Partners', 'Developers', 'Resources'].map((g) => Array.from({ length: 31 }, (_, i) => `${g} overview ${i + 1}`).join(' ')).join('\n');
    const short = menu.split('\n').slice(0, 120).join('\n');
    const ctx = { url: 'https://acme.example/s/118', title: 'Acme | Official site' };
    expect(detectText(`${short}\n${policy}\n${sitemap}`, ctx).isPolicy).toBe(true);
    const article = 'The city council voted on Tuesday to add twelve kilometres of protected bike lanes downtown.\nResidents spoke for and against the plan at a long public meeting, and some asked about the cameras.\nThe mayor said construction would start in the spring.\nRead our Privacy Policy and Cookie Policy.';
    expect(detectText(`${short}\n${article}\n${sitemap}`, { url: 'https://news.example/city/bike-lanes', title: 'Council approves bike lanes' }).isPolicy).toBe(false);
  });

  it('measures a short policy inside 400 menu lines by its prose: a policy', () => {
    expect(detectText(`${menu}\n${policy}\n${menu}`, { url: 'https://acme.example/s/118', title: 'Acme | Official site' }).isPolicy).toBe(true);
  });

  it('menus around an ordinary article stay an ordinary page', () => {
    const article = 'The city council voted on Tuesday to add twelve kilometres of protected bike lanes downtown.\nResidents spoke for and against the plan at a long public meeting.\nThe mayor said construction would start in the spring.\nRead our Privacy Policy and Cookie Policy.';
    expect(detectText(`${menu}\n${article}\n${menu}`, { url: 'https://news.example/city/bike-lanes', title: 'Council approves bike lanes' }).isPolicy).toBe(false);
  });
});

describe('topic, settings and FAQ pages named "Privacy"', () => {
  it.each([
    ['https://news.example/topics/privacy', true],
    ['https://blog.example/tag/privacy/', true],
    ['https://app.example/settings/privacy', true],
    ['https://news.example/category/data-protection', true],
    ['https://example.com/privacy', false],
    ['https://example.com/legal/privacy', false],
    ['https://example.com/about/privacy', false],
    ['https://example.com/tag/privacy-policy-generators', false],
  ])('%s is a listing or settings URL: %s', (url, listing) => {
    expect(listingUrl(url)).toBe(listing);
  });

  it('a bare "Privacy" title and heading at /tag/privacy do not name a policy; at /privacy they do', () => {
    const text = 'Privacy\nRegulator fines app over location data. The authority found the app collected data without consent.\nCookie banners are getting simpler, regulator says.\nData brokers sold soldiers’ details, study finds.\nCourt rules police need a warrant for phone location data.';
    const named = (url: string) => detectText(text, { url, title: 'Privacy | Tech Wire', headings: ['Privacy'] }).reasons.some((r) => r.includes('names a privacy policy'));
    expect(named('https://techwire.example/tag/privacy')).toBe(false);
    expect(named('https://techwire.example/privacy')).toBe(true);
  });

  it('knows a FAQ by its name', () => {
    expect(faqName('Privacy FAQ')).toBe(true);
    expect(faqName('Frequently asked questions about your data')).toBe(true);
    expect(faqName('Privacy Policy')).toBe(false);
  });
});

describe('terms and privacy on one page', () => {
  it('knows a page named for both', () => {
    expect(combinedName('Terms of Use and Privacy Policy')).toBe(true);
    expect(combinedName('Signal Terms & Privacy Policy')).toBe(true);
    expect(combinedName('Privacy Policy and Terms of Use')).toBe(true);
    expect(combinedName('Terms of Service')).toBe(false);
    expect(combinedName('Privacy Policy')).toBe(false);
  });

  // Long terms (more terms vocabulary than privacy vocabulary over the whole page) and a short
  // privacy part: the page is named for both, so the short part is the site's policy.
  const terms = `Terms of Use and Privacy Policy
1. Acceptance. By using Acme you agree to these Terms. If you do not agree, you may not use the service.
2. Accounts. You must be 16 or older. You are liable for everything done with your account and must keep your password secret.
3. Conduct. You shall not post unlawful content, infringe intellectual property, send spam or attempt to breach our systems. Prohibited use leads to termination.
4. Warranty. The service is provided as is, without warranty of any kind. Our liability is limited to the fees you paid in the last twelve months.
5. Indemnification. You shall indemnify Acme against claims arising from your breach of these Terms.
6. Termination. We may terminate or suspend your account at any time for any breach of this agreement.
7. Governing law. This agreement is governed by the laws of Ireland; any dispute shall be settled by arbitration in Dublin.
8. Changes. We may change these Terms; continued use after a change means you accept it.
`;
  const privacyPart = `Privacy Policy
We collect your e-mail address and the notes you write when you create an account. We use your personal data only to run the service and to answer your questions.
We share your data with no third parties except the company that hosts our servers in Ireland. We use one cookie to keep you signed in.
We keep your data while your account is open and delete it within 30 days after you close it. You can ask us for a copy of your personal data or for its deletion at privacy@acme.example.`;
  const linkOnly = `Privacy Policy
How we handle personal data is described in our separate privacy policy at acme.example/privacy, which you should read; it forms part of this agreement by reference and may change from time to time without notice to you.
9. Severability. If any provision of these Terms is held invalid, the remaining provisions stay in force. Our failure to enforce a right is not a waiver of it. You may not assign these Terms without our consent.`;
  const ctx = { url: 'https://acme.example/legal/terms-and-privacy', title: 'Terms of Use and Privacy Policy | Acme', headings: ['Terms of Use and Privacy Policy'] };

  it('a page named for both whose short "Privacy Policy" part speaks of personal data is a policy; the same page whose "Privacy Policy" part only points elsewhere is not', () => {
    const d = detectText(terms + privacyPart, ctx);
    expect(d.reasons).toContain('named for its terms and its privacy policy, and holds a whole policy');
    expect(d.isPolicy).toBe(true);
    expect(detectText(terms + linkOnly, ctx).isPolicy).toBe(false);
    // Named "Terms of Use" only, the same text with its privacy part is terms.
    expect(detectText(terms.replace('Terms of Use and Privacy Policy', 'Terms of Use') + privacyPart, { ...ctx, title: 'Terms of Use | Acme', headings: ['Terms of Use'] }).isPolicy).toBe(false);
  });
});

describe('a short unnamed text that covers three policy topics', () => {
  it('a short notice on a neutral page that speaks as a policy of collection, sharing and cookies is one; a help article on deleting an account is not', () => {
    const notice =
      'Acme Notes is a small app made by two people. The only personal information we collect is your email address and the notes you write. We use your email address only to send you a sign-in link, and we never sell it. We store your notes on our servers in Germany, encrypted. We share your information with no third party except the company that hosts our servers. We use one cookie to keep you signed in, and no advertising cookies. If you delete your account, we delete your personal data within seven days. Write to hello@acme.example with any question.';
    const help =
      'To delete your account, open Settings and choose Account. Select Delete account and confirm with your password. Your data will be removed within 30 days; some records may be kept where the law requires it. You can download a copy of your data before you delete your account. If you only want a break, you can deactivate your account instead. Learn more about how we use cookies in our Cookie Policy. Still need help? Contact our support team by chat or email. Was this article helpful?';
    const ctx = { url: 'https://acme.example/p/12', title: 'Acme Notes' };
    expect(detectText(notice, ctx).isPolicy).toBe(true);
    expect(detectText(help, ctx).isPolicy).toBe(false);
  });
});

describe('terms that name themselves in their first line of words', () => {
  const data =
    'We collect your name, email address and company details to open your account. We use your personal data to provide the service and share it with our payment processor. You have the right to access and delete your data. We use cookies to keep you signed in. We keep your data for three years after your contract ends. We never sell personal information to third parties, and our data protection officer answers privacy questions. ';

  it('knows the first line of words past a page marker or a date', () => {
    expect(firstWordsLine(['----- page 1 -----', 'CONDITIONS GÉNÉRALES D’UTILISATION DU SITE'])).toBe('CONDITIONS GÉNÉRALES D’UTILISATION DU SITE');
    expect(firstWordsLine(['**_Last updated: 12/28/20_**', 'These Terms of Service apply to Cocoon'])).toBe('These Terms of Service apply to Cocoon');
    expect(TERMS_SELF_OPENING.test('These Terms of Service apply to the app')).toBe(true);
    expect(TERMS_SELF_OPENING.test('These Terms and this Privacy Policy apply to the app')).toBe(false);
  });

  it('general conditions under a capture\'s page marker, or "These Terms of Service apply…" after a date, are terms however much they say about data', () => {
    expect(detectText(`----- page 1 -----\nCONDITIONS GÉNÉRALES D’UTILISATION DU SITE ACME PRO ET DU CONTRAT. ${data.repeat(4)}`).isPolicy).toBe(false);
    expect(detectText(`Last updated: 12/28/20\nThese Terms of Service apply to the Acme rewards app. ${data.repeat(4)}`).isPolicy).toBe(false);
  });

  it('the same text after a page marker and "Privacy Policy" is a policy', () => {
    expect(detectText(`----- page 1 -----\nPrivacy Policy\n${data.repeat(4)}`).isPolicy).toBe(true);
  });
});

describe('terms of service that hold a whole privacy policy as a chapter (archive-of-our-own, joindiaspora, politico)', () => {
  // Decision: a page named only for its terms is the terms, even when its privacy chapter is the
  // whole policy (the label would be useful, but a person who opened "Terms of Service" did not
  // open the privacy policy); a page named for both is the policy (above).
  const sections = [
    'Acceptance. By using the Acme service you agree to these Terms. If you do not agree to these Terms, do not use the service. We may change these Terms at any time by posting the new version here.',
    'Your account. You are responsible for your account and for everything done with it. Keep your password secret and tell us at once of any use of your account that you did not allow. You must be old enough to form a binding contract to open an account.',
    'Your content. You keep the rights to what you post. You grant us a licence to use your content only to run the service. You may not post anything unlawful, or anything that you have no right to post, and we may remove content that breaks these rules.',
    'Intellectual property. The service, its software and its design are ours or our licensors. Nothing in this Agreement gives you a right to use our names, logos or trademarks.',
    'Termination of your account. We may suspend or end your access at any time if you break these Terms. You may close your account at any time from its settings page.',
    'Disclaimer of warranties. The service is provided as is, without warranties of any kind, whether express or implied, including warranties of fitness for a particular purpose.',
    'Limitation of liability. To the extent the law allows, we are not liable for indirect, incidental or consequential damages arising from your use of the service, and our total liability is limited to the amount you paid us in the last twelve months.',
    'Indemnification. You agree to indemnify us against claims arising from your content or from your breach of this Agreement.',
    'Governing law and arbitration. This Agreement is governed by the laws of the State of Delaware. Any dispute is settled by binding arbitration, except claims in small claims court.',
  ];
  // A menu, the terms' name, then their sections (twice over, to be as long as real terms).
  const terms = `Terms of Service\nPrivacy Policy\nAcme Terms of Service\n${[...sections, ...sections].map((s, i) => `${i + 1}. ${s}`).join('\n')}\n`;
  let policy = '';
  beforeAll(async () => {
    policy = (await readInput(new URL('../fixtures/pages/saved/shell/noscript-policy.html', import.meta.url).pathname)).text.replace(/^Privacy Policy\n/, '');
  });

  it('is terms, read as text or on a page with a neutral title, whose privacy chapter starts "Privacy Policy" or "III. Acme Privacy Policy"', () => {
    expect(terms.split(/\s+/).length).toBeGreaterThan(600);
    for (const name of ['Privacy Policy', 'III. Acme Privacy Policy', 'Acme - Privacy Policy']) {
      for (const ctx of [{}, { url: 'https://acme.example/legal', title: 'Acme' }]) {
        const d = detectText(`${terms}${name}\n${policy}`, ctx);
        expect(d.isPolicy, `${name} ${JSON.stringify(ctx)}`).toBe(false);
        expect(d.reasons.join('\n')).toMatch(/terms of service whose privacy policy is a chapter/);
      }
    }
  });

  it('the same policy alone, after a menu that names the terms, or on a page named for both, is a policy', () => {
    expect(detectText(policy, { url: 'https://acme.example/legal', title: 'Acme' }).isPolicy).toBe(true);
    expect(detectText(`Terms of Service\nPrivacy Policy\nCookies\n${policy}`).isPolicy).toBe(true);
    const both = detectText(`${terms}Privacy Policy\n${policy}`, { url: 'https://acme.example/legal/terms-and-privacy', title: 'Terms of Service and Privacy Policy | Acme', headings: ['Terms of Service and Privacy Policy'] });
    expect(both.isPolicy).toBe(true);
    expect(both.reasons.join('\n')).not.toMatch(/whose privacy policy is a chapter/);
  });
});

describe('a nameless fragment whose first sentence is the policy speaking of itself', () => {
  const fragment = `_This Data Privacy Statement is provided in English for your convenience. In case of a discrepancy, the German version shall prevail._
Status: May 25, 2018
General
We are responsible for the protection of your personal data, and we take this responsibility very seriously. All user data is stored end-to-end encrypted, except for the email addresses of users and of the senders and recipients of emails.
We have technical and organizational measures in place which protect your data. Processing of personal data takes place in compliance with the General Data Protection Regulation (GDPR). We do not share your personal data with third parties. You have the right to access, correct and delete your data. Please contact us with any question about privacy.`;
  const ctx = { url: 'https://mail.example/app/webview/legal/8', title: 'Legal | Mail' };

  it('knows the opening', () => {
    expect(POLICY_SELF_OPENING.test('_This Data Privacy Statement is provided in English')).toBe(true);
    expect(POLICY_SELF_OPENING.test('This Privacy Policy explains how we use your data.')).toBe(true);
    expect(POLICY_SELF_OPENING.test('This privacy policy change angered users')).toBe(false);
    expect(POLICY_SELF_OPENING.test('This privacy policy generator writes a policy for you')).toBe(false);
    expect(POLICY_SELF_OPENING.test('In this privacy policy we explain')).toBe(false);
  });

  it('is a policy; the same text opening otherwise, and a story that opens on a policy change, are not', () => {
    const d = detectText(fragment, ctx);
    expect(d.isPolicy).toBe(true);
    expect(d.reasons.join('\n')).toMatch(/its first sentence names the text a privacy policy/);
    // Opening otherwise, the text loses that reason and weighs less (its statements of rights,
    // safeguards and sharing may still make it a policy: a person would call it one).
    const other = detectText(fragment.replace('This Data Privacy Statement is provided', 'This page is provided'), ctx);
    expect(other.reasons.join('\n')).not.toMatch(/its first sentence names the text a privacy policy/);
    expect(other.confidence).toBeLessThan(d.confidence);
    const story =
      'This privacy policy change angered users of the messaging app, who say the company will now share their phone numbers with its parent. The company said on Monday that the update only concerns business chats. Regulators in two countries have asked questions, and a consumer group plans a complaint. Many users said they would move to another app; downloads of its rivals rose sharply over the weekend.';
    expect(detectText(story, { url: 'https://news.example/2021/01/app-privacy', title: 'Users leave after privacy change | News' }).isPolicy).toBe(false);
  });
});

describe('the kinds of statement a policy is made of', () => {
  const kinds = (text: string) => STATEMENT_KINDS.filter((k) => k.re.test(text)).map((k) => k.id);

  it('knows each kind, in its usual wordings', () => {
    expect(kinds('You have the right to access the data we hold about you.')).toEqual(['rights']);
    expect(kinds('Sie haben ein Recht auf Auskunft über Ihre Daten.')).toEqual(['rights']);
    expect(kinds('Logs are automatically removed after 1 month.')).toEqual(['retention']);
    expect(kinds('We keep it only as long as necessary.')).toEqual(['retention']);
    expect(kinds('We never sell your email address.')).toEqual(['sharing']);
    expect(kinds('We share it with our service providers.')).toEqual(['sharing']);
    expect(kinds('We process it on the basis of our legitimate interest.')).toEqual(['basis']);
    expect(kinds('Il titolare del trattamento si basa sul legittimo interesse.')).toEqual(['basis']);
    expect(kinds('One cookie is used to remember your login.')).toEqual(['cookie purpose']);
    expect(kinds('We may update this policy from time to time.')).toEqual(['changes']);
    expect(kinds('We take appropriate technical and organisational measures.')).toEqual(['safeguards']);
    expect(kinds('Our servers record your IP address and browser type.')).toEqual(['log data']);
    expect(kinds('The council voted to build a new library next spring.')).toEqual([]);
  });

  // An app's legal web view: no title, URL, heading or sentence names the text, and it has few
  // of a policy's words; but it speaks as the service of five kinds of practice.
  const fragment = [
    'Notes keeps what you write on our servers in Frankfurt, so that it is there on all your devices.',
    'We use your email address to send you a sign-in link and, if you ask for them, receipts.',
    'Our servers record your IP address and the app version with each request; these logs are removed after 14 days.',
    'We never sell your personal data, and we share it only with the two companies that host and back up our servers.',
    'One cookie is used to remember your login on the web; there are no third-party cookies.',
    'You have the right to access, correct or delete everything we hold about you; write to help@notes.example.',
    'We may update this page when the app changes, and will tell you in the app.',
  ].join('\n');
  const ctx = { url: 'https://notes.example/app/webview/legal/3', title: 'Notes' };

  it('an unnamed fragment that speaks as the service of five kinds of practice is a policy', () => {
    const d = detectText(fragment, ctx);
    expect(d.reasons.join('\n')).toMatch(/states \d kinds of policy practice/);
    expect(d.isPolicy).toBe(true);
  });

  it('a help article on deleting an account (two kinds) and a news report of a fine (the kinds stated of others) are not', () => {
    const help = [
      'To delete your account, open Settings and choose Account, then Delete account.',
      'You can download a copy of your data before you delete your account.',
      'Your data will be removed within 30 days; some records may be kept where the law requires it.',
      'If you only want a break, you can deactivate your account instead. We will keep your notes until you come back.',
      'Still need help? Contact our support team by chat or email.',
    ].join('\n');
    expect(detectText(help, { url: 'https://notes.example/help/articles/360044', title: 'Delete your account | Notes Help' }).isPolicy).toBe(false);
    const news = [
      'The data protection authority fined the messaging app €40m on Tuesday.',
      'It found that the app shared users’ phone numbers with advertisers and kept their IP addresses for up to five years.',
      'The company had claimed a legitimate interest, which the regulator rejected; users have the right to access their data, it said, and many had asked in vain.',
      'The app said it took appropriate technical and organisational measures and would appeal.',
      'Privacy campaigners welcomed the decision. The company updated its privacy policy last year.',
    ].join('\n');
    expect(detectText(news, { url: 'https://news.example/tech/2024/05/app-fined', title: 'Messaging app fined €40m | News' }).isPolicy).toBe(false);
  });
});

describe("a policy's section headings", () => {
  it('counts the kinds of section whose heading is followed by prose, not a menu of the same words', () => {
    const text = ['User Data', 'When you sync, we store your cards and your review history.', '2\\. Cookies', 'A single cookie keeps you logged in to the web site.', 'Logs', 'Requests are logged with your IP address, and the logs are removed after a month.', 'Your rights', 'You may ask for a copy of your data, or for its deletion, at any time.'].join('\n');
    expect(sectionHeadingKinds(text)).toEqual(['collection', 'cookies', 'logs', 'rights']);
    const menu = ['Security', 'Sharing', 'Cookies', 'Contact support', 'Release notes', 'To sync your decks, tap the sync button at the top of the list.'].join('\n');
    expect(sectionHeadingKinds(menu)).toEqual([]);
    expect(sectionHeadingKinds('Ihre Rechte\nSie haben das Recht, Auskunft über Ihre Daten zu verlangen.\nSpeicherdauer\nWir löschen die Daten, sobald sie nicht mehr nötig sind.')).toEqual(['rights', 'retention']);
  });

  it('reads only the first characters it is given', () => {
    const head = 'Cookies\nA single cookie keeps you logged in to the web site.\n';
    expect(sectionHeadingKinds(`${'x'.repeat(100)}\n${head}`, 50)).toEqual([]);
    expect(sectionHeadingKinds(`${'x'.repeat(100)}\n${head}`)).toEqual(['cookies']);
  });
});

describe("the reader's data in more of its wordings", () => {
  it('counts "your email address", "your IP address", the Dutch "we verzamelen", "je/jouw gegevens" and the Italian "dati da Lei forniti"', () => {
    const voice = (t: string) => countRegex(FIRST_PERSON, t);
    expect(voice('We never sell your email address or your IP address.')).toBe(3);
    expect(voice('Enter an email address. The IP address of the server is fixed.')).toBe(0);
    expect(voice('We verzamelen je gegevens. Jouw gegevens zijn veilig. Hun gegevens niet.')).toBe(3);
    expect(voice('I dati personali da Lei forniti sono necessari.')).toBe(1);
  });

  it('a Dutch policy fragment in the informal "je/jouw", in heavy chrome, is a policy', () => {
    const nl = [
      'Jouw privacy en de veiligheid van jouw gegevens vinden wij belangrijk.',
      'We verzamelen niet meer gegevens dan nodig is, en we bewaren ze niet langer dan nodig is.',
      'We verwerken je persoonsgegevens alleen voor de doeleinden die hier staan.',
      'We verzamelen je naam en e-mailadres als je een account aanmaakt, en je gebruiksgegevens als je de app gebruikt.',
      'Je gegevens worden niet verkocht. Je kunt je gegevens inzien, laten corrigeren of laten verwijderen.',
      'Wij treffen passende beveiligingsmaatregelen om misbruik van je gegevens te voorkomen.',
      'Als je ons een e-mail stuurt, bewaren we je bericht zolang dat nodig is om je vraag te beantwoorden.',
      'Voor statistieken gebruiken we cookies die geen persoonsgegevens aan anderen doorgeven.',
      'Heb je vragen over privacy, neem dan contact met ons op via privacy@omroep.example.',
    ].join('\n');
    const menu = Array.from({ length: 120 }, (_, i) => `Menu ${i}`).join('\n');
    expect(detectText(`${menu}\n${nl}\n${menu}`, { url: 'https://omroep.example/s/460', title: 'Omroep | Officiële site' }).isPolicy).toBe(true);
  });

  it('a news report in Dutch of what a company did with users\' data is not a policy', () => {
    const news = [
      'De toezichthouder heeft het bedrijf een boete van 40 miljoen euro opgelegd.',
      'Het bedrijf verzamelde jarenlang de locatiegegevens van gebruikers zonder hun toestemming.',
      'De gegevens werden doorverkocht aan adverteerders, zo bleek uit het onderzoek.',
      'Privacyorganisaties zijn blij met de uitspraak. Het bedrijf gaat in beroep.',
    ].join('\n');
    expect(detectText(news, { url: 'https://nieuws.example/tech/2024/05/boete', title: 'Boete van 40 miljoen voor app | Nieuws' }).isPolicy).toBe(false);
  });
});

describe('pages about data that are not the policy: a security page, a page that sends the reader to "our Privacy Policy"', () => {
  const security = [
    'Keeping your data safe is our top priority. Here is how we protect it.',
    'Encryption',
    'All data is encrypted in transit with TLS 1.3 and at rest with AES-256. We never store your password in plain text.',
    'Data centers',
    'Your data is stored in certified data centers in Frankfurt and Dublin. We keep backups for 30 days.',
    'Access controls',
    'Only a small number of engineers can access production systems, and every access is logged with the IP address and reviewed.',
    'Your rights and choices',
    'You can turn on two-factor authentication, see every device signed in to your account, and delete your account at any time.',
    'Vulnerability disclosure',
    'If you find a security issue, please tell us at security@acme.example. We do not share reports with third parties.',
    'Questions',
    'Contact our security team with any questions.',
  ].join('\n');
  const ctx = { url: 'https://acme.example/security', title: 'Security | Acme' };

  it('a security page\'s headings ("Encryption", "Vulnerability disclosure", "Questions") are not a policy\'s sections', () => {
    const d = detectText(security, ctx);
    expect(d.reasons.join('\n')).not.toMatch(/section headings/);
    expect(d.isPolicy).toBe(false);
  });

  it('knows "see our Privacy Policy" and its equivalents, not "our privacy policy found below"', () => {
    expect(countRegex(REFERS_TO_POLICY, 'For how we use your data, see our Privacy Policy.')).toBe(1);
    expect(countRegex(REFERS_TO_POLICY, 'Details are set out in our privacy notice. Weitere Informationen finden Sie in unserer Datenschutzerklärung.')).toBe(2);
    expect(countRegex(REFERS_TO_POLICY, 'Detailed information can be found in our privacy policy found below.')).toBe(0);
    expect(countRegex(REFERS_TO_POLICY, 'This Privacy Policy explains what we collect.')).toBe(0);
  });

  it('a page that no name calls a policy and that sends the reader to "our Privacy Policy" weighs less; a page named a policy does not', () => {
    const refers = `${security}\nFor how we use your personal data, read our Privacy Policy.`;
    expect(detectText(refers, ctx).reasons.join('\n')).toMatch(/sends the reader to "our Privacy Policy"/);
    expect(detectText(refers, ctx).confidence).toBeLessThan(detectText(security, ctx).confidence);
    const named = detectText(`${POLICY_SENTENCES.join('\n')}\nFor residents of California, see our Privacy Notice for California Residents.`, { url: 'https://acme.example/privacy', title: 'Privacy Policy | Acme' });
    expect(named.reasons.join('\n')).not.toMatch(/sends the reader/);
    expect(named.isPolicy).toBe(true);
  });
});
