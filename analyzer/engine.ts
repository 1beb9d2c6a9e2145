import type { Evidence, Item, Polarity, SectionId } from './types';
import type { Rule, RuleTable, RuleValue } from './rules/types';
import type { Sentence } from './text';
import { answerPolarity, isHedged, isNegated } from './polarity';

/** One rule's finding in one sentence, before items are merged. */
export interface Finding {
  section: SectionId;
  item: string;
  rule: string;
  polarity: 'yes' | 'no';
  hedged: boolean;
  value?: string | number;
  detail?: string;
  evidence: Evidence;
}

/** Runs every rule of the tables over every sentence. Linear in the text. */
export function findAll(tables: readonly RuleTable[], sentences: readonly Sentence[], includeQuestions = false): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of sentences) {
    // A question that is not followed by a bare answer asks, it does not state.
    if (sentence.isQuestion && !sentence.answer && !includeQuestions) continue;
    for (const table of tables) {
      for (const rule of table.rules) findInSentence(table, rule, sentence, findings);
    }
  }
  return findings;
}

export function findInSentence(table: RuleTable, rule: Rule, sentence: Sentence, out: Finding[]): void {
  const m = rule.pattern.exec(sentence.text);
  if (!m) return;
  if (rule.context && !rule.context.test(sentence.text) && !rule.context.test(sentence.leadIn) && !rule.context.test(sentence.heading)) {
    return;
  }
  const start = m.index;
  const end = start + m[0].length;
  let polarity: 'yes' | 'no';
  if (sentence.answer) {
    polarity = answerPolarity(sentence.answer.text) ?? 'yes';
    if (isNegated(sentence.text, start, end)) polarity = polarity === 'yes' ? 'no' : 'yes';
  } else if (rule.polarity === 'no') {
    polarity = 'no';
  } else {
    const negated = isNegated(sentence.text, start, end) || (sentence.leadIn !== '' && leadInDenies(sentence.leadIn));
    polarity = negated ? 'no' : 'yes';
  }
  const hedged = table.hedgeable && polarity === 'yes' && isHedged(sentence.text, start, end);
  const evidence: Evidence = sentence.answer
    ? { text: `${sentence.text} ${sentence.answer.text}`, start: sentence.start, end: sentence.answer.end }
    : { text: sentence.text, start: sentence.start, end: sentence.end };
  const values = normaliseValues(rule.value?.(m, sentence.text));
  if (rule.value && values.length === 0) return; // a value rule that read no value says nothing
  for (const v of values.length ? values : [{}]) {
    out.push({ section: table.section, item: rule.item, rule: rule.id, polarity, hedged, ...v, evidence });
  }
}

function leadInDenies(leadIn: string): boolean {
  const colon = leadIn.lastIndexOf(':');
  return colon > 0 && isNegated(leadIn, 0, colon);
}

function normaliseValues(v: RuleValue | RuleValue[] | undefined): RuleValue[] {
  if (!v) return [];
  return Array.isArray(v) ? v : [v];
}

/**
 * Merges findings into items: one item per id, or per value for items that carry one
 * (each retention period, each country, each named party). Yes and no together make an
 * item `contradictory`; both sides stay in its evidence.
 */
export function mergeItems(findings: readonly Finding[]): Map<SectionId, Item[]> {
  const bySection = new Map<SectionId, Map<string, { item: Item; yes: boolean; no: boolean; allHedged: boolean }>>();
  for (const f of findings) {
    let items = bySection.get(f.section);
    if (!items) bySection.set(f.section, (items = new Map()));
    const key = f.value === undefined ? f.item : `${f.item}\u0000${String(f.value).toLowerCase()}`;
    let entry = items.get(key);
    if (!entry) {
      const item: Item = { id: f.item, polarity: f.polarity, evidence: [] };
      if (f.value !== undefined) item.value = f.value;
      if (f.detail !== undefined) item.detail = f.detail;
      entry = { item, yes: false, no: false, allHedged: true };
      items.set(key, entry);
    }
    if (f.polarity === 'yes') {
      entry.yes = true;
      entry.allHedged &&= f.hedged;
    } else entry.no = true;
    if (!entry.item.evidence.some((e) => e.start === f.evidence.start)) entry.item.evidence.push(f.evidence);
  }
  const result = new Map<SectionId, Item[]>();
  for (const [section, items] of bySection) {
    result.set(
      section,
      [...items.values()].map(({ item, yes, no, allHedged }) => {
        const polarity: Polarity = yes && no ? 'contradictory' : yes ? 'yes' : 'no';
        const merged: Item = { ...item, polarity };
        if (yes && allHedged) merged.hedged = true;
        merged.evidence.sort((a, b) => a.start - b.start);
        return merged;
      }),
    );
  }
  return result;
}
