/**
 * The first h1/h2 headings of a document, trimmed and cut to 200 characters: what the cheap
 * check (content script) and detection (the extractor's page) weigh. The page's first `<h1>`
 * comes first even when menus' `<h2>`s stand before it (a mega menu's column titles would
 * otherwise push the page's own name out of the four). `skip` leaves headings out, e.g. those
 * of a cookie banner (utils/banner.ts). Small: it ships in the content script.
 */
export function firstHeadings(doc: Document, skip?: (heading: Element) => boolean): string[] {
  const text = (h: Element) => (h.textContent ?? '').trim().slice(0, 200);
  const list: Element[] = [];
  let h1: Element | undefined;
  for (const h of doc.querySelectorAll('h1, h2')) {
    if (h1 && list.length >= 4) break;
    if (skip?.(h)) continue;
    if (!h1 && h.localName === 'h1') h1 = h;
    if (list.length < 4) list.push(h);
  }
  const rest = list.filter((h) => h !== h1);
  return (h1 ? [h1, ...rest] : rest).slice(0, 4).map(text);
}
