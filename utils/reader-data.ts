import { browser } from 'wxt/browser';
import type { Label } from '../analyzer/types';
import type { ArticleHtml } from '../analyzer/article';
import type { TabState } from './messages';
import { buildReaderBody } from './reader-body';
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
