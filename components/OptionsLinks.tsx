import { t } from '../utils/i18n';

/** The popup's footer: links to the options and the history (they open in a tab). */
export function OptionsLinks({ optionsUrl, historyUrl }: { optionsUrl: string; historyUrl: string }) {
  return (
    <nav class="popup-links" aria-label={t('extName')}>
      <a href={historyUrl} target="_blank" rel="noopener">
        {t('popup_history')}
      </a>
      <a href={optionsUrl} target="_blank" rel="noopener">
        {t('popup_options')}
      </a>
    </nav>
  );
}

/** In place of the label on a site where the reader switched Privacy Label off. */
export function OptionsSwitchedOff({ host, optionsUrl }: { host: string; optionsUrl: string }) {
  return (
    <section class="status switched-off" role="status">
      <h1>{t('popup_off_title', host)}</h1>
      <p>{t('popup_off_text')}</p>
      <p>
        <a href={optionsUrl} target="_blank" rel="noopener">
          {t('popup_off_link')}
        </a>
      </p>
    </section>
  );
}
