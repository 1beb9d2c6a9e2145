import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/label';
import type { Item, Label, Polarity, SectionId } from '../../analyzer/types';

/**
 * The five seed policies, and what a careful reader finds in each, item by item. These facts
 * were written by reading the policies (tests/fixtures/seeds/), not by running the analyzer.
 * Each fact names the words of the policy that justify it (`why`); the evidence of the item
 * must quote them.
 */

interface Fact {
  /** `section/item` */
  item: string;
  polarity: Polarity;
  /** For items that carry one: a country, a named party, days, an age. */
  value?: string | number;
  detail?: string;
  hedged?: boolean;
  /** Words of the policy that justify the fact; the item's evidence must contain them. */
  why: RegExp;
}

interface Seed {
  file: string;
  facts: Fact[];
  /** Items the policy does not speak about: the label must not invent them. */
  notStated: string[];
  /** Flags the reader expects (id and a pattern of the evidence), and flags it must not raise. */
  flags: { id: string; why: RegExp }[];
  noFlags: string[];
}

const SEEDS: Seed[] = [
  {
    file: '000_c8463d4e3a407de9.txt', // SmartAlpaca
    facts: [
      { item: 'collection/contact', polarity: 'yes', hedged: true, why: /full name, phone number, email address/ },
      { item: 'collection/financial', polarity: 'yes', why: /payment information/ },
      { item: 'collection/cookies', polarity: 'yes', why: /We use cookies to remember/ },
      { item: 'collection/device', polarity: 'yes', why: /operating system, browser type/ },
      { item: 'collection/usage', polarity: 'yes', why: /pages viewed|number of clicks/ },
      { item: 'collection/user-content', polarity: 'yes', why: /testimonial/ },
      { item: 'collection/children', polarity: 'no', why: /do not knowingly collect or solicit personal information from anyone under the age of 13/ },
      { item: 'purposes/service', polarity: 'yes', why: /operate and maintain our websites/ },
      { item: 'purposes/marketing', polarity: 'yes', why: /send you marketing communications/ },
      { item: 'purposes/advertising', polarity: 'yes', why: /display advertising on our websites/ },
      { item: 'sharing/sale', polarity: 'no', why: /will not rent or sell your personally identifiable information/ },
      { item: 'sharing/business-transfer', polarity: 'yes', why: /mergers, acquisitions, bankruptcies/ },
      { item: 'sharing/law-enforcement', polarity: 'yes', why: /required to do so by law, if subject to subpoena/ },
      { item: 'sharing/public', polarity: 'yes', why: /make publicly available on our websites/ },
      { item: 'sharing/payment-processors', polarity: 'yes', why: /third-party payment processors/ },
      { item: 'sharing/named', polarity: 'yes', value: 'Facebook', why: /Facebook Like button/ },
      { item: 'tracking/third-party-tracking', polarity: 'yes', why: /third party partners may use technologies such as cookies/ },
      { item: 'tracking/cross-site-ads', polarity: 'yes', why: /advertising on other websites|this and other websites/ },
      { item: 'tracking/cookie-controls', polarity: 'yes', why: /control the use of cookies at the individual browser level/ },
      { item: 'tracking/social-widgets', polarity: 'yes', why: /social media features/ },
      { item: 'retention/account-lifetime', polarity: 'yes', why: /as long as your account is active/ },
      { item: 'retention/legal-obligation', polarity: 'yes', why: /comply with our legal obligations/ },
      { item: 'rights/access', polarity: 'yes', why: /review, correct, update or delete/ },
      { item: 'rights/correction', polarity: 'yes', why: /review, correct, update or delete/ },
      { item: 'rights/deletion', polarity: 'yes', why: /delete/ },
      { item: 'rights/opt-out-marketing', polarity: 'yes', why: /opt out of them by unsubscribing/ },
      { item: 'rights/response-time', polarity: 'yes', value: 3, detail: 'within 72 hours', why: /acknowledge your request within seventy-two \(72\) hours/ },
      { item: 'security/encryption-in-transit', polarity: 'yes', why: /secure socket layer technology \(SSL\)/ },
      { item: 'security/no-guarantee', polarity: 'yes', why: /cannot guarantee its absolute security|100% secure/ },
      { item: 'security/breach-notification', polarity: 'yes', detail: 'promptly', why: /compromised as a breach of security, we will promptly notify/ },
      { item: 'audiences/children', polarity: 'no', value: 13, why: /under the age of 13/ },
      { item: 'audiences/europe', polarity: 'yes', why: /European Union/ },
      { item: 'transfers/countries', polarity: 'yes', value: 'United States', why: /stored and processed in the United States, Europe, New Zealand/ },
      { item: 'transfers/countries', polarity: 'yes', value: 'Europe', why: /United States, Europe, New Zealand/ },
      { item: 'transfers/countries', polarity: 'yes', value: 'New Zealand', why: /New Zealand/ },
      { item: 'transfers/safeguards', polarity: 'yes', value: 'Privacy Shield', why: /EU-US Privacy Shield/ },
      { item: 'changes/notice-email', polarity: 'yes', why: /let you know via email/ },
      { item: 'changes/notice-on-site', polarity: 'yes', why: /prominent notice on our Site/ },
      { item: 'changes/posting-only', polarity: 'yes', why: /effective when they are posted on this page/ },
    ],
    notStated: ['collection/location', 'collection/health', 'collection/biometric', 'retention/indefinite', 'rights/portability', 'security/encryption-at-rest', 'contact/email'],
    flags: [
      { id: 'outdated-law', why: /Privacy Shield/ },
      { id: 'outdated-law', why: /95\/46\/EC/ },
    ],
    // "If you are located in Europe, … never stored" limits itself to a case: no contradiction.
    noFlags: ['contradiction'],
  },
  {
    file: '001_b69fa8ec4330a908.txt', // allsmart
    facts: [
      { item: 'collection/cookies', polarity: 'contradictory', why: /We may use cookies for tracking purposes[^]*we do not collect cookies/ },
      { item: 'collection/contact', polarity: 'yes', why: /We collect your email address/ },
      { item: 'sharing/sale', polarity: 'no', why: /We do not sell, trade, and transfer/ },
      { item: 'tracking/do-not-track', polarity: 'no', why: /We don’t honor, do not track signals/ },
      { item: 'tracking/third-party-tracking', polarity: 'no', why: /we do not allow third-party behavioral tracking/ },
      { item: 'tracking/cookie-controls', polarity: 'yes', why: /turn off all cookies/ },
      { item: 'security/breach-notification', polarity: 'yes', detail: 'within 1 business day', why: /Within 1 business day/ },
      { item: 'audiences/children', polarity: 'no', value: 13, why: /We do not specifically market to children under 13/ },
      { item: 'audiences/california', polarity: 'yes', why: /CalOPPA/ },
      { item: 'rights/correction', polarity: 'yes', why: /users are able to change their personal information/ },
      { item: 'rights/opt-out-marketing', polarity: 'yes', why: /unsubscribe/ },
      { item: 'changes/posting-only', polarity: 'yes', why: /On our Privacy Policy Page/ },
      { item: 'contact/email', polarity: 'yes', value: 'sales@allsmart.co.uk', why: /sales@allsmart\.co\.uk/ },
      { item: 'contact/phone', polarity: 'yes', why: /By calling us/ },
    ],
    notStated: ['sharing/named', 'transfers/countries', 'retention/period', 'retention/as-long-as-necessary', 'collection/location'],
    flags: [
      { id: 'contradiction', why: /We do not collect information from visitors/ },
      { id: 'contradiction', why: /we do not collect cookies/ },
    ],
    noFlags: ['outdated-law'],
  },
  {
    file: '002_1e5460b4680221d7.txt', // Smarct
    facts: [
      { item: 'collection/contact', polarity: 'yes', why: /your name, email address, phone number/ },
      { item: 'collection/financial', polarity: 'yes', why: /payment details and billing information/ },
      { item: 'collection/device', polarity: 'yes', why: /IP address, browser type, operating system/ },
      { item: 'collection/usage', polarity: 'yes', why: /links clicked, and time spent on pages/ },
      { item: 'collection/cookies', polarity: 'yes', why: /We use cookies/ },
      { item: 'purposes/account', polarity: 'yes', why: /Create and manage your account/ },
      { item: 'purposes/marketing', polarity: 'yes', why: /promotions/ },
      { item: 'purposes/advertising', polarity: 'yes', why: /tailored content and advertising/ },
      { item: 'sharing/service-providers', polarity: 'yes', hedged: true, why: /third-party partners who assist us/ },
      { item: 'sharing/payment-processors', polarity: 'yes', why: /Payment Processors/ },
      { item: 'sharing/advertisers', polarity: 'yes', why: /Marketing Partners/ },
      { item: 'sharing/law-enforcement', polarity: 'yes', why: /subpoenas, court orders|legal requirements/ },
      { item: 'sharing/business-transfer', polarity: 'yes', why: /merger, acquisition, or sale of assets/ },
      { item: 'tracking/cookie-controls', polarity: 'yes', why: /manage your cookie preferences through your browser settings/ },
      { item: 'retention/as-long-as-necessary', polarity: 'yes', why: /only for as long as necessary/ },
      { item: 'retention/legal-obligation', polarity: 'yes', why: /comply with legal obligations/ },
      { item: 'retention/deletion-or-anonymisation', polarity: 'yes', why: /securely deleted or anonymised/ },
      { item: 'rights/access', polarity: 'yes', why: /Request a copy of the personal information we hold about you/ },
      { item: 'rights/correction', polarity: 'yes', why: /Update or correct any inaccurate or incomplete data/ },
      { item: 'rights/deletion', polarity: 'yes', why: /request the deletion of your personal information/ },
      { item: 'rights/portability', polarity: 'yes', why: /machine-readable format/ },
      { item: 'rights/opt-out-marketing', polarity: 'yes', why: /opt out of marketing communications/ },
      { item: 'security/encryption-in-transit', polarity: 'yes', why: /encryption technologies to protect data during transmission/ },
      { item: 'security/access-controls', polarity: 'yes', why: /Restrict access to personal information to authorised personnel/ },
      { item: 'transfers/countries', polarity: 'yes', value: 'United Kingdom', why: /transferred to and processed in the UK/ },
      { item: 'transfers/safeguards', polarity: 'yes', why: /adequate safeguards/ },
      { item: 'changes/posting-only', polarity: 'yes', why: /Any changes will be posted on this page/ },
      { item: 'contact/email', polarity: 'yes', value: 'info@smarct.com', why: /info@smarct\.com/ },
      { item: 'contact/phone', polarity: 'yes', why: /07467133216/ },
      { item: 'contact/postal-address', polarity: 'yes', why: /Crawley, West Sussex/ },
    ],
    notStated: ['sharing/sale', 'retention/period', 'audiences/children', 'collection/location', 'sharing/named'],
    flags: [],
    noFlags: ['contradiction', 'outdated-law'],
  },
  {
    file: '003_e76dca881b1de927.txt', // Smartjac
    facts: [
      { item: 'collection/contact', polarity: 'yes', why: /Your name and your email address/ },
      { item: 'collection/location', polarity: 'yes', why: /geographic area where you use your computer/ },
      { item: 'collection/device', polarity: 'yes', why: /operating system|browser type/ },
      { item: 'collection/cookies', polarity: 'yes', why: /information obtained from cookies/ },
      { item: 'collection/children', polarity: 'no', why: /Does Smartjac Collect Information From Children\?\s+No/ },
      { item: 'purposes/account', polarity: 'yes', why: /create your account/ },
      { item: 'purposes/marketing', polarity: 'yes', hedged: true, why: /direct marketing emails/ },
      { item: 'sharing/analytics-providers', polarity: 'no', why: /Third-Party Analytics Providers\?\s+No/ },
      { item: 'sharing/public', polarity: 'no', why: /User Content Public\?\s+No/ },
      { item: 'sharing/sale', polarity: 'no', why: /not in the business of selling or renting user information/ },
      { item: 'sharing/service-providers', polarity: 'yes', why: /service providers who process data on our behalf/ },
      { item: 'sharing/law-enforcement', polarity: 'yes', why: /warrants, court orders or other legal process/ },
      { item: 'sharing/business-transfer', polarity: 'yes', why: /sale or reorganization of all or part of our business/ },
      { item: 'sharing/advertisers', polarity: 'no', why: /do not share your information with third parties for the purpose of enabling them to deliver their advertisements/ },
      { item: 'sharing/named', polarity: 'yes', value: 'PayPal', why: /PayPal/ },
      { item: 'sharing/named', polarity: 'yes', value: 'Stripe', why: /Stripe/ },
      { item: 'tracking/social-widgets', polarity: 'yes', why: /Facebook “Like” buttons/ },
      { item: 'retention/period', polarity: 'yes', value: 365, detail: 'up to one year (backups)', hedged: true, why: /back-up and archiving systems for up to one year/ },
      { item: 'rights/opt-out-marketing', polarity: 'yes', why: /opt out of such communications/ },
      { item: 'rights/deletion', polarity: 'yes', why: /request deletion of your data/ },
      { item: 'security/encryption-in-transit', polarity: 'yes', why: /encryption to protect your data in transit/ },
      { item: 'security/breach-notification', polarity: 'yes', hedged: true, why: /security system breach, we may attempt to notify you/ },
      { item: 'audiences/children', polarity: 'no', why: /From Children\?\s+No/ },
      { item: 'transfers/countries', polarity: 'yes', value: 'United States', why: /servers, which are located in the United States/ },
      { item: 'changes/notice-email', polarity: 'yes', why: /We will email you/ },
      { item: 'changes/posting-only', polarity: 'yes', why: /post any revisions to this Policy/ },
      { item: 'changes/consent', polarity: 'yes', why: /ask for your consent to such changes/ },
      { item: 'contact/form', polarity: 'yes', why: /help desk request/ },
    ],
    // The card number goes "directly to PayPal or Stripe": Smartjac does not collect it.
    notStated: ['collection/financial', 'contact/email', 'retention/indefinite', 'rights/access'],
    flags: [],
    noFlags: ['contradiction', 'outdated-law'],
  },
  {
    file: '004_7b2fbf32e978e65f.txt', // SmarterTools
    facts: [
      { item: 'collection/usage', polarity: 'yes', why: /pages you view within our site|links you click/ },
      { item: 'collection/device', polarity: 'yes', why: /IP address, browser type/ },
      { item: 'collection/cookies', polarity: 'yes', why: /we use cookies/ },
      { item: 'collection/contact', polarity: 'yes', why: /your name, display name or pseudonym and email address/ },
      { item: 'collection/financial', polarity: 'yes', why: /credit card details/ },
      { item: 'collection/user-content', polarity: 'yes', why: /testimonial data|correspondence data/ },
      { item: 'purposes/analytics', polarity: 'yes', why: /analyze the use and performance of our website/ },
      { item: 'purposes/legal', polarity: 'yes', why: /legal claims|legal obligation/ },
      { item: 'purposes/advertising', polarity: 'no', why: /nor do we offer any advertising on our website/ },
      { item: 'sharing/sale', polarity: 'no', why: /does not sell any customer information/ },
      { item: 'sharing/payment-processors', polarity: 'yes', why: /payment services providers/ },
      { item: 'sharing/analytics-providers', polarity: 'yes', why: /provided by third-parties|Google Analtyics/ },
      { item: 'sharing/named', polarity: 'yes', value: 'Google Analytics', why: /Google Analtyics/ },
      { item: 'sharing/public', polarity: 'yes', why: /public-facing websites|submit for publication/ },
      { item: 'sharing/law-enforcement', polarity: 'yes', why: /compliance with a legal obilgation/ },
      { item: 'tracking/third-party-tracking', polarity: 'yes', why: /Google Analtyics/ },
      { item: 'tracking/cookie-controls', polarity: 'yes', why: /refuse to accept cookies/ },
      { item: 'retention/as-long-as-necessary', polarity: 'yes', why: /shall not be kept for longer than necessary/ },
      { item: 'retention/legal-obligation', polarity: 'yes', why: /retention is necessary for compliance with legal obligation/ },
      { item: 'rights/access', polarity: 'yes', why: /the right to access/ },
      { item: 'rights/correction', polarity: 'yes', why: /the right to rectification/ },
      { item: 'rights/deletion', polarity: 'yes', why: /the right to erasure/ },
      { item: 'rights/restrict', polarity: 'yes', why: /the right to restrict processing/ },
      { item: 'rights/object', polarity: 'yes', why: /the right to object to processing/ },
      { item: 'rights/portability', polarity: 'yes', why: /the right to data portability/ },
      { item: 'rights/complain', polarity: 'yes', why: /complaint to a supervisory authority/ },
      { item: 'rights/withdraw-consent', polarity: 'yes', why: /the right to withdraw consent/ },
      { item: 'security/encryption-in-transit', polarity: 'yes', why: /Secure Socket Layer \(SSL\)/ },
      { item: 'security/access-controls', polarity: 'yes', why: /limited access|controlled facilities/ },
      { item: 'audiences/europe', polarity: 'yes', why: /legal basis for this processing is our legitimate interests/ },
      { item: 'transfers/countries', polarity: 'yes', value: 'United States', why: /located in the United States/ },
      { item: 'changes/posting-only', polarity: 'yes', why: /revise the\s+"last updated" date/ },
    ],
    // "it is not possible for us to specify in advance the periods": no period is stated.
    notStated: ['retention/period', 'audiences/children', 'contact/email', 'transfers/safeguards'],
    flags: [],
    noFlags: ['contradiction', 'outdated-law'],
  },
];

