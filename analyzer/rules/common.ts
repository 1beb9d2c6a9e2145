/**
 * Pieces shared by the rule tables: number words, durations normalised to days, and a few
 * context patterns. Every pattern here is bounded (no `.*`, no nested quantifiers) and
 * compiled once, at module load.
 */

/** Number words a policy spells durations and ages with. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  twenty: 20, 'twenty-one': 21, 'twenty-four': 24, thirty: 30, 'thirty-six': 36, forty: 40, 'forty-five': 45,
  'forty-eight': 48, sixty: 60, 'seventy-two': 72, ninety: 90, 'one hundred eighty': 180, 'one hundred and eighty': 180,
};

// Longest first, so that "twenty-four" is not read as "twenty".
const NUMBER_WORD_SOURCE = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s'))
  .join('|');

const UNIT_DAYS: Readonly<Record<string, number>> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

/**
 * A duration: an optional bound ("up to", "within"), a number in digits or words (a word may
 * be followed by its digits: "seventy-two (72)"), an optional "business" and a unit.
 * Not an age ("13 years of age", "16 years old") and not a look-back ("the past 12 months").
 * Every match starts at a word boundary (the bound's or the number's): the source says so first,
 * and tests the number's \b before its look-back, so that V8 passes a position inside a word at
 * once instead of trying the bounds and the look-back there (the same matches in ×0.7 the time
 * over the corpus's sentences with a unit; it was the costliest rule regex).
 */
export const DURATION_SOURCE =
  '\\b(?:\\b(?:up to|within|for|after|at least|at most|no (?:longer|more) than|not (?:longer|more) than|(?:a )?(?:maximum|minimum|period) of|about|approximately|less than|over)\\s)?' +
  `\\b(?<!(?:past|preceding|last|previous|prior|next|first)\\s)(?:\\d{1,4}|${NUMBER_WORD_SOURCE})(?:\\s?\\(\\d{1,4}\\))?[\\s-](?:business\\s|working\\s|calendar\\s)?` +
  '(?:hours?|days?|weeks?|months?|years?)\\b(?!\\s(?:of age|old)\\b|-old\\b)';

const DURATION_G = new RegExp(DURATION_SOURCE, 'gi');
const PARTS = /(\d{1,4}|[a-z][a-z\s-]{0,60}?)(?:\s?\((\d{1,4})\))?[\s-](?:business\s|working\s|calendar\s)?(hour|day|week|month|year)s?\b/i;

export interface Duration {
  days: number;
  /** The phrase, lower case, spaces collapsed, spelled-out numbers with digits kept as digits. */
  phrase: string;
  index: number;
}

/** Reads one duration phrase ("up to one year", "seventy-two (72) hours") into days. */
export function parseDuration(phrase: string, index = 0): Duration | undefined {
  const p = PARTS.exec(phrase);
  if (!p) return undefined;
  const word = p[1]!.toLowerCase().replace(/\s+/g, ' ').trim();
  const count = p[2] !== undefined ? Number(p[2]) : /^\d/.test(word) ? Number(word) : lastNumberWord(word);
  if (count === undefined || !Number.isFinite(count)) return undefined;
  const unit = p[3]!.toLowerCase();
  // Whole years said in months are years: "12 months" is 365 days, "24 months" 730.
  const days = unit === 'month' && count % 12 === 0 ? (count / 12) * 365 : Math.round(count * UNIT_DAYS[unit]! * 100) / 100;
  const normal = phrase
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(?<![a-z])[a-z]+(?:-[a-z]+)?\s?\((\d{1,4})\)/, '$1')
    .trim();
  return { days, phrase: normal, index };
}

function lastNumberWord(words: string): number | undefined {
  // "up to one" → "one"; "one hundred eighty" stays whole.
  if (NUMBER_WORDS[words] !== undefined) return NUMBER_WORDS[words];
  const parts = words.split(' ');
  for (let i = 0; i < parts.length; i++) {
    const tail = parts.slice(i).join(' ');
    if (NUMBER_WORDS[tail] !== undefined) return NUMBER_WORDS[tail];
  }
  return undefined;
}

