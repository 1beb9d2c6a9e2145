import type { Evidence, Flag, Item, SectionId } from './types';
import type { Sentence } from './text';
import { isScoped } from './polarity';

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

// Literals each pattern above cannot match without: a sentence that lacks them skips the
// pattern (most sentences lack them, and the literal tests are far cheaper).
const MAY_DENY = /n(?:o|['’])t|never/i;
const MAY_NAME_LAW = /privacy shield|safe harbo|95\/46/i;
const MAY_CATCH_ALL = /other|similar/i;

/**
 * Every literal of the three tests above, found over the whole text in one pass (stepping one
 * character after each, so that overlapping ones — "another" has "not" and "other" — are all
 * found): a sentence cut from the text then asks where they lie instead of running three regexes.
 */
const MAY_ANY = /n(?:o|['’])t|never|privacy shield|safe harbo|95\/46|other|similar/gi;
const DENY = 0;
const LAW = 1;
const CATCH = 2;

/** Where the literals of MAY_ANY lie in a text: for each kind, the starts and ends, in order. */
class Literals {
  readonly starts: number[][] = [[], [], []];
  readonly ends: number[][] = [[], [], []];

  constructor(text: string) {
    MAY_ANY.lastIndex = 0;
    for (let m = MAY_ANY.exec(text); m; m = MAY_ANY.exec(text)) {
      // The matches are ASCII (the i flag folds no other character to an ASCII letter).
      const first = m[0].charCodeAt(0) | 32;
      const kind = first === 110 ? DENY : first === 111 || (first === 115 && (m[0].charCodeAt(1) | 32) === 105) ? CATCH : LAW;
      this.starts[kind]!.push(m.index);
      this.ends[kind]!.push(m.index + m[0].length);
      MAY_ANY.lastIndex = m.index + 1;
    }
  }

  /** Does a literal of `kind` lie within [start, end)? */
  within(kind: number, start: number, end: number): boolean {
    const starts = this.starts[kind]!;
    const ends = this.ends[kind]!;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length && starts[k]! < end; k++) if (ends[k]! <= end) return true;
    return false;
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
  const literals = text === undefined ? undefined : new Literals(text);
  // A test of the sentence's own text, or of where the text's literals lie.
  const has = (s: Sentence, kind: number, re: RegExp): boolean =>
    literals && !s.isQuestion && s.text.length === s.end - s.start ? literals.within(kind, s.start, s.end) : re.test(s.text);
  const mayNameLaw = !literals || literals.starts[LAW]!.length > 0;
  for (const s of sentences) {
    if (collected.length > 0 && !s.isQuestion && has(s, DENY, MAY_DENY)) {
      const m = BLANKET_NO_COLLECTION.exec(s.text);
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
    if (catchAll.length < 3 && has(s, CATCH, MAY_CATCH_ALL) && CATCH_ALL.test(s.text)) catchAll.push(evidenceOf(s));
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
