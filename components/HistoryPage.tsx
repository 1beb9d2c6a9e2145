import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry, IndexEntry } from '../utils/history-store';
import { LabelView } from './LabelView';
import { ChangeList } from './ChangeList';
import { CompareView } from './CompareView';
import { ui, uiDate } from './strings-ui';

/** What the history page needs from the extension's storage, injected for tests. */
export interface HistoryApi {
  list(): Promise<{ entries: IndexEntry[]; notice?: string }>;
  get(url: string): Promise<HistoryEntry | undefined>;
  remove(url: string): Promise<void>;
  optionsUrl: string;
}

type View =
  | { kind: 'loading' }
  | { kind: 'error'; text: string }
  | { kind: 'list' }
  | { kind: 'open'; entry: HistoryEntry }
  | { kind: 'compare'; a: HistoryEntry; b: HistoryEntry };

/** Entries grouped by site, sites in order of their latest analysis. */
function bySite(entries: IndexEntry[]): [string, IndexEntry[]][] {
  const groups = new Map<string, IndexEntry[]>();
  for (const e of [...entries].sort((x, y) => y.analysedAt - x.analysedAt)) {
    const list = groups.get(e.host) ?? [];
    list.push(e);
    groups.set(e.host, list);
  }
  return [...groups];
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

export function HistoryPage({ api }: { api: HistoryApi }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [entries, setEntries] = useState<IndexEntry[]>([]);
  const [notice, setNotice] = useState<string>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  async function reload(): Promise<void> {
    try {
      const r = await api.list();
      setEntries(r.entries);
      if (r.notice) setNotice(r.notice);
      setChosen((c) => c.filter((u) => r.entries.some((e) => e.url === u)));
      setView({ kind: 'list' });
    } catch (e) {
      setView({ kind: 'error', text: ui('historyError', String(e)) });
    }
  }

  useEffect(() => {
    void reload();
  }, [api]);

  async function open(url: string): Promise<void> {
    const entry = await api.get(url);
    if (!entry) {
      // Listed but gone (deleted in another tab, or damaged): take it off the list.
      await api.remove(url).catch(() => undefined);
      setStatus(ui('historyMissing'));
      return reload();
    }
    setStatus('');
    setView({ kind: 'open', entry });
    window.scrollTo?.(0, 0);
  }

  async function remove(e: IndexEntry): Promise<void> {
    await api.remove(e.url);
    setStatus(ui('historyDeleted', e.title));
    await reload();
  }

  async function compare(): Promise<void> {
    const [a, b] = await Promise.all(chosen.slice(0, 2).map((u) => api.get(u)));
    if (!a || !b) {
      setStatus(ui('historyMissing'));
      return reload();
    }
    setView({ kind: 'compare', a, b });
  }

  const back = (
    <p>
      <button type="button" class="back" onClick={() => void reload()}>
        ← {ui('historyBack')}
      </button>
    </p>
  );

  return (
    <main class="page history" aria-busy={view.kind === 'loading'}>
      {view.kind === 'loading' && <p>{ui('loading')}</p>}
      {view.kind === 'error' && (
        <p class="error" role="alert">
          {view.text}
        </p>
      )}
      {view.kind === 'open' && (
        <>
          {back}
          {view.entry.change && <ChangeList change={view.entry.change} />}
          <LabelView label={view.entry.label} analysedAt={view.entry.analysedAt} truncated={false} />
        </>
      )}
      {view.kind === 'compare' && (
        <>
          {back}
          <CompareView a={view.a} b={view.b} />
        </>
      )}
      {view.kind === 'list' && (
        <>
          <header class="page-head">
            <h1>{ui('historyTitle')}</h1>
            <a href={api.optionsUrl}>{ui('historyOptions')}</a>
          </header>
          <p class="meta">{ui('historyHelp')}</p>
          {notice && (
            <p class="notice" role="status">
              {ui('historyReset')}
            </p>
          )}
          {entries.length === 0 ? (
            <p class="history-empty">{ui('historyEmpty')}</p>
          ) : (
            <>
              <div class="compare-bar">
                <button type="button" class="primary" disabled={chosen.length !== 2} onClick={() => void compare()}>
                  {ui('historyCompare')}
                </button>{' '}
                <span class="meta">{chosen.length !== 2 && ui('historyCompareHint')}</span>
              </div>
              {bySite(entries).map(([host, list]) => (
                <section key={host} class="site" data-host={host} aria-labelledby={`site-${host}`}>
                  <h2 id={`site-${host}`}>{host || '—'}</h2>
                  <ul>
                    {list.map((e) => (
                      <li key={e.url} class="entry" data-url={e.url}>
                        <span class={`grade small grade-${e.grade}`} role="img" aria-label={ui('compareGrade', e.grade)}>
                          {e.grade}
                        </span>
                        <span class="entry-text">
                          <button type="button" class="link entry-open" onClick={() => void open(e.url)} aria-label={`${ui('historyOpen')}: ${e.title}`}>
                            {e.title}
                          </button>
                          <span class="meta">
                            {pathOf(e.url)} · {ui('historyConcerns', e.concerns)} · {ui('historyAnalysed', uiDate(e.analysedAt))}
                            {e.changedAt && <strong class="changed-mark"> · Δ {ui('historyChanged', uiDate(e.changedAt))}</strong>}
                          </span>
                        </span>
                        <label class="check choose">
                          <input
                            type="checkbox"
                            checked={chosen.includes(e.url)}
                            disabled={!chosen.includes(e.url) && chosen.length >= 2}
                            aria-label={ui('historyCompareChooseLabel', e.title)}
                            onChange={(ev) => {
                              const on = ev.currentTarget.checked;
                              setChosen((c) => (on ? [...c, e.url].slice(-2) : c.filter((u) => u !== e.url)));
                            }}
                          />
                          {ui('historyCompareChoose')}
                        </label>
                        <button type="button" class="entry-delete" aria-label={ui('historyDeleteLabel', e.title)} onClick={() => void remove(e)}>
                          {ui('historyDelete')}
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </>
          )}
        </>
      )}
      <p class="status-line" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
