import type { SectionId } from './types';

/**
 * Topic cues for `classify` only: a paragraph read on its own has no heading or lead-in to
 * tell the rules what it is about, and a paragraph can *speak about* a topic (OPP-115 style)
 * without stating one of the label's items ("we take every reasonable precaution to protect
 * the data on our servers" is about security without naming a measure). These cues say which
 * section (and, where one fits exactly, which item) such a paragraph is about. They never
 * make a claim on the label: `analyze` does not use them.
 *
 * Each cue is data with an example and a counter-example (tests/unit/cues.test.ts).
 */
export interface Cue {
  id: string;
  section: SectionId;
  item?: string;
  pattern: RegExp;
  example: string;
  counterExample: string;
}

const WE = String.raw`(?:we|us|our (?:servers?|systems?|sites?|apps?|services?|websites?))`;
const DATA = String.raw`(?:information|data|details|content|statistics|logs?|ip address(?:es)?|e-?mail address(?:es)?|names?|cookies?)`;

export const CUES: readonly Cue[] = [
  {
    id: 'first-party-verb',
    section: 'collection',
    pattern: new RegExp(String.raw`\b${WE}\s+(?:[a-z]+\s+){0,3}?(?:collect|gather|obtain|receive|record|log|store|save|process|use|combine|supplement|acquire)(?:s|d|ed)?\b[^.;]{0,80}?\b${DATA}\b`, 'i'),
    example: 'We may receive info about you from our partners, and we combine it with the information we hold.',
    counterExample: 'We take every reasonable precaution to protect the data on our servers.',
  },
  {
    id: 'first-party-data-we',
    section: 'collection',
    pattern: new RegExp(String.raw`\b${DATA}\s+(?:that\s+|which\s+)?(?:we|you)\s+(?:\w+\s+){0,2}(?:collect|receive|obtain|provide|submit|give|enter)(?:s|d|ed)?\b|\b(?:account|profile|payment|usage|log|location)\s+(?:data|information)\b|\bwe\s+(?:(?:do\s+not|don['’]t|never|neither)\s+)(?:\w+\s+){0,2}(?:collect|save|store|record)\b|\byou\s+(?:do\s+not\s+)?(?:have|need)\s+to\s+(?:provide|pick|enter|choose)\b`, 'i'),
    example: 'When setting up an account you need to pick a unique username; the account data may include your email address.',
    counterExample: 'The Service may contain links to other websites.',
  },
  {
    id: 'first-party-payment',
    section: 'collection',
    item: 'financial',
    pattern: /\b(?:accepts?|pay(?:ing|ment)?\s+(?:by|with|for))\b[^.]{0,60}\b(?:cash|credit cards?|bank wire|paypal|bitcoin)\b/i,
    example: 'Mullvad accepts cash, Bitcoin, bank wire, credit card, PayPal, and Swish.',
    counterExample: 'We do not sell your data.',
  },
  {
    id: 'sharing-verb',
    section: 'sharing',
    pattern: /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ure)|reveal(?:ed)?|given|pass(?:es)?\s+along|delivered|(?:made|make|makes)\s+(?:\w+\s+)?(?:available|public))\b[^.;]{0,100}?\b(?:third[- ]part(?:y|ies)|partners?|other (?:users|companies|members|organi[sz]ations|servers)|(?:the\s+)?public|anyone|recipients|advertisers|service providers|agents|authorities|affiliates|members)\b/i,
    example: 'The learner support team will share your request with the Members that offered those courses.',
    counterExample: 'We share our thoughts on privacy in our blog.',
  },
  {
    id: 'sharing-recipients',
    section: 'sharing',
    pattern: /\b(?:third[- ]part(?:y|ies)|recipients|other users|other servers|applications?)\b[^.;]{0,60}\b(?:collect|receive|access|use|download|log|record)s?\b|\b(?:visible|displayed|shared with the public|publicly|available[^.]{0,30}\binternet)\b|\bwe\s+(?:do\s+)?use\s+third\s+parties\b|\b(?:links?\s+to|forward)\b[^.]{0,60}\b(?:third[- ]party|youtube|facebook|twitter)\b/i,
    example: 'Your registered location will be displayed on your profile.',
    counterExample: 'We collect your email address to send you receipts.',
  },
  {
    id: 'sharing-no-ads-or-sale',
    section: 'sharing',
    item: 'sale',
    pattern: /\b(?:doesn['’]t|does not|do not|don['’]t|never|will not|won['’]t)\s+(?:\w+\s+){0,5}?sell\s+(?:your\s+)?(?:data|information|personal)/i,
    example: "freeCodeCamp doesn't show you ads or sell your data to anyone.",
    counterExample: 'We sell t-shirts and mugs.',
  },
  {
    id: 'choice-controls',
    section: 'rights',
    item: 'restrict',
    pattern: /\byou\s+(?:can|may|are able to)\s+(?:\w+\s+){0,3}?(?:hide|toggle|configure|stop|control|limit|disable|choose whether|set your|select)\b|\b(?:if|when) you (?:choose|prefer|decide) not to\b|\bdo not accept the terms\b|\b(?:limit|opt out of)\s+(?:mobile\s+)?ad tracking\b|\bopt(?:ing)?[- ]out\b[^.]{0,60}\b(?:interest-based|ads|advertising)\b/i,
    example: 'You can control whether other users see your location through your settings.',
    counterExample: 'We may use your location for security purposes.',
  },
  {
    id: 'choice-consent',
    section: 'rights',
    item: 'withdraw-consent',
    pattern: /\b(?:seek|ask for|obtain)\s+your\s+(?:\w+\s+)?consent\b|\bwe may need your consent\b|\bwill be asked to consent\b|\bunless you have (?:specifically )?consented\b/i,
    example: 'edX may also seek your consent for additional uses of information.',
    counterExample: 'By using the site you agree to these terms.',
  },
  {
    id: 'access-requests',
    section: 'rights',
    item: 'access',
    pattern: /\brights?\s+to\s+(?:\w+\s+){0,3}?access\b|\brequest\s+to\s+know\b|\bbe told about\b|\bprovide you with information regarding the existence\b|\bexported file of the personal data\b|\b(?:exercise|submit)\s+(?:\w+\s+){0,3}?(?:rights|requests?)\b[^.]{0,60}\b(?:CCPA|verifiable|personal)|\bwithin \d+ days of (?:receipt|receiving your)\b/i,
    example: 'You have the right to be told about the kind of Personal Data we maintain and how it is used.',
    counterExample: 'You can access our website from any device.',
  },
  {
    id: 'deletion-requests',
    section: 'rights',
    item: 'deletion',
    pattern: /\b(?:free|able)\s+to\s+delete\s+your\s+account\b|\brequest\s+(?:for|to)\s+delet\w*|\b(?:erase|rectify|port)\s+it\b|\bdeletes?\s+any\s+of\s+your\s+personal\b|\b(?:corrected|deleted)\b[^.]{0,40}\brecipients\b|\brecipients\b[^.]{0,60}\b(?:corrected|deleted)\b/i,
    example: "You're free to delete your account at any time and for any reason.",
    counterExample: 'Deleted posts may remain in caches of search engines.',
  },
  {
    id: 'retention-time',
    section: 'retention',
    pattern: /\b(?:retain|retention|keep|kept|stored?|save)\b[^.;]{0,80}\b(?:for (?:a|up to|\d+|one|two|three)|until|as long as|no longer|period|maximum of)\b|\b(?:do(?:es)? not|don['’]t|never)\s+(?:\w+\s+)?(?:retain|save|store|keep)\b|\b(?:last|lasts|expires?|persist)\s+(?:for\s+|after\s+|up to\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?)\b|\b(?:archives|backups|back-ups)\b|\bdeleted\s+within\b|\bdiscarded when\b|\bnot retained\b|\bobliged to keep\b|\bremain on our servers\b/i,
    example: 'Login cookies last for two days, and screen options cookies last for a year.',
    counterExample: 'We use cookies to remember your preferences.',
  },
  {
    id: 'security-protect',
    section: 'security',
    pattern: /\b(?:protect|secur|safeguard)\w*\b[^.;]{0,120}\b(?:unauthori[sz]ed|loss|misuse|alteration|destruction|breach|encrypt\w*|ssl|tls|firewalls?)\b|\b(?:technical and organi[sz]ational|technical and procedural|appropriate technical)\s+(?:security\s+)?measures\b|\bencrypt(?:s|ed|ion)?\b|\b(?:password|log-in)\b[^.]{0,60}\b(?:private|secret|hashed|robust)\b/i,
    example: 'We take every reasonable precaution to protect the data on our servers from loss, misuse, unauthorized access, disclosure, alteration, or destruction.',
    counterExample: 'We protect our brand and trademarks.',
  },
  {
    id: 'audience-region',
    section: 'audiences',
    pattern: /\b(?:if you are|you are|users?|residents?|citizens?)\s+(?:\w+\s+){0,2}?(?:located\s+)?(?:in|outside(?:\s+of)?|of)\s+(?:the\s+)?(?:United States|U\.S\.|European|EEA|EU\b|California|other jurisdictions|your country)|\bnon-U\.?S\.? users\b|\b(?:transferred|accessed)\b[^.]{0,40}\b(?:around the world|outside (?:of )?your country)|\boutside (?:of )?(?:your|the) country\b|\bcountries outside\b|\b(?:located|hosted) in (?:and managed from )?the (?:U\.S\.|United States)\b/i,
    example: 'If you are located outside the United States, your information will be transferred to and processed in the United States.',
    counterExample: 'We are a company based in Oregon.',
  },
];

/** The cues a paragraph matches. */
export function cuesOf(paragraph: string): Cue[] {
  return CUES.filter((c) => c.pattern.test(paragraph));
}
