import type { Evidence, Item, Polarity, SectionId } from './types';
import type { Rule, RuleTable, RuleValue } from './rules/types';
import type { Sentence } from './text';
import {
  answerPolarity,
  deniedVerbs,
  CUES,
  type CueIds,
  hintCues,
  isHedged,
  isNarrowDenial,
  isNegated,
  isScoped,
  leadInDenies,
  leadInOwnerDenies,
  negationOf,
  NOT_BOUND,
  ownerAffirms,
  ownerDenies,
  readerDenies,
} from './polarity';
import { DOCUMENT_LITERALS, MultiMatcher } from './prefilter';

const DIRECT_DENIAL = /^(?:no|free of|without|none of)$/i;
const DETERMINERS_ONLY = /^\s*(?:(?:any|all|the|such|other)\s+)?$/i;

/** One rule's finding in one sentence, before items are merged. */
export interface Finding {
  section: SectionId;
  item: string;
  rule: string;
  polarity: 'yes' | 'no';
  hedged: boolean;
  /** Limited to a case or qualified by an exception ("If you are in Europe, …", "except as described"). */
  scoped?: boolean;
  /** A denial narrower than the item (Rule.narrowDenial): alone, it does not state the item. */
  partial?: boolean;
  /**
   * A general denial that is not the owner's of the whole thing: someone else's, of keeping or
   * selling only, or of others' acts ("these cookies do not collect your name", "we do not
   * store your card number", "we do not sell it to advertisers", "we do not allow our providers
   * to use it for their own purposes"). It never makes a contradiction: a "yes" outweighs it,
   * and it outweighs a scoped "yes". (An affirmation by someone else is found weak later, in
   * resolve, from `said`.)
   */
  weak?: boolean;
  /** A general "yes": where it is said, to ask who says it when the item is also denied (ownerAffirms). */
  said?: Said;
  value?: string | number;
  detail?: string;
  evidence: Evidence;
  /** The number of the finding's (section, item) pair (slotOf): mergeItems files findings by it. */
  slot: number;
}

/** A match of a "yes" finding in its sentence. */
interface Said {
  sentence: Sentence;
  start: number;
  end: number;
}

/** (section, item) pairs, numbered as they are first asked for. */
const SLOTS = new Map<string, number>();

/** The number of a (section, item) pair: merging files a finding by it in an array instead of two Map look-ups by string. */
function slotOf(section: SectionId, item: string): number {
  const key = `${section}\u0000${item}`;
  let slot = SLOTS.get(key);
  if (slot === undefined) SLOTS.set(key, (slot = SLOTS.size));
  return slot;
}

/** The rules of some tables, in order, with one matcher for all their patterns and contexts. */
interface Compiled {
  entries: { table: RuleTable; rule: Rule; pattern: number; context: number; slot: number }[];
  /**
   * For each regex r of the matcher, the entries whose pattern it is (in table order):
   * byPattern[patternFrom[r] … patternFrom[r + 1]) (flat and typed: read for every regex a
   * sentence's hits complete, it was a fifth of findAll's own time as a list of arrays).
   */
  patternFrom: Int32Array;
  byPattern: Int32Array;
  matcher: MultiMatcher;
  /** Where the matcher has polarity's cues (polarity.ts, CUES). */
  cues: CueIds;
}

const COMPILED = new WeakMap<readonly RuleTable[], Compiled>();

export function compile(tables: readonly RuleTable[]): Compiled {
  let c = COMPILED.get(tables);
  if (c) return c;
  // Detection reads the same document first: one scan serves both (prefilter.ts, LiteralPool).
  const matcher = new MultiMatcher(false, DOCUMENT_LITERALS);
  const entries = tables.flatMap((table) =>
    // Contexts are not in the matcher: they are asked for on few sentences (after a pattern
    // matched), and their common words ("use", "provide") would cost hits on every sentence
    // (measured: all contexts through the scan made the analyzer ×1.02 slower). Through it, an
    // answered question would need the regex: its text (readerVoice) is not the scanned source.
    table.rules.map((rule) => ({ table, rule, pattern: matcher.add(rule.pattern), context: -1, slot: slotOf(table.section, rule.item) })),
  );
  // The polarity cues ride on the same scan: a sentence without their literals skips their regexes.
  const cues: CueIds = {
    negation: matcher.addLiterals(CUES.negation.literals, CUES.negation.re),
    hedge: matcher.addLiterals(CUES.hedge.literals, CUES.hedge.re),
    supposed: matcher.addLiterals(CUES.supposed.literals),
    notADenial: matcher.add(CUES.notADenial),
  };
  const lists: number[][] = Array.from({ length: matcher.size }, () => []);
  entries.forEach((e, k) => lists[e.pattern]!.push(k));
  const patternFrom = new Int32Array(lists.length + 1);
  lists.forEach((l, r) => (patternFrom[r + 1] = patternFrom[r]! + l.length));
  c = { entries, patternFrom, byPattern: Int32Array.from(lists.flat()), matcher, cues };
  COMPILED.set(tables, c);
  return c;
}

