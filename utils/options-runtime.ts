import type { TabState } from './messages';
import { badgeFor, type BadgeLook } from './badge';
import { gradeOf } from '../analyzer/rubric';
import { DEFAULT_SETTINGS, isNeverRun, loadSettings, normaliseSettings, type Settings, type StorageLike } from './settings';
import { createTracker } from './policy-tracker';
import type { PolicyChange } from './history-store';
import { t, uiDate } from './i18n';

/** The mark a badge gets when the policy's label changed since it was last analysed. */
export const CHANGED_MARK = 'Δ';
export const CHANGED_COLOR = '#6e40c9';

/** The badge of a tab under the reader's settings: none when switched off, grade or count, Δ when changed. */
export function badgeWithSettings(state: TabState | undefined, settings: Settings): BadgeLook | undefined {
  if (!settings.badge) return undefined;
  const look = badgeFor(state);
  if (!look || !state || state.kind !== 'policy') return look;
  let text = look.text;
  if (settings.badgeStyle === 'concerns') text = String(gradeOf(state.label).concerns);
  const change = (state as { change?: PolicyChange }).change;
  if (!change) return { ...look, text };
  return {
    text: `${text}${CHANGED_MARK}`,
    color: CHANGED_COLOR,
    title: t('badge_title_changed', look.title, uiDate(change.since)),
  };
}

/**
 * What the background needs of the options and the history: the settings (kept current),
 * whether a page's site is switched off, the badge, and recording policies in the history.
 */
export function createOptionsRuntime(local: StorageLike | undefined) {
  let settings: Settings = { ...DEFAULT_SETTINGS, neverRun: [] };
  const ready = local ? loadSettings(local).then((s) => (settings = s)).catch(() => settings) : Promise.resolve(settings);
  const tracker = local ? createTracker(local) : undefined;

  return {
    ready,
    get settings(): Settings {
      return settings;
    },
    /** A settings change seen in storage.onChanged. */
    update(raw: unknown): void {
      settings = normaliseSettings(raw).settings;
    },
    isOff(url: string | undefined): boolean {
      return isNeverRun(settings, url);
    },
    badge(state: TabState | undefined): BadgeLook | undefined {
      return badgeWithSettings(state, settings);
    },
    /** Records a policy's label in the history; the state gets the change since the last analysis, if any. */
    async record(tabId: number | undefined, state: TabState): Promise<TabState> {
      if (!tracker || state.kind !== 'policy') return state;
      try {
        const change = await tracker.record(tabId, state.url, state.label, state.analysedAt);
        return change ? { ...state, change } : state;
      } catch {
        return state; // a full or failing storage never costs the label
      }
    },
    forgetTab(tabId: number): void {
      tracker?.forget(tabId);
    },
    forgetAll(): void {
      tracker?.forgetAll();
    },
  };
}

export type OptionsRuntime = ReturnType<typeof createOptionsRuntime>;
