// @vitest-environment jsdom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PopupView, type PopupState } from '../../components/PopupView';
import { OptionsPage, type OptionsApi } from '../../components/OptionsPage';
import { HistoryPage, type HistoryApi } from '../../components/HistoryPage';
import { ReaderView } from '../../components/ReaderView';
import { buildReaderBody } from '../../utils/reader-body';
import { flagDetail } from '../../components/flag-text';
import { badgeFor } from '../../utils/badge';
import { badgeWithSettings } from '../../utils/options-runtime';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { errorText, restrictedText } from '../../utils/popup-text';
import { getEntry, putEntry, readIndex, removeEntry, type PolicyChange } from '../../utils/history-store';
import type { TabState } from '../../utils/messages';
import type { Flag, Label } from '../../analyzer/types';
import { analyze } from '../../analyzer/label';
import { handLabel } from './label-fixture';
import { memoryStorage } from './memory-storage';

/**
 * A pseudo-locale: every message is "[[key]]" (with its substitutions, "[[key:a|b]]"), and the
 * UI language is German. Whatever English is left in the rendered views did not go through
 * `browser.i18n` — except the page's own words (policy text, title, host), which are data.
 */
const g = globalThis as { browser?: unknown };
const before = g.browser;
beforeAll(() => {
  g.browser = {
    i18n: {
      getMessage: (key: string, subs?: string[]) => (key === '@@ui_locale' ? 'de' : `[[${key}${subs?.length ? `:${subs.join('|')}` : ''}]]`),
      getUILanguage: () => 'de',
    },
  };
});
afterAll(() => {
  g.browser = before;
});
afterEach(cleanup);

const CHANGE: PolicyChange = {
  since: Date.UTC(2026, 0, 5, 12),
  seenAt: Date.UTC(2026, 1, 1, 12),
  diff: {
    changes: [
      { section: 'sharing', item: 'sale', kind: 'flipped', before: { polarity: 'no', hedged: false, quote: 'We do not sell your personal data.' }, after: { polarity: 'yes', hedged: false, quote: 'We sell your personal data.' } },
      { section: 'retention', item: 'period', kind: 'removed', before: { polarity: 'yes', hedged: false, value: 365, quote: 'We keep backups for up to one year.' } },
    ],
    flagsAdded: ['contradiction'],
    flagsRemoved: ['outdated-law'],
    ratings: [{ section: 'sharing', before: 'good', after: 'bad' }],
    gradeBefore: 'B',
    gradeAfter: 'D',
  },
};

/** The hand label with one flag of each kind, as the analyzer words them (reason, values). */
function flaggedLabel(): Label {
  const l = handLabel();
  // Item details are the analyzer's English phrases (see "what remains" in the README); leave them out here.
  for (const s of l.sections) for (const i of s.items) delete i.detail;
  const ev = l.flags[0]!.evidence;
  l.flags.push(
    { id: 'contradiction', detail: 'The policy says both yes and no about "sale".', reason: 'item', values: ['sharing', 'sale'], evidence: ev },
    { id: 'contradiction', detail: 'x', reason: 'no-collection', evidence: ev },
    { id: 'stale-policy', detail: 'Not updated for 8 years (effective 2018-03-01).', values: [8, '2018-03-01'], evidence: [] },
    { id: 'vague-catch-all', detail: 'x', evidence: ev },
  );
  l.flags[0]!.reason = 'privacy-shield';
  return l;
}

/** The page's own words and other data that are shown as they are. */
const DATA = [...handLabel().text.split(/(?<=\.) /), 'We sell your personal data.', 'Example Privacy Policy', 'example.com', 'https://example.com/privacy', 'x@example.com', 'www.a.example', 'a.example', '/privacy', '/p'];

/** Everything a user reads or hears: text, and the names and hints of elements. */
function readable(root: Element): string {
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.textContent ?? '');
  for (const el of root.querySelectorAll('*')) {
    for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      const v = el.getAttribute(a);
      if (v) parts.push(v);
    }
  }
  return parts.join('\n');
}

/** What is left once the messages and the data are taken out: it should hold no words. */
function leftover(text: string): string[] {
  if (!text.includes('[[')) return ['(no message rendered)'];
  let s = text;
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\[\[[^[\]]*\]\]/g, ' ');
  }
  for (const d of DATA.sort((a, b) => b.length - a.length)) s = s.split(d).join(' ');
  return s.match(/\p{L}{2,}/gu) ?? [];
}

const policy = (label: Label, change?: PolicyChange): TabState => ({ kind: 'policy', url: label.source.url!, label, analysedAt: Date.UTC(2026, 1, 1), truncated: true, ...(change ? { change } : {}) });

