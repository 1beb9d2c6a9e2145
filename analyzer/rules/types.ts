import type { SectionId } from '../types';

/** What a rule adds to an item besides its polarity. */
export interface RuleValue {
  value?: string | number;
  detail?: string;
  /** This value's own polarity, when it differs from the rule's ("not to the United States"). */
  polarity?: 'yes' | 'no';
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
  /**
   * Fixed polarity. 'no': the match states a denial by itself ("must be at least 16").
   * 'yes': the match states the item whatever negation surrounds it, because the item is
   * itself a negative statement ("we cannot guarantee", "we will not discriminate") or a
   * mention ("California residents", "outside the United States").
   */
  polarity?: 'no' | 'yes';
  /**
   * A denial in a sentence that also matches this is about something else and gives no finding:
   * "you may not opt out of service messages" denies nothing about marketing.
   */
  denialScope?: RegExp;
  /**
   * A denial whose match (and the 100 characters after it) matches this is narrower than the
   * item, and does not contradict a general "yes": "we do not sell your e-mail address to spammers".
   */
  narrowDenial?: RegExp;
  /**
   * A denial by this rule is limited to the speaker ("we do not track you across sites"): it
   * states the item when nothing else does, but does not contradict a general "yes" (partners
   * that do). Like a denial under a condition (engine: scoped).
   */
  scopedDenial?: boolean;
  /**
   * The table's narrow verbs deny this item itself (RuleTable.narrowVerbs): cookies are kept by
   * nature ("we do not store cookies" denies them), and a sale is what "we do not sell" denies.
   */
  narrowVerbIsItem?: boolean;
  /** Like narrowDenial, tested on the whole sentence: "we do not store your card number; our payment processor does". */
  narrowSentence?: RegExp;
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
  /**
   * For tables whose patterns name things (data types, recipients): a negation denies a match
   * only when it governs one of these verbs ("we do not *collect* your location"); a sentence
   * whose negation is about something else ("we have no control over these cookies") says
   * nothing either way, and gives no finding. Without it, any negation of the clause denies.
   */
  denialVerbs?: RegExp;
  /**
   * Verbs whose denial is narrower than the table's items: keeping, in collection ("we do not
   * store your card number", "your IP address is never logged": it may still be collected, and
   * passed on); selling, in sharing ("we do not sell it to advertisers": it may still be shared
   * with them). Such a denial states the item when nothing else does, but does not contradict a
   * general "yes". Tested on each denied verb, or on the words of a passive denial ("is not
   * stored"); all of them must be narrow ("we do not sell or share" denies sharing).
   */
  narrowVerbs?: RegExp;
  rules: Rule[];
}
