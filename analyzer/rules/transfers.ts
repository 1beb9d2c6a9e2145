import type { RuleTable, RuleValue } from './types';

/**
 * Where the data goes. `countries`: each country or region named in a sentence about where
 * data is stored, processed or transferred. A country named there is a place the data is or
 * may be, even in a denial: "we do not transfer your data outside the United States" says it
 * stays in the United States. So the rule has a fixed polarity 'yes' — except for a country
 * that a denial sends data *to* or keeps it out of ("we do not transfer your data to the
 * United States", "never stored in China"): that value is 'no'.
 */

/** The sentence speaks of where data is kept or sent. */
const WHERE =
  /\b(?:transfer\w*|stored?|storage|process(?:ed|ing)?|hosted|hosting|located|servers?|data ?cent(?:er|re)s?|outside|cross[- ]border|international(?:ly)?|countr(?:y|ies)|jurisdictions?|facilities|based in)\b/i;

/**
 * Countries and regions, case-sensitive (so that "us" and "uk." in prose are not read as
 * countries), with the name the label shows. Scanned only in sentences that match WHERE.
 */
export const COUNTRIES: readonly [RegExp, string][] = [
  [/\b(?:United States(?: of America)?|U\.S\.A?\.?|USA|US(?= (?:law|laws|servers?|data|companies|government|and|or|to|,)))(?![a-z])/g, 'United States'],
  [/\b(?:Europe(?:an Union|an Economic Area)?|EU|EEA)\b(?![- ]US Privacy| Data Protection Directive)/g, 'Europe'],
  [/\b(?:United Kingdom|U\.K\.?|UK|Great Britain|England)\b/g, 'United Kingdom'],
  [/\bNew Zealand\b/g, 'New Zealand'],
  [/\bCanad(?:a|ian)\b/g, 'Canada'],
  [/\bAustralia\b/g, 'Australia'],
  [/\bSwitzerland\b/g, 'Switzerland'],
  [/\bGermany\b/g, 'Germany'],
  [/\bFrance\b/g, 'France'],
  [/\bIreland\b/g, 'Ireland'],
  [/\b(?:the )?Netherlands\b/g, 'Netherlands'],
  [/\bIndia\b/g, 'India'],
  [/\bChina\b/g, 'China'],
  [/\bJapan\b/g, 'Japan'],
  [/\bSingapore\b/g, 'Singapore'],
  [/\bIsrael\b/g, 'Israel'],
  [/\bBrazil\b/g, 'Brazil'],
  [/\bRussia(?:n Federation)?\b/g, 'Russia'],
  [/\bHong Kong\b/g, 'Hong Kong'],
  [/\b(?:South )?Korea\b/g, 'South Korea'],
  [/\bSouth Africa\b/g, 'South Africa'],
  [/\bMexico\b/g, 'Mexico'],
  [/\bSpain\b/g, 'Spain'],
  [/\bItaly\b/g, 'Italy'],
  [/\bSweden\b/g, 'Sweden'],
  [/\bPhilippines\b/g, 'Philippines'],
  [/\bAustria\b/g, 'Austria'],
  [/\bBelgium\b/g, 'Belgium'],
  [/\bDenmark\b/g, 'Denmark'],
  [/\bFinland\b/g, 'Finland'],
  [/\bNorway\b/g, 'Norway'],
  [/\bPoland\b/g, 'Poland'],
  [/\bPortugal\b/g, 'Portugal'],
  [/\bLuxembourg\b/g, 'Luxembourg'],
  [/\bGreece\b/g, 'Greece'],
  [/\bHungary\b/g, 'Hungary'],
  [/\bRomania\b/g, 'Romania'],
  [/\bBulgaria\b/g, 'Bulgaria'],
  [/\bCroatia\b/g, 'Croatia'],
  [/\bEstonia\b/g, 'Estonia'],
  [/\bLatvia\b/g, 'Latvia'],
  [/\bLithuania\b/g, 'Lithuania'],
  [/\bIceland\b/g, 'Iceland'],
  [/\bUkraine\b/g, 'Ukraine'],
  [/\bArgentina\b/g, 'Argentina'],
  [/\bChile\b/g, 'Chile'],
  [/\bColombia\b/g, 'Colombia'],
  [/\bTaiwan\b/g, 'Taiwan'],
  [/\bVietnam\b/g, 'Vietnam'],
  [/\bThailand\b/g, 'Thailand'],
  [/\bMalaysia\b/g, 'Malaysia'],
  [/\bIndonesia\b/g, 'Indonesia'],
  [/\bPakistan\b/g, 'Pakistan'],
  [/\bEgypt\b/g, 'Egypt'],
  [/\bNigeria\b/g, 'Nigeria'],
  [/\bKenya\b/g, 'Kenya'],
  [/\bSerbia\b/g, 'Serbia'],
  [/\bCosta\sRica\b/g, 'Costa Rica'],
  [/\bUruguay\b/g, 'Uruguay'],
  [/\bPeru\b/g, 'Peru'],
  [/\bCzech Republic\b|\bCzechia\b/g, 'Czech Republic'],
  [/\b(?:Turkey|Türkiye)\b(?! (?:sandwich|breast|dinner))/g, 'Turkey'],
  [/\b(?:United Arab Emirates|UAE)\b/g, 'United Arab Emirates'],
  [/\bSaudi Arabia\b/g, 'Saudi Arabia'],
  [/\b(?:Asia[- ]Pacific|APAC)\b/g, 'Asia-Pacific'],
  [/\bLatin America\b/g, 'Latin America'],
  [/\bMiddle East\b/g, 'Middle East'],
];

