import type { Section } from '../analyzer/types';
import { SECTION_NAMES } from '../analyzer/names';
import { sectionRatingReasons } from '../analyzer/rubric';
import { ItemRow } from './ItemRow';

const RATING_WORDS = { good: 'Good', caution: 'Caution', bad: 'Bad', unknown: 'Not stated' } as const;
const RATING_ICONS = { good: '✓', caution: '!', bad: '✕', unknown: '?' } as const;

/** One section of the label: its name, rating (word and icon, not colour alone) and items. */
export function SectionView({ section }: { section: Section }) {
  const titleId = `section-${section.id}`;
  return (
    <section class={`section rating-${section.rating}`} data-section={section.id} aria-labelledby={titleId}>
      <h2 id={titleId}>
        <span>{SECTION_NAMES[section.id]}</span>
        <span class="rating">
          <span aria-hidden="true">{RATING_ICONS[section.rating]}</span> {RATING_WORDS[section.rating]}
        </span>
      </h2>
      <details class="why">
        <summary>Why “{RATING_WORDS[section.rating]}”?</summary>
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
        <p class="not-stated">Not stated in this policy.</p>
      )}
    </section>
  );
}
