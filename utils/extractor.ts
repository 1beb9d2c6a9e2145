/**
 * The page side of everything beyond the cheap check: extraction, "find this site's policy",
 * fetching that policy, jump-to-sentence. It is not injected into every page: the background
 * injects it (entrypoints/extractor.ts, `scripting.executeScript`) into a tab whose content
 * script said the cheap check passed, or whose popup asked to analyse the page anyway.
 *
 * Every message the extractor answers is in the one handler table below: a handler takes the
 * message (already known to come from this extension) and returns its reply, or undefined when
 * the message is malformed (then nothing answers it).
 */
import { browser } from 'wxt/browser';
import { extract } from '../analyzer/extract';
import { findPolicyLink } from '../analyzer/policy-link';
import type { ExtractReply, PageExtract } from './messages';
import { highlightQuote } from './highlight';
import { fetchPolicyPage } from './fetch-policy';
import { pageHeadings } from '../analyzer/page-headings';
import { framesLoaded } from './frames';
import { watchLateText, type LateTextWatcher } from './late-text';
import { sendQuietly } from './send-quietly';
import { articleHtml } from '../analyzer/article';

type Incoming = Record<string, unknown>;
type Handler = (msg: Incoming) => Promise<unknown> | undefined;

/** The current page, extracted, with where this site's policy is (bounded: 5 000 links). */
export function extractPage(doc: Document = document, url: string = location.href): PageExtract {
  const result = extract(doc);
  return { ...result, url, headings: pageHeadings(doc, result), policyLink: findPolicyLink(doc, url) };
}

/** The page, or why it cannot be read. */
export function readPage(doc: Document = document): ExtractReply {
  if (doc.contentType === 'application/pdf') return { ok: false, error: 'pdf' };
  if (!/html|xml/.test(doc.contentType)) return { ok: false, error: 'not-html' };
  if (import.meta.env.MODE === 'bench') performance.mark('privacy-label:extract:start');
  const page = extractPage(doc);
  if (import.meta.env.MODE === 'bench') performance.measure('privacy-label:extract', 'privacy-label:extract:start');
  return { ok: true, page };
}

let late: LateTextWatcher | undefined;

/**
 * After an extraction, text that the page adds later (a section rendered after the first
 * extraction) is extracted again and sent as `cs:page-extracted`, which the background labels
 * like the first time — as long as the page is still at the same URL.
 */
function watchAfterExtract(reply: ExtractReply): ExtractReply {
  if (!reply.ok) return reply;
  if (late) {
    late.reset(reply.page.text.length);
    return reply;
  }
  const url = reply.page.url;
  late = watchLateText(document, reply.page.text.length, () => {
    if (location.href !== url) return undefined;
    const again = readPage();
    if (!again.ok) return undefined;
    sendQuietly({ type: 'cs:page-extracted', page: again.page });
    return again.page.text.length;
  });
  return reply;
}

/** Message type → handler. Add the page's new messages here. */
export const HANDLERS: Record<string, Handler> = {
  // Same-origin frames still loading are waited for (at most 2 s): their text is part of the page.
  'bg:extract': () => framesLoaded(document).then(() => watchAfterExtract(readPage())),
  'bg:fetch-policy': (m) => (typeof m.url === 'string' ? fetchPolicyPage(m.url, location.origin) : undefined),
  'ui:highlight': (m) => (typeof m.quote === 'string' ? Promise.resolve(highlightQuote(m.quote)) : undefined),
  'ui:article-html': () => Promise.resolve(articleHtml(document, location.href)),
};

/** Answers a message from the table; undefined when it is not ours to answer. */
export function dispatch(msg: unknown): Promise<unknown> | undefined {
  if (typeof msg !== 'object' || msg === null) return undefined;
  const m = msg as Incoming;
  const handler = typeof m.type === 'string' && Object.hasOwn(HANDLERS, m.type) ? HANDLERS[m.type] : undefined;
  return handler?.(m);
}

const INSTALLED = Symbol.for('privacy-label.extractor');

/** Whether this copy's extension context still works (it does not once the extension is reloaded). */
function alive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Registers the handlers once per page, however many times the script is injected — again
 * when the copy registered before belongs to an extension instance that has been reloaded
 * since (its context is dead, but the page's isolated world and this global may remain).
 */
export function startExtractor(): void {
  const g = globalThis as { [INSTALLED]?: () => boolean };
  const installed = g[INSTALLED];
  if (typeof installed === 'function' && installed()) return;
  g[INSTALLED] = alive;
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return dispatch(msg);
  });
}
