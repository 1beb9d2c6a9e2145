import type { Label } from '../analyzer/types';
import type { LabelDiff } from '../analyzer/label-diff';
import { gradeOf } from '../analyzer/rubric';
import type { StorageLike } from './settings';
import { hostnameOf } from './url';

/**
 * The history of analysed policies, in storage.local (on this computer only, never sent
 * anywhere). One small index and one key per policy URL, so that recording a label rewrites
 * that label only. Bounded: at most MAX_ENTRIES labels and MAX_CHARS characters of JSON; the
 * oldest go first. A damaged or old-format store is reset, and the history page says so once.
 */

export const MAX_ENTRIES = 200;
export const MAX_CHARS = 4_000_000;
export const INDEX_KEY = 'history:index';
export const NOTICE_KEY = 'history:notice';
const ENTRY_PREFIX = 'history:e:';
const VERSION = 1;

/** A change of a policy's label between two analyses of the same URL. */
export interface PolicyChange {
  /** When the earlier label (the one compared against) was analysed. */
  since: number;
  /** When the change was seen. */
  seenAt: number;
  diff: LabelDiff;
}

/** What the list shows of each policy, without loading its label. */
export interface IndexEntry {
  url: string;
  host: string;
  title: string;
  analysedAt: number;
  grade: string;
  concerns: number;
  /** Characters of the stored entry. */
  size: number;
  /** When the label last changed, if it ever did. */
  changedAt?: number;
}

export interface HistoryEntry {
  version: 1;
  url: string;
  analysedAt: number;
  /** The label, without the policy's full text (the quotes stay). */
  label: Label;
  /** The last change seen in this policy's label. */
  change?: PolicyChange;
}

export interface HistoryIndex {
  version: 1;
  entries: IndexEntry[];
}

/** The URL a policy is known by: without its #fragment. */
export function policyKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

const entryKey = (url: string) => ENTRY_PREFIX + policyKey(url);

function isIndexEntry(e: unknown): e is IndexEntry {
  const x = e as Record<string, unknown> | null;
  return (
    typeof x === 'object' && x !== null && typeof x.url === 'string' && typeof x.host === 'string' && typeof x.title === 'string' &&
    typeof x.analysedAt === 'number' && typeof x.grade === 'string' && typeof x.concerns === 'number' && typeof x.size === 'number' &&
    (x.changedAt === undefined || typeof x.changedAt === 'number')
  );
}

function isLabel(l: unknown): l is Label {
  const x = l as Record<string, unknown> | null;
  return typeof x === 'object' && x !== null && x.version === 1 && Array.isArray(x.sections) && Array.isArray(x.flags) && typeof x.source === 'object' && x.source !== null;
}

function isEntry(e: unknown): e is HistoryEntry {
  const x = e as Record<string, unknown> | null;
  return typeof x === 'object' && x !== null && x.version === VERSION && typeof x.url === 'string' && typeof x.analysedAt === 'number' && isLabel(x.label);
}

/** Removes every history key and leaves a notice for the history page. */
async function reset(area: StorageLike, why: string): Promise<HistoryIndex> {
  const all = await area.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(ENTRY_PREFIX) || k === INDEX_KEY);
  if (keys.length) await area.remove(keys);
  const index: HistoryIndex = { version: VERSION, entries: [] };
  await area.set({ [INDEX_KEY]: index, [NOTICE_KEY]: { at: Date.now(), why } });
  return index;
}

/** The index; a damaged or old-format one is reset (with a notice). */
export async function readIndex(area: StorageLike): Promise<HistoryIndex> {
  const raw = (await area.get(INDEX_KEY))[INDEX_KEY];
  if (raw === undefined) return { version: VERSION, entries: [] };
  const r = raw as Record<string, unknown> | null;
  if (typeof r !== 'object' || r === null || r.version !== VERSION || !Array.isArray(r.entries)) {
    return reset(area, typeof r === 'object' && r !== null && 'version' in r && r.version !== VERSION ? 'old-format' : 'damaged');
  }
  const entries = r.entries.filter(isIndexEntry);
  if (entries.length !== r.entries.length) {
    // Keep what is readable; drop the rest and say so.
    const index: HistoryIndex = { version: VERSION, entries };
    await area.set({ [INDEX_KEY]: index, [NOTICE_KEY]: { at: Date.now(), why: 'damaged' } });
    return index;
  }
  return { version: VERSION, entries };
}

/** The stored label of a policy URL; a damaged entry is removed (and undefined returned). */
export async function getEntry(area: StorageLike, url: string): Promise<HistoryEntry | undefined> {
  const key = entryKey(url);
  const raw = (await area.get(key))[key];
  if (raw === undefined) return undefined;
  if (isEntry(raw)) return raw;
  await removeEntry(area, url);
  await area.set({ [NOTICE_KEY]: { at: Date.now(), why: 'damaged' } });
  return undefined;
}

// Writes go one after another, so two tabs recording at once do not lose an index update.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(fn: () => Promise<T>): Promise<T> {
  const next = queue.then(fn, fn);
  queue = next.catch(() => undefined);
  return next;
}

/** Stores a policy's label (replacing that URL's earlier one) and evicts the oldest past the bounds. */
export function putEntry(area: StorageLike, url: string, label: Label, analysedAt: number, change?: PolicyChange): Promise<HistoryEntry> {
  return serial(async () => {
    const key = policyKey(url);
    const entry: HistoryEntry = { version: VERSION, url: key, analysedAt, label: { ...label, text: '' }, ...(change ? { change } : {}) };
    const size = JSON.stringify(entry).length;
    const grade = gradeOf(label);
    const index = await readIndex(area);
    const old = index.entries.find((e) => e.url === key);
    const changedAt = change?.seenAt ?? old?.changedAt;
    const row: IndexEntry = { url: key, host: hostnameOf(key), title: label.source.title || key, analysedAt, grade: grade.letter, concerns: grade.concerns, size, ...(changedAt ? { changedAt } : {}) };
    let entries = [row, ...index.entries.filter((e) => e.url !== key)].sort((a, b) => b.analysedAt - a.analysedAt);
    const evicted: string[] = [];
    let total = 0;
    entries = entries.filter((e, i) => {
      total += e.size;
      const keep = e.url === key || (i < MAX_ENTRIES && total <= MAX_CHARS);
      if (!keep) evicted.push(ENTRY_PREFIX + e.url);
      return keep;
    });
    if (size > MAX_CHARS) throw new Error('label too large to keep');
    await area.set({ [ENTRY_PREFIX + key]: entry, [INDEX_KEY]: { version: VERSION, entries } satisfies HistoryIndex });
    if (evicted.length) await area.remove(evicted);
    return entry;
  });
}

export function removeEntry(area: StorageLike, url: string): Promise<void> {
  return serial(async () => {
    const key = policyKey(url);
    const index = await readIndex(area);
    await area.set({ [INDEX_KEY]: { version: VERSION, entries: index.entries.filter((e) => e.url !== key) } satisfies HistoryIndex });
    await area.remove(ENTRY_PREFIX + key);
  });
}

/** The reset notice, if any, removed once read: 'damaged' or 'old-format'. */
export async function takeNotice(area: StorageLike): Promise<string | undefined> {
  const raw = (await area.get(NOTICE_KEY))[NOTICE_KEY] as { why?: unknown } | undefined;
  if (raw === undefined) return undefined;
  await area.remove(NOTICE_KEY);
  return typeof raw?.why === 'string' ? raw.why : 'damaged';
}
