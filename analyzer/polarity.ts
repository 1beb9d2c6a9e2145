/**
 * Polarity and hedging of a rule's match inside its sentence.
 * Negation is scoped to the clause that holds the match: a cue in an earlier clause
 * ("If you do not want emails, you can opt out") or in a fixed phrase
 * ("including but not limited to") does not negate it. All tests here are single regex
 * passes over one sentence: linear in its length.
 */
import { WORD_START } from './literals';

// Phrases that contain a negation word but deny nothing.
const NOT_A_DENIAL =
  /\b(?:but not limited to|not limited to|without limitation|no longer|no matter|not only|whether or not|if not|notwithstanding|no later than|not less than|no less than|no more than|not more than|not exceed|nothing in this|not responsible|not control|do not control|no control|do not sell(?: or share)? my|(?:choose|chose|elect|decide|decision|opt|prefer|wish|want|ask us|tell us|request that we|instruct us|direct us) not to|not necessarily|without (?:prior |further |additional |any )?(?:notice|notification|charge|cost|delay|limitation|prejudice))\b/gi;

// "Do Not Track" names a browser signal; it denies nothing. Title case is always the name;
// in lower case only when a noun that goes with the signal follows.
const DNT_NAME = /\bDo[- ]Not[- ]Track\b|\bdo[- ]not[- ]track(?=["”’']?\s*(?:\(DNT\)\s*)?(?:signals?|requests?|settings?|preferences?|features?|mechanisms?|headers?|standards?|options?|browser|technolog))/g;

const NEGATION = /\b(?:not|never|no|none|neither|nor|cannot|without|nothing|refrain(?:s|ed)? from|free of(?! charge| cost))\b|n[’']t\b/i;

// Where a clause ends: strong punctuation, or a turn ("but", "however", "except", "unless"),
// or ", and we …" (a new subject after a coordinating conjunction).
const CLAUSE_BREAK =
  /[;:!?]|\.\s|,?\s\b(?:but|however|except|unless|although|though|other than|provided that|whereas)\b|,\s(?:and|or|so)\s(?=(?:we|you|they|our|it|this|these|such)\b)|—|–\s/gi;

const SUBORDINATE_START = /^\s*(?:if|when|whenever|unless|should|where|in case|once|while|whether|as long as)\b/i;

// A passive denial after the match, within its clause: "your IP address … are never stored",
// "cookies are not used". In a table that names its denial verbs (RuleTable.denialVerbs), the
// engine keeps it only when the participle is one of them: "your e-mail address is not shared"
// denies sharing, not collecting. Not across a bracket or into a condition: "User IDs (if
// Single Sign On is not used)".
const PASSIVE_DENIAL =
  /^(?:(?!\b(?:if|when|unless|whether)\b)[^.;:!?(]){0,60}?\b(?:is|are|was|were|be|been|being)\s+(?:not|never)\s+(?:\w+ly\s+)?(?:collected|stored|gathered|recorded|logged|retained|kept|obtained|sold|rented|traded|used|placed|shared|disclosed|transferred)\b/i;
const RELATIVE = /\b(?:which|that|who|whom|whose)\b/i;

const HEDGE = /\b(?:may|might|could|from time to time|occasionally|possibly|in some cases|where applicable|as needed)\b/i;

// A statement limited to a case ("If you are located in Europe, …", "In the event that …").
const CONDITION_START = /^\W*(?:(?:however|but|also|additionally|in addition|furthermore|moreover|(?:please )?note that),?\s+)?(?:if|in the event|in case|unless|should|where you|to the extent)\b/i;
// A condition anywhere in the sentence.
const CONDITION = /^\W*for (?!example|instance|more|further|this|these|that|those|the purposes?|any reason|all)[^,.;:]{3,60},|\b(?:if|unless|while you|when(?:ever)?|where (?:required|necessary|permitted|applicable|appropriate)|in (?:some|certain|limited|rare) (?:cases|circumstances)|in the (?:ordinary|normal|regular|usual) course|subject to)\b/i;
// A statement with an exception ("except as described", "without your consent").
// "without (verifiable) parental consent", "without the permission of a parent": the denial of
// children's data leaves room for what a parent allows.
const EXCEPTION =
  /\b(?:except|other than|apart from|unless|save for|without your (?:prior |express |explicit )?consent|without (?:the )?(?:prior |verifiable |verified |express )?(?:parental|a parent[’']s|their parent[’']s) (?:consent|permission|authori[sz]ation)|without (?:the )?(?:prior |verifiable |verified |express )?(?:consent|permission|authori[sz]ation) (?:of|from) (?:a |the |their |his or her |the child[’']s )?(?:parents?|legal guardians?|guardians?)|only (?:if|when|where|with|to the extent))\b/i;
// A practice supposed by the reader or discovered by mistake: "contact us if you believe we have
// collected personal data from a minor" states no collection.
const SUPPOSED = /\b(?:if|should|in case|where) (?:you|we|a parent|parents) (?:believe|think|suspect|become aware|learn|discover|find out|are aware|have reason to believe)\b/i;

// An aside inside a sentence: a parenthesis, a relative clause between commas, a dash pair.
// A negation inside it ("We delete this data, which cannot be traced back to you, after 7
// days") speaks about the aside, not about what follows it.
const ASIDE = /\([^()]{0,200}\)|,\s(?:which|who|whom|whose|that)\b[^,;.()]{0,150},|—[^—]{0,150}—/gi;

const MAIN_CLAUSE = /\b(?:(?:you|we|they|users?)\s(?:may|can|will|should|must|might|could)|please)\b/gi;
const SUBORDINATE_AT = new RegExp(SUBORDINATE_START.source.replace(/^\^/, ''), 'iy');
const NOT_A_DENIAL_G = new RegExp(NOT_A_DENIAL.source, 'gi');
const NEGATION_G = new RegExp(NEGATION.source, 'gi');
const HEDGE_G = new RegExp(HEDGE.source, 'gi');

/**
 * What polarity needs to know of a sentence, found once and only when asked: where its
 * negation and hedge cues are (negation words inside "not limited to" or "Do Not Track" left
 * out) and where its clauses start. A sentence's findings then cost a few comparisons each;
 * a sentence without cues never pays for its clause breaks.
 */
class Cues {
  private breaksCache: number[] | undefined;
  private negationsCache: number[] | undefined;
  private hedgesCache: number[] | undefined;
  /** The scan prepared with this text, when a caller gave one (hintCues). */
  source: { source: CueScan; ids: CueIds } | undefined;
  private asidesCache: number[] | undefined;

  constructor(readonly text: string) {}

  /** Pairs: [break start, clause start after it]. */
  get breaks(): number[] {
    return (this.breaksCache ??= spansOf(CLAUSE_BREAK, this.text));
  }

  /** Pairs: [start, end] of each negation cue. */
  get negations(): number[] {
    if (this.negationsCache) return this.negationsCache;
    const scan = this.scan();
    const all = scan ? scan.source.spans(scan.ids.negation) : spansOf(NEGATION_G, this.text);
    if (!all.length) return (this.negationsCache = all);
    // Every match of DNT_NAME holds "rack" ("Track", "track"): most sentences skip its pass.
    const spans = (this.text.includes('rack') ? spansOf(DNT_NAME, this.text) : []).concat(scan ? scan.source.spans(scan.ids.notADenial) : spansOf(NOT_A_DENIAL_G, this.text));
    const negations: number[] = [];
    for (let i = 0; i < all.length; i += 2) {
      const start = all[i]!;
      let inside = false;
      for (let k = 0; k < spans.length && !inside; k += 2) inside = start >= spans[k]! && start < spans[k + 1]!;
      if (!inside) negations.push(start, all[i + 1]!);
    }
    return (this.negationsCache = negations);
  }

  get hedges(): number[] {
    if (this.hedgesCache) return this.hedgesCache;
    const scan = this.scan();
    return (this.hedgesCache = scan ? scan.source.spans(scan.ids.hedge) : spansOf(HEDGE_G, this.text));
  }

  /** The hinted scan, while it is still prepared with this text. */
  private scan(): { source: CueScan; ids: CueIds } | undefined {
    // (The hint object is reused sentence after sentence: the check holds for its present scan.)
    const s = this.source;
    return s && s.source.prepared === this.text ? s : undefined;
  }

  /** Pairs: [start, end] of each aside — "(…)", ", which …," or "— … —". */
  get asides(): number[] {
    return (this.asidesCache ??= spansOf(ASIDE, this.text));
  }
}

let last: Cues | undefined;

function cuesOf(sentence: string): Cues {
  if (last && last.text === sentence) return last;
  last = new Cues(sentence);
  if (hint && sentence === hint.sentence && hint.source.prepared === sentence) last.source = hint;
  return last;
}

/**
 * The cue regexes, each with literals (lower case, WORD_START: starts a word) one of which every
 * match holds — for NEGATION and HEDGE, starts with. A caller that scans its text for literals
 * anyway (analyzer/engine.ts, through the prefilter's scan) registers them (MultiMatcher
 * addLiterals, add) and passes the prepared matcher with `hintCues`: a sentence without the
 * literals then skips the regex, and one with them runs it only where they start.
 * tests/unit/polarity.test.ts checks each list against its regex.
 */
export const CUES = {
  negation: {
    re: NEGATION,
    literals: [...['no', 'never', 'neither', 'cannot', 'without', 'refrain', 'free of'].map((w) => WORD_START + w), "n't", 'n’t'] as readonly string[],
  },
  hedge: {
    re: HEDGE,
    literals: ['may', 'might', 'could', 'from time to time', 'occasionally', 'possibly', 'in some cases', 'where applicable', 'as needed'].map((w) => WORD_START + w) as readonly string[],
  },
  supposed: { re: SUPPOSED, literals: ['believe', 'think', 'suspect', 'become aware', 'learn', 'discover', 'find out', 'are aware'] as readonly string[] },
  notADenial: new RegExp(NOT_A_DENIAL.source, 'i'),
} as const;

/** A literal scan prepared with one text (analyzer/prefilter.ts, MultiMatcher). */
export interface CueScan {
  readonly prepared: string;
  candidate(i: number): boolean;
  spans(i: number): number[];
}

/** Where the scan has each cue: negation and hedge (addLiterals with starts), supposed (addLiterals), notADenial (add). */
export interface CueIds {
  negation: number;
  hedge: number;
  supposed: number;
  notADenial: number;
}

let hint: { sentence: string; source: CueScan; ids: CueIds } | undefined;

/** `source` is prepared with `sentence`: its cues are read from it while it stays so. */
export function hintCues(sentence: string, source: CueScan, ids: CueIds): void {
  if (hint) {
    hint.sentence = sentence;
    hint.source = source;
    hint.ids = ids;
  } else hint = { sentence, source, ids };
}

/** Can SUPPOSED match `sentence`? False only when the hinted scan says it lacks its literals. */
function maySuppose(sentence: string): boolean {
  return !(hint && sentence === hint.sentence && hint.source.prepared === sentence && !hint.source.candidate(hint.ids.supposed));
}

function stripNonDenials(clause: string): string {
  return clause.replace(DNT_NAME, ' ').replace(NOT_A_DENIAL, ' ');
}

function spansOf(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index, m.index + m[0].length);
    if (!m[0].length) re.lastIndex++;
  }
  return out;
}

/** Where the clause that holds a match starting at `matchStart` begins. */
function clauseStart(cues: Cues, matchStart: number, matchEnd = matchStart): number {
  let from = 0;
  const b = cues.breaks;
  for (let i = 0; i < b.length && b[i]! < matchStart; i += 2) from = b[i + 1]!;
  // "If you do not …, we …": the condition's own negation is not the main clause's.
  SUBORDINATE_AT.lastIndex = from;
  if (SUBORDINATE_AT.test(cues.text)) {
    const comma = cues.text.indexOf(',', from);
    // A match that spans the comma ("no business need …, we delete it") is read in the main clause.
    if (comma >= 0 && (comma < matchStart || (comma < matchEnd && matchEnd - comma > 3))) from = comma + 1;
    else {
      // No comma: the main clause starts at its subject and modal ("If X is not addressed you may contact …").
      MAIN_CLAUSE.lastIndex = from;
      const main = MAIN_CLAUSE.exec(cues.text);
      if (main && main.index < matchStart) from = main.index;
    }
  }
  return from;
}

/** Is the cue at `at` inside an aside that closes before `before`? */
function inClosedAside(cues: Cues, at: number, before: number): boolean {
  if (!/[(,—]/.test(cues.text)) return false;
  const a = cues.asides;
  for (let i = 0; i < a.length; i += 2) if (at > a[i]! && at < a[i + 1]! && a[i + 1]! <= before) return true;
  return false;
}

function anyWithin(spans: number[], from: number, to: number): boolean {
  for (let i = 0; i < spans.length; i += 2) if (spans[i]! >= from && spans[i + 1]! <= to) return true;
  return false;
}

/** The clause of `sentence` that holds the match, up to the match's end. */
export function clauseBefore(sentence: string, matchStart: number, matchEnd: number): string {
  return sentence.slice(clauseStart(cuesOf(sentence), matchStart), matchEnd);
}

/** Does the clause deny what the match says? */
export function isNegated(sentence: string, matchStart: number, matchEnd: number): boolean {
  return negationOf(sentence, matchStart, matchEnd) !== undefined;
}

/**
 * The negation that denies the match: the last negation cue of its clause before the match's
 * end ('before'), or a passive denial after it ("… are never stored": 'passive').
 */
export function negationOf(
  sentence: string,
  matchStart: number,
  matchEnd: number,
): { kind: 'before' | 'passive'; clause: number; start: number; end: number } | undefined {
  const cues = cuesOf(sentence);
  const negations = cues.negations;
  if (!negations.length) return undefined;
  const clause = clauseStart(cues, matchStart, matchEnd);
  if (anyWithin(negations, 0, matchEnd)) {
    let k = -1;
    for (let i = 0; i < negations.length; i += 2) {
      if (negations[i]! >= clause && negations[i + 1]! <= matchEnd && !inClosedAside(cues, negations[i]!, matchStart)) k = i;
    }
    if (k >= 0) return { kind: 'before', clause, start: negations[k]!, end: negations[k + 1]! };
  }
  // A passive denial after the match: only where a cue follows.
  if (!anyWithin(negations, matchEnd, matchEnd + 80)) return undefined;
  const passive = PASSIVE_DENIAL.exec(sentence.slice(matchEnd, matchEnd + 120));
  return passive !== null && !RELATIVE.test(passive[0]) ? { kind: 'passive', clause, start: matchEnd, end: matchEnd + passive[0].length } : undefined;
}

// Words that may stand before a denied noun without narrowing it: "we do not collect *any* cookies".
const DETERMINER = /^(?:a|an|the|any|all|your|our|their|his|her|its|such|these|those|this|that|personal|personally|identifiable|or|and|of|with|to)$/i;
// What narrows a denial after the noun: "we do not use cookies *for advertising*".
const NARROWING =
  /^\s*(?:\([^)]{0,80}\)\s*)?(?:,\s*)?(?:for (?!any (?:reason|purpose))|in order to|so that|that|which|other than|beyond|except|unless|based on|directly|on (?:our|this|its|the) (?:own )?(?:site|website|web site|services?|applications?|apps?|platform)|to (?:identify|track|collect|obtain|gather|transmit|record|profile|target|personali[sz]e|advertis|market|serve|deliver|show|sell)|[^.]{0,40}\bunsolicited\b|(?:about|from|of|to) (?:any )?(?:children|minors|kids|(?:anyone|persons?|individuals?|users?|people) (?:under|below|younger)))/i;

// A purpose after the denied thing and its co-ordinates: "we do not use cookies or web beacons
// to collect personal information" (cookies may be used otherwise).
const PURPOSE_AFTER = /^[^.;:]{0,30}?\bto (?:collect|gather|obtain|store|track|identify) (?:any |your )?(?:personal(?:ly identifiable)?|identifiable|private) (?:information|data)\b/i;

/**
 * Is a denial of a named thing narrower than the thing? "We do not use *persistent* cookies",
 * "we do not use cookies *for profiling*": the policy may still use cookies. `verbs` are the
 * table's denial verbs (the word before the noun may be one: "we do not *collect* cookies").
 */
export function isNarrowDenial(sentence: string, matchStart: number, matchEnd: number, verbs: RegExp): boolean {
  // A match that starts with a preposition ("from anyone under 13") follows its noun, not a modifier.
  const startsWithPreposition = /^(?:from|of|about|to|with|for|on|by|in)\b/i.test(sentence.slice(matchStart, matchStart + 6));
  const before = startsWithPreposition ? null : /(?<![a-z’'-])([a-z’'-]+)[^a-z’'-]*$/i.exec(sentence.slice(Math.max(0, matchStart - 40), matchStart));
  const word = before?.[1];
  if (word && !DETERMINER.test(word) && !verbs.test(word) && !FILLER.test(word) && !NEGATION.test(word)) return true;
  const after = sentence.slice(matchEnd, matchEnd + 100);
  return NARROWING.test(after) || PURPOSE_AFTER.test(after);
}

// Who speaks: the policy's owner, as "we", "our website", or by its name.
const OWNER_SUBJECT =
  /^(?:we|us|I)\b|^our (?:own )?(?:web ?sites?|sites?|services?|apps?|applications?|company|platforms?|products?|software|team|stores?|shops?|servers?|systems?)\b/i;
const NAME_SUBJECT = /^(?:[A-Z][\w.&'’-]*\s+){1,4}(?:(?:does|do|did|will|shall|would|can|could|is|are|has|have|may|might|must|also|currently|only|never|not)\b.*)?$/;
const OTHER_SUBJECT =
  /\b(?:you|your|users?|visitors?|members?|customers?|they|them|their|third|partners?|providers?|processors?|advertisers?|vendors?|companies|developers?|creators?|cookies?|pixels?|beacons?|browsers?|laws?|regulations?|search engines|sites?|websites?|parents?|children|minors|kids|anyone|it|this|these|those|such|some|certain|many|most|all|any|each|without|if|when|unless|although|the|a|an)\b/i;
const LEAD_WORDS = /^\W*(?:(?:however|but|also|additionally|in addition|furthermore|moreover|as such|therefore|thus|of course|currently|at this time|at present|(?:please )?note(?: that)?|importantly|again|and|or|so)\b,?\s*)*/i;
const APPOSITIVE =
  /^(?:such as|including|like|e\.g\.|i\.e\.|for (?:example|instance)|or|and|as well as|etc\.?|(?:do|does|did|will|would|may|might|can|could|shall|should|must|also|use|uses|collect|collects|share|shares|is|are|have|has)\b)/i;
const URL_G = /\bhttps?:\/\/[^\s)\]]+/g;
// A passive statement: "your information is shared with", "will be kept" (not a name given:
// "this is called interest-based advertising").
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?!(?:called|known|referred|termed|named|defined)\b)(?:\w+(?:ed|en|wn|ld|nt)|kept|made|sold|held|built|set|put|read)\b/i;

/**
 * Is the policy's owner the one who speaks in `region` — the words of a clause before its
 * negation, or before the thing it affirms? Its subject (the last stretch between commas:
 * "To help protect your privacy, *we* do not…") is "we", "our website", or a name ("Khan
 * Academy does not sell"); "these cookies do not", "our partners may", "you may not", "the
 * information we collect about gift recipients is not" are someone else's, or something's.
 * Measured on 90 flagged contradictions of the corpus (README): one was real, and most rested
 * on a statement that was not the owner's of the whole thing.
 */
export function ownerSpeaks(region: string, denial = false): boolean {
  const parts = region.split(',');
  let subject = '';
  for (let i = parts.length - 1; i >= 0 && !subject; i--) {
    const part = parts[i]!.replace(LEAD_WORDS, '').trim();
    // An example or a co-subject after the subject ("We use tools, such as Google Analytics, to"),
    // or the verb that follows it ("We, or these partners, do not"): the subject is further back.
    if (!APPOSITIVE.test(part)) subject = part;
  }
  // A denial's subject stands just before it ("we do not", "our website will never"): "we send
  // data to companies we do not own" denies nothing of what it sends.
  if (denial && subject.split(/\s+/).length > 5) return false;
  if (OWNER_SUBJECT.test(subject)) return true;
  return NAME_SUBJECT.test(subject) && !OTHER_SUBJECT.test(subject.split(/\s+(?=(?:does|do|did|will|shall|would|can|could|is|are|has|have|may|might|must|also|currently|only|never|not)\b)/)[0]!);
}

/**
 * Does the owner deny (ownerSpeaks over the clause before the negation at `cueStart`)? A
 * passive denial ("… is never stored") names no one; "no cookies are used" is a general denial.
 */
export function ownerDenies(sentence: string, clause: number, cueStart: number, matchStart: number): boolean {
  const region = sentence.slice(clause, cueStart);
  // "No tracking cookies will be dropped": a clause that opens by denying the thing is general
  // ("No personal information is contained in these pixels", "none of our Services is intended
  // for children" are not: the thing comes later).
  if (/^\W*$/.test(region)) return /^no\s+(?:[\w-]+\s+){0,2}$/i.test(sentence.slice(cueStart, matchStart));
  return ownerSpeaks(region, true);
}

/**
 * Does the owner affirm the match — "we use cookies", "your data is shared with advertisers"
 * (passive: the owner's own act, told of the data), a list item under "We collect:" — rather
 * than someone else ("these companies may place cookies") or a definition ("Cookies are small
 * text files")?
 */
export function ownerAffirms(sentence: string, matchStart: number, matchEnd: number, leadIn: string, heading: string): boolean {
  // A link's "https:" is no clause break here (same length: the offsets hold).
  const plain = sentence.includes('://') ? sentence.replace(URL_G, (u) => 'x'.repeat(u.length)) : sentence;
  const clause = clauseStart(cuesOf(plain), matchStart, matchEnd);
  const region = plain.slice(clause, matchStart);
  if (ownerSpeaks(region) || PASSIVE.test(region) || PASSIVE.test(sentence.slice(matchEnd, matchEnd + 40))) return true;
  // A list item or a fragment ("Email address") under "We collect:" or "Information we collect".
  const under = leadIn || (FRAGMENT.test(sentence) ? heading : '');
  return /\b(?:we|us|our)\b/i.test(under);
}

// A fragment: a few words and no verb of a clause.
const FRAGMENT = /^(?![\s\S]*\b(?:is|are|was|were|may|might|can|could|will|would|do|does|use|uses|collect|collects)\b)\W*(?:\S+\s+){0,14}\S*$/i;

/** Is the reader the subject of the clause before the negation ("you can set your browser not to accept cookies")? */
export function readerDenies(sentence: string, clause: number, cueStart: number): boolean {
  return /\b(?:you|users?|visitors?)\b(?!['’])/i.test(sentence.slice(clause, cueStart));
}

// Words that may stand between a negation and its verb: "do not currently collect".
const FILLER = /^(?:and|or|we|you|they|it|i|will|shall|would|can|could|do|does|did|to|be|been|have|has|ever|also|currently|knowingly|intentionally|itself|themselves|even|generally|otherwise|actively|directly|\w+ly)$/i;

/**
 * Does the negation that ends at `cueEnd` govern one of `verbs` — the verbs whose denial denies
 * the match ("we do not *collect* your e-mail address")? Read over the first words after the
 * cue, up to the match's end. "We have no control over cookies" denies nothing about cookies.
 */
export function deniesVerb(sentence: string, cueEnd: number, matchEnd: number, verbs: RegExp): boolean {
  return deniedVerbs(sentence, cueEnd, matchEnd, verbs) !== undefined;
}

/**
 * The verbs of `verbs` that the negation ending at `cueEnd` governs (deniesVerb), each one
 * denied: "do not access and do not store" gives access and store; undefined when none is.
 */
export function deniedVerbs(sentence: string, cueEnd: number, matchEnd: number, verbs: RegExp): string[] | undefined {
  const between = sentence.slice(cueEnd, Math.min(Math.max(cueEnd, matchEnd), cueEnd + 200)).replace(/\bin the business of\b/i, ' ');
  const words = between.match(/[a-z’'-]+/gi) ?? [];
  // "does not store personal information in the cookies": the thing is where, not what, is denied.
  if (PLACE_OF_DENIED.test(between)) return undefined;
  let found: string[] | undefined;
  for (let i = 0; i < words.length && i < 4; i++) {
    const w = words[i]!;
    // "The Google Tag Manager does not require the use of cookies" denies no use.
    if (NOT_NEEDED.test(w)) return undefined;
    if (verbs.test(w)) {
      found = [w];
      break;
    }
    if (!FILLER.test(w)) break;
  }
  // A denied verb coordinated after another: "we will never spam you or advertise to you",
  // "we do not process, record, or maintain".
  const coordinated = COORDINATED.exec(between);
  if (coordinated !== null && verbs.test(coordinated[1]!)) (found ??= []).push(coordinated[1]!);
  return found;
}

// Only for a container of data (cookies, local storage): "in the United States" stays a place denied.
const PLACE_OF_DENIED = /\b[a-z]{3,}\s+(?:in|into|within|inside)\s+(?:(?:the|our|these|those|such|its|their|your|any|a|an)\s+)?(?:[\w-]+\s+)?(?:cookies?|beacons?|pixels?|(?:local|browser) storage|shared objects)\s*$/i;
const NOT_NEEDED = /^(?:require|requires|need|needs|depend|depends|rely|relies)$/i;

const COORDINATED = /^[^.;:]{0,60}?,?\s(?:or|nor|and)\s(?:otherwise\s|even\s|in any way\s|ever\s)?([a-z’'-]+)/i;

/** Does the clause hedge ("may", "from time to time")? */
export function isHedged(sentence: string, matchStart: number, matchEnd: number): boolean {
  const cues = cuesOf(sentence);
  return anyWithin(cues.hedges, 0, matchEnd) && anyWithin(cues.hedges, clauseStart(cues, matchStart), matchEnd);
}

// Is the statement limited to a case or qualified by an exception? Such a statement does not
// contradict a general one: "If you are located in Europe, your IP address is never stored"
// beside "we collect your IP address" is not a contradiction (engine.ts, mergeItems).
let scopedFor: string | undefined;
let scopedStart = false;
// Found only when a "no" asks: most findings are "yes", and its three tests are the dearer ones.
let scopedAnywhere: boolean | undefined;

/**
 * A statement limited to a case. A "yes" is limited by a condition it starts with ("If you are
 * located in Europe, we …"); a "no" also by an exception or a condition anywhere ("we may not
 * delete it if the law requires us to keep it", "we will not share it except as described").
 */
export function isScoped(sentence: string, polarity: 'yes' | 'no' = 'no'): boolean {
  if (sentence !== scopedFor) {
    scopedFor = sentence;
    scopedStart = CONDITION_START.test(sentence) || (maySuppose(sentence) && SUPPOSED.test(sentence));
    scopedAnywhere = undefined;
  }
  if (polarity === 'yes') return scopedStart;
  return (scopedAnywhere ??= scopedStart || EXCEPTION.test(sentence) || CONDITION.test(sentence) || audienceOnly(sentence));
}

/**
 * "Our services are not directed to children under 16": who the service is for, not a denial
 * that children's data is ever taken (a parent may consent). Only when no verb of collecting
 * stands in the sentence.
 */
const NOT_DIRECTED = /\bnot (?:\w+ly )?(?:directed|intended|targeted|designed|aimed|marketed)\s(?:to|at|for|towards)\b/i;
const COLLECTING = /\b(?:collect|solicit|gather|obtain|receive|process|request)\w*\b/i;

function audienceOnly(sentence: string): boolean {
  return NOT_DIRECTED.test(sentence) && !COLLECTING.test(sentence);
}

/**
 * Does a lead-in ("We do not collect the following:") deny the lines under it? Only its last
 * clause counts, and "only" or "except" turns it into a list of what is done
 * ("… is not in the business of selling, and we only disclose information when:").
 */
const leadIns = new Map<string, boolean>();

export function leadInDenies(leadIn: string): boolean {
  let denies = leadIns.get(leadIn);
  if (denies === undefined) {
    const colon = leadIn.lastIndexOf(':');
    const clause = colon > 0 ? clauseBefore(leadIn, colon, colon) : '';
    denies = colon > 0 && !/\b(?:only|except|exceptions?|unless|other than)\b/i.test(clause) && NEGATION.test(stripNonDenials(clause));
    if (leadIns.size > 256) leadIns.clear();
    leadIns.set(leadIn, denies);
  }
  return denies;
}

// "not required to", "may not be able to", "do not seek to", "will not keep it longer than
// necessary", "does not ask for any more information than": a limit or an aim, not a refusal.
export const NOT_BOUND = /^\s+(?:be\s+)?(?:\w+ly\s+)?(?:required|obliged|obligated|able|in a position|seek(?:ing)?\s+to|intend(?:ing)?\s+to|aim(?:ing)?\s+to)\b|^[^.;:]{0,80}?\b(?:longer|more)(?:\s+[\w-]+){0,2}\s+than\b/i;

/**
 * Is a denying lead-in the owner's ("We do not collect:")? "The following information is
 * Public Information that cannot be changed:", "… because it does not unduly impact your
 * interests:", "we are not required to erase it where:" deny nothing of the list's items.
 */
export function leadInOwnerDenies(leadIn: string): boolean {
  const colon = leadIn.lastIndexOf(':');
  const clause = colon > 0 ? clauseBefore(leadIn, colon, colon) : '';
  const stripped = stripNonDenials(clause);
  const cue = NEGATION.exec(stripped);
  // "We are not required to erase your information where it is necessary:" denies nothing listed.
  return cue !== null && ownerSpeaks(stripped.slice(0, cue.index), true) && !NOT_BOUND.test(stripped.slice(cue.index + cue[0].length));
}

/** Reads a bare answer ("No", "Yes") as a polarity; undefined when it is not one. */
export function answerPolarity(answer: string): 'yes' | 'no' | undefined {
  if (/^\s*(?:no|none|never|not at all|nope)\b/i.test(answer)) return 'no';
  if (/^\s*yes\b/i.test(answer)) return 'yes';
  return undefined;
}
