import type { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

/** The members of WXT's context that this one provides, with WXT's signatures. */
type Provided = 'signal' | 'abort' | 'isInvalid' | 'isValid' | 'onInvalidated' | 'block' | 'setInterval' | 'setTimeout' | 'requestAnimationFrame' | 'requestIdleCallback' | 'notifyInvalidated';

/** Whether the extension that injected this script is still there (not reloaded, updated or removed). */
function extensionAlive(): boolean {
  const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
  return (g.browser?.runtime?.id ?? g.chrome?.runtime?.id) != null;
}

/**
 * The content script's `ctx`: WXT's `ContentScriptContext` (`wxt/utils/content-script-context`)
 * without what costs every page before `main()` runs (wxt.config.ts puts this module in its
 * place, for the content script's build only). WXT's constructor announces the script to older
 * copies of itself in the same document — a `CustomEvent` on the document and a
 * `window.postMessage` that every `message` listener of the page also receives — and reads
 * `browser.runtime.id`, which makes Chromium build the extension API's bindings in the page:
 * ≈ 1 ms of CPU a page together (trace, bench/trace-content.mjs). Manifest content scripts are
 * not injected twice into one document in production, so the announcement has no one to reach;
 * a copy orphaned by a reloaded extension still finds out, as with WXT, when it asks `isValid`
 * (the extension's id is gone), and then stops its listeners. Not provided: the
 * `wxt:locationchange` event (utils/navigation.ts watches navigations itself).
 */
export class LightContentScriptContext implements Pick<WxtContentScriptContext, Provided> {
  private controller: AbortController | undefined;

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return (this.controller ??= new AbortController()).signal;
  }

  abort(reason?: unknown): void {
    (this.controller ??= new AbortController()).abort(reason);
  }

  get isInvalid(): boolean {
    if (!this.signal.aborted && !extensionAlive()) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise<T>(() => undefined);
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      if (this.isValid) callback(time);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      if (!this.signal.aborted) callback(deadline);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  /** `target.addEventListener`, removed when the context is invalidated. */
  addEventListener(target: EventTarget, type: string, handler: EventListenerOrEventListenerObject, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
