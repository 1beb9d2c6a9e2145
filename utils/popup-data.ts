import type { PopupState } from '../components/PopupView';
import type { TabState } from './messages';
import { restrictedReason } from './restricted';
import { errorText, restrictedText } from './popup-text';
import { tabStateKey } from './session-keys';

export interface PopupStart {
  tabId?: number;
  tabUrl?: string;
  /** What to show on the first frame; undefined when the page must be asked (no label kept). */
  view?: PopupState;
}

/** The few extension APIs the popup's first frame needs, promise-based in Chrome MV3 and Firefox. */
interface StartApi {
  tabs: { query(q: { active: true; currentWindow: true }): Promise<{ id?: number; url?: string }[]> };
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage?: { session?: { get(key: string): Promise<Record<string, unknown>> } };
}

/**
 * The browser's own `browser` (Firefox) or `chrome` (Chrome MV3, whose APIs return promises)
 * global: these calls need no polyfill, so they can start before the popup's UI code loads.
 */
function startApi(): StartApi {
  const g = globalThis as { browser?: StartApi; chrome?: StartApi };
  return (g.browser?.runtime?.id ? g.browser : g.chrome)!;
}

/**
 * Before the popup's first frame: the active tab and the label the background already keeps
 * for it, so that an analysed tab shows its label at once. The label is read from
 * storage.session, where the background writes each tab's state: no message, so the service
 * worker need not run (or wake up) for the popup to show it. Only when nothing is stored
 * there is the background asked.
 */
export async function popupStart(api: StartApi = startApi()): Promise<PopupStart> {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return { view: { kind: 'error', text: errorText('no-content-script') } };
  const reason = restrictedReason(tab.url);
  if (reason) return { tabId: tab.id, tabUrl: tab.url, view: { kind: 'restricted', text: restrictedText(reason) } };
  const key = tabStateKey(tab.id);
  const stored = api.storage?.session ? ((await api.storage.session.get(key).catch((): Record<string, unknown> => ({})))[key] as TabState | undefined) : undefined;
  const state = stored ?? ((await api.runtime.sendMessage({ type: 'ui:get-tab-state', tabId: tab.id })) as TabState | null);
  if (state && (!tab.url || state.url === tab.url)) return { tabId: tab.id, tabUrl: tab.url, view: { kind: 'state', state } };
  return { tabId: tab.id, tabUrl: tab.url };
}
