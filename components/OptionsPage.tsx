import { useEffect, useRef, useState } from 'preact/hooks';
import { parseHostname, type BadgeStyle, type Settings } from '../utils/settings';
import { ui } from './strings-ui';

/** What the options page needs from the extension (storage and the background), injected for tests. */
export interface OptionsApi {
  load(): Promise<{ settings: Settings; repaired: boolean }>;
  save(settings: Settings): Promise<Settings>;
  clearAll(): Promise<void>;
  historyUrl: string;
}

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

export function OptionsPage({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings>();
  const [repaired, setRepaired] = useState(false);
  const [loadError, setLoadError] = useState<string>();
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState<string>();
  const [status, setStatus] = useState<Status>();
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState<Status>();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);

  // The confirmation takes the focus (on its safe answer); closing it gives it back.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  useEffect(() => {
    api.load().then(
      (r) => {
        setSettings(r.settings);
        setRepaired(r.repaired);
      },
      (e: unknown) => setLoadError(String(e)),
    );
  }, [api]);

  async function update(next: Settings, done?: string): Promise<boolean> {
    try {
      setSettings(await api.save(next));
      setStatus({ kind: 'ok', text: done ?? ui('optionsSaved') });
      return true;
    } catch (e) {
      setStatus({ kind: 'error', text: ui('optionsSaveFailed', String(e)) });
      return false;
    }
  }

  async function addSite(ev: Event): Promise<void> {
    ev.preventDefault();
    if (!settings) return;
    const typed = site.trim();
    if (!typed) return setSiteError(ui('optionsNeverEmpty'));
    const parsed = parseHostname(typed);
    if ('error' in parsed) return setSiteError(ui('optionsNeverInvalid', typed));
    if (settings.neverRun.includes(parsed.host)) return setSiteError(ui('optionsNeverDuplicate', parsed.host));
    setSiteError(undefined);
    if (await update({ ...settings, neverRun: [...settings.neverRun, parsed.host] }, ui('optionsNeverAdded', parsed.host))) setSite('');
  }

  async function clearAll(): Promise<void> {
    setConfirming(false);
    try {
      await api.clearAll();
      const r = await api.load();
      setSettings(r.settings);
      setCleared({ kind: 'ok', text: ui('optionsCleared') });
    } catch (e) {
      setCleared({ kind: 'error', text: ui('optionsClearFailed', String(e)) });
    }
  }

  if (loadError) return <main class="page options"><h1>{ui('optionsTitle')}</h1><p role="alert" class="error">{ui('optionsSaveFailed', loadError)}</p></main>;
  if (!settings) return <main class="page options" aria-busy="true"><h1>{ui('optionsTitle')}</h1><p>{ui('loading')}</p></main>;

  return (
    <main class="page options" aria-busy="false">
      <h1>{ui('optionsTitle')}</h1>
      {repaired && <p class="notice" role="status">{ui('optionsRepaired')}</p>}

      <section aria-labelledby="opt-badge">
        <h2 id="opt-badge">{ui('optionsBadgeHeading')}</h2>
        <label class="check">
          <input type="checkbox" name="badge" checked={settings.badge} onChange={(e) => void update({ ...settings, badge: e.currentTarget.checked })} />
          {ui('optionsBadgeOn')}
        </label>
        <fieldset disabled={!settings.badge}>
          <legend>{ui('optionsBadgeStyle')}</legend>
          {(['grade', 'concerns'] as BadgeStyle[]).map((style) => (
            <label key={style} class="check">
              <input type="radio" name="badgeStyle" value={style} checked={settings.badgeStyle === style} onChange={() => void update({ ...settings, badgeStyle: style })} />
              {ui(style === 'grade' ? 'optionsBadgeStyleGrade' : 'optionsBadgeStyleConcerns')}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="opt-never">
        <h2 id="opt-never">{ui('optionsNeverHeading')}</h2>
        <p class="meta">{ui('optionsNeverHelp')}</p>
        {settings.neverRun.length === 0 ? (
          <p class="never-none">{ui('optionsNeverNone')}</p>
        ) : (
          <ul class="never-list">
            {settings.neverRun.map((h) => (
              <li key={h} data-host={h}>
                <span>{h}</span>{' '}
                <button type="button" aria-label={ui('optionsNeverRemove', h)} onClick={() => void update({ ...settings, neverRun: settings.neverRun.filter((x) => x !== h) }, ui('optionsNeverRemoved', h))}>
                  {ui('optionsNeverRemoveShort')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="never-add" onSubmit={(e) => void addSite(e)} noValidate>
          <label for="never-site">{ui('optionsNeverAddLabel')}</label>
          <input id="never-site" name="site" type="text" autoComplete="off" spellcheck={false} value={site} aria-invalid={siteError ? 'true' : 'false'} aria-describedby={siteError ? 'never-error' : undefined} onInput={(e) => setSite(e.currentTarget.value)} />
          <button type="submit">{ui('optionsNeverAdd')}</button>
          {siteError && (
            <p id="never-error" class="error" role="alert">
              {siteError}
            </p>
          )}
        </form>
      </section>

      <p class={`status-line ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>

      <section aria-labelledby="opt-data">
        <h2 id="opt-data">{ui('optionsDataHeading')}</h2>
        <p class="meta">{ui('optionsDataHelp')}</p>
        <p>
          <a href={api.historyUrl}>{ui('optionsDataHistory')}</a>
        </p>
        {confirming ? (
          <div class="confirm" role="alertdialog" aria-labelledby="clear-q">
            <p id="clear-q">{ui('optionsClearConfirm')}</p>
            <button type="button" class="danger" onClick={() => void clearAll()}>
              {ui('optionsClearYes')}
            </button>{' '}
            <button type="button" ref={cancelRef} onClick={() => { setConfirming(false); setTimeout(() => clearRef.current?.focus()); }}>
              {ui('optionsClearNo')}
            </button>
          </div>
        ) : (
          <button type="button" class="danger" ref={clearRef} onClick={() => { setCleared(undefined); setConfirming(true); }}>
            {ui('optionsClear')}
          </button>
        )}
        <p class={`status-line ${cleared?.kind ?? ''}`} role="status" aria-live="polite" data-testid="clear-status">
          {cleared?.text ?? ''}
        </p>
      </section>
    </main>
  );
}
