import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry, IndexEntry } from '../utils/history-store';
import { LabelView } from './LabelView';
import { ChangeList } from './ChangeList';
import { CompareView } from './CompareView';
import { t, uiDate } from '../utils/i18n';

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
      setView({ kind: 'error', text: t('history_error', String(e)) });
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
      setStatus(t('history_missing'));
      return reload();
    }
    setStatus('');
    setView({ kind: 'open', entry });
    window.scrollTo?.(0, 0);
  }

  async function remove(e: IndexEntry): Promise<void> {
    await api.remove(e.url);
    setStatus(t('history_deleted', e.title));
    await reload();
  }

  async function compare(): Promise<void> {
    const [a, b] = await Promise.all(chosen.slice(0, 2).map((u) => api.get(u)));
    if (!a || !b) {
      setStatus(t('history_missing'));
      return reload();
    }
    setView({ kind: 'compare', a, b });
  }

  const back = (
    <p>
      <button type="button" class="back" onClick={() => void reload()}>
        ← {t('history_back')}
      </button>
    </p>
  );

  return (
    <main class="page history" aria-busy={view.kind === 'loading'}>
      {view.kind === 'loading' && <p>{t('loading')}</p>}
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
            <h1>{t('history_title')}</h1>
            <a href={api.optionsUrl}>{t('history_options')}</a>
          </header>
          <p class="meta">{t('history_help')}</p>
          {notice && (
            <p class="notice" role="status">
              {t('history_reset')}
            </p>
          )}
          {entries.length === 0 ? (
            <p class="history-empty">{t('history_empty')}</p>
          ) : (
            <>
              <div class="compare-bar">
                <button type="button" class="primary" disabled={chosen.length !== 2} onClick={() => void compare()}>
                  {t('history_compare')}
                </button>{' '}
                <span class="meta">{chosen.length !== 2 && t('history_compare_hint')}</span>
              </div>
              {bySite(entries).map(([host, list]) => (
                <section key={host} class="site" data-host={host} aria-labelledby={`site-${host}`}>
                  <h2 id={`site-${host}`}>{host || '—'}</h2>
                  <ul>
                    {list.map((e) => (
                      <li key={e.url} class="entry" data-url={e.url}>
                        <span class={`grade small grade-${e.grade}`} role="img" aria-label={t('compare_grade', e.grade)}>
                          {e.grade}
                        </span>
                        <span class="entry-text">
                          <button type="button" class="link entry-open" onClick={() => void open(e.url)} aria-label={`${t('history_open')}: ${e.title}`}>
                            {e.title}
                          </button>
                          <span class="meta">
                            {pathOf(e.url)} · {t('history_concerns', e.concerns)} · {t('history_analysed', uiDate(e.analysedAt))}
                            {e.changedAt && <strong class="changed-mark"> · Δ {t('history_changed', uiDate(e.changedAt))}</strong>}
                          </span>
                        </span>
                        <label class="check choose">
                          <input
                            type="checkbox"
                            checked={chosen.includes(e.url)}
                            disabled={!chosen.includes(e.url) && chosen.length >= 2}
                            aria-label={t('history_compare_choose_label', e.title)}
                            onChange={(ev) => {
                              const on = ev.currentTarget.checked;
                              setChosen((c) => (on ? [...c, e.url].slice(-2) : c.filter((u) => u !== e.url)));
                            }}
                          />
                          {t('history_compare_choose')}
                        </label>
                        <button type="button" class="entry-delete" aria-label={t('history_delete_label', e.title)} onClick={() => void remove(e)}>
                          {t('history_delete')}
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
