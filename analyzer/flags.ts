import type { Evidence, Flag, Item, SectionId } from './types';
import type { Sentence } from './text';
import { isScoped } from './polarity';
import { DOCUMENT_LITERALS, WORD_START } from './prefilter';
import { isWordChar } from './literals';

function evidenceOf(s: Sentence): Evidence {
  return { text: s.text, start: s.start, end: s.end };
}

/** Outdated law a policy may still rely on. */
const OUTDATED_LAW: { re: RegExp; reason: string; detail: string }[] = [
  { re: /\bprivacy shield\b/i, reason: 'privacy-shield', detail: 'Relies on the EU–US Privacy Shield, invalid since July 2020 (Schrems II).' },
  { re: /\bsafe harbou?r\b(?![^.]{0,40}\bact\b)/i, reason: 'safe-harbor', detail: 'Relies on the EU–US Safe Harbor, invalid since October 2015.' },
  { re: /\b(?:directive\s*)?95\/46(?:\/EC)?\b/i, reason: 'directive-95-46', detail: 'Cites Directive 95/46/EC, replaced by the GDPR in May 2018.' },
];

// "We do not collect (any) (personal) information": a blanket denial of collection, said by the
// policy's author ("we", or a name: "Acme does not collect"), with no adverb that narrows it
// ("knowingly", "actively", "automatically") and nothing after the noun that limits it
// ("from children under 13", "through this website", "without your consent"). Only such a
// denial is contradicted by a collection stated elsewhere; a limited one is not. None of the
// one to three words before the verb may be a thing rather than the author: "Bandcamp cookies
// do not collect Personal Data" says what the cookies read, not what Bandcamp collects.
const BLANKET_NO_COLLECTION =
  /(?:^|[.:;!]\s|\bwe\s|^(?:(?!(?:cookies?|these|such|those|they|it|this|third|the|our|your|web|log|pixels?|beacons?|tools?|plug-?ins?|apps?|sites?|websites?|servers?|logs?|analytics|scripts?|tags?|sdks?)\b)[A-Z][\w&.-]*\s){1,3})(?:(?:do|does|will|shall|did)\s(?:not|never)|don['’]t|doesn['’]t|won['’]t|never|cannot|can['’]t)\s(?:currently\s|ever\s)?(?:collect|gather|obtain|store|ask for)\s+(?:any\s+)?(?:personal(?:ly identifiable)?\s+|user\s+)?(?:information|data)(?:\s+(?:about|from|of)\s+(?:you|(?:the\s)?(?:users|visitors|people)(?:\s(?:of|to|who visit)\s(?:our|this)\s(?:site|website|web site|blog|app|services?))?))?(?:\s*(?:[.!]|$)|\s(?:and|or)\s)/i;

// A sentence that names the old law to say it is gone or no longer used: "the Privacy Shield
// was invalidated", "we no longer rely on Safe Harbor", "replaced by the GDPR".
const NOT_RELIED_ON = /\b(?:invalidat\w*|invalid|struck down|no longer|replaced|superseded|repealed|Schrems)\b/i;

const CATCH_ALL = /\b(?:and|or|including|such)\s+(?:any\s+)?(?:other|similar)\s+(?:such\s+)?(?:personal\s+)?(?:information|data)\b/i;
/**
 * CATCH_ALL, run where its "other" or "similar" starts (a word: a space precedes it), the words
 * before read behind: at the few places the literal scan found, instead of along the sentence.
 */
const CATCH_ALL_AT = /(?<=\b(?:and|or|including|such)\s+(?:any\s+)?)(?:other|similar)\s+(?:such\s+)?(?:personal\s+)?(?:information|data)\b/iy;

