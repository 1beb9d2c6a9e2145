import type { Section } from '../analyzer/types';
import { sectionRatingReasons } from '../analyzer/rubric';
import { t } from '../utils/i18n';
import { ItemRow } from './ItemRow';
import { RATING_ICONS, ratingWord, sectionName } from './label-strings';

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
        <summary>{t('section_why', word)}</summary>
        <ul>
          {sectionRatingReasons(section).map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
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
