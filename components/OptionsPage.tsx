import { useEffect, useRef, useState } from 'preact/hooks';
import { parseHostname, type BadgeStyle, type Settings } from '../utils/settings';
import { t } from '../utils/i18n';

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
      setStatus({ kind: 'ok', text: done ?? t('options_saved') });
      return true;
    } catch (e) {
      setStatus({ kind: 'error', text: t('options_save_failed', String(e)) });
      return false;
    }
  }

  async function addSite(ev: Event): Promise<void> {
    ev.preventDefault();
    if (!settings) return;
    const typed = site.trim();
    if (!typed) return setSiteError(t('options_never_empty'));
    const parsed = parseHostname(typed);
    if ('error' in parsed) return setSiteError(t('options_never_invalid', typed));
    if (settings.neverRun.includes(parsed.host)) return setSiteError(t('options_never_duplicate', parsed.host));
    setSiteError(undefined);
    if (await update({ ...settings, neverRun: [...settings.neverRun, parsed.host] }, t('options_never_added', parsed.host))) setSite('');
  }

  async function clearAll(): Promise<void> {
    setConfirming(false);
    try {
      await api.clearAll();
      const r = await api.load();
      setSettings(r.settings);
      setCleared({ kind: 'ok', text: t('options_cleared') });
    } catch (e) {
      setCleared({ kind: 'error', text: t('options_clear_failed', String(e)) });
    }
  }

  if (loadError) return <main class="page options"><h1>{t('options_title')}</h1><p role="alert" class="error">{t('options_save_failed', loadError)}</p></main>;
  if (!settings) return <main class="page options" aria-busy="true"><h1>{t('options_title')}</h1><p>{t('loading')}</p></main>;

  return (
    <main class="page options" aria-busy="false">
      <h1>{t('options_title')}</h1>
      {repaired && <p class="notice" role="status">{t('options_repaired')}</p>}

      <section aria-labelledby="opt-badge">
        <h2 id="opt-badge">{t('options_badge_heading')}</h2>
        <label class="check">
          <input type="checkbox" name="badge" checked={settings.badge} onChange={(e) => void update({ ...settings, badge: e.currentTarget.checked })} />
          {t('options_badge_on')}
        </label>
        <fieldset disabled={!settings.badge}>
          <legend>{t('options_badge_style')}</legend>
          {(['grade', 'concerns'] as BadgeStyle[]).map((style) => (
            <label key={style} class="check">
              <input type="radio" name="badgeStyle" value={style} checked={settings.badgeStyle === style} onChange={() => void update({ ...settings, badgeStyle: style })} />
              {t(style === 'grade' ? 'options_badge_style_grade' : 'options_badge_style_concerns')}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="opt-never">
        <h2 id="opt-never">{t('options_never_heading')}</h2>
        <p class="meta">{t('options_never_help')}</p>
        {settings.neverRun.length === 0 ? (
          <p class="never-none">{t('options_never_none')}</p>
        ) : (
          <ul class="never-list">
            {settings.neverRun.map((h) => (
              <li key={h} data-host={h}>
                <span>{h}</span>{' '}
                <button type="button" aria-label={t('options_never_remove', h)} onClick={() => void update({ ...settings, neverRun: settings.neverRun.filter((x) => x !== h) }, t('options_never_removed', h))}>
                  {t('options_never_remove_short')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="never-add" onSubmit={(e) => void addSite(e)} noValidate>
          <label for="never-site">{t('options_never_add_label')}</label>
          <input id="never-site" name="site" type="text" autoComplete="off" spellcheck={false} value={site} aria-invalid={siteError ? 'true' : 'false'} aria-describedby={siteError ? 'never-error' : undefined} onInput={(e) => setSite(e.currentTarget.value)} />
          <button type="submit">{t('options_never_add')}</button>
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
        <h2 id="opt-data">{t('options_data_heading')}</h2>
        <p class="meta">{t('options_data_help')}</p>
        <p>
          <a href={api.historyUrl}>{t('options_data_history')}</a>
        </p>
        {confirming ? (
          <div class="confirm" role="alertdialog" aria-labelledby="clear-q">
            <p id="clear-q">{t('options_clear_confirm')}</p>
            <button type="button" class="danger" onClick={() => void clearAll()}>
              {t('options_clear_yes')}
            </button>{' '}
            <button type="button" ref={cancelRef} onClick={() => { setConfirming(false); setTimeout(() => clearRef.current?.focus()); }}>
              {t('options_clear_no')}
            </button>
          </div>
        ) : (
          <button type="button" class="danger" ref={clearRef} onClick={() => { setCleared(undefined); setConfirming(true); }}>
            {t('options_clear')}
          </button>
        )}
        <p class={`status-line ${cleared?.kind ?? ''}`} role="status" aria-live="polite" data-testid="clear-status">
          {cleared?.text ?? ''}
        </p>
      </section>
    </main>
  );
}
