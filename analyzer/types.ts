/** The label of shared/LABEL.md: the contract between analyzer, UI, summary and tests. */

export type Polarity = 'yes' | 'no' | 'contradictory';
export type Rating = 'good' | 'caution' | 'bad' | 'unknown';

export interface Evidence {
  text: string;
  /** Offsets in `Label.text`. */
  start: number;
  end: number;
}

export interface Item {
  id: string;
  polarity: Polarity;
  hedged?: boolean;
  value?: string | number;
  detail?: string;
  evidence: Evidence[];
}

export type SectionId =
  | 'collection'
  | 'purposes'
  | 'sharing'
  | 'tracking'
  | 'retention'
  | 'rights'
  | 'security'
  | 'audiences'
  | 'transfers'
  | 'changes'
  | 'contact';

export interface Section {
  id: SectionId;
  stated: boolean;
  rating: Rating;
  items: Item[];
}

export interface Flag {
  id: string;
  /** In English, for the CLI and JSON; a UI in another language words it from `reason` and `values`. */
  detail: string;
  /** Which of the flag's wordings `detail` is (e.g. "privacy-shield" of "outdated-law"), when it has several. */
  reason?: string;
  /** The values `detail` names, in its order: [section, item] of a contradiction, [years, date] of a stale policy. */
  values?: (string | number)[];
  evidence: Evidence[];
}

export interface Detection {
  isPolicy: boolean;
  confidence: number;
  reasons: string[];
}

export interface LabelSource {
  url?: string;
  title?: string;
  language: string;
  words: number;
  readingMinutes: number;
  effectiveDate?: string;
  company?: string;
  /**
   * Present and true when the page's text was longer than the extraction limit
   * (`EXTRACT_MAX_CHARS` in analyzer/extract.ts): the label reads only the text up to it.
   * An optional addition to the LABEL.md form.
   */
  truncated?: boolean;
}

export interface Label {
  version: 1;
  source: LabelSource;
  detection: Detection;
  sections: Section[];
  flags: Flag[];
  text: string;
}

/** A block of extracted text: its kind and its offsets in the text. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'list-item';
  /** Heading level 1–6, for headings. */
  level?: number;
  start: number;
  end: number;
}

/** What extraction hands to the analyzer. */
export interface Extracted {
  title: string;
  text: string;
  blocks: Block[];
  language?: string;
}
