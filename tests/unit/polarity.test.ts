import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { answerPolarity, CUES, isHedged, isNegated, isScoped, leadInDenies } from '../../analyzer/polarity';
import { MultiMatcher } from '../../analyzer/prefilter';
import { RULE_TABLES } from '../../analyzer/rules';
import { findAll, mergeItems } from '../../analyzer/engine';
import { blocksFromPlainText, sentencesOf } from '../../analyzer/text';
import type { Polarity, SectionId } from '../../analyzer/types';

/** Where a phrase sits in a sentence: [start, end). */
function at(sentence: string, phrase: string): [number, number] {
  const i = sentence.indexOf(phrase);
  if (i < 0) throw new Error(`"${phrase}" is not in "${sentence}"`);
  return [i, i + phrase.length];
}

// [sentence, the phrase a rule matched, negated?] — positives and negatives side by side.
const NEGATION: [string, string, boolean][] = [
  ['We do not sell your personal information.', 'sell your personal information', true],
  ['We sell your personal information.', 'sell your personal information', false],
  ['We will never rent your e-mail address.', 'rent your e-mail address', true],
  ["We don't use cookies.", 'cookies', true],
  ['We don’t use cookies.', 'cookies', true],
  ['We use cookies.', 'cookies', false],
  // A cue in an earlier clause does not reach the match.
  ['If you do not want e-mails, you can unsubscribe.', 'unsubscribe', false],
  ['If your complaints are not addressed to your satisfaction you may contact the Privacy Commissioner.', 'contact', false],
  ['We do not sell data, but we share it with advertisers.', 'advertisers', false],
  ['We do not sell data; we share it with advertisers.', 'advertisers', false],
  ['We do not sell data, and we share it with advertisers.', 'advertisers', false],
  ['We do not share your data except with service providers.', 'service providers', false],
  // Phrases with a negation word that deny nothing.
  ['We collect data including but not limited to your name.', 'name', false],
  ['We may disclose it without notice to law enforcement.', 'law enforcement', false],
  ['We keep it no longer than necessary.', 'necessary', false],
  // libreoffice (the GDPR's own words): "without prejudice to" keeps other remedies; it denies nothing.
  ['You have the right, without prejudice to any other administrative or judicial remedy, to complain to a supervisory authority.', 'complain to a supervisory authority', false],
  ['You have no right to complain to a supervisory authority.', 'complain to a supervisory authority', true],
  ['Click "Do Not Sell My Personal Information" to opt out of the sale.', 'opt out of the sale', false],
  ['We respond to Do Not Track signals.', 'respond to Do Not Track', false],
  ['We do not respond to Do Not Track signals.', 'respond to Do Not Track', true],
  ['We recognize "do not track" signals from your browser.', 'recognize "do not track', false],
  // A passive denial after the match.
  ['Your IP address, keystroke activity and personal information are never stored.', 'IP address', true],
  // Denied, and a table that names its denial verbs keeps it only when sharing is one of them
  // (the collection table does not: contradictions.test.ts).
  ['Your IP address is not shared with anyone.', 'IP address', true],
  ['Cookies are not used on this website.', 'Cookies', true],
  ['We collect your e-mail address, which is not stored on our servers.', 'e-mail address', false],
  // A negation inside an aside speaks about the aside.
  ['We delete this data, which cannot be traced back to an individual, automatically after 7 days.', 'after 7 days', false],
  ['We delete this data (which is not personal) automatically after 7 days.', 'after 7 days', false],
  ['We do not, as a rule, delete this data after 7 days.', 'after 7 days', true],
  // A condition that spans the comma: the main clause decides.
  ['When we have no ongoing legitimate business need to process your information, we will delete it.', 'no ongoing legitimate business need to process your information, we will delete', false],
];

describe('isNegated', () => {
  it.each(NEGATION)('%s [%s] → %s', (sentence, phrase, expected) => {
    expect(isNegated(sentence, ...at(sentence, phrase))).toBe(expected);
  });
});

