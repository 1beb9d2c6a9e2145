import type { RuleTable, RuleValue } from './types';
import { DURATION_SOURCE, durationsIn } from './common';

/** How long they keep the data. */

/** The sentence (or its heading / lead-in) speaks of keeping or deleting data. */
const RETAIN =
  /\b(?:retain\w*|retention|keep|keeps|kept|store[sd]?|storing|hold|held|maintain\w*|preserv\w*|delet\w*|eras\w*|remain|exist|archiv\w*|purge[sd]?|back-?ups?|lasts?|persist\w*|expire[sd]?)\b/i;

/**
 * Retention periods: every duration of a sentence that itself speaks of keeping data. The
 * check is on the sentence, not its heading: under "Data retention", "we reply within 30
 * days" is not a retention period.
 */
function periods(m: RegExpExecArray, sentence: string): RuleValue[] {
  if (!RETAIN.test(sentence)) return [];
  const scope = SCOPES.find(([re]) => re.test(sentence))?.[1];
  // `m`, the rule's match (DURATION_SOURCE), is the sentence's first duration.
  return durationsIn(sentence, m.index).map((d) => ({ value: d.days, detail: scope ? `${d.phrase} (${scope})` : d.phrase }));
}

/**
 * What a period applies to, read from its sentence, first match wins: "backups for up to one
 * year" → "up to one year (backups)"; "30 days after you close your account" → "… (after
 * account closure)".
 */
const SCOPES: readonly [RegExp, string][] = [
  [/\b(?:back-?ups?|archiv\w*)\b/i, 'backups'],
  [/\b(?:(?:server |access |web )?logs?|log ?files?)\b/i, 'logs'],
  [/\b(?:after|following|upon|of)\s+(?:the\s+|your\s+)?(?:account\s+)?(?:closure|closing|deletion|termination|cancell?ation|deactivation)\b|\b(?:close|delete|terminate|cancel|deactivate)[sd]?\s+(?:your\s+|their\s+)?account\b|\baccount\s+(?:is\s+)?(?:closed|deleted|terminated|cancell?ed|deactivated)\b/i, 'after account closure'],
  [/\bcookies?\b/i, 'cookies'],
  [/\b(?:payments?|transactions?|invoices?|receipts?|billing|tax|accounting)\b/i, 'payment records'],
  [/\baccounts?\b/i, 'account'],
];