/**
 * Runs every rule of the tables over every sentence. Linear in the text: one literal scan
 * (analyzer/prefilter.ts) — of `source`, the text the sentences were cut from, when given; else
 * of each sentence — tells which patterns can match in a sentence and where their matches can
 * start; only those run, and only there.
 */
export function findAll(tables: readonly RuleTable[], sentences: readonly Sentence[], includeQuestions = false, source?: string): Finding[] {
  const findings: Finding[] = [];
  const { entries, patternFrom, byPattern, matcher, cues } = compile(tables);
  const memo = new SentenceMemo(matcher);
  // The entries to run in a sentence, listed, then sorted into table order: a sentence has a few
  // (a walk over every entry between the first and last marked cost more than the list's sort).
  const run = new Int32Array(entries.length);
  // With the text the sentences come from: one literal scan of the whole text, whose hits are
  // then read sentence by sentence (no copy nor scan of each sentence).
  const whole = source !== undefined && sentences.length > 0 && matcher.scanDocument(source);
  for (const sentence of sentences) {
    // A question that is not followed by a bare answer asks, it does not state.
    if (sentence.isQuestion && !sentence.answer && !includeQuestions) continue;
    // An answered question is read in the policy's voice (text.ts, readerVoice): its text is not
    // the source's span, even where it has the span's length ("Can you …" → "you can …").
    if (whole && !sentence.answer) matcher.prepareSpan(sentence.text, sentence.start, sentence.end);
    else matcher.prepare(sentence.text);
    memo.reset(sentence);
    const { seen, full, hit, hitCount, always } = matcher;
    hintCues(sentence.text, matcher, cues);
    // (A regex is in `hit` once, and an entry has one regex: no entry is listed twice.)
    let n = 0;
    for (const r of always) for (let j = patternFrom[r]!, to = patternFrom[r + 1]!; j < to; j++) run[n++] = byPattern[j]!;
    for (let h = 0; h < hitCount; h++) {
      const r = hit[h]!;
      if (seen[r] !== full[r]) continue;
      for (let j = patternFrom[r]!, to = patternFrom[r + 1]!; j < to; j++) run[n++] = byPattern[j]!;
    }
    sortPrefix(run, n);
    // Entries in table order, as the tables list them.
    for (let i = 0; i < n; i++) {
      const e = entries[run[i]!]!;
      const m = matcher.exec(e.pattern);
      if (m) evaluate(e.table, e.rule, sentence, m, findings, memo, e.context, e.slot);
    }
  }
  return findings;
}

/** Sorts list[0 … n): insertion sort for the few of most sentences. */
function sortPrefix(list: Int32Array, n: number): void {
  if (n > 32) {
    list.subarray(0, n).sort();
    return;
  }
  for (let j = 1; j < n; j++) {
    const v = list[j]!;
    let m = j;
    for (; m > 0 && list[m - 1]! > v; m--) list[m] = list[m - 1]!;
    list[m] = v;
  }
}

/**
 * What one sentence's rules share: the result of each context pattern. A context (a collection
 * verb, "Changes to this policy") is tested once a sentence — through the matcher, prepared
 * with the sentence — and once a heading or lead-in (consecutive sentences share them).
 */
export class SentenceMemo {
  private sentence: Sentence | undefined;
  /**
   * The results for the present sentence: by context (its number in `ids`), the result and the
   * sentence's stamp when it was found (a Map cleared a sentence allocated a table each time).
   */
  private readonly ids = new Map<RegExp, number>();
  private readonly stamps: number[] = [];
  private readonly results: boolean[] = [];
  private stamp = 0;
  private readonly shared = new Map<RegExp, Map<string, boolean>>();