function labelOf(file: string): Label {
  return analyze(readFileSync(new URL(`../fixtures/seeds/${file}`, import.meta.url), 'utf8'), { now: new Date('2025-01-01') });
}

function itemsOf(label: Label, full: string): Item[] {
  const [section, item] = full.split('/') as [SectionId, string];
  return label.sections.find((s) => s.id === section)!.items.filter((i) => i.id === item);
}

describe.each(SEEDS)('seed $file', ({ file, facts, notStated, flags, noFlags }) => {
  const label = labelOf(file);

  it.each(facts.map((f) => ({ ...f, name: `${f.item}${f.value !== undefined ? ` = ${f.value}` : ''} is ${f.polarity}` })))('$name', (fact) => {
    const candidates = itemsOf(label, fact.item).filter((i) => fact.value === undefined || i.value === fact.value);
    expect(candidates.length, `${fact.item} ${fact.value ?? ''} not found`).toBeGreaterThan(0);
    const item = candidates.find((i) => i.polarity === fact.polarity) ?? candidates[0]!;
    expect(item.polarity).toBe(fact.polarity);
    if (fact.detail !== undefined) expect(item.detail).toBe(fact.detail);
    if (fact.hedged !== undefined) expect(Boolean(item.hedged)).toBe(fact.hedged);
    // Evidence: quotes of label.text at their offsets, and among them the justifying words.
    expect(item.evidence.length).toBeGreaterThan(0);
    for (const e of item.evidence) expect(label.text.slice(e.start, e.end)).toBe(e.text);
    expect(item.evidence.map((e) => e.text).join('\n')).toMatch(fact.why);
  });

  it('invents nothing the policy does not say', () => {
    expect(notStated.filter((full) => itemsOf(label, full).length > 0)).toEqual([]);
  });

  it('raises the flags a reader would, with their evidence', () => {
    for (const { id, why } of flags) {
      const evidence = label.flags.filter((f) => f.id === id).flatMap((f) => f.evidence.map((e) => e.text));
      expect(evidence.join('\n'), id).toMatch(why);
    }
    for (const f of label.flags) for (const e of f.evidence) expect(label.text.slice(e.start, e.end)).toBe(e.text);
    expect(label.flags.filter((f) => noFlags.includes(f.id)).map((f) => `${f.id}: ${f.detail}`)).toEqual([]);
  });

  it('states every section it has items for, and rates it', () => {
    for (const s of label.sections) expect(s.stated).toBe(s.items.length > 0);
    expect(label.sections.map((s) => s.id)).toHaveLength(11);
  });
});

describe('the rubric reads the facts', () => {
  it('flags Privacy Shield (seed 000) as an outdated safeguard', () => {
    const transfers = labelOf('000_c8463d4e3a407de9.txt').sections.find((s) => s.id === 'transfers')!;
    expect(transfers.rating).toBe('bad');
  });

  it('gives seed 001 its self-contradiction on collection', () => {
    const flags = labelOf('001_b69fa8ec4330a908.txt').flags.filter((f) => f.id === 'contradiction');
    expect(flags.map((f) => f.detail).join('\n')).toMatch(/collects no information|cookies/);
  });
});
