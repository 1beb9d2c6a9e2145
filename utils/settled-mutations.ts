/**
 * One MutationObserver over `root`'s subtree, debounced without polling: `onSettled` runs once
 * mutations have been quiet for `settleMs`, or at the latest `maxWaitMs` after the first
 * mutation of a burst (a page that never stops changing is still looked at). `onRecords` sees
 * each batch as it comes. Returns `stop`: disconnect and cancel a pending call. Shared by the
 * content script's change watcher (utils/navigation.ts) and the extractor's late-text watcher
 * (utils/late-text.ts); small, since it ships in the content script.
 */
export function observeSettled(
  root: Node | null,
  settleMs: number,
  maxWaitMs: number,
  onSettled: () => void,
  onRecords?: (records: MutationRecord[]) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  const settled = () => {
    timer = undefined;
    firstPending = 0;
    onSettled();
  };
  const observer = new MutationObserver((records) => {
    onRecords?.(records);
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(settled, now - firstPending >= maxWaitMs ? 0 : settleMs);
  });
  if (root) observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