/**
 * Every duration in a sentence, in order; from `from` on, where the caller knows there is none
 * before (the match of a DURATION_SOURCE pattern: a second search from the sentence's start
 * cost as much as the first).
 */
export function durationsIn(sentence: string, from = 0): Duration[] {
  const out: Duration[] = [];
  DURATION_G.lastIndex = from;
  for (let m = DURATION_G.exec(sentence); m; m = DURATION_G.exec(sentence)) {
    const d = parseDuration(m[0], m.index);
    if (d) out.push(d);
  }
  return out;
}

/** The sentence (or its heading / lead-in) speaks of collecting. */
export const COLLECT =
  /\b(?:collect(?:s|ed|ing)?|gather(?:s|ed|ing)?|obtain(?:s|ed)?|receive(?:s|d)?|record(?:s|ed)?|store(?:s|d)?|log(?:s|ged)?|process(?:es|ed)?|provide[sd]?|submit(?:s|ted)?|enter(?:s|ed)?|solicit|capture[sd]?|ask (?:you )?for|request(?:s|ed)? (?:the following|your|certain|some|personal)|information (?:we|you)|data (?:we|you)|(?:data|information) (?:may |will |can |might |also |typically |generally )*includes?)\b/i;

/** The sentence speaks of handing data on. */
export const SHARE =
  /\b(?:share[sd]?|sharing|disclos\w*|provid\w*|transfer\w*|sell|sold|rent|trade|make\w* (?:\w+ )?available|give|pass\w*|third[- ]part(?:y|ies)|partners?|grant\w* access|handled by|processed by)\b/i;

/** The sentence speaks of what the data is used for. */
export const USE =
  /\b(?:use[sd]?|using|process(?:es|ed|ing)?|purposes?|in order to|(?:allows?|enables?|helps?|lets?) us|help us)\b/i;

/** The reader, able to do something ("you can", "you have the right to", "your ability"). */
export const READER_CAN =
  /\b(?:you|users?|individuals?|customers?|visitors?|members?|data subjects?|consumers?|residents?)\s(?:also\s|then\s|still\s|always\s|now\s)?(?:can|may|could|might|will be able|are able|have (?:the|a) right|are entitled|have the (?:ability|option)|should|wish|want|would like)\b|\b(?:help|helps|allow|allows|enable|enables|let|lets)\s(?:you|users)\s(?:to\s)?(?:access|review|correct|rectify|update|edit|delete|erase|export|download|manage)\b|\brights?\s(?:to|of)\b|\byour (?:ability|right|choice|option)s?\b|\b(?:request|ask us) to\b|\bto request\b/i;

/**
 * A denial for some data only: "we do not use information that personally identifies you to
 * display interest-based ads", "Microsoft does not use what you say in email … to target ads",
 * "we don't show personalised ads based on sensitive categories", "we do not disclose personal
 * information of Child Users for direct marketing" — or for others' own ends only ("to companies
 * for their own marketing purposes").
 * The policy may still do it with other data (Rule.narrowSentence).
 */
export const SOME_DATA_ONLY =
  /\b(?:(?:information|data) that (?:personally |directly )?identifies you|(?:data|information) (?:collected|obtained|gathered|received) (?:through|via|in connection with)|(?:submit|provide)\w* in connection with|names? (?:or|and) (?:other )?(?:contact )?information|(?:personally|directly) identifiabl\w+|what you say|contents? of your|your (?:documents|photos|files|messages|e-?mails?(?! address)|communications|conversations)|(?:sensitive|health|special categor\w+) (?:personal )?(?:information|data)|sensitive categor\w+|child users?|(?:information|data) (?:of|from|about) (?:children|minors|kids)|for the purpose of enabling them|for their own (?:direct )?(?:marketing|advertising|commercial|purposes))\b/i;
