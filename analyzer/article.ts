import { Readability } from '@mozilla/readability';

/**
 * The policy's HTML for the reader page, produced in the page from its Document (pure: the
 * caller hands the Document in). The HTML is NOT safe: the reader sanitizes it with DOMPurify
 * before showing it (utils/sanitize.ts), then marks the evidence in it (marks.ts).
 */

export interface ArticleHtml {
  url: string;
  title: string;
  html: string;
  truncated: boolean;
}

/** The reader shows at most this much HTML (a page of several MB of text is cut, and says so). */
export const MAX_ARTICLE_HTML = 4_000_000;

const CHROME = 'script, style, noscript, template, iframe, object, embed, nav, footer, form, button, select, input, textarea, svg, canvas, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [role="dialog"], [role="alertdialog"]';
const CHROME_CLASS = /(?:^|[\s_-])(?:cookie|consent|gdpr-banner|site-header|site-footer|navbar|menu|breadcrumbs?|sidebar|share|social-share|skip-link)(?:$|[\s_-])/i;

/** Policies hide sections in accordions and tab panels; the reader shows all of them. */
function unhide(root: Element): void {
  for (const el of root.querySelectorAll('[hidden], [aria-hidden="true"], details:not([open])')) {
    el.removeAttribute('hidden');
    el.removeAttribute('aria-hidden');
    if (el.localName === 'details') el.setAttribute('open', '');
  }
}

function stripChrome(root: Element): void {
  for (const el of [...root.querySelectorAll(CHROME)]) el.remove();
  for (const el of [...root.querySelectorAll('[class], [id]')]) {
    const cls = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (CHROME_CLASS.test(cls) && !/\b(?:policy|privacy|content|article)\b/i.test(cls)) el.remove();
  }
}

function markedRegion(doc: Document): Element | null {
  const main = doc.querySelector('main, [role="main"]');
  if (main && (main.textContent ?? '').length >= 500) return main;
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1 && (articles[0]!.textContent ?? '').length >= 500) return articles[0]!;
  return null;
}

/** The policy part of the page as HTML: its marked main region, else what Readability keeps, else the body. */
export function articleHtml(doc: Document, url: string): ArticleHtml {
  const title = (doc.title || doc.querySelector('h1')?.textContent || '').trim();
  const clone = doc.cloneNode(true) as Document;
  if (clone.body) unhide(clone.body);
  let root: Element | null = markedRegion(clone);
  if (!root) {
    try {
      const parsed = new Readability<Element>(clone.cloneNode(true) as Document, { serializer: (el) => el as Element, charThreshold: 200 }).parse();
      const readable = parsed?.content ?? null;
      // Readability may drop much of a policy (short sections): keep the body then.
      const bodyText = (clone.body?.textContent ?? '').length;
      if (readable && (readable.textContent ?? '').length >= bodyText * 0.5) root = readable;
    } catch {
      root = null;
    }
  }
  root ??= clone.body;
  if (!root) return { url, title, html: '', truncated: false };
  stripChrome(root);
  let html = root.innerHTML;
  const truncated = html.length > MAX_ARTICLE_HTML;
  if (truncated) html = html.slice(0, MAX_ARTICLE_HTML);
  return { url, title, html, truncated };
}
