import type { RuleTable, RuleValue } from './types';
import { DURATION_SOURCE, READER_CAN, durationsIn } from './common';

/**
 * What the reader may do. Not hedgeable: "you may request" grants a permission.
 * Most rules need the reader in the sentence, its heading or its lead-in ("you can",
 * "You have the right to:", "Your rights") so that "we restrict access" or "we delete logs"
 * are not read as rights.
 */

const REQUEST = /\b(?:requests?|inquir(?:y|ies)|enquir(?:y|ies)|quer(?:y|ies)|complaints?)\b/i;

/** "We will acknowledge your request within seventy-two (72) hours" → 3 days, "within 72 hours". */
function responseTime(_m: RegExpExecArray, sentence: string): RuleValue[] {
  // "We will respond within 45 days" after a sentence about the reader's request.
  if (!REQUEST.test(sentence) && !/\b(?:we|i) (?:will|shall|aim to|try to|endeavou?r to) (?:respond|reply|answer)\b/i.test(sentence)) return [];
  return durationsIn(sentence)
    .filter((d) => /^(?:within|in|no (?:later|more) than|not (?:later|more) than)\b/.test(d.phrase) || /\bwithin\s$/i.test(sentence.slice(Math.max(0, d.index - 7), d.index)))
    .map((d) => ({ value: d.days, detail: /^within\b/.test(d.phrase) ? d.phrase : `within ${d.phrase}` }));
}

