import type { SectionId } from './types';
import { RULE_TABLES } from './rules';
import { findAll } from './engine';
import { blocksFromPlainText, plainSpaces, sentencesOf } from './text';
import { cuesOf } from './cues';
import { categoriesOf } from './classifier-categories';
import type { RuleView } from './classifier-features';

export interface Classification {
  sections: SectionId[];
  /** `section/item` ids. */
  items: string[];
}

export const SECTION_ORDER: readonly SectionId[] = RULE_TABLES.map((t) => t.section);

/**
 * What the rules alone say a single paragraph speaks about, whatever the polarity ("we do
 * not sell your data" speaks about sharing/sale). Questions count: a paragraph that asks
 * "Do we share your data?" is about sharing.
 */
export function ruleClassification(paragraph: string): Classification {
  return ruleAnswer(paragraph).classification;
}

/**
 * The rules' classification of a paragraph, what the classifier reads of it, and the paragraph
 * as both read it (plainSpaces: the classifier's own features read that text too).
 */
export function ruleAnswer(input: string): { classification: Classification; view: RuleView; text: string } {
  const paragraph = plainSpaces(input);
  const sentences = sentencesOf(paragraph, blocksFromPlainText(paragraph));
  const findings = findAll(RULE_TABLES, sentences, true);
  const sections = new Set<SectionId>();
  const items = new Set<string>();
  for (const f of findings) {
    sections.add(f.section);
    items.add(`${f.section}/${f.item}`);
  }
  // A paragraph on its own lacks the heading that tells the rules its topic: topic cues.
  const cues = cuesOf(paragraph);
  for (const c of cues) {
    sections.add(c.section);
    if (c.item) items.add(`${c.section}/${c.item}`);
  }
  const classification = {
    sections: [...sections].sort((a, b) => SECTION_ORDER.indexOf(a) - SECTION_ORDER.indexOf(b)),
    items: [...items].sort(),
  };
  const signals = [...classification.sections.map((s) => `s:${s}`), ...classification.items.map((i) => `i:${i}`), ...cues.map((c) => `q:${c.id}`)];
  return { classification, view: { categories: categoriesOf(classification), signals }, text: paragraph };
}
