import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTRACTOR_FILE, injectExtractor, messageExtractor } from '../../utils/inject';

const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

/**
 * The background reaches a tab's extractor once per document: it sends its request, and injects
 * the extractor (then sends again) only when nothing in the tab answers.
 */
describe('messageExtractor', () => {
  const executeScript = vi.fn(async () => [] as never[]);
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    executeScript.mockReset();
    executeScript.mockResolvedValue([]);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  });

  it('does not inject where the extractor answers (the second request in a document)', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    expect(await messageExtractor(3, { type: 'bg:extract' })).toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(1);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects the file and asks again where nothing answers (a new document, a reloaded extension)', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(new Error(NO_RECEIVER)).mockResolvedValueOnce({ ok: true });
    expect(await messageExtractor(3, { type: 'bg:extract' })).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 3 }, files: [EXTRACTOR_FILE] });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not read the page twice when the extractor answered with an error', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('fetch failed'));
    await expect(messageExtractor(3, { type: 'bg:fetch-policy', url: 'https://a.example/privacy' })).rejects.toThrow('fetch failed');
    expect(send).toHaveBeenCalledTimes(1);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('rejects where the tab cannot be scripted (a browser page, the web store)', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error(NO_RECEIVER));
    executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    await expect(messageExtractor(4, { type: 'bg:extract' })).rejects.toThrow();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('shares one injection between requests to the same tab at the same time (badge and popup)', async () => {
    expect(await Promise.all([injectExtractor(5), injectExtractor(5), injectExtractor(6)])).toEqual([true, true, true]);
    expect(executeScript).toHaveBeenCalledTimes(2);
  });
});