const HEDGE: [string, string, boolean][] = [
  ['We may collect your name.', 'name', true],
  ['We collect your name.', 'name', false],
  ['From time to time we share data with partners.', 'partners', true],
  ['You may opt out, and we collect your name.', 'name', false],
  ['We might use cookies.', 'cookies', true],
];

describe('isHedged', () => {
  it.each(HEDGE)('%s [%s] → %s', (sentence, phrase, expected) => {
    expect(isHedged(sentence, ...at(sentence, phrase))).toBe(expected);
  });
});

// [sentence, polarity of the finding, scoped?]: a scoped statement does not contradict a general one.
const SCOPE: [string, 'yes' | 'no', boolean][] = [
  ['If you are located in Europe, your IP address is never stored.', 'no', true],
  ['If you are located in Europe, we collect your IP address.', 'yes', true],
  ['In the event that we learn we collected data from a child, we delete it.', 'yes', true],
  ['We will not share your information with anyone, except as described on this page.', 'no', true],
  ['We may not delete your data if the law requires us to keep it.', 'no', true],
  ['We will not share it without your consent.', 'no', true],
  ['When you register, we collect your name.', 'yes', false],
  ['We do not sell your personal information.', 'no', false],
  ['We collect your name unless you object.', 'yes', false],
  ['For accounts created by partners, we don\'t store payment information.', 'no', true],
  ['We do not track your device location while you are not using the app.', 'no', true],
  ['For example, we do not store payment information.', 'no', false],
];

describe('isScoped', () => {
  it.each(SCOPE)('%s (%s) → %s', (sentence, polarity, expected) => {
    expect(isScoped(sentence, polarity)).toBe(expected);
  });
});

const LEAD_INS: [string, boolean][] = [
  ['We do not collect the following information:', true],
  ['We will never:', true],
  ['We collect the following information:', false],
  ['Smartjac is not in the business of selling or renting user information, and we only disclose information when:', false],
  ['We do not share your data, except:', false],
  ['Because:', false],
];

describe('leadInDenies', () => {
  it.each(LEAD_INS)('%s → %s', (leadIn, expected) => {
    expect(leadInDenies(leadIn)).toBe(expected);
  });
});

describe('answerPolarity', () => {
  it.each([
    ['No', 'no'],
    ['No.', 'no'],
    ['Never', 'no'],
    ['Yes', 'yes'],
    ['Yes!', 'yes'],
    ['Maybe', undefined],
  ] as const)('%s → %s', (answer, expected) => {
    expect(answerPolarity(answer)).toBe(expected);
  });
});

/** The polarity of one item when `text` runs through the engine (undefined: not stated). */
function polarityOf(text: string, section: SectionId, item: string): Polarity | undefined {
  const found = mergeItems(findAll(RULE_TABLES, sentencesOf(text, blocksFromPlainText(text))));
  return found.get(section)?.find((i) => i.id === item)?.polarity;
}

