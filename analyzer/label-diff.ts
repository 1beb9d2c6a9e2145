import type { Item, Label, Polarity, Rating, SectionId } from './types';
import { DISPLAY_ORDER } from './schema';
import { gradeOf } from './rubric';

/**
 * What changed in a policy's label between two analyses: items added, removed, and flipped
 * (same item, other polarity, "may" or value). Not a text diff: a reworded sentence that says
 * the same thing is no change; one new "we sell" is.
 */

/** An item as the diff reports it: what a person needs to read the change. */
export interface ItemSide {
  polarity: Polarity;
  hedged: boolean;
  value?: string | number;
  detail?: string;
  /** The first evidence sentence. */
  quote?: string;
}

export interface ItemChange {
  section: SectionId;
  item: string;
  kind: 'added' | 'removed' | 'flipped';
  before?: ItemSide;
  after?: ItemSide;
}

export interface LabelDiff {
  changes: ItemChange[];
  flagsAdded: string[];
  flagsRemoved: string[];
  ratings: { section: SectionId; before: Rating; after: Rating }[];
  gradeBefore: string;
  gradeAfter: string;
}

/** Items that a policy can state several times, told apart by their value (countries, named parties, periods…). */
function isMultiValued(items: readonly Item[], id: string): boolean {
  return items.filter((i) => i.id === id).length > 1;
}

const norm = (v: string | number | undefined): string => (v === undefined ? '' : String(v).toLowerCase().replace(/\s+/g, ' ').trim());

function side(i: Item): ItemSide {
  return {
    polarity: i.polarity,
    hedged: !!i.hedged,
    ...(i.value !== undefined ? { value: i.value } : {}),
    ...(i.detail !== undefined ? { detail: i.detail } : {}),
    ...(i.evidence[0] ? { quote: i.evidence[0].text } : {}),
  };
}

function sameStatement(a: Item, b: Item): boolean {
  return a.polarity === b.polarity && !!a.hedged === !!b.hedged && norm(a.value) === norm(b.value);
}

function diffSection(section: SectionId, before: readonly Item[], after: readonly Item[]): ItemChange[] {
  const out: ItemChange[] = [];
  const ids = [...new Set([...before.map((i) => i.id), ...after.map((i) => i.id)])];
  for (const id of ids) {
    const b = before.filter((i) => i.id === id);
    const a = after.filter((i) => i.id === id);
    const multi = isMultiValued(before, id) || isMultiValued(after, id);
    if (!multi) {
      if (b[0] && a[0]) {
        if (!sameStatement(b[0], a[0])) out.push({ section, item: id, kind: 'flipped', before: side(b[0]), after: side(a[0]) });
      } else if (b[0]) out.push({ section, item: id, kind: 'removed', before: side(b[0]) });
      else if (a[0]) out.push({ section, item: id, kind: 'added', after: side(a[0]) });
      continue;
    }
    // Several statements of one item: pair them by value; what is left over was added or removed,
    // except that a value whose polarity changed is a flip.
    const left = [...b];
    const right = [...a];
    for (let i = left.length - 1; i >= 0; i--) {
      const j = right.findIndex((r) => norm(r.value) === norm(left[i]!.value));
      if (j < 0) continue;
      const [l, r] = [left[i]!, right[j]!];
      if (!sameStatement(l, r)) out.push({ section, item: id, kind: 'flipped', before: side(l), after: side(r) });
      left.splice(i, 1);
      right.splice(j, 1);
    }
    for (const l of left) out.push({ section, item: id, kind: 'removed', before: side(l) });
    for (const r of right) out.push({ section, item: id, kind: 'added', after: side(r) });
  }
  return out;
}

/**
 * Flags that depend on the day of the analysis, not on the policy's text ("not updated for
 * N years"): they come and go with time, so they are never reported as a change of the policy.
 */
const TIME_FLAGS = new Set(['stale-policy']);

export function diffLabels(before: Pick<Label, 'sections' | 'flags'>, after: Pick<Label, 'sections' | 'flags'>): LabelDiff {
  const changes: ItemChange[] = [];
  const ratings: LabelDiff['ratings'] = [];
  for (const id of DISPLAY_ORDER) {
    const b = before.sections.find((s) => s.id === id);
    const a = after.sections.find((s) => s.id === id);
    changes.push(...diffSection(id, b?.items ?? [], a?.items ?? []));
    const rb = b?.rating ?? 'unknown';
    const ra = a?.rating ?? 'unknown';
    if (rb !== ra) ratings.push({ section: id, before: rb, after: ra });
  }
  const fb = new Set(before.flags.map((f) => f.id).filter((f) => !TIME_FLAGS.has(f)));
  const fa = new Set(after.flags.map((f) => f.id).filter((f) => !TIME_FLAGS.has(f)));
  return {
    changes,
    flagsAdded: [...fa].filter((f) => !fb.has(f)),
    flagsRemoved: [...fb].filter((f) => !fa.has(f)),
    ratings,
    gradeBefore: gradeOf(before).letter,
    gradeAfter: gradeOf(after).letter,
  };
}

/**
 * True when the two labels say the same things (the policy may still be worded differently).
 * A grade that moved with nothing else changed can only come from the passing of time (a
 * stale-policy flag), so it is not a change of the policy.
 */
export function isUnchanged(d: LabelDiff): boolean {
  return d.changes.length === 0 && d.flagsAdded.length === 0 && d.flagsRemoved.length === 0;
}
