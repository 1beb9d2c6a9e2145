import type { Block } from './types';

/**
 * Tables of contents. A list whose items are only section titles ("Collecting information from
 * children", "[Your choices](#choices)") names what the policy talks about; it states nothing.
 * Read as sentences, such an entry is taken for a practice (artspace: the entry "Collecting
 * information from children" against "We do not knowingly collect information from Minors"
 * made a false contradiction). This finds those entries, so that they are not evidence.
 *
 * A run of consecutive list items is a table of contents when every item reads as a title
 * (short, no sentence inside it) and
 *   - most items are nothing but a link to an anchor of the page ("[Cookies](#cookies)"), or
 *   - the heading or lead-in above the run announces contents ("Table of contents", "You will
 *     find the following information in this privacy notice:", "Jump to") and either most
 *     items repeat a heading of the text below, or there are at least three of them.
 * A list under a lead-in of a practice ("We collect the following information:") is never one.
 * Linear: one pass over the blocks, each item's text read a bounded number of times.
 */

const BULLET = /^\s*(?:[-–—•*·▪◦●]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)+/u;
/** An item that is one link to an anchor of the page: "[Information we collect](#collect)". */
const ANCHOR_ONLY = /^\[[^\]\n]{1,120}\]\(#[^)\s]{0,120}\)[\s.:]*$/;
/** Words of a heading or lead-in that announce a table of contents. */
const TOC_CONTEXT =
  /\b(?:table of contents|sections? (?:of|in) this|(?:topics|sections|questions) (?:covered|below|answered)|jump to|quick links|navigation|in this (?:privacy )?(?:policy|notice|statement)[^.]{0,30}?\b(?:you will find|we (?:explain|describe|cover))|(?:find|read about|learn about|covers?|explains?|describes?|overview of)\b[^.]{0,60}?\b(?:in|of) this (?:privacy )?(?:policy|notice|statement|page|document))\b/i;
/** A heading that is only "Contents". */
const CONTENTS_HEADING = /^[\s#*_]*(?:table of )?contents\b/i;

/** A title's words, for comparing an entry with a heading: "3. COLLECTING … CHILDREN:" → "collecting … children". */
function titleKey(raw: string): string {
  return trimEnd(unlink(raw)
    .replace(/^[\s#*_>]+/, '')
    .replace(BULLET, '')
    .replace(/^(?:section\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,5}|[a-z])[.):]\s+/i, '')
    .replace(/[*_`"“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase());
}

/** Markdown links as their text: "[Cookies](#cookies)" → "Cookies" (one pass, no regex to backtrack). */
function unlink(s: string): string {
  let out = '';
  let i = 0;
  for (let j = s.indexOf('](', i); j >= 0; j = s.indexOf('](', i)) {
    const k = s.indexOf(')', j);
    if (k < 0) break;
    out += s.slice(i, j);
    i = k + 1;
  }
  return (out + s.slice(i)).replace(/[[\]]/g, '');
}

/** Without the punctuation that ends a title ("… CHILDREN:"); a loop, not a regex anchored at the end (quadratic on runs). */
function trimEnd(key: string): string {
  let end = key.length;
  while (end > 0 && ' :.;,–—-'.includes(key[end - 1]!)) end--;
  return key.slice(0, end);
}

/** The entry reads as a title: short, and no sentence inside it (a question may end it). */
function isTitle(key: string): boolean {
  if (key.length === 0 || key.length > 100 || /[.!?;]\s/.test(key)) return false;
  const q = key.indexOf('?');
  return (q < 0 || q === key.length - 1) && wordsAtMost(key, 14);
}

/** key.split(' ').length <= max, without the array: at most max - 1 spaces. */
function wordsAtMost(key: string, max: number): boolean {
  let spaces = 0;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) if (++spaces >= max) return false;
  return true;
}

/** For each block: 1 when it is an entry of a table of contents. */
export function tableOfContents(text: string, blocks: readonly Block[]): Uint8Array {
  const toc = new Uint8Array(blocks.length);
  // The last block at which each heading's title stands; built only when a list asks for it.
  let headingAt: Map<string, number> | undefined;
  const headings = () => {
    if (headingAt) return headingAt;
    headingAt = new Map();
    blocks.forEach((b, i) => {
      if (b.kind === 'heading' && b.end - b.start <= 200) headingAt!.set(titleKey(text.slice(b.start, b.end)), i);
    });
    return headingAt;
  };
  let heading = '';
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === 'heading') {
      heading = text.slice(block.start, Math.min(block.end, block.start + 300));
      continue;
    }
    if (block.kind !== 'list-item') continue;
    // The run of list items from b.
    let end = b;
    while (end < blocks.length && blocks[end]!.kind === 'list-item') end++;
    const previous = blocks[b - 1];
    const leadIn = previous && previous.kind === 'paragraph' ? text.slice(Math.max(previous.start, previous.end - 300), previous.end) : '';
    if (end - b >= 2 && isContents(text, blocks, b, end, heading, leadIn, headings)) toc.fill(1, b, end);
    b = end - 1;
  }
  return toc;
}

function isContents(text: string, blocks: readonly Block[], from: number, to: number, heading: string, leadIn: string, headings: () => Map<string, number>): boolean {
  const n = to - from;
  // A lead-in paragraph speaks for the list; without one, the heading above does.
  const context = /:\s*$/.test(leadIn) ? TOC_CONTEXT.test(leadIn) : TOC_CONTEXT.test(heading) || CONTENTS_HEADING.test(heading);
  if (!context) {
    // Without such words, only a list of anchor links is one: a cheap look before reading titles.
    let links = 0;
    for (let i = from; i < to; i++) if (text.slice(blocks[i]!.start, blocks[i]!.start + 20).replace(BULLET, '').startsWith('[')) links++;
    if (links * 3 < n * 2) return false;
  }
  let anchors = 0;
  let repeats = 0;
  for (let i = from; i < to; i++) {
    const { start, end } = blocks[i]!;
    if (end - start > 400) return false;
    const raw = text.slice(start, end).replace(BULLET, '').trim();
    const key = titleKey(raw);
    if (!isTitle(key)) return false;
    if (ANCHOR_ONLY.test(raw)) anchors++;
    else if (context && (headings().get(key) ?? -1) > i) repeats++;
  }
  if (anchors * 3 >= n * 2) return true;
  return context && (repeats * 2 >= n || n >= 3);
}
