/**
 * Shows the reader the sentence behind a label item: opens the collapsed section that holds
 * it, scrolls to it and highlights it with the CSS Custom Highlight API (no change to the
 * page's DOM beyond one <style>), or with the selection where that API is missing. The
 * highlight goes away at the next click or key press in the page.
 */
import { locateQuote } from '../analyzer/locate';

const NAME = 'privacy-label-evidence';
let clear: (() => void) | undefined;

function reveal(node: Node): void {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement && !el.open) el.open = true;
    // An accordion panel: press the button that controls it, as the reader would.
    if (el.id && (el.hidden || el.getAttribute('aria-hidden') === 'true' || getComputedStyle(el).display === 'none')) {
      const control = document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(el.id)}"]`);
      if (control && control.getAttribute('aria-expanded') !== 'true') control.click();
    }
  }
}

function ensureStyle(): void {
  if (document.getElementById(NAME)) return;
  const style = document.createElement('style');
  style.id = NAME;
  style.textContent = `::highlight(${NAME}) { background-color: #ffd84d; color: #000; }`;
  (document.head ?? document.documentElement).append(style);
}

/** Highlights `quote` in the page; false when the page no longer holds it. */
export function highlightQuote(quote: string): boolean {
  clear?.();
  const range = locateQuote(document, quote);
  if (!range) return false;
  reveal(range.startContainer);
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const highlights = (CSS as { highlights?: Map<string, unknown> }).highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (highlights && HighlightCtor) {
    ensureStyle();
    highlights.set(NAME, new HighlightCtor(range));
    clear = () => highlights.delete(NAME);
  } else {
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    clear = () => selection?.removeAllRanges();
  }
  const done = () => {
    clear?.();
    clear = undefined;
    removeEventListener('pointerdown', done, true);
    removeEventListener('keydown', done, true);
  };
  addEventListener('pointerdown', done, true);
  addEventListener('keydown', done, true);
  return true;
}
