/**
 * Text that arrives after the page was extracted: sections rendered later by the page's script
 * (lazy rendering, "load the rest", a second data request). The content script's watcher
 * re-checks when the page's title, first headings or size change by much (utils/navigation.ts);
 * a few sections appended to a long page change none of those. This watcher runs only where
 * the extractor was injected (pages that passed the cheap check): it adds up the text of the
 * nodes added to the page — no polling, one MutationObserver, debounced — and when the page
 * has gained enough text since the last extraction, calls `onGrowth`, which extracts again and
 * returns the new text length.
 */

import { observeSettled } from './settled-mutations';

export interface LateTextOptions {
  /** Quiet time after the last mutation before the added text is weighed. */
  settleMs?: number;
  /** Longest wait while mutations keep coming. */
  maxWaitMs?: number;
  /** Re-extractions at most (then the watcher stops). */
  maxRuns?: number;
  /** Added text that counts: at least this many characters… */
  minChars?: number;
  /** …and at least this share of the text extracted last time. */
  ratio?: number;
}

export interface LateTextWatcher {
  /** The page was just extracted (by the background's request): its text length is the new baseline. */
  reset(length: number): void;
  stop(): void;
}

/** The text length a node adds: a text node's data, an element's text content. */
function textLength(node: Node): number {
  if (node.nodeType === 3) return (node as Text).data.length;
  if (node.nodeType !== 1) return 0;
  const tag = (node as Element).localName;
  if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') return 0;
  return node.textContent?.length ?? 0;
}

export function watchLateText(doc: Document, baseline: number, onGrowth: () => number | undefined, options: LateTextOptions = {}): LateTextWatcher {
  const { settleMs = 700, maxWaitMs = 3000, maxRuns = 10, minChars = 400, ratio = 0.1 } = options;
  let added = 0;
  let runs = 0;
  const stop = observeSettled(
    doc.body,
    settleMs,
    maxWaitMs,
    () => {
      if (added < Math.max(minChars, baseline * ratio)) return;
      added = 0;
      if (++runs >= maxRuns) stop();
      const length = onGrowth();
      if (length !== undefined) baseline = length;
    },
    (records) => {
      for (const r of records) for (const n of r.addedNodes) added += textLength(n);
    },
  );
  return {
    reset(length: number) {
      baseline = length;
      added = 0;
    },
    stop,
  };
}