export const retention: RuleTable = {
  section: 'retention',
  hedgeable: true,
  rules: [
    {
      id: 'retention/period/duration',
      item: 'period',
      pattern: new RegExp(DURATION_SOURCE, 'i'),
      // A stated period is a period whatever the negation: "we do not keep logs for more than
      // 7 days" states 7 days; "it cannot be deleted, as the law requires 10 years" states 10.
      polarity: 'yes',
      value: periods,
      example: 'Residual copies of your data may continue to exist on our back-up systems for up to one year.',
      counterExamples: ['We will acknowledge your request within seventy-two (72) hours.', 'We do not knowingly retain data of users under 16 years of age.'],
    },
    {
      // libreoffice, under "Duration of storage": "The data will be deleted as soon as … In our
      // case, this takes place after 180 days." The deletion is in the sentence before; the
      // heading says the period is one of storage.
      id: 'retention/period/takes-place-after',
      item: 'period',
      pattern: new RegExp(`\\bthis (?:takes place|happens|occurs|is done|is the case)\\b[^.]{0,30}?\\bafter\\s(?:${DURATION_SOURCE})`, 'i'),
      context: /\b(?:duration of (?:the )?storage|storage (?:duration|period|time)|retention (?:period|time)|data retention|how long)\b/i,
      polarity: 'yes',
      value: (_m, sentence) => durationsIn(sentence).map((d) => ({ value: d.days, detail: d.phrase })),
      example: 'At the end of the storage period the data is deleted; this takes place after 180 days.',
      counterExamples: ['The refund is sent when the goods are back; this takes place after 14 days.'],
    },
    {
      id: 'retention/as-long-as-necessary/necessary',
      item: 'as-long-as-necessary',
      pattern: /\b(?:(?:for )?(?:as|so) long as (?:is |it is |they are |reasonably |strictly )?(?:necessary|needed|required|reasonably necessary)|only as long as|as long as (?:we have|there is) (?:an? )?(?:ongoing )?(?:legitimate )?(?:business )?need|as (?:needed|necessary|required) to (?:provide|fulfil|fulfill|deliver|comply|achieve)|for (?:the|a) period (?:of time )?(?:necessary|needed|required|reasonably necessary)|(?:necessary|needed) for the purposes? for which)\b/i,
      context: RETAIN,
      example: 'We retain personal information only for as long as necessary to fulfil the purposes for which it was collected.',
      counterExamples: ['We collect as much information as necessary.'],
    },
    {
      id: 'retention/as-long-as-necessary/not-longer',
      item: 'as-long-as-necessary',
      pattern: /\b(?:no|not|never)\b[^.]{0,40}?\blonger than (?:is |it is |reasonably |strictly )?(?:necessary|needed|required)\b/i,
      polarity: 'yes',
      context: RETAIN,
      example: 'Personal data shall not be kept for longer than necessary for that purpose.',
      counterExamples: ['No request takes longer than necessary.'],
    },
    {
      id: 'retention/account-lifetime/while-active',
      item: 'account-lifetime',
      pattern: /\b(?:as long as|while|until|for the (?:duration|life(?:time)?) of)\s[^.,;]{0,30}?\b(?:accounts?|membership|subscription|registration)\b/i,
      context: RETAIN,
      example: 'We will retain your information for as long as your account is active.',
      counterExamples: ['While your account is active, you can change your settings.'],
    },
    {
      id: 'retention/legal-obligation/required',
      item: 'legal-obligation',
      pattern: /\b(?:(?:legal|regulatory|statutory|tax|accounting|contractual) (?:obligations?|requirements?|purposes|reasons|holds?|retention periods?)|(?:accounting|tax|bookkeeping|commercial) (?:acts?|codes?|laws?|legislation)|legal ob\w*gations?|(?:required|permitted|obliged) (?:to do so )?by (?:applicable )?laws?|comply with (?:our |applicable |any )?(?:legal|laws?))\b/i,
      context: RETAIN,
      example: 'We will retain your information as necessary to comply with our legal obligations.',
      counterExamples: ['You must comply with the law when you use our site.'],
    },
    {
      id: 'retention/indefinite/forever',
      item: 'indefinite',
      pattern: /\b(?:indefinite(?:ly)?|in perpetuity|forever|permanently(?! (?:delet|remov|eras|destroy|anonymi|de-identif))|no (?:set |specific |fixed )?(?:retention )?(?:period|time limit)|for an unlimited (?:period|time))\b/i,
      context: RETAIN,
      example: 'We may retain your comments indefinitely.',
      counterExamples: ['You can permanently delete your account.'],
    },
    {
      id: 'retention/deletion-or-anonymisation/after-use',
      item: 'deletion-or-anonymisation',
      pattern: /\b(?:(?:delet|eras|destroy|purg|dispos|anonymi[sz]|de-?identif)\w*\b[^.]{0,60}?\b(?:no longer (?:needed|necessary|required)|after|once|when (?:it|they|the)|at the end of|expir\w+|upon (?:termination|closure|expiry))|(?:no longer (?:needed|necessary|required)|no (?:ongoing )?(?:legitimate )?business need|after (?:this|that|these|the|a) (?:(?:retention )?periods?|time)(?: has (?:lapsed|expired|passed))?|at the end of (?:the|this) (?:retention )?period)\b[^.]{0,60}?\b(?:delet|eras|destroy|purg|dispos|anonymi[sz]|de-?identif)\w*)/i,
      context: /\b(?:personal|information|data|records?|accounts?)\b/i,
      example: 'Data that is no longer needed is securely deleted or anonymised.',
      counterExamples: ['You can delete your data at any time.'],
    },
    {
      id: 'retention/deletion-or-anonymisation/after-period',
      item: 'deletion-or-anonymisation',
      pattern: /\bafter (?:that|the periods?|a retention period has (?:lapsed|expired))\b[^.]{0,60}?\b(?:delet|eras|destroy|purg|anonymi[sz])\w*/i,
      context: /\b(?:personal|information|data|records?)\b/i,
      example: 'After that your Personal Data will be deleted, blocked or anonymized, as provided by applicable law.',
      counterExamples: ['After that you can delete your account in the settings.'],
    },
  ],
};