// Literals each pattern above cannot match without: a sentence that lacks them skips the
// pattern (most sentences lack them, and the literal tests are far cheaper).
const MAY_DENY = /n(?:o|['’])t|never/i;
/** BLANKET_NO_COLLECTION's verbs: a sentence with a negation but none of them skips the long pattern. */
const MAY_DENY_COLLECTION = /collect|gather|obtain|store|ask for/i;
const MAY_NAME_LAW = /privacy shield|safe harbo|95\/46/i;
const MAY_CATCH_ALL = /other|similar/i;
const DENY = 0;
const LAW = 1;
const CATCH = 2;
const VERB = 3;

/**
 * Literals of the tests above, in the pool of the literals the engine finds over the whole
 * text: its one scan tells where they lie, and a sentence cut from the text asks that instead of
 * running the regexes. Every match of the tests starts a word with one of them ("not", "never",
 * "cannot", or holds "n't"); the negation cues (polarity.ts) have most of them, so they cost the
 * scan no more hits. [pool id, kind]; the pool cuts long literals (a prefix still tells "may").
 */
const W = WORD_START;
const KINDS = (
  [
    [`${W}not`, DENY], [`${W}never`, DENY], [`${W}cannot`, DENY], ["n't", DENY], ['n’t', DENY],
    [`${W}privacy shield`, LAW], [`${W}safe harbo`, LAW], [`${W}95/46`, LAW],
    [`${W}other`, CATCH], [`${W}similar`, CATCH],
    // BLANKET_NO_COLLECTION's verbs (a space precedes them: "obtain" and "ask for" start a
    // word; "ask " tells "may" for "ask for"). The engine's rules have these literals already:
    // they cost the scan nothing.
    ['collect', VERB], ['gather', VERB], [`${W}obtain`, VERB], ['store', VERB], [`${W}ask `, VERB],
  ] as const
).map(([lit, kind]) => [DOCUMENT_LITERALS.idOf(lit), kind] as const);
/** For each id of the pool: the kind of its literal, or -1 (built again when the pool grows). */
let kindOf = new Int8Array(0);

/** Where the literals of KINDS lie in a text: for each kind, the starts and ends, in order of start. */
class Literals {
  readonly starts: number[][] = [[], [], [], []];
  readonly ends: number[][] = [[], [], [], []];

  constructor(text: string) {
    // After the engine, its scan of the text is the pool's last one (then it is not scanned again).
    DOCUMENT_LITERALS.scanDocument(text);
    const { docIds, docStarts, docCount } = DOCUMENT_LITERALS;
    const { lengths } = DOCUMENT_LITERALS.literals;
    if (kindOf.length !== DOCUMENT_LITERALS.size) {
      kindOf = new Int8Array(DOCUMENT_LITERALS.size).fill(-1);
      for (const [id, kind] of KINDS) kindOf[id] = kind;
    }
    for (let h = 0; h < docCount; h++) {
      const kind = kindOf[docIds[h]!]!;
      if (kind < 0) continue;
      const starts = this.starts[kind]!;
      const ends = this.ends[kind]!;
      // Hits come in order of end: a later one may start earlier (then it goes before).
      const start = docStarts[h]!;
      let k = starts.length;
      starts.push(start);
      ends.push(start + lengths[docIds[h]!]!);
      for (; k > 0 && starts[k - 1]! > start; k--) {
        [starts[k], starts[k - 1]] = [starts[k - 1]!, starts[k]!];
        [ends[k], ends[k - 1]] = [ends[k - 1]!, ends[k]!];
      }
    }
  }

  /** Does a literal of `kind` lie within [start, end)? */
  within(kind: number, start: number, end: number): boolean {
    return this.startsWithin(kind, start, end).length > 0;
  }

  /** The starts of the literals of `kind` that lie within [start, end), in order. */
  startsWithin(kind: number, start: number, end: number): number[] {
    const starts = this.starts[kind]!;
    const ends = this.ends[kind]!;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < starts.length && starts[k]! < end; k++) if (ends[k]! <= end) out.push(starts[k]!);
    return out;
  }
}

const STALE_YEARS = 5;

export interface FlagInput {
  sentences: readonly Sentence[];
  sections: Map<SectionId, Item[]>;
  effectiveDate?: string;
  now: Date;
  /**
   * The text the sentences were cut from (sentencesOf): its literals are then found in one pass.
   * A sentence that is not a question is the text between its start and end.
   */
  text?: string;
}

export function findFlags({ sentences, sections, effectiveDate, now, text }: FlagInput): Flag[] {
  const flags: Flag[] = [];
  for (const [section, items] of sections) {
    for (const item of items) {
      if (item.polarity !== 'contradictory') continue;
      flags.push({
        id: 'contradiction',
        detail: `The policy says both yes and no about "${item.id}".`,
        reason: 'item',
        values: [section, item.id],
        evidence: item.evidence.slice(0, 4),
      });
    }
  }
  const collected = (sections.get('collection') ?? []).filter((i) => i.polarity === 'yes');
  const law = new Map<string, { reason: string; evidence: Evidence[] }>();
  const catchAll: Evidence[] = [];
  const literals = text === undefined || sentences.length === 0 ? undefined : new Literals(text);
  // A test of the sentence's own text, or of where the text's literals lie.
  // Is the sentence the text between its start and end, where the text's literals tell? (The
  // scan drops a literal that must start a word where a word character precedes it: a sentence
  // that starts after one is tested itself.)
  const spanned = (s: Sentence): boolean =>
    literals !== undefined && !s.isQuestion && s.text.length === s.end - s.start && (s.start === 0 || !isWordChar(text!.charCodeAt(s.start - 1)));
  const has = (s: Sentence, kind: number, re: RegExp): boolean => (spanned(s) ? literals!.within(kind, s.start, s.end) : re.test(s.text));
  const hasCatchAll = (s: Sentence): boolean => {
    if (!spanned(s)) return MAY_CATCH_ALL.test(s.text) && CATCH_ALL.test(s.text);
    for (const at of literals!.startsWithin(CATCH, s.start, s.end)) {
      CATCH_ALL_AT.lastIndex = at - s.start;
      if (CATCH_ALL_AT.test(s.text)) return true;
    }
    return false;
  };
  const mayNameLaw = !literals || literals.starts[LAW]!.length > 0;
  for (const s of sentences) {
    if (collected.length > 0 && !s.isQuestion && has(s, DENY, MAY_DENY)) {
      const m = has(s, VERB, MAY_DENY_COLLECTION) ? BLANKET_NO_COLLECTION.exec(s.text) : null;
      if (m && !isScoped(s.text, 'no') && !s.leadIn) {
        flags.push({
          id: 'contradiction',
          detail: 'The policy says it collects no information, yet elsewhere that it collects some.',
          reason: 'no-collection',
          evidence: [evidenceOf(s), ...collected.slice(0, 2).map((i) => i.evidence[0]!)],
        });
      }
    }
    if (mayNameLaw && has(s, LAW, MAY_NAME_LAW)) {
      for (const { re, reason, detail } of OUTDATED_LAW) {
        if (!re.test(s.text) || NOT_RELIED_ON.test(s.text)) continue;
        const found = law.get(detail) ?? { reason, evidence: [] };
        if (found.evidence.length < 3) found.evidence.push(evidenceOf(s));
        law.set(detail, found);
      }
    }
    if (catchAll.length < 3 && hasCatchAll(s)) catchAll.push(evidenceOf(s));
  }
  for (const [detail, { reason, evidence }] of law) flags.push({ id: 'outdated-law', detail, reason, evidence });
  if (effectiveDate) {
    const years = (now.getTime() - Date.parse(effectiveDate)) / (365.25 * 24 * 3600 * 1000);
    if (years >= STALE_YEARS) {
      const s = sentences.find((x) => x.text.includes(effectiveDate.slice(0, 4)));
      flags.push({
        id: 'stale-policy',
        detail: `Not updated for ${Math.floor(years)} years (effective ${effectiveDate}).`,
        values: [Math.floor(years), effectiveDate],
        evidence: s ? [evidenceOf(s)] : [],
      });
    }
  }
  if (catchAll.length) {
    flags.push({ id: 'vague-catch-all', detail: 'Uses catch-alls such as "and other information" that leave the list open.', evidence: catchAll });
  }
  return flags;
}
