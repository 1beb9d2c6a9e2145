import { SECTIONS } from '../../analyzer/schema';
import type { Label, Section } from '../../analyzer/types';

/**
 * A small hand-made Label for rendering and summary tests (not the analyzer's output):
 * the text is a three-sentence policy and the items point at its sentences.
 */
export function handLabel(): Label {
  const text = 'We collect your email address. We do not sell your personal data. We keep backups for up to one year. <img src=x onerror=alert(1)> is not markup.';
  const ev = (s: string) => {
    const start = text.indexOf(s);
    return { text: s, start, end: start + s.length };
  };
  const items: Partial<Record<Section['id'], Section['items']>> = {
    collection: [{ id: 'contact', polarity: 'yes', evidence: [ev('We collect your email address.')] }],
    sharing: [{ id: 'sale', polarity: 'no', evidence: [ev('We do not sell your personal data.')] }],
    retention: [{ id: 'period', polarity: 'yes', hedged: true, value: 365, detail: 'up to one year', evidence: [ev('We keep backups for up to one year.')] }],
    contact: [{ id: 'email', polarity: 'yes', value: 'x@example.com', evidence: [ev('<img src=x onerror=alert(1)> is not markup.')] }],
  };
  return {
    version: 1,
    source: { url: 'https://example.com/privacy', title: 'Example Privacy Policy', language: 'en', words: 27, readingMinutes: 1, effectiveDate: '2024-01-31' },
    detection: { isPolicy: true, confidence: 0.9, reasons: ['title names a privacy policy'] },
    sections: SECTIONS.map(({ id }) => {
      const list = items[id] ?? [];
      return { id, stated: list.length > 0, rating: list.length ? 'good' : 'unknown', items: list };
    }),
    flags: [{ id: 'outdated-law', detail: 'Relies on the EU–US Privacy Shield, invalid since July 2020 (Schrems II).', evidence: [ev('We keep backups for up to one year.')] }],
    text,
  };
}
