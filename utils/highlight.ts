/**
 * Shows the reader the sentence behind a label item: opens the collapsed section that holds
 * it, scrolls to it and highlights it with the CSS Custom Highlight API (no change to the
 * page's DOM beyond one <style>), or with the selection where that API is missing. The
 * highlight goes away at the next click or key press in the page.
 *
 * The sentence may sit in a same-origin frame (a page that is a shell around its policy, read
 * in place by analyzer/extract.ts): then the frame is scrolled into view first and the
 * highlight lives in the frame's document.
 */
import { frameBody, MAX_FRAME_DEPTH } from '../analyzer/extract';
import { locateQuote } from '../analyzer/locate';

const NAME = 'privacy-label-evidence';
let clear: (() => void) | undefined;

/** The page's document, then the documents of the same-origin frames it shows (as the extractor reads them). */
function documentsOf(doc: Document, depth = 0): Document[] {
  const docs = [doc];
  if (depth >= MAX_FRAME_DEPTH) return docs;
  for (const frame of doc.querySelectorAll('iframe')) {
    const body = frameBody(frame);
    if (body) docs.push(...documentsOf(body.ownerDocument, depth + 1));
  }
  return docs;
}

function reveal(node: Node): void {
  const doc = node.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return;
  for (let el = node.parentElement; el; el = el.parentElement) {
    // Tag names, not `instanceof`: a frame's elements belong to another realm.
    if (el.tagName === 'DETAILS' && !(el as HTMLDetailsElement).open) (el as HTMLDetailsElement).open = true;
    // An accordion panel: press the button that controls it, as the reader would.
    if (el.id && (el.hidden || el.getAttribute('aria-hidden') === 'true' || view.getComputedStyle(el).display === 'none')) {
      const control = doc.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(el.id)}"]`);
      if (control && control.getAttribute('aria-expanded') !== 'true') control.click();
    }
  }
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(NAME)) return;
  const style = doc.createElement('style');
  style.id = NAME;
  style.textContent = `::highlight(${NAME}) { background-color: #ffd84d; color: #000; }`;
  (doc.head ?? doc.documentElement).append(style);
}

/** Scrolls each frame that holds `view`'s document into view in its parent, outermost first. */
function scrollFramesIntoView(view: Window): void {
  const frames: Element[] = [];
  for (let w: Window = view; w.frameElement && w !== w.parent; w = w.parent) frames.unshift(w.frameElement);
  for (const frame of frames) frame.scrollIntoView({ block: 'start' });
}

/** Highlights `quote` in the page or one of its same-origin frames; false when none holds it any more. */
export function highlightQuote(quote: string): boolean {
  clear?.();
  let range: Range | null = null;
  for (const doc of documentsOf(document)) {
    range = locateQuote(doc, quote);
    if (range) break;
  }
  const doc = range?.startContainer.ownerDocument;
  const view = doc?.defaultView;
  if (!range || !doc || !view) return false;
  reveal(range.startContainer);
  if (view !== window) scrollFramesIntoView(view);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const highlights = (view.CSS as { highlights?: Map<string, unknown> }).highlights;
  const HighlightCtor = (view as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (highlights && HighlightCtor) {
    ensureStyle(doc);
    highlights.set(NAME, new HighlightCtor(range));
    clear = () => highlights.delete(NAME);
  } else {
    const selection = view.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    clear = () => selection?.removeAllRanges();
  }
  // A click or key press in the page, or in the frame that holds the sentence, ends it.
  const windows = view === window ? [window] : [window, view];
  const done = () => {
    clear?.();
    clear = undefined;
    for (const w of windows) {
      w.removeEventListener('pointerdown', done, true);
      w.removeEventListener('keydown', done, true);
    }
  };
  for (const w of windows) {
    w.addEventListener('pointerdown', done, true);
    w.addEventListener('keydown', done, true);
  }
  return true;
}