  /** `matcher`: prepared with the sentence of `reset`, it answers for the sentence's text. */
  constructor(private readonly matcher?: MultiMatcher) {}

  reset(sentence: Sentence): void {
    this.sentence = sentence;
    this.stamp++;
  }

  context(re: RegExp, sentence: Sentence, index = -1): boolean {
    if (sentence !== this.sentence) this.reset(sentence);
    let id = this.ids.get(re);
    if (id === undefined) {
      this.ids.set(re, (id = this.ids.size));
      this.stamps.push(0);
      this.results.push(false);
    }
    if (this.stamps[id] === this.stamp) return this.results[id]!;
    const inText = index >= 0 && this.matcher ? this.matcher.test(index) : re.test(sentence.text);
    const hit = inText || this.sharedTest(re, sentence.leadIn) || this.sharedTest(re, sentence.heading);
    this.stamps[id] = this.stamp;
    this.results[id] = hit;
    return hit;
  }

  private sharedTest(re: RegExp, text: string): boolean {
    if (!text) return false;
    let byText = this.shared.get(re);
    if (!byText) this.shared.set(re, (byText = new Map()));
    let hit = byText.get(text);
    if (hit === undefined) {
      if (byText.size > 256) byText.clear();
      byText.set(text, (hit = re.test(text)));
    }
    return hit;
  }
}

/** One rule over one sentence (without the prefilter of findAll). */
export function findInSentence(table: RuleTable, rule: Rule, sentence: Sentence, out: Finding[], memo = new SentenceMemo()): void {
  const m = rule.pattern.exec(sentence.text);
  if (m) evaluate(table, rule, sentence, m, out, memo, -1, slotOf(table.section, rule.item));
}

