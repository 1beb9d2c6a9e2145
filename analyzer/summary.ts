import type { Item, Label, Section, SectionId } from './types';
import { DISPLAY_ORDER } from './schema';
import { FLAG_NAMES, POLARITY_WORDS, SECTION_NAMES, itemName } from './names';
import { gradeOf } from './rubric';

export interface SummaryOptions {
  /** When the label was made; printed as the date analysed. */
  analysedAt?: Date;
  /** Longest quote, in characters (quotes are cut at a word boundary). */
  quoteLength?: number;
}

export function shortQuote(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}

export function itemLine(section: SectionId, item: Item): string {
  let line = `${itemName(section, item.id)}: ${POLARITY_WORDS[item.polarity]}`;
  if (item.hedged && item.polarity === 'yes') line += ' (may)';
  const value = item.detail ?? (item.value !== undefined ? String(item.value) : '');
  if (value) line += ` — ${value}`;
  return line;
}

/** What a summary is titled by: the policy's title, else the company, the URL, or a plain name. */
const titleOf = (source: Label['source']): string => source.title ?? source.company ?? source.url ?? 'privacy policy';
const gradeText = ({ letter, concerns }: { letter: string; concerns: number }): string => `${letter} (${concerns} concern${concerns === 1 ? '' : 's'})`;
const analysedDay = (options: SummaryOptions): string => (options.analysedAt ?? new Date()).toISOString().slice(0, 10);
/** A language the label does not read yet ("und", undetermined, is read as English). */
const unreadLanguage = (label: Label): boolean => label.source.language !== 'en' && label.source.language !== 'und';

/** The label's sections in the popup's order. */
function* sectionsInOrder(label: Label): Generator<[SectionId, Section]> {
  for (const id of DISPLAY_ORDER) {
    const section = label.sections.find((s) => s.id === id);
    if (section) yield [id, section];
  }
}

/** The label as plain text with Markdown headings: reads well in an e-mail, renders in Markdown. */
export function summaryMarkdown(label: Label, options: SummaryOptions = {}): string {
  const max = options.quoteLength ?? 160;
  const { source } = label;
  const grade = gradeOf(label);
  const out: string[] = [];
  out.push(`# Privacy label: ${titleOf(source)}`, '');
  if (source.url) out.push(`URL: ${source.url}`);
  out.push(`Analysed: ${analysedDay(options)}`);
  if (source.effectiveDate) out.push(`Effective: ${source.effectiveDate}`);
  out.push(`Grade: ${gradeText(grade)}`);
  out.push(`Length: ${source.words} words, about ${source.readingMinutes} min to read`);
  if (!label.detection.isPolicy) out.push('Note: this page does not look like a privacy policy.');
  if (unreadLanguage(label)) {
    out.push(`Note: written in "${source.language}"; Privacy Label reads English policies only for now, so nothing below was read from it.`);
  }
  if (label.flags.length) {
    out.push('', '## Flags');
    for (const f of label.flags) {
      out.push(`- ${FLAG_NAMES[f.id] ?? f.id}: ${f.detail}`);
      if (f.evidence[0]) out.push(`  > "${shortQuote(f.evidence[0].text, max)}"`);
    }
  }
  for (const [id, section] of sectionsInOrder(label)) {
    out.push('', `## ${SECTION_NAMES[id]} (${section.rating})`);
    if (!section.stated) {
      out.push('Not stated.');
      continue;
    }
    for (const item of section.items) {
      out.push(`- ${itemLine(id, item)}`);
      for (const e of item.evidence.slice(0, item.polarity === 'contradictory' ? 2 : 1)) {
        out.push(`  > "${shortQuote(e.text, max)}"`);
      }
    }
  }
  out.push('', 'Made by Privacy Label, in the browser; quotes are from the policy.');
  return out.join('\n') + '\n';
}

const RATING_TEXT = { good: 'good', caution: 'caution', bad: 'bad', unknown: 'not stated' } as const;

/**
 * The label as plain text for an e-mail or a chat: no Markdown signs, short lines, sections in
 * capitals, each item on its line with its mark in words and one short quote beneath.
 */
export function summaryText(label: Label, options: SummaryOptions = {}): string {
  const max = options.quoteLength ?? 160;
  const { source } = label;
  const grade = gradeOf(label);
  const out: string[] = [];
  out.push(`Privacy label: ${titleOf(source)}`);
  if (source.url) out.push(source.url);
  const facts = [`Grade ${gradeText(grade)}`];
  if (source.effectiveDate) facts.push(`effective ${source.effectiveDate}`);
  facts.push(`${source.words} words, about ${source.readingMinutes} min to read`);
  facts.push(`analysed ${analysedDay(options)}`);
  out.push(facts.join(' · '));
  if (!label.detection.isPolicy) out.push('Note: this page does not look like a privacy policy.');
  if (unreadLanguage(label)) {
    out.push(`Note: written in "${source.language}"; Privacy Label reads English policies only for now.`);
  }
  if (label.flags.length) {
    out.push('', 'FLAGS');
    for (const f of label.flags) out.push(`  ! ${FLAG_NAMES[f.id] ?? f.id}: ${f.detail}`);
  }
  for (const [id, section] of sectionsInOrder(label)) {
    out.push('', `${SECTION_NAMES[id].toUpperCase()} (${RATING_TEXT[section.rating]})`);
    if (!section.stated) {
      out.push('  Not stated.');
      continue;
    }
    for (const item of section.items) {
      out.push(`  * ${itemLine(id, item)}`);
      const first = item.evidence[0];
      if (first) out.push(`    "${shortQuote(first.text, max)}"`);
    }
  }
  out.push('', '(Made by Privacy Label in the browser; quotes are from the policy.)');
  return out.join('\n') + '\n';
}

/** The label as JSON: the label of LABEL.md without the policy's full text, plus its grade. */
export function summaryJson(label: Label, options: SummaryOptions = {}): string {
  const rest: Partial<Label> = { ...label };
  delete rest.text;
  const grade = gradeOf(label);
  const analysedAt = (options.analysedAt ?? new Date()).toISOString();
  return JSON.stringify({ ...rest, grade: { letter: grade.letter, points: grade.points, concerns: grade.concerns }, analysedAt }, null, 2) + '\n';
}
