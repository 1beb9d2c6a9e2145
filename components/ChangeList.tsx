import type { ItemChange, ItemSide } from '../analyzer/label-diff';
import type { PolicyChange } from '../utils/history-store';
import { flagName, itemLabel, polarityWord, sectionName } from './label-strings';
import { t, uiDate } from '../utils/i18n';

function sideText(s: ItemSide): string {
  const value = s.detail ?? (s.value !== undefined ? String(s.value) : '');
  return `${polarityWord(s.polarity)}${s.hedged && s.polarity === 'yes' ? ` (${t('hedge_may')})` : ''}${value ? ` · ${value}` : ''}`;
}

function Line({ c }: { c: ItemChange }) {
  const name = `${sectionName(c.section)} · ${itemLabel(c.section, c.item)}`;
  const quote = (c.after ?? c.before)?.quote;
  return (
    <li data-change={c.kind} data-item={`${c.section}/${c.item}`}>
      <span class="change-name">{name}</span>{' '}
      {c.kind === 'flipped' && c.before && c.after ? (
        <span class="change-value">
          {sideText(c.before)} → <strong>{sideText(c.after)}</strong>
        </span>
      ) : (
        <span class="change-value">{sideText((c.after ?? c.before)!)}</span>
      )}
      {quote && <blockquote class="quote change-quote">{quote.length > 220 ? `${quote.slice(0, 219)}…` : quote}</blockquote>}
    </li>
  );
}

const GROUPS = [
  ['added', 'changed_added'],
  ['removed', 'changed_removed'],
  ['flipped', 'changed_flipped'],
] as const;

/** "Policy changed since DATE": what the label says differently (items added, removed, flipped). */
export function ChangeList({ change }: { change: PolicyChange }) {
  const { diff } = change;
  return (
    <section class="changed" aria-labelledby="changed-title" data-testid="policy-changed">
      <h2 id="changed-title">
        <span aria-hidden="true">Δ </span>
        {t('changed_title', uiDate(change.since))}
      </h2>
      <p class="meta">{t('changed_intro')}</p>
      {diff.gradeBefore !== diff.gradeAfter && <p class="change-grade">{t('changed_grade', diff.gradeBefore, diff.gradeAfter)}</p>}
      {GROUPS.map(([kind, title]) => {
        const list = diff.changes.filter((c) => c.kind === kind);
        if (!list.length) return null;
        return (
          <div key={kind} class={`change-group change-${kind}`}>
            <h3>
              {t(title)} ({list.length})
            </h3>
            <ul>
              {list.map((c, i) => (
                <Line key={i} c={c} />
              ))}
            </ul>
          </div>
        );
      })}
      {(diff.flagsAdded.length > 0 || diff.flagsRemoved.length > 0) && (
        <ul class="change-flags">
          {diff.flagsAdded.map((f) => (
            <li key={`+${f}`}>{t('changed_flag_added', flagName(f))}</li>
          ))}
          {diff.flagsRemoved.map((f) => (
            <li key={`-${f}`}>{t('changed_flag_removed', flagName(f))}</li>
          ))}
        </ul>
      )}
      {diff.changes.length === 0 && diff.flagsAdded.length === 0 && diff.flagsRemoved.length === 0 && <p>{t('changed_ratings_only')}</p>}
    </section>
  );
}
