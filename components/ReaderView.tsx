import { useEffect, useRef, useState } from 'preact/hooks';
import type { SectionId } from '../analyzer/types';
import { DISPLAY_ORDER } from '../analyzer/schema';
import { gradeOf } from '../analyzer/rubric';
import { t, uiLanguage } from '../utils/i18n';
import type { ReaderData } from '../utils/reader-data';
import { plural, RATING_ICONS, ratingWord, sectionName } from './label-strings';
import { hostOf } from '../utils/url';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, tr, dt, dd, blockquote, pre, summary, address';

/**
 * The reader: the whole policy with every evidence sentence marked in its section's colour and
 * named by a tag (readable without colour), a sidebar of sections with previous / next, and a
 * filter that shows only one section's passages.
 */
export function ReaderView({ data }: { data: ReaderData }) {
  const policyRef = useRef<HTMLElement>(null);
  const [filter, setFilter] = useState<SectionId | ''>('');
  const [at, setAt] = useState<Partial<Record<SectionId, number>>>({});
  const grade = gradeOf(data.label);
  const sections = DISPLAY_ORDER.map((id) => ({ id, section: data.label.sections.find((s) => s.id === id), count: data.counts[id] ?? 0 }));

  // The sanitized, marked policy goes in once (it is a detached DOM, never a string of HTML).
  useEffect(() => {
    const el = policyRef.current;
    if (!el) return;
    for (const mark of data.body.querySelectorAll<HTMLElement>('mark.evidence')) {
      const id = mark.dataset.section as SectionId;
      mark.title = sectionName(id);
      if (mark.dataset.first !== undefined) mark.dataset.label = sectionName(id);
    }
    el.replaceChildren(...data.body.childNodes);
  }, [data]);

  useEffect(() => {
    const el = policyRef.current;
    if (!el) return;
    for (const block of el.querySelectorAll<HTMLElement>(BLOCKS)) {
      block.classList.toggle('filtered-out', filter !== '' && !block.querySelector(`mark[data-section="${filter}"]`));
    }
  }, [filter, data]);

  function go(id: SectionId, step: number): void {
    const marks = [...(policyRef.current?.querySelectorAll<HTMLElement>(`mark.evidence[data-first][data-section="${id}"]`) ?? [])];
    if (!marks.length) return;
    const current = at[id];
    const next = current === undefined ? (step > 0 ? 0 : marks.length - 1) : (current + step + marks.length) % marks.length;
    setAt({ ...at, [id]: next });
    for (const m of policyRef.current!.querySelectorAll('mark.current')) m.classList.remove('current');
    const target = marks[next]!;
    target.classList.add('current');
    target.tabIndex = -1;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }

  const filterName = filter ? sectionName(filter) : '';
  return (
    <div class={`reader${filter ? ` filtering filter-${filter}` : ''}`}>
      <header class="reader-head">
        <div class={`grade grade-${grade.letter}`} role="img" aria-label={t('grade_aria', grade.letter)}>
          {grade.letter}
        </div>
        <div>
          <p class="site">{hostOf(data.url, data.url)}</p>
          <h1>{data.title}</h1>
          <p class="meta">
            {t('reader_source', data.url)} · {t('meta_reading', data.label.source.words.toLocaleString(uiLanguage()), data.label.source.readingMinutes)}
          </p>
        </div>
      </header>
      <nav class="reader-nav" aria-labelledby="reader-sections">
        <h2 id="reader-sections">{t('reader_sections')}</h2>
        <label class="filter">
          {t('reader_filter')}{' '}
          <select value={filter} onChange={(e) => setFilter((e.currentTarget as HTMLSelectElement).value as SectionId | '')}>
            <option value="">{t('reader_filter_all')}</option>
            {sections
              .filter((s) => s.count > 0)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {t('reader_filter_only', sectionName(s.id))}
                </option>
              ))}
          </select>
        </label>
        <ul>
          {sections.map(({ id, section, count }) => (
            <li key={id} class={`nav-section sec-${id}${filter === id ? ' chosen' : ''}`} data-section={id}>
              <span class="swatch" aria-hidden="true" />
              <span class="nav-name">
                {sectionName(id)}
                <span class="nav-meta">
                  {section && (
                    <>
                      <span aria-hidden="true">{RATING_ICONS[section.rating]}</span> {ratingWord(section.rating)} ·{' '}
                    </>
                  )}
                  {count ? plural(count, 'reader_count_one', 'reader_count_many') : t('reader_count_none')}
                </span>
              </span>
              {count > 0 && (
                <span class="nav-buttons">
                  <button type="button" class="nav-prev" aria-label={t('reader_prev', sectionName(id))} title={t('reader_prev', sectionName(id))} onClick={() => go(id, -1)}>
                    <span aria-hidden="true">‹</span>
                  </button>
                  <button type="button" class="nav-next" aria-label={t('reader_next', sectionName(id))} title={t('reader_next', sectionName(id))} onClick={() => go(id, 1)}>
                    <span aria-hidden="true">›</span>
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <main class="reader-main" aria-label={t('reader_policy')}>
        {data.fromLabel && <p class="notice">{t('reader_from_label')}</p>}
        {data.truncated && <p class="notice">{t('truncated_notice')}</p>}
        <p class="filter-notice" role="status" aria-live="polite">
          {filter ? t('reader_filter_notice', filterName) : ''}
        </p>
        <article class="policy" ref={policyRef} />
      </main>
    </div>
  );
}