/** A rule's pattern matched: check its context, read its value and polarity, record the finding. */
function evaluate(table: RuleTable, rule: Rule, sentence: Sentence, m: RegExpExecArray, out: Finding[], memo: SentenceMemo, contextIndex: number, slot: number): void {
  if (rule.context && !memo.context(rule.context, sentence, contextIndex)) return;
  const read = rule.value?.(m, sentence.text);
  // A value rule that read no value says nothing.
  if (rule.value && (!read || (Array.isArray(read) && read.length === 0))) return;
  const start = m.index;
  const end = start + m[0].length;
  let polarity: 'yes' | 'no';
  let narrow = false;
  let partial = false;
  let weak = false;
  if (sentence.answer) {
    polarity = answerPolarity(sentence.answer.text) ?? 'yes';
    if (rule.polarity !== 'yes' && isNegated(sentence.text, start, end)) polarity = polarity === 'yes' ? 'no' : 'yes';
  } else if (rule.polarity) {
    polarity = rule.polarity;
  } else {
    let negation = negationOf(sentence.text, start, end);
    const participle = negation?.kind === 'passive' ? passiveVerb(sentence.text.slice(negation.start, negation.end)) : '';
    // "… is passed to our payment processor and is not stored": keeping denied, not what the table names.
    if (participle && table.denialVerbs && !table.denialVerbs.test(participle)) negation = undefined;
    if (negation && table.denialVerbs && negation.kind === 'before') {
      // In a table of named things, a negation of something else says nothing about the match,
      // and neither does the reader's own choice ("you can set your browser not to accept cookies").
      // "free of social-media plug-ins", "no third-party cookies": the cue denies the thing itself.
      const direct = DIRECT_DENIAL.test(sentence.text.slice(negation.start, negation.end)) && DETERMINERS_ONLY.test(sentence.text.slice(negation.end, start));
      const verbs = direct ? undefined : deniedVerbs(sentence.text, negation.end, end, table.denialVerbs);
      if (!direct && !verbs) return;
      if (readerDenies(sentence.text, negation.clause, negation.start)) return;
      // "We do not use persistent cookies": a narrower denial does not contradict "we use cookies".
      if (isNarrowDenial(sentence.text, start, end, table.denialVerbs)) narrow = true;
      // "We do not store your card number": it may still be collected (and passed on).
      if (verbs && narrowVerbsOnly(table, rule, verbs)) weak = true;
    } else if (negation?.kind === 'passive' && narrowVerbsOnly(table, rule, [participle])) {
      // "Your credit card number is never stored."
      weak = true;
    }
    // "These cookies do not collect your name", "you may not opt out of service messages",
    // "without cookies you may not be able to…", "… is not shared": not the owner's denial.
    if (negation && !weak && !ownerDenies(sentence.text, negation.clause, negation.kind === 'passive' ? negation.clause : negation.start, start)) weak = true;
    if (negation?.kind === 'before') {
      const after = sentence.text.slice(negation.end, negation.end + 100);
      // "We are not required to erase it", "we are not able to", "we do not seek to collect":
      // no denial of the practice. "We do not allow our providers to use it for their own
      // purposes", "we will never ask for your password by e-mail": others' acts, or one way of
      // asking, denied. "… to the sites *that display* ads": the match is the sites' act.
      if (NOT_BOUND.test(after) || OTHERS_PERMITTED.test(after) || NEVER_ASKS_BY.test(after) || RELATIVE_BEFORE.test(sentence.text.slice(negation.end, start))) weak = true;
    }
    // "We do not display advertising on Khan Academy", "… as part of the Myspace Services": a
    // denial for one place (like "on our site", polarity.ts NARROWING).
    if (negation && NAMED_PLACE.test(sentence.text.slice(end, end + 80))) narrow = true;
    // "We do not sell your e-mail address to spammers": a denial narrower than the item.
    if (negation && (rule.narrowDenial?.test(sentence.text.slice(start, end + 100)) || rule.narrowSentence?.test(sentence.text))) narrow = partial = true;
    const byLeadIn = !negation && sentence.leadIn !== '' && leadInDenies(sentence.leadIn);
    // A CCPA category marked as not the case: "Biometric information (not relevant here)".
    const notApplicable = !negation && NOT_APPLICABLE.test(sentence.text.slice(end, end + 60));
    polarity = negation || byLeadIn || notApplicable ? 'no' : 'yes';
    if (byLeadIn && !leadInOwnerDenies(sentence.leadIn)) weak = true;
  }
  if (polarity === 'no' && rule.denialScope?.test(sentence.text)) return;
  const hedged = table.hedgeable && polarity === 'yes' && isHedged(sentence.text, start, end);
  const evidence: Evidence = sentence.answer
    ? { text: sentence.answer.span, start: sentence.start, end: sentence.answer.end }
    : { text: sentence.text, start: sentence.start, end: sentence.end };
  const scoped = !sentence.answer && (narrow || isScoped(sentence.text, polarity) || (polarity === 'no' && rule.scopedDenial === true));
  weak &&= !scoped;
  // Who affirms is asked only of an item that is also denied (resolve): most are not.
  const said = polarity === 'yes' && !sentence.answer && !rule.polarity ? { sentence, start, end } : undefined;
  if (!read) out.push(finding(table, rule, slot, polarity, hedged, scoped, partial, weak, said, undefined, evidence));
  else if (!Array.isArray(read)) out.push(finding(table, rule, slot, polarity, hedged, scoped, partial, weak, said, read, evidence));
  else for (const v of read) out.push(finding(table, rule, slot, polarity, hedged, scoped, partial, weak, said, v, evidence));
}

// A category marked as not the case, in a list of what is collected.
const NOT_APPLICABLE = /^[^()]{0,20}\((?:not (?:relevant|applicable|collected)\b[^)]*|n\/a|none|we do not collect (?:this|it|these))\)/i;
// "We do not allow our service providers to use it", "we do not permit Services to be used to":
// the owner forbids others an act (the reader is no other: "we do not let you opt out").
const OTHERS_PERMITTED = /^\s+(?:\w+ly\s+)?(?:allow|permit|authori[sz]e|let)\s+(?!(?:you|users?|visitors?|customers?)\b)[^.;:]{1,60}?\bto\s/i;
// "We will never ask for your password by e-mail": one way of asking, not the data, denied.
const NEVER_ASKS_BY = /^\s+(?:\w+ly\s+)?(?:ask|request|solicit)\w*\b[^.;:]{0,60}?\b(?:by|via|through|over|in)\s+(?:an?\s+)?(?:unsolicited\s+)?(?:e-?mails?|(?:tele)?phone(?: calls?)?|calls?|text messages?|sms)\b/i;
// The words between a denial and its match end with a relative pronoun: "does not provide any
// personal information to the third party sites that display interest-based ads".
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+$/i;
// A named place ends the clause: "on Khan Academy", "on Product Pages", "as part of the Myspace
// Services" (case-sensitive: a name).
const NAMED_PLACE = /^[^.;:,]{0,40}?\s(?:on|within|as part of)\s(?:the\s)?(?!(?:Our|Your|This|These|Its|Their|Any|All)\b)[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}\s*(?:[.;:,)]|$)/;

