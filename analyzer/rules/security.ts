import type { RuleTable, RuleValue } from './types';
import { durationsIn } from './common';

/** How they protect the data. */

const BREACH = /\b(?:breach\w*|compromised?|unauthori[sz]ed (?:access|disclosure)|security incidents?)\b/i;
const PROMPTLY = /\b(?:promptly|without undue delay|as soon as (?:reasonably )?(?:possible|practicable)|immediately|as quickly as possible)\b/i;

/**
 * The notification deadline: its days as the value ("within 72 hours" → 3) and the phrase as
 * the detail; "promptly" is a detail without a value; {} when no deadline is said.
 */
function deadline(_m: RegExpExecArray, sentence: string): RuleValue {
  const within = durationsIn(sentence).find((d) => /^(?:within|no (?:later|more) than)\b/.test(d.phrase));
  if (within) return { value: within.days, detail: within.phrase };
  const prompt = PROMPTLY.exec(sentence);
  return prompt ? { detail: prompt[0].toLowerCase() } : {};
}

export const security: RuleTable = {
  section: 'security',
  hedgeable: true,
  rules: [
    {
      id: 'security/encryption-in-transit/tls',
      item: 'encryption-in-transit',
      pattern: /\b(?:SSL|TLS|HTTPS(?!:)|secure sockets? layer|transport layer security|encrypt\w*\b[^.]{0,60}?\b(?:in transit|transmi\w+|transfer\w*|over the internet)|(?:in transit|during transmission|transmi\w+)\b[^.]{0,60}?\bencrypt\w*)/i,
      example: 'We use industry standard encryption to protect your data in transit.',
      counterExamples: ['See https://example.com/privacy for details.'],
    },
    {
      id: 'security/encryption-at-rest/stored',
      item: 'encryption-at-rest',
      pattern: /\b(?:encrypt\w*\b[^.]{0,60}?\b(?:at rest|in storage|in our databases?|on (?:our )?servers|on disks?|hard drives?)|(?:at rest|stored data|data (?:that |which )?(?:we )?store)\b[^.]{0,60}?\bencrypt\w*|stored\s[^.,;]{0,25}?\bencrypted|AES[- ]?256|encrypted (?:databases?|storage|backups?|drives?|hard drives?|at rest)|stored (?:by us )?in (?:an )?encrypted form)\b/i,
      example: 'All personal data is encrypted at rest using AES-256.',
      counterExamples: ['Secure Storage: Protecting stored data with industry standard security practices.'],
    },
    {
      id: 'security/access-controls/restricted',
      item: 'access-controls',
      pattern: /\b(?:access controls?|(?:restrict|limit)\w* (?:employee |staff )?access|limited access|access is (?:restricted|limited)|need[- ]to[- ]know|authori[sz]ed (?:personnel|employees|staff)|role[- ]based access|two[- ]factor|multi[- ]factor|controlled facilities|password[- ]protected|firewalls?|only (?:gives|grants|allows|provides) access to [^.]{0,60}?\b(?:employees|staff|personnel|contractors))\b/i,
      example: 'We restrict access to personal information to authorised personnel only.',
      counterExamples: ['You can access your information at any time.'],
    },
    {
      id: 'security/breach-notification/notify',
      item: 'breach-notification',
      pattern: /\b(?:(?:notif(?:y|ies|ied|ying|ication)|inform(?:s|ed|ing)?|alert(?:s|ed|ing)?)\b[^.]{0,80}?\b(?:breach\w*|compromised?|unauthori[sz]ed (?:access|disclosure)|security incidents?)|(?:breach\w*|compromised?|security incidents?)\b[^.]{0,80}?\b(?:notif(?:y|ies|ied|ying|ication)|inform(?:s|ed|ing)?|alert(?:s|ed|ing)?)\b)/i,
      value: deadline,
      example: 'In the event that personal information is compromised as a breach of security, we will promptly notify our customers.',
      counterExamples: ['We will notify you of changes to this policy.'],
    },
    {
      id: 'security/breach-notification/deadline-line',
      item: 'breach-notification',
      pattern: /\b(?:within|no later than)\s[^.]{0,20}?\b(?:hours?|days?)\b|\b(?:notify|inform)\s[^.]{0,20}?\b(?:users|you|customers|individuals)\b/i,
      context: BREACH,
      value: deadline,
      example: 'We will notify the users via email within 1 business day if a data breach occurs.',
      counterExamples: ['We will reply within 5 days.'],
    },
    {
      id: 'security/no-guarantee/cannot-guarantee',
      item: 'no-guarantee',
      pattern: /\b(?:(?:cannot|can ?not|can't|unable to|not able to|do not|does not|not|no one can|nobody can)\b[^.]{0,40}?\b(?:guarantee|ensure|warrant|promise)\w*\b[^.]{0,60}?\b(?:security|secure|protected|safe|accessed|disclosed)|(?:no|not)\b[^.]{0,80}?\b(?:100% secure|completely secure|perfectly secure|absolutely secure|fully secure|impenetrable)|absolute security)/i,
      polarity: 'yes',
      example: 'No method of transmission over the Internet, or method of electronic storage, is 100% secure.',
      counterExamples: ['We guarantee a refund within 30 days.'],
    },
  ],
};
