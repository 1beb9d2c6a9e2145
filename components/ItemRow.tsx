import type { Item, SectionId } from '../analyzer/types';
import { itemName, POLARITY_WORDS } from '../analyzer/names';
import { Quote } from './Quote';

const ICONS = { yes: '●', no: '○', contradictory: '⚠' } as const;

/** One line of the label: what, yes/no (word and icon), "may", value, and the quoted evidence. */
export function ItemRow({ section, item }: { section: SectionId; item: Item }) {
  const value = item.detail ?? (item.value !== undefined ? String(item.value) : undefined);
  const [first, ...more] = item.evidence;
  return (
    <li class={`item polarity-${item.polarity}`} data-item={item.id} data-polarity={item.polarity}>
      <div class="item-line">
        <span class="item-name">{itemName(section, item.id)}</span>
        {value && <span class="item-value">{value}</span>}
        <span class="polarity">
          <span aria-hidden="true">{ICONS[item.polarity]}</span> {POLARITY_WORDS[item.polarity]}
          {item.hedged && item.polarity === 'yes' && <span class="hedge"> (may)</span>}
        </span>
      </div>
      {first && <Quote text={first.text} />}
      {more.length > 0 && (
        <details class="more-evidence">
          <summary>{more.length} more quote{more.length === 1 ? '' : 's'}</summary>
          {more.map((e) => (
            <Quote key={e.start} text={e.text} />
          ))}
        </details>
      )}
    </li>
  );
}
