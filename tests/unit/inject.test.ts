import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTRACTOR_FILE, EXTRACTOR_PING, injectExtractor } from '../../utils/inject';

/**
 * The background injects the extractor into a tab once per document: it asks first whether the
 * document's extractor answers, and injects the file only when nothing does.
 */
describe('injectExtractor', () => {
  const executeScript = vi.fn(async () => [] as never[]);
  beforeEach(() => {
    fakeBrowser.reset();
    executeScript.mockClear();
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  });

  it('injects the file into a document whose extractor does not answer (a new document, a reloaded extension)', async () => {
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await injectExtractor(3)).toBe(true);
    expect(ask).toHaveBeenCalledWith(3, { type: EXTRACTOR_PING }, { frameId: 0 });
    expect(executeScript).toHaveBeenCalledTimes(1);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 3 }, files: [EXTRACTOR_FILE] });
  });

  it('does not inject it again where the extractor answers', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true);
    expect(await injectExtractor(3)).toBe(true);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects where something else answers (not true), and says false where the tab cannot be scripted', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    executeScript.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    expect(await injectExtractor(4)).toBe(false);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('shares one check and one injection between requests at the same time (badge and popup)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    expect(await Promise.all([injectExtractor(5), injectExtractor(5), injectExtractor(6)])).toEqual([true, true, true]);
    expect(executeScript).toHaveBeenCalledTimes(2);
  });
});
