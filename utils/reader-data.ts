import { browser } from 'wxt/browser';
import type { Label } from '../analyzer/types';
import { DISPLAY_ORDER } from '../analyzer/schema';
import { markQuotes, type ArticleHtml, type MarkRequest } from '../analyzer/article';
import type { TabState } from './messages';
import { sanitizePolicyHtml } from './sanitize';
import { t } from './i18n';

export interface ReaderData {
  label: Label;
  url: string;
  title: string;
  /** The policy, sanitized, with its evidence sentences marked (a detached body to show). */
  body: HTMLElement;
  /** Marks made per section id. */
  counts: Record<string, number>;
  /** True when the page could not be read again and the analysed text is shown instead. */
  fromLabel: boolean;
  truncated: boolean;
}

export type ReaderLoad = { ok: true; data: ReaderData } | { ok: false; text: string };

/** Every evidence quote of the label, tagged with its section, in display order. */
export function markRequests(label: Label): MarkRequest[] {
  const out: MarkRequest[] = [];
  for (const id of DISPLAY_ORDER) {
    const section = label.sections.find((s) => s.id === id);
    for (const item of section?.items ?? []) for (const e of item.evidence) out.push({ text: e.text, tag: id });
  }
  return out;
}

/**
 * The policy's body for the reader: the page's HTML sanitized with DOMPurify, or (when the page
 * cannot answer) the analysed text as plain paragraphs; then each evidence sentence marked.
 */
export function buildReaderBody(label: Label, article: ArticleHtml | null, doc: Document = document): Pick<ReaderData, 'body' | 'counts' | 'fromLabel'> {
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

export async function loadReader(search: string): Promise<ReaderLoad> {
  const tabId = Number(new URLSearchParams(search).get('tab'));
  if (!Number.isInteger(tabId) || tabId < 0) return { ok: false, text: t('reader_no_tab') };
  const state = (await browser.runtime.sendMessage({ type: 'ui:get-tab-state', tabId }).catch(() => null)) as TabState | null;
  if (!state || (state.kind !== 'policy' && state.kind !== 'analysed')) return { ok: false, text: t('reader_no_label') };
  const article = (await browser.tabs.sendMessage(tabId, { type: 'ui:article-html' }).catch(() => null)) as ArticleHtml | null;
  const same = article && typeof article.html === 'string' && article.url === state.url ? article : null;
  const built = buildReaderBody(state.label, same);
  return {
    ok: true,
    data: {
      label: state.label,
      url: state.url,
      title: state.label.source.title || same?.title || state.url,
      truncated: state.truncated || (same?.truncated ?? false),
      ...built,
    },
  };
}
