import type { Label } from '../analyzer/types';
import { DISPLAY_ORDER } from '../analyzer/schema';
import type { ArticleHtml } from '../analyzer/article';
import { markQuotes, type MarkRequest } from '../analyzer/marks';
import { sanitizePolicyHtml } from './sanitize';

/** Every evidence quote of the label, tagged with its section, in display order. */
export function markRequests(label: Label): MarkRequest[] {
  const out: MarkRequest[] = [];
  const seen = new Set<string>();
  for (const id of DISPLAY_ORDER) {
    const section = label.sections.find((s) => s.id === id);
    for (const item of section?.items ?? []) {
      for (const e of item.evidence) {
        // A sentence that backs two items of one section is one passage of that section.
        const key = `${id}\u0000${e.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ text: e.text, tag: id });
      }
    }
  }
  return out;
}

/**
 * The policy's body for the reader: the page's HTML sanitized with DOMPurify, or (when the page
 * cannot answer) the analysed text as plain paragraphs; then each evidence sentence marked.
 */
export function buildReaderBody(label: Label, article: ArticleHtml | null, doc: Document = document): { body: HTMLElement; counts: Record<string, number>; fromLabel: boolean } {
  const policy = doc.implementation.createHTMLDocument('');
  let fromLabel = article === null || !article.html.trim();
  if (!fromLabel) {
    policy.body.append(policy.importNode(sanitizePolicyHtml(article!.html, article!.url, doc.defaultView as Window & typeof globalThis), true));
    // A page whose text is not there any more (replaced since the analysis): the analysed text then.
    if ((policy.body.textContent ?? '').trim().length < label.text.length * 0.5) {
      policy.body.replaceChildren();
      fromLabel = true;
    }
  }
  if (fromLabel) {
    for (const line of label.text.split('\n')) {
      const p = policy.createElement('p');
      p.textContent = line;
      policy.body.append(p);
    }
  }
  const requests = markRequests(label);
  const made = markQuotes(policy, requests);
  const counts: Record<string, number> = {};
  requests.forEach((r, i) => {
    if (made[i]) counts[r.tag] = (counts[r.tag] ?? 0) + 1;
  });
  return { body: policy.body, counts, fromLabel };
}
