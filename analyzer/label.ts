import type { Block, Detection, Item, Label, Section, SectionId } from './types';
import { SECTIONS } from './schema';
import { RULE_TABLES } from './rules';
import { compile, findAll, mergeItems } from './engine';
import { blocksFromPlainText, plainSpaces, rememberRuns, sentencesOf, wordCount } from './text';
import { detectLanguage } from './language';
import { findCompany, findEffectiveDate } from './metadata';
import { ownerOf } from './owner';
import { findFlags } from './flags';
import { rateSection } from './rubric';
import { detectText, SCAN as DETECT_SCAN } from './detect';
import { DOCUMENT_LITERALS } from './prefilter';

export interface AnalyzeOptions {
  url?: string;
  title?: string;
  /** Blocks from extraction; derived from the lines of the text when absent. */
  blocks?: Block[];
  /** Detection made with the page's DOM; derived from the text when absent. */
  detection?: Detection;
  /** The text's language when the caller already guessed it (detectLanguage); guessed when absent. */
  language?: string;
  /** "Now", for the stale-policy flag (defaults to the current date). */
  now?: Date;
}

// The rules' matcher is made now (its regexes listed, not yet read), so that the literal scan's
// automaton, built at the first analysis, has the rules' literals too: built once, not again when
// the rules first run (prefilter.ts, LiteralPool).
compile(RULE_TABLES);

/** Words a minute for the reading-time estimate (an adult reading prose on a screen). */
const READING_WPM = 238;

/** text → the Label of shared/LABEL.md. */
export function analyze(input: string, options: AnalyzeOptions = {}): Label {
  const text = plainSpaces(input);
  const blocks = options.blocks ?? blocksFromPlainText(text);
  const language = options.language ?? detectLanguage(text);
  // The words are counted in the pass of the literal scan that the detector and the rules read
  // (prefilter.ts, countWords), with the runs the detector counts when it runs. A text the rules
  // do not read and whose detection is given is not scanned: its words are counted alone.
  const english = language === 'en' || language === 'und';
  let words: number;
  if (options.detection && !english) words = wordCount(text);
  else {
    const limit = options.detection ? 0 : DETECT_SCAN;
    words = DOCUMENT_LITERALS.countWords(text, limit);
    if (limit > 0) rememberRuns(text, limit, DOCUMENT_LITERALS.runs);
  }
  const effectiveDate = findEffectiveDate(text);
  const company = findCompany(text);

  // The rules read English; a policy in another language gets no items rather than wrong ones.
  const sentences = english ? sentencesOf(text, blocks) : [];
  const found = mergeItems(findAll(RULE_TABLES, sentences, false, text));
  dropOwner(found, company, options.url);
  const sections: Section[] = SECTIONS.map(({ id }) => {
    const items = found.get(id) ?? [];
    return { id, stated: items.length > 0, rating: rateSection(id, items), items };
  });
  const flags = findFlags({ sentences, sections: found, effectiveDate, now: options.now ?? new Date(), text });
  // Detection reads the text after the rules and the flags: a text with a character that it takes
  // out (a soft hyphen, detect.ts) is scanned once more for it, and the rules and the flags read
  // the scan of the text as given before that, not a third scan.
  const detection = options.detection ?? detectText(text, { url: options.url, title: options.title });

  const source: Label['source'] = { language, words, readingMinutes: Math.max(1, Math.round(words / READING_WPM)) };
  if (options.url) source.url = options.url;
  const title = options.title ?? firstHeading(text, blocks);
  if (title) source.title = title;
  if (effectiveDate) source.effectiveDate = effectiveDate;
  if (company) source.company = company;
  // The label quotes and carries the text as given (its no-break spaces too): the rules read it
  // with plain spaces (plainSpaces), at the same offsets.
  if (text !== input) requote(input, sections, flags);
  return { version: 1, source, detection, sections, flags, text: input };
}

/** Sets each evidence's quote to the text as given, at its offsets. */
function requote(input: string, sections: readonly Section[], flags: Label['flags']): void {
  for (const s of sections) for (const i of s.items) for (const e of i.evidence) e.text = input.slice(e.start, e.end);
  for (const f of flags) for (const e of f.evidence) e.text = input.slice(e.start, e.end);
}

/** "Shared with: Microsoft" on Microsoft's own policy is no sharing (owner.ts). */
function dropOwner(found: Map<SectionId, Item[]>, company: string | undefined, url: string | undefined): void {
  const sharing = found.get('sharing');
  const named = sharing?.filter((i) => i.id === 'named') ?? [];
  const owner = ownerOf(named, company, url);
  if (!owner || !sharing) return;
  const kept = sharing.filter((i) => !(i.id === 'named' && String(i.value) === owner));
  if (kept.length) found.set('sharing', kept);
  else found.delete('sharing');
}

function firstHeading(text: string, blocks: Block[]): string | undefined {
  const h = blocks.slice(0, 5).find((b) => b.kind === 'heading');
  return h ? text.slice(h.start, h.end).replace(/^#+\s*/, '').trim() : undefined;
}
