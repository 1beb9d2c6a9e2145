import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AnalyseReply } from '../../utils/messages';
import type { PopupStart } from '../../utils/popup-data';
import { errorText, restrictedText } from '../../utils/popup-text';
import { PopupView, type PopupState } from '../../components/PopupView';
import { JumpContext } from '../../components/jump';
import { DeferHidden } from '../../components/Deferred';
import { hostnameOf } from '../../utils/url';

/** The popup: shows what `popupStart` found, or asks the page now when nothing is kept for it. */
export function App({ start }: { start: PopupStart }) {
  const [view, setView] = useState<PopupState>(start.view ?? { kind: 'loading' });
  const [busy, setBusy] = useState(false);
  // The first frame leaves out what closed <details> hold; it follows once that frame is painted
  // (a task queued from the frame's callback runs after the paint), or after 200 ms where no
  // frame comes (a hidden document). Busy until then.
  const [hiddenLater, setHiddenLater] = useState(true);
  useEffect(() => {
    const show = () => setHiddenLater(false);
    requestAnimationFrame(() => setTimeout(show));
    setTimeout(show, 200);
  }, []);
  const { tabId, tabUrl } = start;

  useEffect(() => {
    // No state yet: a page that failed the cheap check, one still loading, or one open before
    // the extension was installed. Ask the page now; label it only if it is a policy.
    if (!start.view && tabId !== undefined) void analyse(tabId, false);
  }, []);

  async function run(message: object): Promise<void> {
    setBusy(true);
    try {
      const reply = (await browser.runtime.sendMessage(message)) as AnalyseReply;
      if (!reply.ok) {
        if (reply.error === 'pdf') return setView({ kind: 'restricted', text: restrictedText('pdf') });
        if (reply.error === 'switched-off') return setView({ kind: 'off', host: hostnameOf(tabUrl) });
        return setView({ kind: 'error', text: errorText(reply.error) });
      }
      setView({ kind: 'state', state: reply.state });
    } catch (e) {
      setView({ kind: 'error', text: errorText(String(e)) });
    } finally {
      setBusy(false);
    }
  }
  const analyse = (id: number, force: boolean) => run({ type: 'ui:analyse-tab', tabId: id, force });

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

  // Quotes can be shown in the page, and the page read in full, only when the label is of the
  // page in the tab (not of a policy fetched from the site).
  const ofTab = view.kind === 'state' && view.state.url === tabUrl && tabId !== undefined;
  const openReader = () => void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tab=${tabId}`) }).then(() => window.close());

  return (
    <JumpContext.Provider value={ofTab ? jump : undefined}>
      <DeferHidden.Provider value={hiddenLater}>
        <main class="popup" aria-busy={view.kind === 'loading' || busy || hiddenLater}>
          <PopupView
            view={view}
            busy={busy}
            onAnalyse={tabId !== undefined ? () => void analyse(tabId, true) : undefined}
            onAnalyseSitePolicy={tabId !== undefined ? () => void run({ type: 'ui:analyse-site-policy', tabId }) : undefined}
            onOpenReader={ofTab ? openReader : undefined}
            optionsUrl={browser.runtime.getURL('/options.html')}
            historyUrl={browser.runtime.getURL('/labels.html')}
          />
        </main>
      </DeferHidden.Provider>
    </JumpContext.Provider>
  );
}
