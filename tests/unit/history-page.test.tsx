// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryPage, type HistoryApi } from '../../components/HistoryPage';
import { ChangeList } from '../../components/ChangeList';
import { CompareView } from '../../components/CompareView';
import { getEntry, INDEX_KEY, putEntry, readIndex, removeEntry, takeNotice, type PolicyChange } from '../../utils/history-store';
import type { Label } from '../../analyzer/types';
import { handLabel } from './label-fixture';
import { memoryStorage } from './memory-storage';

afterEach(cleanup);

function labelOf(url: string, title: string, edit?: (l: Label) => void): Label {
  const l = handLabel();
  l.source = { ...l.source, url, title };
  edit?.(l);
  return l;
}

const sells = (l: Label) => {
  const sale = l.sections.find((s) => s.id === 'sharing')!.items[0]!;
  sale.polarity = 'yes';
  sale.evidence = [{ text: 'We sell your personal data to data brokers.', start: 0, end: 10 }];
};

const CHANGE: PolicyChange = {
  since: Date.UTC(2026, 0, 5, 12),
  seenAt: Date.UTC(2026, 1, 1, 12),
  diff: {
    changes: [
      { section: 'sharing', item: 'sale', kind: 'flipped', before: { polarity: 'no', hedged: false, quote: 'We do not sell your personal data.' }, after: { polarity: 'yes', hedged: false, quote: 'We sell your personal data to data brokers.' } },
      { section: 'sharing', item: 'advertisers', kind: 'added', after: { polarity: 'yes', hedged: true, quote: 'We may share data with advertisers.' } },
      { section: 'retention', item: 'period', kind: 'removed', before: { polarity: 'yes', hedged: false, value: 365, detail: 'up to one year', quote: 'We keep backups for up to one year.' } },
    ],
    flagsAdded: ['contradiction'],
    flagsRemoved: [],
    ratings: [{ section: 'sharing', before: 'good', after: 'bad' }],
    gradeBefore: 'B',
    gradeAfter: 'D',
  },
};

async function apiWith(entries: [string, string, number, ((l: Label) => void)?, PolicyChange?][], initial: Record<string, unknown> = {}) {
  const area = memoryStorage(initial);
  for (const [url, title, at, edit, change] of entries) await putEntry(area, url, labelOf(url, title, edit), at, change);
  const api: HistoryApi = {
    async list() {
      const index = await readIndex(area);
      const notice = await takeNotice(area);
      return { entries: index.entries, ...(notice ? { notice } : {}) };
    },
    get: (url) => getEntry(area, url),
    remove: (url) => removeEntry(area, url),
    optionsUrl: 'chrome-extension://x/options.html',
  };
  return { api, area };
}

