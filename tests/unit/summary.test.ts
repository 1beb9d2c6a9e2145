import { describe, expect, it } from 'vitest';
import { shortQuote, summaryJson, summaryMarkdown, summaryText } from '../../analyzer/summary';
import { handLabel } from './label-fixture';

describe('summaryMarkdown', () => {
  const text = summaryMarkdown(handLabel(), { analysedAt: new Date('2026-11-23T10:00:00Z') });

  it('starts with the title, URL and date analysed', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Privacy label: Example Privacy Policy');
    expect(text).toContain('URL: https://example.com/privacy');
    expect(text).toContain('Analysed: 2026-11-23');
    expect(text).toContain('Effective: 2024-01-31');
  });

  it('lists every section under a Markdown heading, headline four first, "Not stated" where empty', () => {
    const headings = [...text.matchAll(/^## (.+?)(?: \(|$)/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      'Flags', 'Data collected', 'Sharing', 'Retention', 'Your rights', 'What it is used for', 'Tracking', 'Security',
      'Special audiences', 'International transfers', 'Policy changes', 'Contact',
    ]);
    expect(text).toMatch(/## Your rights \(unknown\)\nNot stated\./);
  });

  it('says yes / no / may with the value, and quotes the evidence', () => {
    expect(text).toContain('- Sells or rents your data: No\n  > "We do not sell your personal data."');
    expect(text).toContain('- Retention period: Yes (may) — up to one year');
    expect(text).toContain('- Contact details (name, e-mail, phone, address): Yes');
  });

  it('says aloud when the policy was not read because of its language', () => {
    const label = handLabel();
    label.source.language = 'de';
    expect(summaryMarkdown(label)).toContain('Note: written in "de"; Privacy Label reads English policies only for now');
    expect(text).not.toContain('Note: written in');
  });

  it('cuts long quotes at a word boundary', () => {
    const q = shortQuote('word '.repeat(100), 50);
    expect(q.length).toBeLessThanOrEqual(51);
    expect(q.endsWith('word…')).toBe(true);
  });
});

describe('summaryText: plain text for an e-mail or a chat', () => {
  const text = summaryText(handLabel(), { analysedAt: new Date('2026-11-23T10:00:00Z') });

  it('has no Markdown signs, and a first line that says what it is', () => {
    expect(text.split('\n')[0]).toBe('Privacy label: Example Privacy Policy');
    expect(text).not.toMatch(/^#|^>|^- |\*\*|\[.*\]\(/m);
  });

  it('gives grade, date, length and reading time on one line, then every section in capitals, headline four first', () => {
    expect(text).toMatch(/^Grade [A-E] \(\d+ concerns?\) · effective 2024-01-31 · 27 words, about 1 min to read · analysed 2026-11-23$/m);
    const heads = [...text.matchAll(/^([A-Z][A-Z ]+) \(/gm)].map((m) => m[1]);
    expect(heads.slice(0, 4)).toEqual(['DATA COLLECTED', 'SHARING', 'RETENTION', 'YOUR RIGHTS']);
    expect(heads).toHaveLength(11);
    expect(text).toMatch(/^YOUR RIGHTS \(not stated\)\n {2}Not stated\.$/m);
  });

  it('puts each item on its line with yes / no / may in words and its quote beneath', () => {
    expect(text).toContain('  * Sells or rents your data: No\n    "We do not sell your personal data."');
    expect(text).toContain('  * Retention period: Yes (may) — up to one year');
    expect(text).toMatch(/^FLAGS\n {2}! Outdated law: Relies on the EU–US Privacy Shield/m);
  });
});

describe('summaryJson', () => {
  it('is the label without its full text, with the grade and the date analysed', () => {
    const json = JSON.parse(summaryJson(handLabel(), { analysedAt: new Date('2026-11-23T10:00:00Z') }));
    expect(json.text).toBeUndefined();
    expect(json.version).toBe(1);
    expect(json.analysedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(json.grade.letter).toMatch(/^[A-E]$/);
    expect(json.sections).toHaveLength(11);
  });
});
