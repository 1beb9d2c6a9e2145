import { extract } from '../analyzer/extract';
import type { ExtractReply } from './messages';

const MAX_BYTES = 8 * 1024 * 1024;

/**
 * Content script side of "Analyse this site's privacy policy": fetches `url` — only when it is
 * on the page's own origin, and only if it stays there after redirects — parses it with
 * DOMParser (scripts do not run, nothing loads) and extracts it like a page. No other origin
 * is ever asked.
 */
export async function fetchPolicyPage(url: string, origin: string): Promise<ExtractReply> {
  let target: URL;
  try {
    target = new URL(url, origin);
  } catch {
    return { ok: false, error: 'fetch-failed' };
  }
  if (target.origin !== origin) return { ok: false, error: 'other-origin' };
  let html: string;
  try {
    const res = await fetch(target.href, { credentials: 'same-origin', redirect: 'follow', headers: { Accept: 'text/html' } });
    if (new URL(res.url || target.href).origin !== origin) return { ok: false, error: 'other-origin' };
    if (!res.ok) return { ok: false, error: 'fetch-failed' };
    if (!/html|xml/.test(res.headers.get('content-type') ?? 'text/html')) return { ok: false, error: 'not-html' };
    html = await res.text();
  } catch {
    return { ok: false, error: 'fetch-failed' };
  }
  if (html.length > MAX_BYTES) html = html.slice(0, MAX_BYTES);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Relative links and the canonical URL resolve against the fetched page, not this one.
  const base = doc.createElement('base');
  base.href = target.href;
  doc.head.prepend(base);
  const result = extract(doc);
  const headings: string[] = [];
  for (const h of doc.querySelectorAll('h1, h2')) {
    headings.push((h.textContent ?? '').trim().slice(0, 200));
    if (headings.length >= 4) break;
  }
  return { ok: true, page: { ...result, url: target.href, headings } };
}
