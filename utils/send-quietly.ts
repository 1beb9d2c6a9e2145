import { browser } from 'wxt/browser';
import type { MessageCStoBG } from './messages';

/**
 * Sends a page-side message to the background without waiting and without throwing: no reply
 * is expected, and after the extension is reloaded the page's script is orphaned and sending
 * fails — there is nobody left to tell. Used by the content script and the extractor.
 */
export function sendQuietly(msg: MessageCStoBG): void {
  try {
    void Promise.resolve(browser.runtime.sendMessage(msg)).catch(() => undefined);
  } catch {
    // the extension was reloaded: this script is orphaned
  }
}
