import { frameShown } from '../analyzer/extract';

/**
 * Same-origin frames still loading when the page is extracted: their text would be missed (the
 * extractor reads a same-origin <iframe>'s document in place, analyzer/extract.ts). Resolves
 * when each such frame has fired `load`, or after `timeoutMs` — whichever comes first; frames
 * the extractor does not read (cross-origin, hidden, 1×1: frameShown) are not waited for. No
 * polling: one load listener per pending frame and one timer.
 */
export function framesLoaded(doc: Document, timeoutMs = 2000, maxFrames = 20): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const frame of [...doc.querySelectorAll('iframe')].slice(0, maxFrames)) {
    if (!frameShown(frame) || !loading(frame)) continue;
    pending.push(new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true })));
  }
  if (!pending.length) return Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  return Promise.race([Promise.all(pending).then(() => undefined), timeout]).finally(() => clearTimeout(timer));
}

/** A readable frame whose document is not loaded yet (or is still the initial about:blank of a frame with a src). */
function loading(frame: HTMLIFrameElement): boolean {
  let inner: Document | null;
  try {
    inner = frame.contentDocument;
  } catch {
    return false;
  }
  if (!inner) return false;
  if (inner.readyState !== 'complete') return true;
  const src = frame.getAttribute('src');
  return inner.URL === 'about:blank' && !!src && src !== 'about:blank' && !src.startsWith('javascript:');
}
