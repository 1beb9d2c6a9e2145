import { POLICY_NAME, STRONG_POLICY_NAME } from './cheap-check';

/**
 * Finds a page's link to its site's privacy policy: `rel="privacy-policy"`, then links whose
 * text names a policy (in the seven languages), then links whose path is a policy slug; links
 * in the footer are preferred. Only links to the page's own origin count — the extension will
 * fetch the page, and never from another origin. One pass over the page's links.
 */
export interface PolicyLink {
  url: string;
  text: string;
  /** Why this link: 'rel', 'text', 'slug'. */
  reason: 'rel' | 'text' | 'slug';
}

const SLUG =
  /(?:^|[/_.-])(?:privacy(?:-?(?:policy|notice|statement))?|data-?protection|datenschutz\w*|politique-de-confidentialite|confidentialite|privacidad|politica-de-privacidad|informativa-?privacy|privacybeleid|privacyverklaring|privacidade|politica-de-privacidade)(?:$|[/_.]|\.html?$)/i;
/** Links about privacy that are not the policy: settings, opt-outs, cookie-only pages. */
const NOT_POLICY = /\b(?:settings|preferences|choices|do not sell|opt[- ]out|manage|cookie (?:policy|settings|preferences)|einstellungen|param[eè]tres|configuraci[oó]n|impostazioni|instellingen|configura[cç][oõ]es)\b/i;

const MAX_LINKS = 5000;

export function findPolicyLink(doc: Document, pageUrl: string): PolicyLink | undefined {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return undefined;
  }
  const here = page.origin + page.pathname + page.search;
  let best: (PolicyLink & { score: number }) | undefined;
  const consider = (el: Element, href: string | null, text: string, rel: boolean) => {
    if (!href) return;
    let url: URL;
    try {
      url = new URL(href, page);
    } catch {
      return;
    }
    if (url.origin !== page.origin || !/^https?:$/.test(url.protocol)) return;
    if (url.origin + url.pathname + url.search === here) return;
    const label = text.replace(/\s+/g, ' ').trim().slice(0, 120);
    let score = 0;
    let reason: PolicyLink['reason'] = 'slug';
    if (rel) [score, reason] = [100, 'rel'];
    else if (label.length <= 60 && STRONG_POLICY_NAME.test(label)) [score, reason] = [60, 'text'];
    else if (label.length <= 40 && POLICY_NAME.test(label) && !NOT_POLICY.test(label)) [score, reason] = [45, 'text'];
    else if (SLUG.test(decodeURIComponent(url.pathname))) score = 25;
    else return;
    if (NOT_POLICY.test(label) && !rel) score -= 30;
    if (el.closest('footer, [role="contentinfo"], #footer, .footer')) score += 10;
    url.hash = '';
    if (!best || score > best.score) best = { url: url.href, text: label, reason, score };
  };
  for (const link of doc.querySelectorAll('link[rel~="privacy-policy" i]')) consider(link, link.getAttribute('href'), '', true);
  let n = 0;
  for (const a of doc.querySelectorAll('a[href]')) {
    if (++n > MAX_LINKS) break;
    const rel = (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('privacy-policy');
    consider(a, a.getAttribute('href'), a.textContent ?? '', rel);
  }
  if (!best || best.score <= 0) return undefined;
  const { score: _score, ...link } = best;
  return link;
}