// Whole sentences through the engine: how negation, scope and answers reach the label.
const ENGINE: [string, SectionId, string, Polarity | undefined][] = [
  // Denials of a named thing need a verb that denies it.
  ['We do not collect cookies.', 'collection', 'cookies', 'no'],
  ['We have no access to or control over these cookies.', 'collection', 'cookies', undefined],
  ['You can set your browser to not accept cookies.', 'collection', 'cookies', undefined],
  ['We do not knowingly collect personal information from anyone under the age of 13.', 'collection', 'children', 'no'],
  // Narrower denials do not contradict a general statement.
  ['We use cookies. We do not use persistent cookies.', 'collection', 'cookies', 'yes'],
  ['We use cookies. We do not use cookies for profiling or advertising.', 'collection', 'cookies', 'yes'],
  ['We may use cookies for tracking purposes. We do not collect cookies.', 'collection', 'cookies', 'contradictory'],
  // Conditions and exceptions.
  ['We collect your IP address. If you are located in Europe, your IP address is never stored.', 'collection', 'device', 'yes'],
  ['We will not rent or sell your personally identifiable information to others.', 'sharing', 'sale', 'no'],
  ['We do not sell your personal information to third parties.', 'sharing', 'sale', 'no'],
  ['Click Do Not Sell My Personal Information to opt out.', 'sharing', 'sale', undefined],
  ['Smartjac is not in the business of selling or renting user information.', 'sharing', 'sale', 'no'],
  ['Smartjac is not in the business of selling or renting user information, and we only disclose information when:\n- We need to share your information with service providers who process data on our behalf.', 'sharing', 'service-providers', 'yes'],
  ['We do not collect the following:\n- your location data', 'collection', 'location', 'no'],
  // A question with a bare answer is the answer.
  ['Does Smartjac Provide Any Information to Third-Party Analytics Providers?\nNo', 'sharing', 'analytics-providers', 'no'],
  ['Does Smartjac Ever Make Any of My Personal Information Public?\nYes', 'sharing', 'public', 'yes'],
  ['Does Smartjac Ever Make Any of My Personal Information Public?', 'sharing', 'public', undefined],
  // The answer on the question's own line, as a Markdown link (Strava's summary).
  ['* Do we sell your personal information? [No](#aggregate_information)', 'sharing', 'sale', 'no'],
  ['* Do we share your information with advertisers? [Yes](#ads)', 'sharing', 'advertisers', 'yes'],
  // Service messages are not marketing: a denial about them says nothing about opting out of marketing.
  ['You can unsubscribe from our newsletter. You may not opt out of service messages, which are not promotional.', 'rights', 'opt-out-marketing', 'yes'],
  // Negative statements that state their item.
  ['We cannot guarantee the security of your data.', 'security', 'no-guarantee', 'yes'],
  ['We will not discriminate against you for exercising your rights.', 'rights', 'non-discrimination', 'yes'],
  ['Personal data shall not be kept for longer than necessary.', 'retention', 'as-long-as-necessary', 'yes'],
  ['We do not honor Do Not Track signals.', 'tracking', 'do-not-track', 'no'],
  ['We honor Do Not Track signals.', 'tracking', 'do-not-track', 'yes'],
  // "refrain from" denies; "free of charge" does not.
  ['We refrain from sharing your personal data with advertisers.', 'sharing', 'advertisers', 'no'],
  ['We refrain from collecting your precise location.', 'collection', 'location', 'no'],
  ['You can request a copy of your data free of charge.', 'rights', 'access', 'yes'],
  // "free of …" and "no …" right before the thing deny it.
  ['Our website is free of social-media plug-ins like Facebook.', 'tracking', 'social-widgets', 'no'],
  ['We use no third-party cookies.', 'tracking', 'third-party-tracking', 'no'],
  // A narrow denial of a sale is not a blanket "no": alone it states nothing, beside a sale it is no contradiction.
  ['We do not sell your email address to spammers.', 'sharing', 'sale', undefined],
  ['We do not sell your personal information to third parties for their direct marketing purposes.', 'sharing', 'sale', undefined],
  ['We do not sell your email address to spammers. We may sell your personal information to our partners.', 'sharing', 'sale', 'yes'],
  ['We never sell your personal information to anyone.', 'sharing', 'sale', 'no'],
  // The CCPA's request not to sell is the reader's right, not a denial of a sale.
  ['You may direct us to not sell your personal information at any time.', 'rights', 'opt-out-sale', 'yes'],
  ['You may direct us to not sell your personal information at any time.', 'sharing', 'sale', undefined],
  ['You can ask us not to sell your personal information.', 'rights', 'opt-out-sale', 'yes'],
  // A denied verb coordinated after another one.
  ['We will never spam you or advertise to you.', 'purposes', 'advertising', 'no'],
  ['We do not alter your experience, or otherwise respond to "do not track" signals.', 'tracking', 'do-not-track', 'no'],
  // Denials for some data only do not contradict the general statement.
  ['We collect your billing address. We do not store your credit card number; our payment processor does.', 'collection', 'financial', 'yes'],
  ['We use your information to display interest-based ads. We do not use information that personally identifies you to display interest-based ads.', 'purposes', 'advertising', 'yes'],
  ['We use your information to display interest-based ads. We do not use information that personally identifies you to display interest-based ads.', 'tracking', 'cross-site-ads', 'yes'],
  ['We do not display advertising on our site.', 'purposes', 'advertising', 'no'],
  // A limit on the right to deletion is not its denial.
  ['You can delete your account at any time. In specific cases, we may not be able to delete some types of information.', 'rights', 'deletion', 'yes'],
  ['You may request deletion of your data. It is not always possible to completely remove information from our databases.', 'rights', 'deletion', 'yes'],
  // The reader's choice "not to" is a right, not a denial.
  ['You can elect not to receive marketing emails by unsubscribing.', 'rights', 'opt-out-marketing', 'yes'],
  ['You may choose not to receive promotional communications.', 'rights', 'opt-out-marketing', 'yes'],
  // A condition after a connective still scopes the statement.
  ['We do not use cookies. However, if you donate, our payment provider may use cookies.', 'collection', 'cookies', 'no'],
  // A period stays a period under a negation.
  ['We do not keep server logs for more than 30 days.', 'retention', 'period', 'yes'],
  ['Payment data cannot be deleted, as the law requires us to retain it for 10 years.', 'retention', 'period', 'yes'],
];

