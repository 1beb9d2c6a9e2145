import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observeSettled } from './settled-mutations';

/** How long the page must be quiet after a single-page-app navigation before re-checking. */
const SETTLE_MS = 400;

/**
 * Calls `onLeave` when a single-page app changes the URL, then `onSettled` once the page has
 * stopped changing. Event-driven, no polling: the Navigation API where the browser has it,
 * history events otherwise, and a MutationObserver on <title> and <body>'s children that
 * only compares the URL. `since` is the URL the page was checked at: when it has changed by the
 * time the watcher is set up (it is set up after the verdict), that counts as a navigation.
 */
export function watchNavigation(
  ctx: Pick<ContentScriptContext, 'addEventListener' | 'onInvalidated'>,
  onLeave: () => void,
  onSettled: () => void,
  since = location.href,
): void {
  let url = since;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: MutationObserver | undefined;

  const settle = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      observer?.disconnect();
      observer = undefined;
      onSettled();
    }, SETTLE_MS);
  };

  const changed = () => {
    if (location.href === url) return;
    url = location.href;
    onLeave();
    // Wait for the new content to stop arriving before reading it.
    observer?.disconnect();
    observer = new MutationObserver(settle);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    settle();
  };

  const nav = (window as { navigation?: EventTarget }).navigation;
  if (nav) ctx.addEventListener(nav as unknown as Window, 'navigatesuccess' as keyof WindowEventMap, changed);
  ctx.addEventListener(window, 'popstate', changed);
  ctx.addEventListener(window, 'hashchange', changed);
  // Firefox has no Navigation API: a pushState shows as a change of title or of the page body.
  if (!nav) {
    const titleWatch = new MutationObserver(changed);
    titleWatch.observe(document.head ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    const bodyWatch = new MutationObserver(changed);
    bodyWatch.observe(document.body, { childList: true });
    ctx.onInvalidated(() => {
      titleWatch.disconnect();
      bodyWatch.disconnect();
    });
  }
  ctx.onInvalidated(() => {
    observer?.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
  changed();
}

/** Quiet time before a content change is looked at, the longest it may be put off, and a budget. */
const CONTENT_SETTLE_MS = 600;
const CONTENT_MAX_WAIT_MS = 3000;
const CONTENT_MAX_CHECKS = 20;

/**
 * Calls `onChange` when the page's content changes without a URL change: a single-page app
 * swapping its view, or a policy whose text arrives after document_idle. A MutationObserver
 * on the body's child lists (no polling), debounced — at most one look every 600 ms of quiet,
 * or every 3 s on a page that never stops changing — and compared by `signature()` (cheap:
 * title, headings, the order of magnitude of the text), so a ticking clock or our own
 * highlight does nothing. At most 20 calls per page, so it cannot loop. `look()` compares now,
 * without waiting for a mutation (the content may have changed before the watcher was set up).
 */
export function watchContent(
  ctx: Pick<ContentScriptContext, 'onInvalidated'>,
  signature: () => string,
  onChange: () => void,
  /** The signature now, when the caller has just computed it. */
  initial = signature(),
): { reset(now?: string): void; look(): void } {
  let last = initial;
  let calls = 0;
  const look = () => {
    const now = signature();
    if (now === last) return;
    last = now;
    if (++calls > CONTENT_MAX_CHECKS) return stop();
    onChange();
  };
  const stop = observeSettled(document.body, CONTENT_SETTLE_MS, CONTENT_MAX_WAIT_MS, look);
  ctx.onInvalidated(stop);
  return {
    look,
    /** The page was just checked: its current content (`now`, if the caller has it) is the baseline. */
    reset(now = signature()) {
      last = now;
    },
  };
}

/**
 * Runs `task` once the page has had the thread back: when the main thread is idle, within
 * 200 ms at the latest (`setTimeout` where there is no `requestIdleCallback`). The content
 * script sets its watchers up this way, after its verdict, so that the page does not wait for
 * them.
 */
export function afterVerdict(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 200 });
  else setTimeout(task, 0);
}