describe('no English left outside messages.json (pseudo-locale "[[key]]", UI language German)', () => {
  it('the popup, in every state', () => {
    const views: PopupState[] = [
      { kind: 'loading' },
      { kind: 'restricted', text: restrictedText('browser-page') },
      { kind: 'error', text: errorText('empty-page') },
      { kind: 'error', text: errorText('weird') },
      { kind: 'off', host: 'example.com' },
      { kind: 'state', state: policy(flaggedLabel(), CHANGE) },
      { kind: 'state', state: { kind: 'not-policy', url: 'https://example.com/privacy', reasons: ['no policy heading'] } },
      { kind: 'state', state: { kind: 'unsupported-language', url: 'https://example.com/privacy', language: 'fr', detection: { isPolicy: true, confidence: 0.9, reasons: [] } } },
    ];
    for (const view of views) {
      const { container, unmount } = render(<PopupView view={view} onAnalyse={() => {}} onAnalyseSitePolicy={() => {}} onOpenReader={() => {}} optionsUrl="o.html" historyUrl="h.html" />);
      expect(leftover(readable(container)), view.kind === 'state' ? view.state.kind : view.kind).toEqual([]);
      unmount();
    }
  });

  it('the popup words flags from their reason and values, and dates in the UI language', () => {
    const { container } = render(<PopupView view={{ kind: 'state', state: policy(flaggedLabel()) }} />);
    const text = readable(container);
    expect(text).toContain('[[flagdetail_privacy_shield]]');
    expect(text).toContain('[[flagdetail_contradiction_item:[[item_sharing_sale]]]]');
    expect(text).toContain('[[flagdetail_stale_policy:8|1. März 2018]]');
    expect(text).toContain('[[meta_effective:31. Jan. 2024]]');
    expect(text).toContain('[[grade_flag_lower:[[flagdetail_stale_policy:8|1. März 2018]]]]');
  });

  it('the options page', async () => {
    const api: OptionsApi = {
      load: async () => ({ settings: { ...DEFAULT_SETTINGS, neverRun: ['example.com'] }, repaired: false }),
      save: async (s) => s,
      clearAll: async () => {},
      historyUrl: 'h.html',
    };
    const { container } = render(<OptionsPage api={api} />);
    expect(leftover(readable(container))).toEqual([]);
    await waitFor(() => expect(container.querySelector('input[type="checkbox"]')).toBeTruthy());
    expect(leftover(readable(container))).toEqual([]);
  });

  it('the history: the list, a label with what changed, two labels compared', async () => {
    const area = memoryStorage({});
    const a = flaggedLabel();
    a.source = { ...a.source, url: 'https://www.a.example/privacy' };
    const b = handLabel();
    b.source = { ...b.source, url: 'https://a.example/p' };
    for (const s of b.sections) for (const i of s.items) delete i.detail;
    await putEntry(area, a.source.url!, a, Date.UTC(2026, 0, 2), CHANGE);
    await putEntry(area, b.source.url!, b, Date.UTC(2026, 0, 3));
    const api: HistoryApi = {
      list: async () => ({ entries: (await readIndex(area)).entries }),
      get: (url) => getEntry(area, url),
      remove: (url) => removeEntry(area, url),
      optionsUrl: 'o.html',
    };
    const { container } = render(<HistoryPage api={api} />);
    expect(leftover(readable(container))).toEqual([]);
    await waitFor(() => expect(container.querySelectorAll('section.site').length).toBe(2));
    expect(leftover(readable(container))).toEqual([]);
    expect(readable(container)).toContain('2. Jan. 2026');

    for (const box of container.querySelectorAll('input[type="checkbox"]')) fireEvent.click(box);
    const compare = [...container.querySelectorAll('button')].find((x) => x.textContent?.includes('history_compare'));
    expect(compare).toBeTruthy();
    fireEvent.click(compare!);
    await waitFor(() => expect(container.querySelector('table')).toBeTruthy());
    expect(leftover(readable(container))).toEqual([]);
  });

  it('the reader, from the page and from the analysed text', () => {
    const label = flaggedLabel();
    const html = '<h2>Data</h2><p>We collect your email address.</p><p>We do not sell your personal data.</p><p>We keep backups for up to one year.</p>';
    for (const article of [{ url: 'https://example.com/privacy', title: '', html, truncated: false }, null]) {
      const data = { label, url: 'https://example.com/privacy', title: 'Example Privacy Policy', truncated: true, ...buildReaderBody(label, article) };
      const { container, unmount } = render(<ReaderView data={data} />);
      DATA.push('Data');
      expect(leftover(readable(container))).toEqual([]);
      DATA.pop();
      unmount();
    }
  });
});

describe('badge titles go through messages', () => {
  const label = handLabel();
  it('grade, language and change, with the date in the UI language', () => {
    const grade = badgeFor(policy(label))!;
    expect(grade.title).toMatch(/^\[\[badge_title_grade:[A-E]\|\[\[concerns_(one|many)(:\d+)?\]\]\]\]$/);
    const lang = badgeFor({ kind: 'unsupported-language', url: 'u', language: 'fr', detection: { isPolicy: true, confidence: 1, reasons: [] } })!;
    expect(lang.title).toBe('[[badge_title_language:Französisch]]');
    const changed = badgeWithSettings(policy(label, CHANGE), DEFAULT_SETTINGS)!;
    expect(changed.title).toBe(`[[badge_title_changed:${grade.title}|5. Jan. 2026]]`);
  });
});

describe('flag details: the English messages say what the analyzer says', () => {
  afterAll(() => {
    g.browser = before;
  });
  it('for every kind of flag the analyzer raises', () => {
    g.browser = undefined; // English from messages.json
    const text = [
      'Privacy Policy. Effective date: March 1, 2010.',
      'We collect your email address and other information.',
      'We do not collect any personal information.',
      'We rely on the EU-US Privacy Shield. We also comply with Safe Harbor. We follow Directive 95/46/EC.',
      'We share your data with advertisers. We do not share your data with advertisers.',
    ].join('\n\n');
    const flags: Flag[] = analyze(text, { now: new Date('2026-01-01') }).flags;
    const kinds = new Set(flags.map((f) => `${f.id}/${f.reason ?? ''}`));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['contradiction/no-collection', 'outdated-law/privacy-shield', 'outdated-law/safe-harbor', 'outdated-law/directive-95-46', 'stale-policy/', 'vague-catch-all/']));
    for (const f of flags) {
      if (f.id === 'stale-policy') expect(flagDetail(f)).toBe(f.detail.replace(/\(effective [^)]*\)/, '(effective 1 Mar 2010)'));
      else if (f.reason !== 'item') expect(flagDetail(f)).toBe(f.detail);
    }
  });
});
