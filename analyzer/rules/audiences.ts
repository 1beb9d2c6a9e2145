import type { RuleTable, RuleValue } from './types';
import { NUMBER_WORDS } from './common';

/**
 * Special groups. `children` is yes when they knowingly collect children's data or direct the
 * service at them, no when they say they do not; its value is the age named. `california`
 * and `europe` are yes when the policy addresses that group: a mention is the fact, whatever
 * negation surrounds it.
 */

const AGE = /\b(?:under|below|younger than|less than|over|older than|at least|aged?|ages? of|age)\s(?:the\s)?(?:ages?\s)?(?:of\s)?(\d{1,2}|thirteen|sixteen|eighteen)\b|\b(\d{1,2})\s?(?:years?|yrs?)(?:\sof age|\sold|-years?-old)|\bbe (?:at least |over )?(\d{1,2}|thirteen|sixteen|eighteen)(?=\s(?:or (?:older|over)|years|to ))/i;

function age(_m: RegExpExecArray, sentence: string): RuleValue {
  const a = AGE.exec(sentence);
  if (!a) return {};
  const raw = (a[1] ?? a[2] ?? a[3]!).toLowerCase();
  const n = /^\d/.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
  return n !== undefined && n >= 6 && n <= 21 ? { value: n } : {};
}

export const audiences: RuleTable = {
  section: 'audiences',
  hedgeable: true,
  rules: [
    {
      id: 'audiences/children/collect-from',
      item: 'children',
      pattern: /\b(?:collect(?:s|ed|ing)?|solicit\w*|gather\w*|receiv\w*|process(?:es|ed)?|market(?:s|ed)?|direct(?:s|ed)?|intend\w*|target\w*|design\w*)\b[^.]{0,80}?\b(?:child(?:ren)?|minors?|kids|anyone|any ?one|individuals?|persons?|people|users?|visitors?)\b[^.]{0,20}?\b(?:under|below|younger than)\b/i,
      value: age,
      example: 'We do not knowingly collect or solicit personal information from anyone under the age of 13.',
      examplePolarity: 'no',
      counterExamples: ['Protecting the privacy of young children is especially important.'],
    },
    {
      id: 'audiences/children/not-directed',
      item: 'children',
      pattern: /\b(?:(?:directed|intended|targeted|designed|aimed|marketed)\s(?:to|at|for|towards)\s(?:children|minors|kids)|collect(?:s|ed|ing)?\s[^.]{0,40}?\b(?:from|about)\s(?:children|minors|kids))\b/i,
      value: age,
      example: 'Our services are not directed to children under 16.',
      examplePolarity: 'no',
      counterExamples: ['Children grow up fast.'],
    },
    {
      id: 'audiences/children/parental-consent',
      item: 'children',
      // A service that takes children's data with their parents' consent (COPPA): yes, it does.
      // Not the exception to a denial: "we do not collect … except with parental consent".
      pattern: /(?<!\b(?:except|unless|without|other than|absent)\b[^.;]{0,30})\b(?:(?:verifiable |verified |prior )*parental consent|(?:consent|permission) (?:of|from) (?:a |the |their |his or her )?parents?(?: or (?:legal )?guardians?)?)\b/i,
      context: /\b(?:child(?:ren)?|child['’]s|kids?|minors?|students?|under (?:the age of )?1[0-8])\b/i,
      value: age,
      example: 'Children under 13 can join our reading club with verifiable parental consent.',
      counterExamples: [
        'Parental guidance is advised for some of the films we review.',
        'We do not collect personal information from anyone under the age of 16 except with parental consent.',
      ],
    },
    {
      id: 'audiences/children/minimum-age',
      item: 'children',
      pattern: /\b(?:must|need to|have to|should) be (?:at least |over |older than )?(?:\d{1,2}|thirteen|sixteen|eighteen)(?:\s(?:years|yrs)(?:\sof age|\sold)?|-years?-old|\sor (?:older|over)|\sto (?:use|access|register|create|open|sign|visit|purchase))/i,
      polarity: 'no',
      value: age,
      example: 'You must be at least 16 years old to use our services.',
      examplePolarity: 'no',
      counterExamples: ['Passwords must be at least 8 characters long.'],
    },
    {
      id: 'audiences/california/mention',
      item: 'california',
      pattern: /\b(?:california|CCPA|CPRA|CalOPPA|shine the light|cal\. civ\. code)\b/i,
      polarity: 'yes',
      example: 'CalOPPA is the first state law in the nation to require commercial websites to post a privacy policy.',
      counterExamples: ['We are based in Oregon.'],
    },
    {
      id: 'audiences/europe/gdpr',
      item: 'europe',
      pattern: /\b(?:GDPR|general data protection regulation|european (?:economic area|union)|EEA|legal bas[ie]s|lawful bas[ie]s|legitimate interests?|data controller|supervisory authorit(?:y|ies)|(?:located|resident|residing|based) in (?:the )?(?:europe|EU|EEA|european)|data protection directive)\b/i,
      polarity: 'yes',
      example: 'The legal basis for this processing is our legitimate interests.',
      counterExamples: ['We have a legitimate business.'],
    },
  ],
};
