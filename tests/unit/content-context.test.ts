import { afterEach, describe, expect, it, vi } from 'vitest';
import { LightContentScriptContext } from '../../utils/content-context';

/** The extension's API as a Chromium content script sees it: `chrome.runtime.id` is gone once the extension is reloaded. */
function extension(id: string | undefined | (() => string)) {
  vi.stubGlobal('browser', undefined);
  vi.stubGlobal('chrome', { runtime: typeof id === 'function' ? { get id() { return id(); } } : { id } });
}

describe('the content script context (utils/content-context.ts)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('does not touch the extension API or the page when made (Chromium would build the API bindings), only when asked', () => {
    const read = vi.fn(() => 'abc');
    extension(read);
    const posted = vi.fn();
    vi.stubGlobal('postMessage', posted);
    const ctx = new LightContentScriptContext('content');
    ctx.onInvalidated(() => undefined);
    expect(read).not.toHaveBeenCalled();
    expect(posted).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(true);
    expect(read).toHaveBeenCalled();
  });

  it('removes its listeners and runs onInvalidated once, when the extension is gone', () => {
    extension('abc');
    const ctx = new LightContentScriptContext('content');
    const target = new EventTarget();
    const heard = vi.fn();
    const stopped = vi.fn();
    ctx.addEventListener(target, 'ping', heard);
    ctx.onInvalidated(stopped);
    target.dispatchEvent(new Event('ping'));
    expect(heard).toHaveBeenCalledTimes(1);

    extension(undefined); // the extension was reloaded: this script is an orphan
    expect(ctx.isValid).toBe(false);
    expect(ctx.isValid).toBe(false);
    target.dispatchEvent(new Event('ping'));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  it('does not run its timers once invalidated', () => {
    vi.useFakeTimers();
    try {
      extension('abc');
      const ctx = new LightContentScriptContext('content');
      const tick = vi.fn();
      ctx.setInterval(tick, 100);
      vi.advanceTimersByTime(250);
      expect(tick).toHaveBeenCalledTimes(2);
      ctx.notifyInvalidated();
      vi.advanceTimersByTime(500);
      expect(tick).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
