import { shortQuote } from '../analyzer/summary';

/** A quote from the policy, rendered as text (Preact escapes it). */
export function Quote({ text }: { text: string }) {
  return (
    <blockquote class="quote" title={text.length > 240 ? text : undefined}>
      {shortQuote(text, 240)}
    </blockquote>
  );
}