/** The participle of a passive denial's words ("are never stored" → stored). */
function passiveVerb(words: string): string {
  return /(\S+)\s*$/.exec(words)?.[1] ?? '';
}

/**
 * Are the denied verbs (or the passive denial's participle) all narrower than the table's items
 * (RuleTable.narrowVerbs: keeping, selling), for a rule whose item they do not deny itself
 * (Rule.narrowVerbIsItem: cookies, the sale)?
 */
function narrowVerbsOnly(table: RuleTable, rule: Rule, verbs: readonly string[]): boolean {
  const narrow = table.narrowVerbs;
  return narrow !== undefined && !rule.narrowVerbIsItem && verbs.every((v) => narrow.test(v));
}

/**
 * A finding, with the value `v` (its own polarity, if it has one, before the rule's). Every
 * finding has every field, in one order: findings of one shape keep evaluate and mergeItems
 * from being compiled again by V8 each time a rule with a new combination of fields matches.
 */
function finding(table: RuleTable, rule: Rule, slot: number, polarity: 'yes' | 'no', hedged: boolean, scoped: boolean, partial: boolean, weak: boolean, said: Said | undefined, v: RuleValue | undefined, evidence: Evidence): Finding {
  const p = v?.polarity ?? polarity;
  return {
    section: table.section, item: rule.item, rule: rule.id, polarity: p, hedged,
    scoped: scoped ? true : undefined, partial: partial && p === 'no' ? true : undefined, weak: weak && p === 'no' && p === polarity ? true : undefined, said: p === 'yes' ? said : undefined,
    value: v?.value, detail: v?.detail, evidence, slot,
  };
}

interface Entry {
  /** The item's id, value and detail (the Item itself is made once, by resolve: of one shape). */
  id: string;
  /** Its findings' (section, item) pair (Finding.slot). */
  slot: number;
  value: string | number | undefined;
  detail: string | undefined;
  /** Folded into the one entry of its item with a value (foldValueless): not an item of its own. */
  folded: boolean;
  /** Evidence of general statements (yes / no) and of scoped ones. */
  yes: Evidence[];
  no: Evidence[];
  scopedYes: Evidence[];
  scopedNo: Evidence[];
  /** Evidence of weak denials (Finding.weak). */
  weakNo: Evidence[];
  /** Where each general "yes" (by evidence start) is said, when it may be someone else's. */
  said: Map<number, Said> | undefined;
  /** The hedges of its yes-findings, counted: how many, and how many were hedged. */
  yesCount: number;
  hedgedCount: number;
  /** Every finding was a partial denial: the item is not stated. */
  partialOnly: boolean;
  /**
   * The largest evidence start of each list (yes, no, scoped yes, scoped no, weak no; -1: empty).
   * Findings come in the order of the text: a start is new when it is larger, listed when it is
   * equal.
   */
  last: [number, number, number, number, number];
  /** The starts of each list, made only when a start comes out of order (listed). */
  starts: Set<number>[] | undefined;
}

/** The evidence list k of an entry: yes, no, scoped yes, scoped no, weak no. */
function listOf(entry: Entry, k: number): Evidence[] {
  return k === 0 ? entry.yes : k === 1 ? entry.no : k === 2 ? entry.scopedYes : k === 3 ? entry.scopedNo : entry.weakNo;
}

/** Does list k of the entry have evidence starting at `start`? */
function listed(entry: Entry, k: number, start: number): boolean {
  const last = entry.last[k]!;
  if (start > last) return false;
  if (start === last) return true;
  entry.starts ??= [0, 1, 2, 3, 4].map((i) => new Set(listOf(entry, i).map((e) => e.start)));
  return entry.starts[k]!.has(start);
}

