/**
 * Whether a heading sits in a cookie or consent banner: a dialog, or an element whose id is
 * one the common consent tools use. Attribute checks only (one `closest`), no layout, so the
 * content script can ask it of every heading it reads. Classes are not read: a policy page's
 * own `<body class="cookie-policy">` or AEM's `cmp-` components would match.
 */
const BANNER_SELECTOR = [
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-modal="true"]',
  'dialog',
  '[id*="cookie" i]',
  '[id*="consent" i]',
  '[id^="onetrust" i]',
  '[id^="didomi" i]',
  '[id^="usercentrics" i]',
  '[id^="qc-cmp" i]',
  '[id^="sp_message" i]',
  '[id^="truste" i]',
].join(',');

export function inBanner(el: Element): boolean {
  const banner = el.closest(BANNER_SELECTOR);
  // A whole page's wrapper (`<body id="cookie-and-privacy-policy">`) is not a banner.
  return banner !== null && !/^(?:HTML|BODY|MAIN|ARTICLE)$/.test(banner.tagName);
}
