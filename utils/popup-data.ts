import { browser } from 'wxt/browser';
import type { PopupState } from '../components/PopupView';
import type { TabState } from './messages';
import { restrictedReason } from './restricted';
import { errorText, restrictedText } from './popup-text';

export interface PopupStart {
  tabId?: number;
  tabUrl?: string;
  /** What to show on the first frame; undefined when the page must be asked (no label kept). */
  view?: PopupState;
}

/**
 * Before the popup's first frame: the active tab and the label the background already keeps
 * for it (one message, no recomputation), so that an analysed tab shows its label at once.
 */
export async function popupStart(): Promise<PopupStart> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return { view: { kind: 'error', text: errorText('no-content-script') } };
  const reason = restrictedReason(tab.url);
  if (reason) return { tabId: tab.id, tabUrl: tab.url, view: { kind: 'restricted', text: restrictedText(reason) } };
  const state = (await browser.runtime.sendMessage({ type: 'ui:get-tab-state', tabId: tab.id })) as TabState | null;
  if (state && (!tab.url || state.url === tab.url)) return { tabId: tab.id, tabUrl: tab.url, view: { kind: 'state', state } };
  return { tabId: tab.id, tabUrl: tab.url };
}