describe('HistoryPage', () => {
  it('with nothing stored, says how the history fills', async () => {
    const { api } = await apiWith([]);
    render(<HistoryPage api={api} />);
    expect((await screen.findByText(/No policies yet/)).textContent).toMatch(/Open a privacy policy/);
    expect(screen.queryByRole('button', { name: /Compare the two/ })).toBeNull();
  });

  it('lists the policies by site, newest site first, with grade, concerns and date; a changed one is marked', async () => {
    const { api } = await apiWith([
      ['https://www.a.example/privacy', 'A privacy', Date.UTC(2026, 0, 1)],
      ['https://b.example/legal/privacy', 'B privacy', Date.UTC(2026, 0, 3)],
      ['https://www.a.example/cookies', 'A cookies', Date.UTC(2026, 0, 2), sells, CHANGE],
    ]);
    const { container } = render(<HistoryPage api={api} />);
    await screen.findByRole('heading', { name: 'b.example' });
    const sites = [...container.querySelectorAll('section.site')].map((s) => s.getAttribute('data-host'));
    expect(sites).toEqual(['b.example', 'www.a.example']);
    const a = within(container.querySelector('[data-host="www.a.example"]') as HTMLElement);
    expect(a.getAllByRole('button', { name: /^Open: / }).map((b) => b.textContent)).toEqual(['A cookies', 'A privacy']);
    const cookies = container.querySelector('[data-url="https://www.a.example/cookies"]')!;
    expect(cookies.textContent).toMatch(/\/cookies · \d+ concerns · analysed 2 Jan 2026/);
    expect(cookies.textContent).toContain('Δ changed 1 Feb 2026');
    expect(container.querySelector('[data-url="https://www.a.example/privacy"]')!.textContent).not.toContain('changed');
  });

  it('opens a label (with what changed), and goes back to the list', async () => {
    const { api } = await apiWith([['https://a.example/p', 'A privacy', 1, sells, CHANGE]]);
    const { container } = render(<HistoryPage api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open: A privacy' }));
    await screen.findByRole('heading', { name: 'A privacy' });
    expect(container.querySelector('[data-section="sharing"] [data-item="sale"]')!.getAttribute('data-polarity')).toBe('yes');
    expect(screen.getByTestId('policy-changed').textContent).toContain('Policy changed since 5 Jan 2026');
    fireEvent.click(screen.getByRole('button', { name: /Back to the list/ }));
    await screen.findByRole('heading', { name: 'Privacy policies you have analysed' });
  });

  it('deletes a label and says so', async () => {
    const { api, area } = await apiWith([
      ['https://a.example/p', 'A privacy', 1],
      ['https://b.example/p', 'B privacy', 2],
    ]);
    render(<HistoryPage api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete the label of A privacy' }));
    await screen.findByText('Deleted the label of A privacy.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Open: A privacy' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Open: B privacy' })).toBeTruthy();
    expect((await readIndex(area)).entries.map((e) => e.title)).toEqual(['B privacy']);
  });

  it('compares two chosen policies; the button waits for exactly two, and a third cannot be chosen', async () => {
    const { api } = await apiWith([
      ['https://a.example/p', 'A privacy', 1],
      ['https://b.example/p', 'B privacy', 2, sells],
      ['https://c.example/p', 'C privacy', 3],
    ]);
    const { container } = render(<HistoryPage api={api} />);
    const compare = await screen.findByRole('button', { name: 'Compare the two chosen' });
    expect((compare as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Choose A privacy to compare' }));
    expect((compare as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Choose B privacy to compare' }));
    expect((compare as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Choose C privacy to compare' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(compare);
    await screen.findByRole('heading', { name: 'Two privacy labels side by side' });
    const sale = container.querySelector('tbody[data-section="sharing"] tr[data-item="sale"]')!;
    expect(sale.className).toBe('differs');
    expect(sale.querySelector('[data-side="a"]')!.textContent).toBe('No');
    expect(sale.querySelector('[data-side="b"]')!.textContent).toBe('Yes');
  });

  it('a label listed but no longer stored (deleted in another tab) is taken off the list, with a message', async () => {
    const { api, area } = await apiWith([
      ['https://a.example/p', 'A privacy', 1],
      ['https://b.example/p', 'B privacy', 2],
    ]);
    render(<HistoryPage api={api} />);
    const open = await screen.findByRole('button', { name: 'Open: A privacy' });
    area.data.delete('history:e:https://a.example/p');
    fireEvent.click(open);
    await screen.findByText('This label is no longer stored.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Open: A privacy' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Open: B privacy' })).toBeTruthy();
  });

  it('says once that a damaged history was reset', async () => {
    const { api } = await apiWith([], { [INDEX_KEY]: '{not json' });
    render(<HistoryPage api={api} />);
    expect((await screen.findByText(/was damaged or in an old format and has been reset/)).getAttribute('role')).toBe('status');
    cleanup();
    render(<HistoryPage api={api} />);
    await screen.findByText(/No policies yet/);
    expect(screen.queryByText(/has been reset/)).toBeNull();
  });

  it('says so when the history cannot be read', async () => {
    const api: HistoryApi = { list: () => Promise.reject(new Error('storage gone')), get: async () => undefined, remove: async () => undefined, optionsUrl: '' };
    render(<HistoryPage api={api} />);
    expect((await screen.findByRole('alert')).textContent).toContain('storage gone');
  });
});

describe('ChangeList', () => {
  it('says since when, and lists what was added, removed and changed, with before → after and the quote', () => {
    const { container } = render(<ChangeList change={CHANGE} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Δ Policy changed since 5 Jan 2026');
    expect(container.textContent).toContain('Grade B → D');
    const flipped = container.querySelector('[data-change="flipped"][data-item="sharing/sale"]')!;
    expect(flipped.textContent).toContain('Sharing · Sells or rents your data');
    expect(flipped.textContent).toContain('No → Yes');
    expect(flipped.querySelector('blockquote')!.textContent).toBe('We sell your personal data to data brokers.');
    expect(container.querySelector('[data-change="added"]')!.textContent).toContain('Yes (may)');
    expect(container.querySelector('[data-change="removed"]')!.textContent).toContain('up to one year');
    expect(screen.getByRole('heading', { name: 'Added (1)' })).toBeTruthy();
    expect(container.textContent).toContain('New flag: ');
  });

  it('page text in a quote stays text', () => {
    const change = structuredClone(CHANGE);
    change.diff.changes[0]!.after!.quote = '<img src=x onerror=alert(1)>';
    const { container } = render(<ChangeList change={change} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('CompareView', () => {
  it('puts both sites side by side, all sections, with grades; equal rows are not marked', () => {
    const a = labelOf('https://a.example/p', 'A privacy');
    const { container } = render(<CompareView a={{ url: 'https://a.example/p', label: a }} b={{ url: 'https://b.example/p', label: labelOf('https://b.example/p', 'B privacy') }} />);
    expect([...container.querySelectorAll('thead th .compare-site')].map((s) => s.textContent)).toEqual(['a.example', 'b.example']);
    expect(container.querySelectorAll('tbody[data-section]')).toHaveLength(11);
    expect(container.querySelectorAll('tr.differs')).toHaveLength(0);
    expect(container.querySelector('tr[data-item="period"] [data-side="a"]')!.textContent).toBe('Yes (may) · up to one year');
    const tracking = container.querySelector('tbody[data-section="tracking"] .compare-section')!;
    expect(tracking.textContent).toBe('TrackingNot statedNot stated');
  });
});
