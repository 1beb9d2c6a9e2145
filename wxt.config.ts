import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The extension pages' CSP (tests/e2e/manifest.test.ts checks it in the built manifests). */
const EXTENSION_CSP = "script-src 'self'; object-src 'self'";

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Privacy Label',
    description: 'Turns the privacy policy in the current tab into a one-screen privacy label, in your browser.',
    // activeTab: read the current tab's URL when the popup opens, to say why a page cannot be read.
    // storage: keep each tab's label in session storage while the service worker sleeps.
    permissions: ['activeTab', 'storage'],
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
