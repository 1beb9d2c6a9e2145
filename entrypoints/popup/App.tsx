import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AnalyseReply, TabState } from '../../utils/messages';
import { restrictedReason, RESTRICTED_TEXT } from '../../utils/restricted';
import { LabelView } from '../../components/LabelView';
import { StatusMessage } from '../../components/StatusMessage';
import { JumpContext } from '../../components/jump';

type View =
  | { kind: 'loading' }
  | { kind: 'restricted'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'state'; state: TabState };

const ERRORS: Record<string, string> = {
  'no-content-script': 'Privacy Label cannot read this page yet. Reload the page, then click the icon again.',
  'empty-page': 'This page has no text to analyse.',
  'not-html': 'This is not a web page but a file the browser shows (an image, plain data or a download); there is no policy text to read.',
  'fetch-failed': "The site's privacy policy page could not be loaded.",
  'other-origin': "The site's privacy policy is on another site; Privacy Label only reads pages of the site you are on.",
  'no-policy-link': 'No link to a privacy policy was found on this page.',
};

/** The popup: asks the background for the current tab's state and shows it. */
export function App() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number>();
  const [tabUrl, setTabUrl] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (!tab?.id) return setView({ kind: 'error', text: ERRORS['no-content-script']! });
      setTabId(tab.id);
      setTabUrl(tab.url);
      const reason = restrictedReason(tab.url);
      if (reason) return setView({ kind: 'restricted', text: RESTRICTED_TEXT[reason] });
      const state = (await browser.runtime.sendMessage({ type: 'ui:get-tab-state', tabId: tab.id })) as TabState | null;
      if (state && (!tab.url || state.url === tab.url)) return setView({ kind: 'state', state });
      // No state yet: a page that failed the cheap check, one still loading, or one open before
      // the extension was installed. Ask the page now; label it only if it is a policy.
      await analyse(tab.id, false);
    })().catch((e: unknown) => setView({ kind: 'error', text: `Something went wrong: ${String(e)}` }));
  }, []);

  async function analyse(id: number, force: boolean): Promise<void> {
    setBusy(true);
    try {
      const reply = (await browser.runtime.sendMessage({ type: 'ui:analyse-tab', tabId: id, force })) as AnalyseReply;
      if (!reply.ok) {
        if (reply.error === 'pdf') return setView({ kind: 'restricted', text: RESTRICTED_TEXT.pdf });
        return setView({ kind: 'error', text: ERRORS[reply.error] ?? reply.error });
      }
      setView({ kind: 'state', state: reply.state });
    } finally {
      setBusy(false);
    }
  }

  async function analyseSitePolicy(id: number): Promise<void> {
    setBusy(true);
    try {
      const reply = (await browser.runtime.sendMessage({ type: 'ui:analyse-site-policy', tabId: id })) as AnalyseReply;
      if (!reply.ok) return setView({ kind: 'error', text: ERRORS[reply.error] ?? reply.error });
      setView({ kind: 'state', state: reply.state });
    } finally {
      setBusy(false);
    }
  }

  const jump = async (quote: string): Promise<boolean> => {
    if (tabId === undefined) return false;
    try {
      return (await browser.tabs.sendMessage(tabId, { type: 'ui:highlight', quote })) === true;
    } catch {
      return false;
    }
  };

  // `npm run bench` (a build in mode "bench" only): when the first state is on screen.
  useEffect(() => {
    if (import.meta.env.MODE === 'bench' && view.kind === 'state') requestAnimationFrame(() => performance.mark('privacy-label:state-visible'));
  }, [view]);

  // Quotes can be shown in the page only when the label is of the page in the tab (not of a
  // policy fetched from the site).
  const jumpable = view.kind === 'state' && view.state.url === tabUrl;

  return (
    <JumpContext.Provider value={jumpable ? jump : undefined}>
    <main class="popup" aria-busy={view.kind === 'loading' || busy}>
      {view.kind === 'loading' && <StatusMessage title="Reading the policy…" />}
      {view.kind === 'restricted' && <StatusMessage title="This page cannot be read" text={view.text} />}
      {view.kind === 'error' && <StatusMessage title="No label for this page" text={view.text} />}
      {view.kind === 'state' && view.state.kind === 'not-policy' && (
        <StatusMessage
          title="This page is not a privacy policy"
          text="Nothing here reads like a privacy policy, so there is no badge. You can still analyse it."
        >
          {view.state.policyLink && (
            <p class="policy-link">
              This site's privacy policy: <span title={view.state.policyLink.url}>{view.state.policyLink.text || view.state.policyLink.url}</span>
              <br />
              <button type="button" class="primary" disabled={busy || tabId === undefined} onClick={() => tabId !== undefined && void analyseSitePolicy(tabId)}>
                {busy ? 'Analysing…' : "Analyse this site's privacy policy"}
              </button>
            </p>
          )}
          <button type="button" class={view.state.policyLink ? undefined : 'primary'} disabled={busy || tabId === undefined} onClick={() => tabId !== undefined && void analyse(tabId, true)}>
            {busy ? 'Analysing…' : 'Analyse this page anyway'}
          </button>
        </StatusMessage>
      )}
      {view.kind === 'state' && view.state.kind === 'unsupported-language' && (
        <StatusMessage
          title={`A privacy policy in ${languageName(view.state.language)}: detected, not yet analysed`}
          text={`This page reads like a privacy policy written in ${languageName(view.state.language)}. Privacy Label analyses English policies only for now, so it shows no label rather than a wrong one.`}
        />
      )}
      {view.kind === 'state' && (view.state.kind === 'policy' || view.state.kind === 'analysed') && (
        <LabelView label={view.state.label} analysedAt={view.state.analysedAt} truncated={view.state.truncated} />
      )}
    </main>
    </JumpContext.Provider>
  );
}

const LANGUAGES: Record<string, string> = { de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', nl: 'Dutch', pt: 'Portuguese', en: 'English' };
const languageName = (code: string): string => LANGUAGES[code] ?? `"${code}"`;
