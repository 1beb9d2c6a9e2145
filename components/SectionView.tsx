import type { Section } from '../analyzer/types';
import { rubricLinesFor } from '../analyzer/rubric';
import { t } from '../utils/i18n';
import { ItemRow } from './ItemRow';
import { Hidden } from './Deferred';
import { RATING_ICONS, ratingWord, rubricText, sectionName } from './label-strings';

/** Why a section has its rating: the rubric lines that hold (for a silent section, what silence costs). */
function reasons(section: Section): string[] {
  if (!section.stated) return [t('why_silent'), ...rubricLinesFor(section.id, []).map((l) => t('why_points', rubricText(l), l.points))];
  const lines = rubricLinesFor(section.id, section.items);
  return lines.length ? lines.map(rubricText) : [t('why_none')];
}

/** One section of the label: its name, rating (word and icon, not colour alone), why, and items. */
export function SectionView({ section }: { section: Section }) {
  const titleId = `section-${section.id}`;
  const word = ratingWord(section.rating);
  return (
    <section class={`section rating-${section.rating}`} data-section={section.id} aria-labelledby={titleId}>
      <h2 id={titleId}>
        <span>{sectionName(section.id)}</span>
        <span class="rating">
          <span aria-hidden="true">{RATING_ICONS[section.rating]}</span> {word}
        </span>
      </h2>
      <details class="why">
        <summary>{t('why_section', word)}</summary>
        <Hidden>
          <ul>
            {reasons(section).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </Hidden>
      </details>
      {section.stated ? (
        <ul class="items">
          {section.items.map((item, i) => (
            <ItemRow key={`${item.id}-${i}`} section={section.id} item={item} />
          ))}
        </ul>
      ) : (
        <p class="not-stated">{t('not_stated')}</p>
      )}
    </section>
  );
}
