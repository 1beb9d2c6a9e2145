import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observeSettled } from './settled-mutations';

/** How long the page must be quiet after a single-page-app navigation before re-checking. */
const SETTLE_MS = 400;

/**
 * Calls `onLeave` when a single-page app changes the URL, then `onSettled` once the page has
 * stopped changing. Event-driven, no polling: the Navigation API where the browser has it,
 * history events otherwise, and a MutationObserver on <title> and <body>'s children that
 * only compares the URL.
 */
export function watchNavigation(ctx: ContentScriptContext, onLeave: () => void, onSettled: () => void): void {
  let url = location.href;
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
 * highlight does nothing. At most 20 calls per page, so it cannot loop.
 */
export function watchContent(
  ctx: Pick<ContentScriptContext, 'onInvalidated'>,
  signature: () => string,
  onChange: () => void,
  /** The signature now, when the caller has just computed it. */
  initial = signature(),
): { reset(now?: string): void } {
  let last = initial;
  let calls = 0;
  const stop = observeSettled(document.body, CONTENT_SETTLE_MS, CONTENT_MAX_WAIT_MS, () => {
    const now = signature();
    if (now === last) return;
    last = now;
    if (++calls > CONTENT_MAX_CHECKS) return stop();
    onChange();
  });
  ctx.onInvalidated(stop);
  return {
    /** The page was just checked: its current content (`now`, if the caller has it) is the baseline. */
    reset(now = signature()) {
      last = now;
    },
  };
}
