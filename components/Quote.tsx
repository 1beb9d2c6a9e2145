import { useContext, useState } from 'preact/hooks';
import { shortQuote } from '../analyzer/summary';
import { t } from '../utils/i18n';
import { JumpContext } from './jump';

/**
 * A quote from the policy, rendered as text (Preact escapes it). Where the page is at hand,
 * the quote is a button that scrolls the page to the sentence and highlights it.
 */
export function Quote({ text }: { text: string }) {
  const jump = useContext(JumpContext);
  const [missing, setMissing] = useState(false);
  const shown = shortQuote(text, 240);
  if (!jump) {
    return (
      <blockquote class="quote" title={text.length > 240 ? text : undefined}>
        {shown}
      </blockquote>
    );
  }
  return (
    <blockquote class="quote">
      <button type="button" class="quote-link" title={t('quote_jump_title')} onClick={() => void jump(text).then((ok) => setMissing(!ok))}>
        {shown}
      </button>
      {missing && <span class="quote-missing"> {t('quote_missing')}</span>}
    </blockquote>
  );
}
