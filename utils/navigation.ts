import type { ContentScriptContext } from 'wxt/utils/content-script-context';

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
