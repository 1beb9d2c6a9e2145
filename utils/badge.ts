import type { TabState } from './messages';
import { gradeOf } from '../analyzer/rubric';
import { languageName, t } from './i18n';

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

const GRADE_COLORS: Record<string, string> = { A: '#1a7f37', B: '#4c8f1f', C: '#b26b00', D: '#c2410c', E: '#b91c1c' };

/** The badge for a tab: the grade of a policy, coloured by risk; nothing otherwise. Its title is in the UI's language. */
export function badgeFor(state: TabState | undefined): BadgeLook | undefined {
  if (!state) return undefined;
  if (state.kind === 'policy') {
    const g = gradeOf(state.label);
    return {
      text: g.letter,
      color: GRADE_COLORS[g.letter]!,
      title: t('badge_title_grade', g.letter, g.concerns === 1 ? t('concerns_one') : t('concerns_many', g.concerns)),
    };
  }
  if (state.kind === 'unsupported-language') {
    return { text: state.language.toUpperCase(), color: '#57606a', title: t('badge_title_language', languageName(state.language)) };
  }
  return undefined;
}
