import type { browser } from 'wxt/browser';

type Api = typeof browser;
let api: Api | undefined;

/**
 * `wxt/browser` for the content script's build (wxt.config.ts puts it in place of WXT's bare
 * `@wxt-dev/browser`): the same choice — `browser` where it is the extension's API (Firefox),
 * `chrome` otherwise — made on first use instead of when the script loads. Reading
 * `browser.runtime.id` makes Chromium build the extension API's bindings in the page, ≈ 0.4 ms
 * of CPU (trace, bench/trace-content.mjs); the content script needs them only to send a
 * message, which a page that is not a policy never does.
 */
export const lazyBrowser: Api = new Proxy({} as Api, {
  get(_target, key) {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    api ??= g.browser?.runtime?.id ? g.browser : g.chrome;
    return Reflect.get(api, key) as unknown;
  },
});
