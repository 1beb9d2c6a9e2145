import { browser } from 'wxt/browser';
import { cheapCheck } from '../analyzer/cheap-check';
import { extract } from '../analyzer/extract';
import type { MessageCStoBG, PageExtract } from '../utils/messages';
import { watchNavigation } from '../utils/navigation';

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
      return { ...result, url: location.href, headings: headings() };
    }

    function check(): void {
      const verdict = cheapCheck({ url: location.href, title: document.title, headings: headings() });
      if (!verdict.maybePolicy) {
        void send({ type: 'cs:not-policy', url: location.href, reasons: ['nothing in the URL, title or headings names a privacy policy'] });
        return;
      }
      void send({ type: 'cs:page-extracted', page: extractPage() });
    }

    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      if (sender.id !== browser.runtime.id) return undefined;
      if ((msg as { type?: unknown } | null)?.type === 'bg:extract') return Promise.resolve(extractPage());
      return undefined;
    });

    check();
    watchNavigation(ctx, () => void send({ type: 'cs:navigated', url: location.href }), check);
  },
});
