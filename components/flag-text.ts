import type { Flag, SectionId } from '../analyzer/types';
import { SECTION_NAMES } from '../analyzer/names';
import { t, uiDay, type MessageKey } from '../utils/i18n';
import { itemLabel } from './label-strings';

/**
 * A flag's detail in the UI's language, worded from its id, `reason` and `values` (the analyzer's
 * `detail` is English, for the CLI and JSON). A flag this does not know — from an older label, or
 * a new kind — keeps the analyzer's English.
 */
const FIXED: Record<string, MessageKey> = {
  'contradiction/no-collection': 'flagdetail_no_collection',
  'outdated-law/privacy-shield': 'flagdetail_privacy_shield',
  'outdated-law/safe-harbor': 'flagdetail_safe_harbor',
  'outdated-law/directive-95-46': 'flagdetail_directive_95_46',
  'vague-catch-all/': 'flagdetail_vague_catch_all',
};

const isSection = (s: unknown): s is SectionId => typeof s === 'string' && s in SECTION_NAMES;

export function flagDetail(f: Pick<Flag, 'id' | 'detail' | 'reason' | 'values'>): string {
  const fixed = FIXED[`${f.id}/${f.reason ?? ''}`];
  if (fixed) return t(fixed);
  const [a, b] = f.values ?? [];
  if (f.id === 'contradiction' && f.reason === 'item' && isSection(a) && typeof b === 'string') return t('flagdetail_contradiction_item', itemLabel(a, b));
  if (f.id === 'stale-policy' && typeof a === 'number' && typeof b === 'string') return t('flagdetail_stale_policy', a, uiDay(b));
  return f.detail;
}
