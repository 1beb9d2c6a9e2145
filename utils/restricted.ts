/**
 * Pages an extension may not read, with the reason the popup gives. Chrome and Firefox
 * forbid content scripts on their own pages, the extension stores and the PDF viewer.
 */
export type RestrictedReason = 'browser-page' | 'web-store' | 'pdf' | 'new-tab' | 'local-file' | 'not-web' | 'no-url';

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

export const RESTRICTED_TEXT: Record<RestrictedReason, string> = {
  'browser-page': "This is one of the browser's own pages. Extensions may not read it, so there is no policy to analyse here.",
  'web-store': 'The browser does not let extensions read its add-on store. Open the policy on the site itself.',
  pdf: "This is a PDF in the browser's viewer, which extensions may not read. Open the policy as a web page if the site has one.",
  'new-tab': 'This is a new tab. Open a privacy policy and click Privacy Label again.',
  'local-file': 'Local files can only be read if you allow it in the extension settings ("Allow access to file URLs").',
  'not-web': 'Privacy Label reads web pages (http and https) only.',
  'no-url': "This is one of the browser's own pages (settings, a new tab, the add-on store or the PDF viewer), which the browser does not let extensions read.",
};