describe('polarity through the engine', () => {
  it.each(ENGINE)('%s → %s/%s = %s', (text, section, item, expected) => {
    expect(polarityOf(text, section, item)).toBe(expected);
  });
});

describe('cue literals (the engine reads negation, hedge and supposition cues from its literal scan)', () => {
  const HERE = new URL('../../../shared/seeds/', import.meta.url);
  const edge = [
    "We don't sell data. We don’t either. We won't. DON'T TRACK. Nor do we; neither do they.",
    'We cannot, and NEVER will. We refrain from selling; it refrains from it. Free of charge, free of ads, free of cost.',
    'Without your consent, nothing is shared; none of it. No. Not ever. Notice: now we know.',
    'We may, might or could share it from time to time, occasionally, possibly, in some cases, where applicable, as needed.',
    'If you believe we have collected data, or if we learn, discover or find out that we did, or if a parent thinks so, or where you are aware of it.',
    'Snot, canon, Mayday, couldn’t, unlearn: cues inside words.',
  ];
  const texts = [...edge];
  try {
    for (const f of readdirSync(HERE)) if (/\.(?:md|txt)$/.test(f)) texts.push(...readFileSync(new URL(f, HERE), 'utf8').split(/(?<=[.!?])\s+|\n+/));
  } catch {
    console.warn('../shared/seeds absent: cue literals checked on the edge cases only');
  }
  const spansOf = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, `${re.flags}g`))].flatMap((m) => [m.index, m.index + m[0].length]);

  it('finds the same negation and hedge cues as their regexes, and misses no supposition', () => {
    const matcher = new MultiMatcher();
    const negation = matcher.addLiterals(CUES.negation.literals, CUES.negation.re);
    const hedge = matcher.addLiterals(CUES.hedge.literals, CUES.hedge.re);
    const supposed = matcher.addLiterals(CUES.supposed.literals);
    const notADenial = matcher.add(CUES.notADenial);
    let negations = 0;
    for (const text of texts) {
      matcher.prepare(text);
      expect(matcher.spans(negation), text).toEqual(spansOf(CUES.negation.re, text));
      expect(matcher.spans(hedge), text).toEqual(spansOf(CUES.hedge.re, text));
      expect(matcher.spans(notADenial), text).toEqual(spansOf(CUES.notADenial, text));
      if (CUES.supposed.re.test(text)) expect(matcher.candidate(supposed), text).toBe(true);
      negations += matcher.spans(negation).length / 2;
    }
    expect(negations).toBeGreaterThan(15);
  });
});
