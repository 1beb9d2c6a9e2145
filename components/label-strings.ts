import type { Polarity, Rating, SectionId } from '../analyzer/types';
import { FLAG_NAMES, SECTION_NAMES, itemName } from '../analyzer/names';
import { t, tDynamic } from '../utils/i18n';

/** The label's names in the UI's language (the analyzer's English names when a key is missing). */
export const sectionName = (id: SectionId): string => tDynamic(`section_${id}`, SECTION_NAMES[id]);
export const itemLabel = (section: SectionId, id: string): string => tDynamic(`item_${section}_${id.replace(/-/g, '_')}`, itemName(section, id));
export const flagName = (id: string): string => tDynamic(`flag_${id.replace(/-/g, '_')}`, FLAG_NAMES[id] ?? id);
export const ratingWord = (r: Rating): string => t(`rating_${r}`);
export const polarityWord = (p: Polarity): string => t(`polarity_${p}`);
export const RATING_ICONS: Record<Rating, string> = { good: '✓', caution: '!', bad: '✕', unknown: '?' };
export const POLARITY_ICONS: Record<Polarity, string> = { yes: '●', no: '○', contradictory: '⚠' };

/** "1 concern" / "3 concerns". */
export const plural = (n: number, one: 'concerns_one' | 'quotes_one' | 'reader_count_one', many: 'concerns_many' | 'quotes_many' | 'reader_count_many'): string =>
  n === 1 ? t(one) : t(many, n);

/** A rubric line in the UI's language (its English text from analyzer/rubric.ts otherwise). */
export const rubricText = (line: { id: string; text: string }): string => tDynamic(`rubric_${line.id.replace(/-/g, '_')}`, line.text);
