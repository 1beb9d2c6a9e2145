import { useState } from 'preact/hooks';
import type { Label } from '../analyzer/types';
import { summaryJson, summaryMarkdown, summaryText } from '../analyzer/summary';
import { t } from '../utils/i18n';

const FORMATS = [
  { id: 'text', button: 'copy_text', done: 'copied_text', make: summaryText },
  { id: 'markdown', button: 'copy_markdown', done: 'copied_markdown', make: summaryMarkdown },
  { id: 'json', button: 'copy_json', done: 'copied_json', make: summaryJson },
] as const;

/** Copies the label as plain text, Markdown or JSON, and says so in a live region. */
export function CopyButton({ label, analysedAt }: { label: Label; analysedAt: number }) {
  const [status, setStatus] = useState('');
  async function copy(format: (typeof FORMATS)[number]): Promise<void> {
    setStatus('');
    try {
      await navigator.clipboard.writeText(format.make(label, { analysedAt: new Date(analysedAt) }));
      setStatus(t(format.done));
    } catch {
      setStatus(t('copy_failed'));
    }
  }
  return (
    <div class="copy">
      <div class="copy-buttons" role="group" aria-label={t('copy_group')}>
        {FORMATS.map((f) => (
          <button key={f.id} type="button" class={f.id === 'text' ? 'primary' : 'secondary'} data-format={f.id} onClick={() => void copy(f)}>
            {t(f.button)}
          </button>
        ))}
      </div>
      <span class="copy-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