/** Adds evidence to list k of the entry (its start not yet listed there). */
function addEvidence(entry: Entry, k: number, evidence: Evidence): void {
  listOf(entry, k).push(evidence);
  if (evidence.start > entry.last[k]!) entry.last[k] = evidence.start;
  entry.starts?.[k]!.add(evidence.start);
}

/**
 * Merges findings into items: one item per id, or per value for items that carry one
 * (each retention period, each country, each named party).
 *
 * Contradiction is kept for what a reader would call one: a general "yes" and a general "no"
 * on the same item (and value) — seed 001's "We may use cookies for tracking purposes" and
 * "we do not collect cookies". A statement limited by a condition or an exception
 * ("If you are located in Europe, your IP address … is never stored", "We will not share …
 * except as described") does not contradict a general one: the general statement gives the
 * polarity, and the scoped one of the other polarity is left out of the evidence. With only
 * scoped statements, a "yes" in some case makes the item "yes". A weak denial (Finding.weak:
 * not the owner's, or of keeping only) gives way to a "yes" without contradicting it, and
 * states "no" over a scoped "yes".
 */
export function mergeItems(findings: readonly Finding[]): Map<SectionId, Item[]> {
  // The entries by the findings' (section, item) pair (Finding.slot): the one without a value,
  // and those with one by value; each section's entries in the order they were made.
  const sections: { section: SectionId; entries: Entry[] }[] = [];
  const sectionOf: ({ section: SectionId; entries: Entry[] } | undefined)[] = [];
  const bare: (Entry | undefined)[] = [];
  const valued: (Map<string, Entry> | undefined)[] = [];
  for (const f of findings) {
    const slot = f.slot;
    let inSection = sectionOf[slot];
    if (!inSection) {
      inSection = sections.find((s) => s.section === f.section);
      if (!inSection) sections.push((inSection = { section: f.section, entries: [] }));
      sectionOf[slot] = inSection;
    }
    let byValue: Map<string, Entry> | undefined;
    let key = '';
    let entry: Entry | undefined;
    if (f.value === undefined) entry = bare[slot];
    else {
      byValue = valued[slot] ??= new Map();
      key = String(f.value).toLowerCase();
      entry = byValue.get(key);
    }
    if (!entry) {
      entry = { id: f.item, slot, value: f.value, detail: undefined, folded: false, yes: [], no: [], scopedYes: [], scopedNo: [], weakNo: [], said: undefined, yesCount: 0, hedgedCount: 0, partialOnly: true, last: [-1, -1, -1, -1, -1], starts: undefined };
      if (byValue) byValue.set(key, entry);
      else bare[slot] = entry;
      inSection.entries.push(entry);
    }
    if (!f.partial) entry.partialOnly = false;
    // The first finding that reads a detail (a deadline, a period) gives the item its detail.
    if (f.detail !== undefined && entry.detail === undefined) entry.detail = f.detail;
    const k = f.weak ? 4 : (f.polarity === 'yes' ? 0 : 1) + (f.scoped ? 2 : 0);
    if (!listed(entry, k, f.evidence.start)) {
      addEvidence(entry, k, f.evidence);
      if (k === 0 && f.said) (entry.said ??= new Map()).set(f.evidence.start, f.said);
      if (f.polarity === 'yes') {
        entry.yesCount++;
        if (f.hedged) entry.hedgedCount++;
      }
    } else if (f.polarity === 'yes' && !f.hedged) {
      entry.yesCount++;
    }
  }
  const result = new Map<SectionId, Item[]>();
  for (const { entries } of sections) foldValueless(entries, valued);
  for (const { section, entries } of sections) {
    const list = entries.filter((e) => !e.folded && !e.partialOnly).map(resolve);
    if (list.length) result.set(section, list);
  }
  return result;
}

/**
 * An item said once with its value and elsewhere without ("children under 13" and "not
 * directed to children"), with only one value: one item, with the value. (`valued`: by slot,
 * the entries of that item with a value.)
 */