export const rights: RuleTable = {
  section: 'rights',
  hedgeable: false,
  rules: [
    {
      id: 'rights/access/right-of-access',
      item: 'access',
      pattern: /\b(?:right (?:of|to) (?:request )?access|right to (?:obtain|know|a copy|receive a copy)|(?:subject|data) access requests?|(?:request|obtain|receive|get|seek) (?:a copy of|access to|details of) (?:the |your |any |all )?(?:personal )?(?:information|data)|access (?:personal|your) (?:data|information))\b/i,
      example: 'Your principal rights under data protection law are the right to access and the right to rectification.',
      counterExamples: ['We restrict access to personal information to authorised personnel only.'],
    },
    {
      id: 'rights/access/can-review',
      item: 'access',
      pattern: /\b(?:can|may|able to|entitled to|right to|request to|ask (?:us )?to|option to|ability to|(?:like|want|wish) to:?)\s[^.]{0,20}?\b(?:access|review|view|see|obtain a copy of)\b(?! (?:our|the|this) (?:web ?)?sites?| our services)[^.]{0,60}?\b(?:information|data|account|profile)\b|\bprovide\w*\s[^.]{0,40}?\bwith access to\b/i,
      context: READER_CAN,
      example: 'You can access your information at our account page.',
      counterExamples: ['Each time you access our websites, our servers record log information.'],
    },
    {
      id: 'rights/correction/correct',
      item: 'correction',
      pattern: /\b(?:right (?:to|of) (?:rectification|correction|correct|rectify)|(?:correct|rectif)\w*\b[^.]{0,40}?\b(?:information|data|inaccura\w+|details|profile|mistakes?|errors?)|(?:can|may|able to|ability to|right to|request to|option to|how to|allow\w* (?:you|users) to)\s[^.]{0,30}?\b(?:update|edit|modify|change|alter|amend)\w*\b[^.]{0,40}?\b(?:information|data|details|profile|account))/i,
      context: READER_CAN,
      example: 'You can review, correct, update or delete inaccuracies to the information about you.',
      counterExamples: ['We may update this Privacy Policy from time to time.'],
    },
    {
      id: 'rights/deletion/delete',
      item: 'deletion',
      pattern: /\b(?:right (?:to|of) (?:erasure|deletion|be forgotten|delete|erase)|(?:delete|erase|remove|deletion|erasure)\w*\b[^.]{0,40}?\b(?:information|data|account|profile|testimonial|content))\b/i,
      context: READER_CAN,
      // A limit on the right, not its denial: "we may not be able to delete information shared with
      // others", "it is not always possible to completely remove it", "we may keep it as the law requires".
      narrowSentence: /\b(?:fully|completely|entirely|immediately|each and every|some (?:types of )?|certain|shared with|back-?ups?|cach\w+|residual|archiv\w+|copies|always|legal obligations?|required (?:by|to)|retain|keep|local laws?|refuse|unlawful|you do not want|technologically)\b/i,
      example: 'You may request the deletion of your personal information.',
      counterExamples: ['We delete server logs after 30 days.'],
    },
    {
      id: 'rights/portability/portable',
      item: 'portability',
      pattern: /\b(?:(?<!insurance )portab(?:le|ility)|machine[- ]readable|structured, commonly[- ]used|exported file of (?:the |your )?(?:personal )?data|export (?:a copy of )?your (?:personal )?data)\b/i,
      example: 'You have the right to request a copy of your data in a structured, commonly used, and machine-readable format.',
      counterExamples: ['The Health Insurance Portability and Accountability Act applies to health plans.'],
    },
    {
      id: 'rights/opt-out-marketing/unsubscribe',
      item: 'opt-out-marketing',
      pattern: /\b(?:unsubscrib\w*|(?:opt(?:[- ]|ing )?out|stop (?:receiving|getting)|withdraw\w* from|decline to receive|choose not to receive)\b[^.]{0,60}?\b(?:marketing|promotional|newsletters?|(?:e-mail|email)s?|communications?|messages|mailing lists?|offers|sms|texts?|them)\b|limit\w*\s[^.]{0,30}?\btypes? of communications?)/i,
      denialScope: /\b(?:non-?promotional|non-?marketing|transactional|administrative|service(?:-related)? (?:communications|messages|e-?mails|announcements|notices)|mandatory|essential|operational|account[- ]related|relationship|necessary|required by law|legal notices)\b/i,
      example: 'You may opt out of marketing communications at any time.',
      counterExamples: ['We do not send e-mail to non-customers.'],
    },
    {
      id: 'rights/opt-out-sale/do-not-sell',
      item: 'opt-out-sale',
      pattern: /\b(?:do not sell(?: or share)? my (?:personal )?(?:information|info|data)|(?:opt(?:[- ]|ing |ed )?out|object)\b[^.]{0,20}?\b(?:of|to|from) (?:the |any |our |such )?(?:sale|selling|sharing)\b|right to opt[- ]out of (?:the )?sale)/i,
      example: 'You have the right to opt out of the sale of your personal information.',
      counterExamples: ['We will not rent or sell your personal information.', 'We stop selling products in that store on Sundays.'],
    },
    {
      id: 'rights/opt-out-sale/direct-us-not-to-sell',
      item: 'opt-out-sale',
      // The CCPA's "you may direct us to not sell": the "not" is the reader's request, not a denial.
      pattern: /\b(?:request|ask|direct|instruct|tell)\w*\s[^.]{0,40}?\b(?:not (?:to )?sell|to not sell|stop ["“]?selling)\b/i,
      polarity: 'yes',
      context: READER_CAN,
      example: 'You may direct us to not sell your personal information at any time.',
      counterExamples: ['We will not rent or sell your personal information.', 'We asked our vendors for their terms.'],
    },
    {
      id: 'rights/object/object',
      item: 'object',
      pattern: /\b(?:right to (?:\(\w{1,4}\)\s*)?object|object(?:ing)? to (?:the |our |any |[A-Z][\w.]*['’]s )?(?:processing|use|direct marketing|profiling))\b/i,
      example: 'You have the right to object to processing of your personal data.',
      counterExamples: ['We will not object to your use of the site.'],
    },
    {
      id: 'rights/restrict/restrict',
      item: 'restrict',
      pattern: /\b(?:right to (?:restrict|restriction|limit)\w*|(?:restrict|restriction of|limit)\w*\s(?:the\s|our\s)?(?:processing|use of (?:your )?(?:sensitive )?(?:personal )?(?:information|data)))/i,
      context: READER_CAN,
      example: 'You have the right to restrict processing of your personal data.',
      counterExamples: ['We restrict access to personal information to authorised personnel only.'],
    },
    {
      id: 'rights/withdraw-consent/withdraw',
      item: 'withdraw-consent',
      pattern: /\b(?:withdraw|revok|retract)\w*\s[^.]{0,20}?\bconsent\b|\bwithdrawal of (?:your )?consent\b/i,
      example: 'You may withdraw your consent at any time.',
      counterExamples: ['We ask for your consent before we send newsletters.'],
    },
    {
      id: 'rights/complain/authority',
      item: 'complain',
      pattern: /\b(?:complain\w*|lodge a complaint)\b[^.]{0,60}?\b(?:supervisory authority|data protection authorit(?:y|ies)|regulators?|information commissioner|ICO|attorney general|protection authority|data protection commission(?:er)?)\b/i,
      example: 'You have the right to lodge a complaint with a supervisory authority.',
      counterExamples: ['We handle complaints relating to payments and refunds.'],
    },
    {
      id: 'rights/non-discrimination/not-discriminate',
      item: 'non-discrimination',
      pattern: /\b(?:non-?discriminat\w*|(?:not|never)\b[^.]{0,30}?\bdiscriminat\w*|right to (?:equal service|non-discrimination)|free from discrimination)/i,
      polarity: 'yes',
      example: 'We will not discriminate against you for exercising any of your rights.',
      counterExamples: ['Discrimination is against our values.'],
    },
    {
      id: 'rights/response-time/within',
      item: 'response-time',
      pattern: /\b(?:respond|response|acknowledge|reply|answer|process|fulfil|handle|complete|comply)\w*\b[^.]{0,60}?\bwithin\b|\bwithin\b[^.]{0,40}?\b(?:of|after|from) (?:receiv\w+|receipt|your request)/i,
      value: responseTime,
      example: 'We will acknowledge your request within seventy-two (72) hours and handle it promptly.',
      counterExamples: ['We will notify you of a breach within 72 hours.'],
    },
    {
      // godlikeproductions: "Please allow up to 14 days for a response."
      id: 'rights/response-time/allow-for',
      item: 'response-time',
      pattern: new RegExp(`\\ballow\\s(?:us\\s)?(?:${DURATION_SOURCE})\\s(?:for\\s(?:a\\s|our\\s)?(?:response|reply|answer|processing)|to\\s(?:respond|reply|answer|process))\\b`, 'i'),
      value: (m) => durationsIn(m[0]).map((d) => ({ value: d.days, detail: `within ${d.phrase.replace(/^(?:up to|within|about|approximately)\s/i, '')}` })),
      example: 'Please allow up to 14 days for a response.',
      counterExamples: ['Please allow 5 days for delivery of your order.'],
    },
  ],
};
