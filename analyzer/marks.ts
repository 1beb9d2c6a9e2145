import { locateQuote } from './locate';

/** Evidence sentences marked in a (sanitized) document, for the reader page. */

export interface MarkRequest {
  text: string;
  /** A tag for the marks of this quote (the section id). */
  tag: string;
}

/**
 * Wraps each quote found in `doc.body` in <mark data-section="TAG"> elements (one per text node
 * it spans, so that the tree stays valid across element boundaries). Returns, per request, the
 * number of marks made (0: not found).
 */
export function markQuotes(doc: Document, requests: readonly MarkRequest[]): number[] {
  return requests.map((req) => {
    const range = locateQuote(doc, req.text);
    if (!range) return 0;
    const nodes: Text[] = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      if (n.nodeType === 3 && range.intersectsNode(n)) nodes.push(n as Text);
    }
    let made = 0;
    for (const node of nodes) {
      let text = node;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.length;
      if (to <= from || !/\S/.test(node.data.slice(from, to))) continue;
      if (to < text.length) text.splitText(to);
      if (from > 0) text = text.splitText(from);
      const mark = doc.createElement('mark');
      mark.className = 'evidence';
      mark.dataset.section = req.tag;
      if (made === 0) mark.dataset.first = '';
      text.parentNode!.insertBefore(mark, text);
      mark.appendChild(text);
      made++;
    }
    return made;
  });
}
