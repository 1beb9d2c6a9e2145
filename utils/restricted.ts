/**
 * Pages an extension may not read, and why (the popup's words are the `restricted_*` messages of
 * _locales). Chrome and Firefox forbid content scripts on their own pages, the extension
 * stores and the PDF viewer.
 */
export const RESTRICTED_REASONS = ['browser-page', 'web-store', 'pdf', 'new-tab', 'local-file', 'not-web', 'no-url'] as const;
export type RestrictedReason = (typeof RESTRICTED_REASONS)[number];

const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

export function restrictedReason(url: string | undefined): RestrictedReason | undefined {
  if (!url) return 'no-url';
  if (/^(?:chrome|edge|brave|opera|vivaldi):\/\/(?:newtab|new-tab-page)|^about:(?:newtab|home|blank)$/.test(url)) return 'new-tab';
  if (/^(?:chrome|edge|brave|opera|vivaldi|about|view-source|devtools|chrome-extension|moz-extension|chrome-search|resource):/.test(url)) return 'browser-page';
  if (STORES.some((re) => re.test(url))) return 'web-store';
  if (/^file:/.test(url)) return 'local-file';
  if (!/^https?:/.test(url)) return 'not-web';
  if (/\.pdf(?:$|[?#])/i.test(url)) return 'pdf';
  return undefined;
}
