/**
 * Finds a quoted sentence of the label in the live page: a DOM Range over the text nodes that
 * hold it, across element boundaries, whitespace-insensitive. Handed its Document; one linear
 * walk of the text nodes per call.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const BLOCK = /^(?:P|DIV|LI|H[1-6]|TD|TH|DT|DD|SECTION|ARTICLE|MAIN|HEADER|FOOTER|SUMMARY|DETAILS|BLOCKQUOTE|PRE|TR|UL|OL|BR)$/;

interface Haystack {
  text: string;
  /** For each character of `text`: its text node, or null for a separator. */
  nodes: (Text | null)[];
  offsets: number[];
}

function haystack(root: Node): Haystack {
  const hay: Haystack = { text: '', nodes: [], offsets: [] };
  let lastSpace = true;
  const push = (ch: string, node: Text | null, offset: number) => {
    hay.text += ch;
    hay.nodes.push(node);
    hay.offsets.push(offset);
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        for (let i = 0; i < value.length; i++) {
          const space = /[\s\u00a0]/.test(value[i]!);
          if (space && lastSpace) continue;
          push(space ? ' ' : value[i]!, child as Text, i);
          lastSpace = space;
        }
      } else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName)) {
        const block = BLOCK.test((child as Element).tagName);
        if (block && !lastSpace) {
          push(' ', null, 0);
          lastSpace = true;
        }
        walk(child);
        if (block && !lastSpace) {
          push(' ', null, 0);
          lastSpace = true;
        }
      }
    }
  };
  walk(root);
  return hay;
}

const normalise = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** The Range of `quote` in `doc`, or null when the page no longer holds it. */
export function locateQuote(doc: Document, quote: string): Range | null {
  if (!doc.body) return null;
  const hay = haystack(doc.body);
  const wanted = normalise(quote);
  // A quote may span a question and its bare answer, or have been cut: fall back to its start.
  for (const needle of [wanted, wanted.slice(0, 80)]) {
    if (needle.length < 4) continue;
    const at = hay.text.indexOf(needle);
    if (at < 0) continue;
    let first = at;
    while (first < at + needle.length && !hay.nodes[first]) first++;
    let last = at + needle.length - 1;
    while (last > first && !hay.nodes[last]) last--;
    const startNode = hay.nodes[first];
    const endNode = hay.nodes[last];
    if (!startNode || !endNode) continue;
    const range = doc.createRange();
    range.setStart(startNode, hay.offsets[first]!);
    range.setEnd(endNode, hay.offsets[last]! + 1);
    return range;
  }
  return null;
}
