import { useState } from 'preact/hooks';
import type { Label } from '../analyzer/types';
import { summaryMarkdown } from '../analyzer/summary';

/** Copies the label as plain text with Markdown headings, and says so in a live region. */
export function CopyButton({ label, analysedAt }: { label: Label; analysedAt: number }) {
  const [status, setStatus] = useState('');
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(summaryMarkdown(label, { analysedAt: new Date(analysedAt) }));
      setStatus('Copied to the clipboard.');
    } catch {
      setStatus('Could not copy: the browser refused access to the clipboard.');
    }
  }
  return (
    <div class="copy">
      <button type="button" class="primary" onClick={() => void copy()}>
        Copy summary
      </button>
      <span class="copy-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
