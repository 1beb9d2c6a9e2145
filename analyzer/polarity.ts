/**
 * Polarity and hedging of a rule's match inside its sentence.
 * Negation is scoped to the clause that holds the match: a cue in an earlier clause
 * ("If you do not want emails, you can opt out") or in a fixed phrase
 * ("including but not limited to") does not negate it.
 */

// Phrases that contain a negation word but deny nothing.
const NOT_A_DENIAL =
  /\b(?:but not limited to|not limited to|without limitation|no longer|no matter|not only|whether or not|if not|notwithstanding|no later than|not less than|no less than|no more than|not more than|not exceed|nothing in this|not responsible|not control|do not control|no control)\b/gi;

const NEGATION = /\b(?:not|never|no|none|neither|nor|cannot|without|nothing)\b|n[’']t\b/i;

// Where a clause ends: strong punctuation, or a turn ("but", "however", "except", "unless").
const CLAUSE_BREAK = /[;:!?]|\.\s|,?\s\b(?:but|however|except|unless|although|though|other than|provided that|whereas)\b|—|–\s/gi;

const SUBORDINATE_START = /^\s*(?:if|when|whenever|unless|should|where|in case|once|while|whether|as long as)\b/i;

const HEDGE = /\b(?:may|might|could|from time to time|occasionally|possibly|in some cases|where applicable|as needed)\b/i;

/** The clause of `sentence` that holds the match, up to the match's end. */
export function clauseBefore(sentence: string, matchStart: number, matchEnd: number): string {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m && m.index < matchStart; m = CLAUSE_BREAK.exec(sentence)) {
    from = m.index + m[0].length;
  }
  let clause = sentence.slice(from, matchEnd);
  // "If you do not …, we …": the condition's own negation is not the main clause's.
  if (SUBORDINATE_START.test(clause)) {
    const comma = clause.indexOf(',');
    const relStart = matchStart - from;
    if (comma >= 0 && comma < relStart) clause = clause.slice(comma + 1);
  }
  return clause;
}

/** Does the clause deny what the match says? */
export function isNegated(sentence: string, matchStart: number, matchEnd: number): boolean {
  const clause = clauseBefore(sentence, matchStart, matchEnd).replace(NOT_A_DENIAL, ' ');
  return NEGATION.test(clause);
}

/** Does the clause hedge ("may", "from time to time")? */
export function isHedged(sentence: string, matchStart: number, matchEnd: number): boolean {
  return HEDGE.test(clauseBefore(sentence, matchStart, matchEnd));
}

/** Reads a bare answer ("No", "Yes") as a polarity; undefined when it is not one. */
export function answerPolarity(answer: string): 'yes' | 'no' | undefined {
  if (/^\s*(?:no|none|never|not at all|nope)\b/i.test(answer)) return 'no';
  if (/^\s*yes\b/i.test(answer)) return 'yes';
  return undefined;
}
