import type { Item, Label } from '../analyzer/types';
import { DISPLAY_ORDER } from '../analyzer/schema';
import { itemLabel, polarityWord, ratingWord, sectionName } from './label-strings';
import { gradeOf } from '../analyzer/rubric';
import { t } from '../utils/i18n';
import { hostnameOf } from '../utils/url';

/** What a label says of one item, in words: "Yes (may) · 365 days", several values joined. */
function says(items: Item[]): string {
  if (!items.length) return t('compare_not_stated');
  const parts = items.map((i) => {
    const value = i.detail ?? (i.value !== undefined ? String(i.value) : '');
    return `${polarityWord(i.polarity)}${i.hedged && i.polarity === 'yes' ? ` (${t('hedge_may')})` : ''}${value ? ` · ${value}` : ''}`;
  });
  return [...new Set(parts)].join('; ');
}

export interface CompareSide {
  url: string;
  label: Label;
}

/** Two sites' labels side by side, section by section; rows that differ are marked. */
export function CompareView({ a, b }: { a: CompareSide; b: CompareSide }) {
  const ga = gradeOf(a.label);
  const gb = gradeOf(b.label);
  return (
    <article class="compare" aria-labelledby="compare-title">
      <h1 id="compare-title">{t('compare_title')}</h1>
      <table class="compare-table">
        <colgroup>
          <col class="names" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <td />
            {[
              [a, ga],
              [b, gb],
            ].map(([side, g], i) => (
              <th key={i} scope="col" data-side={i === 0 ? 'a' : 'b'}>
                <span class={`grade grade-${(g as typeof ga).letter}`} role="img" aria-label={t('compare_grade', (g as typeof ga).letter)}>
                  {(g as typeof ga).letter}
                </span>
                <span class="compare-site">{hostnameOf((side as CompareSide).url)}</span>
                <span class="meta">{(side as CompareSide).label.source.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        {DISPLAY_ORDER.map((id) => {
          const sa = a.label.sections.find((s) => s.id === id);
          const sb = b.label.sections.find((s) => s.id === id);
          const itemIds = [...new Set([...(sa?.items ?? []), ...(sb?.items ?? [])].map((i) => i.id))];
          return (
            <tbody key={id} data-section={id}>
              <tr class="compare-section">
                <th scope="row">{sectionName(id)}</th>
                <td class={`rating-${sa?.rating ?? 'unknown'}`}>{ratingWord(sa?.rating ?? 'unknown')}</td>
                <td class={`rating-${sb?.rating ?? 'unknown'}`}>{ratingWord(sb?.rating ?? 'unknown')}</td>
              </tr>
              {itemIds.map((item) => {
                const left = says(sa?.items.filter((i) => i.id === item) ?? []);
                const right = says(sb?.items.filter((i) => i.id === item) ?? []);
                return (
                  <tr key={item} data-item={item} class={left === right ? 'same' : 'differs'}>
                    <th scope="row" class="compare-item">{itemLabel(id, item)}</th>
                    <td data-side="a">{left}</td>
                    <td data-side="b">{right}</td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
    </article>
  );
}
