import { browser } from 'wxt/browser';

/** The unlisted script built from entrypoints/extractor.ts. */
export const EXTRACTOR_FILE = '/extractor.js';

/** Per tab, the injection under way: requests at the same time (badge, popup) share it. */
const pending = new Map<number, Promise<boolean>>();

/**
 * Injects the extractor into the tab's top frame (≈ 60 KB to parse and run; a second copy in
 * the same document registers nothing). False when the tab cannot be scripted (a browser page,
 * the web store, a PDF viewer) or the scripting API is missing.
 */
export function injectExtractor(tabId: number): Promise<boolean> {
  let job = pending.get(tabId);
  if (!job) {
    job = inject(tabId).finally(() => pending.delete(tabId));
    pending.set(tabId, job);
  }
  return job;
}

async function inject(tabId: number): Promise<boolean> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.executeScript) return false;
  try {
    await scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE] });
    return true;
  } catch {
    return false;
  }
}

/** What Chromium and Firefox say when nothing in the tab listens: no extractor (of this extension instance) there. */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;

/**
 * Sends a message to the tab's extractor, injecting it first only when the tab's document has
 * none: once per document, not before every request. A new document, and one whose extractor
 * belongs to a previous instance of the extension (reloaded or updated: its messaging is cut),
 * do not answer, and get it then. Rejects as `tabs.sendMessage` does.
 */
export async function messageExtractor(tabId: number, msg: object): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, msg);
  } catch (e) {
    if (!NO_RECEIVER.test(String(e))) throw e;
  }
  if (!(await injectExtractor(tabId))) throw new Error('the extractor cannot be injected into this tab');
  return browser.tabs.sendMessage(tabId, msg);
}
