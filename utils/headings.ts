/**
 * The first h1/h2 headings of a document, trimmed and cut to 200 characters: what the cheap
 * check (content script) and detection (the extractor's page) weigh. `skip` leaves headings
 * out, e.g. those of a cookie banner (utils/banner.ts). Small: it ships in the content script.
 */
export function firstHeadings(doc: Document, skip?: (heading: Element) => boolean): string[] {
  const list: string[] = [];
  for (const h of doc.querySelectorAll('h1, h2')) {
    if (skip?.(h)) continue;
    list.push((h.textContent ?? '').trim().slice(0, 200));
    if (list.length >= 4) break;
  }
  return list;
}
