import type { SectionId } from '../types';

/** What a rule adds to an item besides its polarity. */
export interface RuleValue {
  value?: string | number;
  detail?: string;
}

/**
 * A rule is data: which item it speaks for, the pattern that finds it, and an example
 * sentence that the table test checks. Patterns are case-insensitive and run over one
 * sentence at a time; compile them once, at module load.
 */
export interface Rule {
  /** Unique in all tables: `section/item/name`. */
  id: string;
  item: string;
  pattern: RegExp;
  /** The sentence, its heading or its lead-in must also match this (e.g. a collection verb). */
  context?: RegExp;
  /** The match states a denial by itself ("not in the business of selling"). */
  polarity?: 'no';
  /** Values read from the match: days of a retention period, a country, a named party. */
  value?: (match: RegExpExecArray, sentence: string) => RuleValue | RuleValue[] | undefined;
  /** A sentence that must yield this item, with `examplePolarity` (default 'yes'). */
  example: string;
  examplePolarity?: 'yes' | 'no';
  /** Sentences that must not yield this item. */
  counterExamples?: string[];
}

export interface RuleTable {
  section: SectionId;
  /** "may" hedges a statement of fact; in `rights`, "you may" grants a permission instead. */
  hedgeable: boolean;
  rules: Rule[];
}
