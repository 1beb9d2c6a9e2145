import { browser } from 'wxt/browser';

/** The unlisted script built from entrypoints/extractor.ts. */
export const EXTRACTOR_FILE = '/extractor.js';

/**
 * Injects the extractor into the tab's top frame (a no-op when it is already there: it
 * registers its handlers once). False when the tab cannot be scripted (a browser page, the
 * web store, a PDF viewer) or the scripting API is missing.
 */
export async function injectExtractor(tabId: number): Promise<boolean> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.executeScript) return false;
  try {
    await scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE] });
    return true;
  } catch {
    return false;
  }
}
