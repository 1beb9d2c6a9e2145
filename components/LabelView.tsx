import type { Label } from '../analyzer/types';
import { DISPLAY_ORDER, SECTIONS } from '../analyzer/schema';
import { gradeOf } from '../analyzer/rubric';
import { languageName, t, uiDay, uiLanguage } from '../utils/i18n';
import { SectionView } from './SectionView';
import { CopyButton } from './CopyButton';
import { Quote } from './Quote';
import { flagName, plural, rubricText } from './label-strings';
import { flagDetail } from './flag-text';
import { hostOf } from '../utils/url';
import { Hidden, useFirstFrame } from './Deferred';

export interface LabelViewProps {
  label: Label;
  analysedAt: number;
  truncated: boolean;
  /** Opens the whole policy in the reader page; absent where there is no tab to read from. */
  onOpenReader?: () => void;
}

/** How many sections the popup's first frame holds: the headline ones, which come first. */
const HEADLINE_COUNT = SECTIONS.filter((s) => s.headline).length;

/** A flag's line of "Why grade …?": its detail in the UI's language, and the grade it costs. */
function flagLine(label: Label, line: { id: string; text: string; steps?: number }): string {
  const flag = label.flags.find((f) => f.id === line.id);
  if (!flag) return line.text;
  return line.steps ? t('grade_flag_lower', flagDetail(flag)) : flagDetail(flag);
}

/** The whole label, nutrition-facts style: header with grade, flags, then the sections, headline four first. */
export function LabelView({ label, analysedAt, truncated, onOpenReader }: LabelViewProps) {
  const grade = gradeOf(label);
  const { source } = label;
  const site = hostOf(source.url);
  // The popup's first frame (its first screen) holds the headline sections; the others, below
  // them, follow in the next frame with what closed <details> hold (components/Deferred.tsx).
  const order = useFirstFrame() ? DISPLAY_ORDER.slice(0, HEADLINE_COUNT) : DISPLAY_ORDER;
  return (
    <article class="label" aria-labelledby="label-title">
      <header class="label-head">
        <div class={`grade grade-${grade.letter}`} role="img" aria-label={t('grade_aria', grade.letter)}>
          {grade.letter}
        </div>
        <div class="label-meta">
          {site && <p class="site">{site}</p>}
          <h1 id="label-title">{source.title || t('label_default_title')}</h1>
          <p class="meta">
            {source.effectiveDate && (
              <>
                <span class="effective">{t('meta_effective', uiDay(source.effectiveDate))}</span>
                {' · '}
              </>
            )}
            <span class="reading">{t('meta_reading', source.words.toLocaleString(uiLanguage()), source.readingMinutes)}</span>
            {source.language && source.language !== 'und' && (
              <>
                {' · '}
                <span class="language">{t('meta_language', languageName(source.language))}</span>
              </>
            )}
          </p>
          <p class="meta">
            <span class="concerns">{plural(grade.concerns, 'concerns_one', 'concerns_many')}</span>
            {!label.detection.isPolicy && <> · {t('not_policy_note')}</>}
          </p>
        </div>
      </header>
      <details class="why grade-why">
        <summary>{t('grade_why', grade.letter)}</summary>
        <Hidden>
          <p>{t('grade_why_intro', grade.points)}</p>
          <ul>
            {grade.lines.map((l) => (
              <li key={`${l.section}-${l.id}`}>
                {l.points > 0 ? `+${l.points}` : l.points} · {l.section === 'flags' ? flagLine(label, l) : rubricText(l)}
              </li>
            ))}
          </ul>
        </Hidden>
      </details>
      {truncated && <p class="notice">{t('truncated_notice')}</p>}
      {label.flags.length > 0 && (
        <section class="flags" aria-labelledby="flags-title">
          <h2 id="flags-title">
            <span aria-hidden="true">⚠ </span>
            {t('flags_title')}
          </h2>
          <ul>
            {label.flags.map((f, i) => (
              <li key={i} data-flag={f.id}>
                {f.evidence[0] ? (
                  <details>
                    <summary>
                      <strong>{t('name_colon', flagName(f.id))}</strong> {flagDetail(f)}
                    </summary>
                    <Hidden>
                      {f.evidence.slice(0, 2).map((e) => (
                        <Quote key={e.start} text={e.text} />
                      ))}
                    </Hidden>
                  </details>
                ) : (
                  <>
                    <strong>{t('name_colon', flagName(f.id))}</strong> {flagDetail(f)}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="sections">
        {order.map((id) => {
          const section = label.sections.find((s) => s.id === id);
          return section ? <SectionView key={id} section={section} /> : null;
        })}
      </div>
      <footer class="label-foot">
        {onOpenReader && (
          <button type="button" class="secondary open-reader" onClick={onOpenReader}>
            {t('open_reader')}
          </button>
        )}
        <CopyButton label={label} analysedAt={analysedAt} />
      </footer>
    </article>
  );
}