function foldValueless(entries: readonly Entry[], valued: readonly (Map<string, Entry> | undefined)[]): void {
  for (const bare of entries) {
    if (bare.value !== undefined) continue;
    const values = valued[bare.slot];
    if (values?.size !== 1) continue;
    const into = values.values().next().value!;
    for (let k = 0; k < 5; k++) {
      for (const ev of listOf(bare, k)) {
        if (listed(into, k, ev.start)) continue;
        addEvidence(into, k, ev);
        const said = k === 0 ? bare.said?.get(ev.start) : undefined;
        if (said) (into.said ??= new Map()).set(ev.start, said);
      }
    }
    into.yesCount += bare.yesCount;
    into.hedgedCount += bare.hedgedCount;
    into.partialOnly &&= bare.partialOnly;
    into.detail ??= bare.detail;
    bare.folded = true;
  }
}

function resolve(entry: Entry): Item {
  const { no, scopedYes, scopedNo, weakNo, yesCount, hedgedCount } = entry;
  // Beside a general "no", a "yes" said by someone else or a definition is weak (ownerAffirms).
  let yes = entry.yes;
  let weakYes: Evidence[] = [];
  if (yes.length && no.length && entry.said) {
    const said = entry.said;
    const owners = (e: Evidence) => {
      const at = said.get(e.start);
      return !at || ownerAffirms(at.sentence.text, at.start, at.end, at.sentence.leadIn, at.sentence.heading);
    };
    weakYes = yes.filter((e) => !owners(e));
    if (weakYes.length) {
      const weak = new Set(weakYes);
      yes = yes.filter((e) => !weak.has(e));
    }
  }
  let polarity: Polarity;
  let evidence: Evidence[];
  if (yes.length && no.length) {
    polarity = 'contradictory';
    evidence = bothSidesFirst(yes, no);
  } else if (yes.length) {
    polarity = 'yes';
    evidence = [...yes, ...weakYes, ...scopedYes];
  } else if (no.length) {
    polarity = 'no';
    evidence = [...no, ...weakNo, ...scopedNo];
  } else if (weakYes.length) {
    polarity = 'yes';
    evidence = [...weakYes, ...scopedYes];
  } else if (weakNo.length) {
    polarity = 'no';
    evidence = [...weakNo, ...scopedNo];
  } else if (scopedYes.length) {
    polarity = 'yes';
    evidence = [...scopedYes];
  } else {
    polarity = 'no';
    evidence = [...scopedNo];
  }
  const merged: Item = { id: entry.id, polarity, evidence: polarity === 'contradictory' ? evidence : sortedUnique(evidence) };
  if (entry.value !== undefined) merged.value = entry.value;
  if (entry.detail !== undefined) merged.detail = entry.detail;
  if (polarity !== 'no' && yesCount > 0 && hedgedCount === yesCount) merged.hedged = true;
  return merged;
}

/**
 * A contradiction's evidence: its first "yes" and its first "no", in the text's order, then the
 * rest in the text's order — so that whoever shows only the first two quotes (the copied
 * summary, a flag's first four) shows both sides, not four sentences of one.
 */
function bothSidesFirst(yes: readonly Evidence[], no: readonly Evidence[]): Evidence[] {
  const first = (list: readonly Evidence[]) => list.reduce((a, b) => (b.start < a.start ? b : a));
  const heads = [first(yes), first(no)].sort((a, b) => a.start - b.start);
  const rest = sortedUnique([...yes, ...no].filter((e) => e.start !== heads[0]!.start && e.start !== heads[1]!.start));
  return heads[0]!.start === heads[1]!.start ? [heads[0]!, ...rest] : [...heads, ...rest];
}

/**
 * The evidence by start, the first of each start kept (as a filter of repeated starts and then a
 * stable sort would give): a stable sort, then runs of one start cut to their first. Evidence
 * of one list comes in order already: then nothing is sorted.
 */
function sortedUnique(evidence: Evidence[]): Evidence[] {
  let ordered = true;
  for (let i = 1; i < evidence.length && ordered; i++) ordered = evidence[i - 1]!.start < evidence[i]!.start;
  if (ordered) return evidence;
  evidence.sort((a, b) => a.start - b.start);
  let n = 0;
  for (let i = 0; i < evidence.length; i++) if (i === 0 || evidence[i]!.start !== evidence[n - 1]!.start) evidence[n++] = evidence[i]!;
  evidence.length = n;
  return evidence;
}
