import DOMPurify from 'dompurify';

/**
 * The policy's HTML, made safe for the reader page: a strict allow-list of text structure
 * (headings, paragraphs, lists, tables, links, emphasis). No script, style, image, frame, form,
 * event handler or inline style survives; links keep only http(s), mailto and tel targets,
 * resolved against the policy's address and opened in a new tab. Nothing is fetched: with no
 * <img>, <link> or style left, showing the result makes no request.
 */

const TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'a', 'strong', 'b', 'em', 'i', 'u', 's', 'small', 'sub', 'sup', 'abbr', 'cite', 'q', 'code', 'pre', 'blockquote',
  'span', 'div', 'section', 'article', 'header', 'details', 'summary', 'address', 'time',
];
const ATTRS = ['href', 'title', 'colspan', 'rowspan', 'scope', 'lang', 'dir', 'open'];
const SAFE_URL = /^(?:https?:|mailto:|tel:)/i;

export function sanitizePolicyHtml(html: string, baseUrl: string, win: Window & typeof globalThis = window): DocumentFragment {
  const purify = DOMPurify(win);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const el = node as Element;
    const href = el.getAttribute('href');
    if (href === null) return;
    let url: URL | null = null;
    try {
      url = new URL(href, baseUrl);
    } catch {
      url = null;
    }
    if (!url || !SAFE_URL.test(url.protocol)) {
      el.removeAttribute('href');
      return;
    }
    el.setAttribute('href', url.href);
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  });
  return purify.sanitize(html, {
    ALLOWED_TAGS: TAGS,
    ALLOWED_ATTR: ATTRS,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
}
