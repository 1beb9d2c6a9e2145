import type { Item, SectionId } from '../analyzer/types';
import { t } from '../utils/i18n';
import { itemLabel, plural, polarityWord, POLARITY_ICONS } from './label-strings';
import { Quote } from './Quote';
import { Hidden } from './Deferred';

/**
 * One line of the label: what, yes / no / contradictory (icon and word, not colour alone),
 * "may" when hedged, its value; it opens to the quoted evidence.
 */
export function ItemRow({ section, item }: { section: SectionId; item: Item }) {
  const value = item.detail ?? (item.value !== undefined ? String(item.value) : undefined);
  const hedged = item.hedged && item.polarity === 'yes';
  return (
    <li class={`item polarity-${item.polarity}`} data-item={item.id} data-polarity={item.polarity}>
      <details class="item-details">
        <summary class="item-line">
          <span class="item-name">
            {itemLabel(section, item.id)}
            {value && <span class="item-value"> — {value}</span>}
          </span>
          <span class="polarity">
            <span aria-hidden="true">{POLARITY_ICONS[item.polarity]}</span> {polarityWord(item.polarity)}
            {hedged && (
              <span class="hedge" title={t('hedge_title')}>
                {' '}
                ({t('hedge_may')})
              </span>
            )}
          </span>
          <span class="quote-count">{plural(item.evidence.length, 'quotes_one', 'quotes_many')}</span>
        </summary>
        <Hidden>
          {item.evidence.map((e) => (
            <Quote key={e.start} text={e.text} />
          ))}
        </Hidden>
      </details>
    </li>
  );
}
