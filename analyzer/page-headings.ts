import type { Extracted } from './types';
import { isChrome } from './extract';

/**
 * The headings that name a page, for detection: the document's first <h1> outside site
 * chrome (the page's own name), then the h1/h2 headings of the extracted text, then any
 * other h1/h2 of the document. Real pages put h2 and h3 titles in mega menus ("Products",
 * "Resources"), wiki skins ("Navigation menu") and cookie dialogs ("We value your privacy")
 * before the content's <h1>; in plain document order those would be the "first headings" and
 * the policy's own name would be missed. Pure: the caller hands the Document in.
 */
export function pageHeadings(doc: Document, extracted: Pick<Extracted, 'text' | 'blocks'>, max = 4): string[] {
  const list: string[] = [];
  const add = (s: string): boolean => {
    const t = s.replace(/\s+/g, ' ').trim().slice(0, 200);
    if (t && !list.includes(t)) list.push(t);
    return list.length >= max;
  };
  // The first <h1> outside the chrome: the page's name (a later one is a part's).
  for (const h of doc.querySelectorAll('h1')) {
    if (inChrome(h)) continue;
    add(headingText(h));
    break;
  }
  for (const b of extracted.blocks) {
    if (b.kind === 'heading' && (b.level ?? 9) <= 2 && add(extracted.text.slice(b.start, b.end))) return list;
  }
  for (const h of doc.querySelectorAll('h1, h2')) {
    if (add(headingText(h))) return list;
  }
  return list;
}

/** Inside a menu, banner, footer, dialog… (the extractor's test), up to 60 ancestors. */
function inChrome(el: Element): boolean {
  let n = 0;
  for (let e: Element | null = el; e && n < 60; e = e.parentElement, n++) if (isChrome(e)) return true;
  return false;
}

/** A heading's text, with a line break (`<h1>Privacy<br>Policy</h1>`) read as the space a reader sees, not "PrivacyPolicy". */
function headingText(h: Element): string {
  if (!h.querySelector('br')) return h.textContent ?? '';
  let s = '';
  const visit = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) s += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        if ((c as Element).localName === 'br') s += ' ';
        else visit(c);
      }
    }
  };
  visit(h);
  return s;
}
