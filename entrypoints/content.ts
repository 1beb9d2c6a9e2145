import { browser } from 'wxt/browser';
import { cheapCheck } from '../analyzer/cheap-check';
import { extract } from '../analyzer/extract';
import type { ExtractReply, MessageCStoBG, PageExtract } from '../utils/messages';
import { watchContent, watchNavigation } from '../utils/navigation';
import { highlightQuote } from '../utils/highlight';
import { findPolicyLink } from '../analyzer/policy-link';
import { fetchPolicyPage } from '../utils/fetch-policy';
import { articleHtml } from '../analyzer/article';

/**
 * Runs on every web page: a cheap check (URL, title, two headings) first; extraction only
 * when it passes. The analysis runs in the background, not on the page's main thread.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const send = (msg: MessageCStoBG) => browser.runtime.sendMessage(msg).catch(() => undefined);

    function headings(): string[] {
      const list: string[] = [];
      for (const h of document.querySelectorAll('h1, h2')) {
        list.push((h.textContent ?? '').trim().slice(0, 200));
        if (list.length >= 4) break;
      }
      return list;
    }

    function extractPage(): PageExtract {
      const result = extract(document);
      // Where this site's policy is, in case this page turns out not to be one (bounded: 5 000 links).
      return { ...result, url: location.href, headings: headings(), policyLink: findPolicyLink(document, location.href) };
    }

    function readable(): ExtractReply {
      if (document.contentType === 'application/pdf') return { ok: false, error: 'pdf' };
      if (!/html|xml/.test(document.contentType)) return { ok: false, error: 'not-html' };
      return { ok: true, page: extractPage() };
    }

    // Whether this page was sent to the background (and may carry a badge).
    let sent = false;

    function check(): void {
      // Most pages stop here: no extraction, no message, the background is not woken.
      if (!/html/.test(document.contentType)) return;
      if (!cheapCheck({ url: location.href, title: document.title, headings: headings() }).maybePolicy) return;
      sent = true;
      void send({ type: 'cs:page-extracted', page: extractPage() });
    }

    function left(): void {
      if (!sent) return;
      sent = false;
      void send({ type: 'cs:navigated', url: location.href });
    }

    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const m = msg as { type?: unknown; quote?: unknown; url?: unknown } | null;
      if (m?.type === 'bg:extract') return Promise.resolve(readable());
      if (m?.type === 'bg:fetch-policy' && typeof m.url === 'string') return fetchPolicyPage(m.url, location.origin);
      if (m?.type === 'ui:highlight' && typeof m.quote === 'string') return Promise.resolve(highlightQuote(m.quote));
      if (m?.type === 'ui:article-html') return Promise.resolve(articleHtml(document, location.href));
      return undefined;
    });

    // What the page is, cheaply: a change means a new view or late-arriving text. The size is
    // the order of magnitude of the element count, which costs no string the size of the page
    // (body.textContent would, on every page).
    const elements = document.getElementsByTagName('*');
    const signature = () => `${document.title}\u0000${headings().join('\u0001')}\u0000${Math.round(2 * Math.log2(1 + elements.length))}`;

    check();
    const content = watchContent(ctx, signature, () => {
      left();
      check();
    });
    watchNavigation(ctx, left, () => {
      check();
      content.reset();
    });
  },
});
