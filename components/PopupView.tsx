import type { TabState } from '../utils/messages';
import { languageName, t } from '../utils/i18n';
import { LabelView } from './LabelView';
import { StatusMessage } from './StatusMessage';
import { OptionsLinks, OptionsSwitchedOff } from './OptionsLinks';
import { ChangeList } from './ChangeList';

/** What the popup shows: one of these, and nothing else. */
export type PopupState =
  | { kind: 'loading' }
  | { kind: 'restricted'; text: string }
  | { kind: 'error'; text: string }
  /** A site where the reader switched Privacy Label off in the options. */
  | { kind: 'off'; host: string }
  | { kind: 'state'; state: TabState };

export interface PopupActions {
  busy?: boolean;
  /** Analyse the tab's page even though it does not look like a policy. */
  onAnalyse?: () => void;
  /** Fetch and analyse the policy the page links to. */
  onAnalyseSitePolicy?: () => void;
  onOpenReader?: () => void;
  /** Where the footer's links lead (the options and history pages); no footer without them. */
  optionsUrl?: string;
  historyUrl?: string;
}

/** The popup's content for a state: pure rendering, so that each state is tested alone. */
export function PopupView({ optionsUrl, historyUrl, ...props }: { view: PopupState } & PopupActions) {
  return (
    <>
      <PopupBody {...props} optionsUrl={optionsUrl} />
      {props.view.kind !== 'loading' && optionsUrl && historyUrl && <OptionsLinks optionsUrl={optionsUrl} historyUrl={historyUrl} />}
    </>
  );
}

function PopupBody({ view, busy = false, onAnalyse, onAnalyseSitePolicy, onOpenReader, optionsUrl = '' }: { view: PopupState } & PopupActions) {
  switch (view.kind) {
    case 'loading':
      return <StatusMessage title={t('popup_loading')} />;
    case 'restricted':
      return <StatusMessage title={t('restricted_title')} text={view.text} />;
    case 'error':
      return <StatusMessage title={t('error_title')} text={view.text} />;
    case 'off':
      return <OptionsSwitchedOff host={view.host} optionsUrl={optionsUrl} />;
  }
  const { state } = view;
  switch (state.kind) {
    case 'not-policy':
      return (
        <StatusMessage title={t('notpolicy_title')} text={t('notpolicy_text')}>
          {state.policyLink && (
            <p class="policy-link">
              {t('notpolicy_site_link')} <span title={state.policyLink.url}>{state.policyLink.text || state.policyLink.url}</span>
              <br />
              <button type="button" class="primary" disabled={busy || !onAnalyseSitePolicy} onClick={onAnalyseSitePolicy}>
                {busy ? t('analysing') : t('analyse_site_policy')}
              </button>
            </p>
          )}
          <button type="button" class={state.policyLink ? 'secondary' : 'primary'} disabled={busy || !onAnalyse} onClick={onAnalyse}>
            {busy ? t('analysing') : t('analyse_anyway')}
          </button>
        </StatusMessage>
      );
    case 'unsupported-language': {
      const language = languageName(state.language);
      return <StatusMessage title={t('unsupported_title', language)} text={t('unsupported_text', language)} />;
    }
    case 'policy':
    case 'analysed':
      return (
        <>
          {state.change && <ChangeList change={state.change} />}
          <LabelView label={state.label} analysedAt={state.analysedAt} truncated={state.truncated} onOpenReader={onOpenReader} />
        </>
      );
  }
}
