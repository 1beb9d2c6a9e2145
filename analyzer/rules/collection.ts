import type { RuleTable } from './types';

/** The sentence (or its heading / lead-in) speaks of collecting. */
const COLLECT =
  /\b(?:collect(?:s|ed|ing)?|gather(?:s|ed)?|obtain(?:s|ed)?|receive(?:s|d)?|record(?:s|ed)?|store(?:s|d)?|log(?:s|ged)?|process(?:es|ed)?|provide|submit|enter|information (?:we|you)|data (?:we|you))\b/i;

export const collection: RuleTable = {
  section: 'collection',
  hedgeable: true,
  rules: [
    {
      id: 'collection/contact/name-email-phone',
      item: 'contact',
      pattern: /\b(?:e-?mail address(?:es)?|(?:full |first |last )?name|phone number|telephone number|postal address|mailing address|contact (?:information|details))\b/i,
      context: COLLECT,
      example: 'We may collect personally identifiable information about you, such as your full name, phone number, email address.',
      counterExamples: ['Our name is SmartAlpaca.'],
    },
  ],
};
