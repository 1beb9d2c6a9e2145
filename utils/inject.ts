import { browser } from 'wxt/browser';

/** The unlisted script built from entrypoints/extractor.ts. */
export const EXTRACTOR_FILE = '/extractor.js';

/** The message the extractor answers `true` to (utils/extractor.ts): it is in the page already. */
export const EXTRACTOR_PING = 'bg:extractor-ping';

/**
 * Whether the tab's top document has a live extractor of this extension: a message answered
 * only by it. A new document, a page where it never ran and one whose extractor belongs to a
 * previous instance of the extension (reloaded or updated: its messaging is cut) do not answer.
 */
async function extractorAnswers(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.sendMessage(tabId, { type: EXTRACTOR_PING }, { frameId: 0 })) === true;
  } catch {
    return false;
  }
}

/** Per tab, the check-and-inject under way: calls at the same time (badge, popup) share it. */
const pending = new Map<number, Promise<boolean>>();

/**
 * Makes sure the extractor is in the tab's top frame, injecting it (≈ 60 KB parsed and run)
 * only when that document does not have it yet — once per document, not before every
 * extraction. False when the tab cannot be scripted (a browser page, the web store, a PDF
 * viewer) or the scripting API is missing.
 */
export function injectExtractor(tabId: number): Promise<boolean> {
  let job = pending.get(tabId);
  if (!job) {
    job = ensureExtractor(tabId).finally(() => pending.delete(tabId));
    pending.set(tabId, job);
  }
  return job;
}

async function ensureExtractor(tabId: number): Promise<boolean> {
  if (await extractorAnswers(tabId)) return true;
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.executeScript) return false;
  try {
    await scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE] });
    return true;
  } catch {
    return false;
  }
}
