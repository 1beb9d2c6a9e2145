import { cheapCheck } from '../analyzer/cheap-check';
import { sendQuietly } from '../utils/send-quietly';
import { inBanner } from '../utils/banner';
import { firstHeadings } from '../utils/headings';
import { afterVerdict, watchContent, watchNavigation } from '../utils/navigation';

/**
 * Runs on every web page, so it is only the cheap check (URL, title, two headings) and the
 * single-page-app watcher: a few KB, no extraction. When the check passes it tells the
 * background, which injects the extractor (entrypoints/extractor.ts) into this page and runs
 * the analysis off the page's main thread. `wxt/browser` is the bare `chrome`/`browser` global
 * here, not the polyfill (see wxt.config.ts).
 */
// `npm run bench` (mode "bench" only): when the bundle's own code began, before WXT's setup and
// main() (compiling the script and the imports' top level come before it, see the trace).
const loaded = import.meta.env.MODE === 'bench' ? performance.now() : 0;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // `npm run bench` (a build in mode "bench" only) reads this measure through the page: one
    // User Timing entry at the end, so that the instrument costs the measured time little.
    const start = import.meta.env.MODE === 'bench' ? performance.now() : 0;

    // A cookie banner's "We value your privacy" is not the page's name.
    const headings = () => firstHeadings(document, inBanner);

    // Whether this page was reported to the background (and may carry a badge).
    let sent = false;

    /** Checks the page; returns the headings it read (the content watcher's baseline). */
    function check(): string[] {
      const list = headings();
      // Most pages stop here: no extraction, no message, the background is not woken.
      if (/html/.test(document.contentType) && cheapCheck({ url: location.href, title: document.title, headings: list }).maybePolicy) {
        sent = true;
        sendQuietly({ type: 'cs:maybe-policy', url: location.href });
      }
      return list;
    }

    function left(): void {
      if (!sent) return;
      sent = false;
      sendQuietly({ type: 'cs:navigated', url: location.href });
    }

    // What the page is, cheaply: a change means a new view or late-arriving text. The size is
    // the order of magnitude of the element count, which costs no string the size of the page
    // (body.textContent would, on every page). The live list of elements is made on first use:
    // a page that is not a policy needs it only after the verdict.
    let elements: HTMLCollection | undefined;
    const size = () => Math.round(2 * Math.log2(1 + (elements ??= document.getElementsByTagName('*')).length));
    const signature = (list = headings(), title = document.title) => `${title}\u0000${list.join('\u0001')}\u0000${size()}`;

    const url = location.href;
    const title = document.title;
    const first = check();
    // A page that may be a policy is read again when its text grows: its size now is the
    // baseline. (Counting the elements walks the page, so a page that is not one skips it.)
    const baseline = sent ? signature(first) : undefined;
    if (import.meta.env.MODE === 'bench') {
      performance.measure('privacy-label:content', { start });
      performance.measure('privacy-label:content-script', { start: loaded });
    }

    // The watchers do not change this verdict: they are set up once the page has had the thread
    // back. What changed in between is caught up: a new URL counts as a navigation, a new title
    // or headings as a content change. (On a page that is not a policy, growth alone does not
    // change the cheap check's verdict, which reads only the URL, title and headings.)
    afterVerdict(() => {
      const later = import.meta.env.MODE === 'bench' ? performance.now() : 0;
      const content = watchContent(
        ctx,
        signature,
        () => {
          if (!ctx.isValid) return; // an orphan of a reloaded extension: its watchers stop
          left();
          check();
        },
        baseline ?? signature(first, title),
      );
      content.look();
      watchNavigation(
        ctx,
        () => {
          if (ctx.isValid) left();
        },
        () => {
          if (ctx.isValid) content.reset(signature(check()));
        },
        url,
      );
      if (import.meta.env.MODE === 'bench') performance.measure('privacy-label:content-watchers', { start: later });
    });
  },
});
