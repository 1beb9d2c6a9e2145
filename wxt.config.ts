import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { extendPopupBuild, splitPopupGroup } from './utils/popup-build';

/**
 * The content script runs on every page: it gets the bare `chrome`/`browser` global as
 * `wxt/browser` instead of webextension-polyfill (≈ 10 KB minified), which the other
 * entrypoints keep, chosen on first use (utils/lazy-browser.ts); and a light `ctx`
 * (utils/content-context.ts) instead of WXT's, whose constructor costs every page ≈ 1 ms; and
 * V8's compile hint `//# allFunctionsCalledOnLoad` (Chromium compiles every function of the
 * script when it loads, instead of pre-parsing them and parsing each again when first called:
 * ≈ 0.2–0.4 ms less CPU a page in all, traced). For the content script's build only.
 */
function barebrowser(): Plugin {
  const modules: Record<string, string> = {
    '\0privacy-label:browser': "export { lazyBrowser as browser } from '/utils/lazy-browser.ts';",
    '\0privacy-label:context': "export { LightContentScriptContext as ContentScriptContext } from '/utils/content-context.ts';",
  };
  return {
    name: 'privacy-label:bare-browser-in-content-script',
    enforce: 'pre',
    resolveId(id) {
      if (id === '@wxt-dev/webextension-polyfill/browser' || id === 'wxt/browser') return '\0privacy-label:browser';
      if (id === 'wxt/utils/content-script-context') return '\0privacy-label:context';
      return undefined;
    },
    load: (id) => modules[id],
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

/** The extension pages' CSP (tests/e2e/manifest.test.ts checks it in the built manifests). */
const EXTENSION_CSP = "script-src 'self'; object-src 'self'";

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
  hooks: {
    // The popup is built on its own, as one JS file with its CSS inlined (utils/popup-build.ts).
    'entrypoints:grouped': (_wxt, groups) => splitPopupGroup(groups),
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length === 1 && entrypoints[0]!.type === 'content-script') (config.plugins ??= []).unshift(barebrowser());
      extendPopupBuild(entrypoints, config);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: read the current tab's URL when the popup opens, to say why a page cannot be read.
    // storage: keep each tab's label in session storage while the service worker sleeps.
    // scripting + the same hosts as the content script: inject the extractor only into pages
    // that may be policies (or that the reader asks to analyse), not into every page.
    permissions: ['activeTab', 'storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Privacy Label' },
    // Strict extension CSP: only the extension's own scripts, no eval, no remote code, no plugins.
    content_security_policy:
      browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'privacy-label@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
