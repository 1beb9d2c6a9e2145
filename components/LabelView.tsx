import type { Label } from '../analyzer/types';
import { DISPLAY_ORDER } from '../analyzer/schema';
import { gradeOf } from '../analyzer/rubric';
import { FLAG_NAMES } from '../analyzer/names';
import { SectionView } from './SectionView';
import { CopyButton } from './CopyButton';
import { Quote } from './Quote';

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).host : '';
  } catch {
    return '';
  }
}

/** The whole label: header with grade, flags, then the sections, headline four first. */
export function LabelView({ label, analysedAt, truncated }: { label: Label; analysedAt: number; truncated: boolean }) {
  const grade = gradeOf(label);
  const { source } = label;
  return (
    <article class="label" aria-labelledby="label-title">
      <header class="label-head">
        <div class={`grade grade-${grade.letter}`} aria-label={`Grade ${grade.letter}`}>
          {grade.letter}
        </div>
        <div>
          <h1 id="label-title">{source.title || 'Privacy policy'}</h1>
          <p class="meta">
            {hostOf(source.url)}
            {source.effectiveDate && <> · effective {source.effectiveDate}</>}
            {' · '}
            {source.readingMinutes} min to read — summarised here
          </p>
          <p class="meta">
            {grade.concerns} concern{grade.concerns === 1 ? '' : 's'}
            {!label.detection.isPolicy && <> · this page does not look like a privacy policy</>}
          </p>
          <details class="why grade-why">
            <summary>Why grade {grade.letter}?</summary>
            <p>The rubric's lines that hold for this policy (points add up to {grade.points}):</p>
            <ul>
              {grade.lines.map((l) => (
                <li key={`${l.section}-${l.id}`}>
                  {l.points > 0 ? `+${l.points}` : l.points} · {l.text}
                </li>
              ))}
            </ul>
          </details>
        </div>
      </header>
      {truncated && <p class="notice">This page is very long: only its first 2 million characters were analysed.</p>}
      {label.flags.length > 0 && (
        <section class="flags" aria-labelledby="flags-title">
          <h2 id="flags-title">Flags</h2>
          <ul>
            {label.flags.map((f, i) => (
              <li key={i} data-flag={f.id}>
                {f.evidence[0] ? (
                  <details>
                    <summary>
                      <strong>{FLAG_NAMES[f.id] ?? f.id}:</strong> {f.detail}
                    </summary>
                    {f.evidence.slice(0, 2).map((e) => (
                      <Quote key={e.start} text={e.text} />
                    ))}
                  </details>
                ) : (
                  <>
                    <strong>{FLAG_NAMES[f.id] ?? f.id}:</strong> {f.detail}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="sections">
        {DISPLAY_ORDER.map((id) => {
          const section = label.sections.find((s) => s.id === id);
          return section ? <SectionView key={id} section={section} /> : null;
        })}
      </div>
      <footer class="label-foot">
        <CopyButton label={label} analysedAt={analysedAt} />
      </footer>
    </article>
  );
}
