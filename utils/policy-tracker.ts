import type { Label } from '../analyzer/types';
import { diffLabels, isUnchanged } from '../analyzer/label-diff';
import { getEntry, policyKey, putEntry, type HistoryEntry, type PolicyChange } from './history-store';
import type { StorageLike } from './settings';

/**
 * Keeps the history of analysed policies and tells when a policy's label changed since the
 * last time it was analysed. One page load may be analysed several times (late text, a
 * single-page app re-checking); all of them compare with the label stored BEFORE that load,
 * so that a page growing its text is not reported as a changed policy.
 */
export function createTracker(area: StorageLike) {
  /** Per tab: the policy URL of its current load and the stored entry from before it. */
  const baselines = new Map<number, { url: string; before: HistoryEntry | undefined }>();

  async function record(tabId: number | undefined, url: string, label: Label, analysedAt: number): Promise<PolicyChange | undefined> {
    const key = policyKey(url);
    let before: HistoryEntry | undefined;
    const base = tabId === undefined ? undefined : baselines.get(tabId);
    if (base && base.url === key) before = base.before;
    else {
      before = await getEntry(area, key);
      if (tabId !== undefined) baselines.set(tabId, { url: key, before });
    }
    let change: PolicyChange | undefined;
    if (before) {
      const diff = diffLabels(before.label, label);
      if (!isUnchanged(diff)) change = { since: before.analysedAt, seenAt: analysedAt, diff };
    }
    // The entry keeps its last change even when this analysis matches the previous one.
    await putEntry(area, key, label, analysedAt, change ?? before?.change);
    return change;
  }

  return {
    record,
    /** The tab loads another document: the next analysis compares with the store again. */
    forget(tabId: number): void {
      baselines.delete(tabId);
    },
    forgetAll(): void {
      baselines.clear();
    },
  };
}

export type Tracker = ReturnType<typeof createTracker>;