// All of COUNTRIES in one pass: group k+1 is COUNTRIES[k]. Every name starts with a capital
// (or is "the Netherlands"): the lookahead lets V8 skip the other positions without trying the
// 67 branches there (the pass takes half the time; the matches are the same). It reads on past
// a "t" ("the N"): "the", "to", "that" are everywhere, the Netherlands are not (−15% again).
export const ANY_COUNTRY = new RegExp(`(?=[A-Z]|the N)(?:${COUNTRIES.map(([re]) => `(${re.source})`).join('|')})`, 'g');

/** A denied transfer: "we do not transfer / never store … to / in <country>". */
const DENIED_TRANSFER = /\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}?(?:transfer|send|store|process|host|move)\w*\b/i;
const TO_OR_IN = /\b(?:to|into|in)\s+(?:the\s+)?$/i;

function countries(_m: RegExpExecArray, sentence: string): RuleValue[] {
  const found: RuleValue[] = [];
  const mayDeny = DENIED_TRANSFER.test(sentence);
  ANY_COUNTRY.lastIndex = 0;
  for (let m = ANY_COUNTRY.exec(sentence); m; m = ANY_COUNTRY.exec(sentence)) {
    const k = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const name = COUNTRIES[k]![1];
    if (found.some((f) => f.value === name)) continue;
    // "not to the United States" denies that country; "not outside Europe" keeps the data there.
    const before = mayDeny ? sentence.slice(Math.max(0, m.index - 60), m.index) : '';
    const denied = mayDeny && TO_OR_IN.test(before) && DENIED_TRANSFER.test(before);
    found.push(denied ? { value: name, polarity: 'no' } : { value: name });
  }
  return found;
}

/** Named transfer mechanisms, with the name the label shows (rubric.ts flags Shield and Safe Harbor). */
const SAFEGUARDS: readonly [RegExp, string][] = [
  [/\bprivacy shield\b/i, 'Privacy Shield'],
  [/(?<!coppa )\bsafe harbou?r\b(?! (?:act|program|provision))/i, 'Safe Harbor'],
  [/\b(?:standard contractual clauses|model (?:contract(?:ual)? )?clauses|SCCs)\b/i, 'Standard Contractual Clauses'],
  [/\badequacy decisions?\b|\b(?:deemed|recogni[sz]ed as) (?:to )?(?:provide|providing|have|having) (?:an )?adequate\b/i, 'adequacy decision'],
  [/\bbinding corporate rules\b/i, 'Binding Corporate Rules'],
  [/\bdata privacy framework\b/i, 'Data Privacy Framework'],
];

function mechanisms(_m: RegExpExecArray, sentence: string): RuleValue[] {
  return SAFEGUARDS.filter(([re]) => re.test(sentence)).map(([, value]) => ({ value }));
}

/** "adequate safeguards" is a transfer safeguard only in a sentence about transfers. */
const TRANSFER = /\b(?:transfer\w*|outside|countr(?:y|ies)|international(?:ly)?|cross[- ]border|jurisdictions?)\b/i;
function generic(_m: RegExpExecArray, sentence: string): RuleValue | undefined {
  return TRANSFER.test(sentence) ? { value: 'appropriate safeguards' } : undefined;
}

export const transfers: RuleTable = {
  section: 'transfers',
  hedgeable: true,
  rules: [
    {
      id: 'transfers/countries/named',
      item: 'countries',
      pattern: WHERE,
      polarity: 'yes',
      value: countries,
      example: 'Your information may be stored and processed in the United States, Europe, New Zealand, or any other country.',
      counterExamples: ['Contact us if you have questions about our UK office.', 'The Children’s Online Privacy Protection Act of the United States protects children.'],
    },
    {
      id: 'transfers/safeguards/mechanism',
      item: 'safeguards',
      pattern: /\b(?:privacy shield|safe harbou?r|standard contractual clauses|model (?:contract(?:ual)? )?clauses|SCCs|adequacy decisions?|binding corporate rules|data privacy framework|(?:deemed|recogni[sz]ed as) (?:to )?(?:provide|providing|have|having) (?:an )?adequate)\b/i,
      value: mechanisms,
      example: 'We self-certify compliance with EU-US Privacy Shield at the U.S. Department of Commerce.',
      counterExamples: ['The kidSAFE program is an FTC-approved COPPA safe harbor program.'],
    },
    {
      id: 'transfers/safeguards/adequate',
      item: 'safeguards',
      pattern: /\b(?:adequate|appropriate|suitable) (?:safeguards|protections?|measures|level of protection)\b/i,
      value: generic,
      example: 'We ensure such transfers comply with applicable data protection laws and provide adequate safeguards for your data.',
      counterExamples: ['We take appropriate measures to keep the site running.'],
    },
  ],
};
