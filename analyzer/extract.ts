import { Readability } from '@mozilla/readability';
import { countRuns } from './runs';
import type { Block, Extracted } from './types';

/**
 * Document → readable text with the offsets of its blocks (headings, paragraphs, list items).
 * Readability finds the main content; where it keeps much less text than the page's main
 * region (it drops hidden accordions, short sections), a structural walk of that region is
 * used instead. Pure: the caller hands the Document in (page, jsdom or linkedom).
 */

/**
 * The extraction limit: a page's text stops here (about 300 000 words, ten times the longest
 * policy in our corpus), the result says `truncated`, and the label carries
 * `source.truncated`. It bounds the time and memory of everything after extraction.
 */
export const EXTRACT_MAX_CHARS = 2_000_000;
const MAX_CHARS = EXTRACT_MAX_CHARS;
/** Readability gives up (and the structural walk is used) on pages with more elements than this. */
const READABILITY_MAX_ELEMENTS = 30_000;

const HEADING = /^h[1-6]$/;
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'frame', 'object', 'button', 'select', 'input', 'textarea', 'nav', 'footer', 'head']);
const SKIP_ROLES = /^(?:navigation|banner|contentinfo|search|menu|menubar|dialog|alertdialog)$/;
/** Consent-management platforms' banners, by the ids and classes they ship with. */
const CONSENT_PLATFORM =
  /onetrust|cookiebot|cybotcookie|\bcc-(?:window|banner)\b|qc-cmp|truste-|didomi|usercentrics|sp_message|fc-consent|osano|iubenda-cs|termly-|cookieyes|\bcky-|moove_gdpr|cmplz|cmpbox|cmpwrapper|borlabs-cookie|\bklaro\b|axeptio|tarteaucitron|cookiefirst|cookie-law-info/i;
/**
 * Classes and ids of site chrome: menus (also a MediaWiki skin's portlets, a theme's
 * "main-navigation", a div-only mega menu's "gnav"), sidebars and widget areas, comment threads,
 * related-post and share boxes. A "widget" alone is not here: page builders (Elementor…) wrap
 * their content in widgets.
 */
const CHROME_CLASS =
  /(?:^|[\s_-])(?:cookie|consent|gdpr-banner|site-header|site-footer|footer|nav|navbar|navigation|gnav|globalnav|mega-?menu|menu|breadcrumbs?|sidebar|widget-area|portlet|share|social-share|sharedaddy|skip-link|comments-area|comment-respond|related-posts?|catlinks|site-branding)(?:$|[\s_-])/i;

export interface ExtractResult extends Extracted {
  method: 'readability' | 'structural';
  truncated: boolean;
}

class TextBuilder {
  text = '';
  blocks: Block[] = [];
  truncated = false;
  /** How many frames deep the walk is (same-origin iframes are read, at most MAX_FRAME_DEPTH deep). */
  frames = 0;
  /** Whether same-origin frames are read (only on a page that is a shell around its frame). */
  readFrames = false;
  /** Inside how many <pre> elements the walk is: there a blank line parts two blocks. */
  pre = 0;
  private buf = '';
  private kinds: { kind: Block['kind']; level?: number }[] = [];

  open(kind: Block['kind'], level?: number): void {
    this.flush();
    this.kinds.push({ kind, level });
  }
  close(): void {
    this.flush();
    this.kinds.pop();
  }
  add(s: string): void {
    this.buf += s;
  }
  flush(): void {
    let t = this.buf.replace(/[\s\u00a0]+/g, ' ').trim();
    this.buf = '';
    if (!t || this.truncated) return;
    const room = MAX_CHARS - this.text.length - (this.text ? 1 : 0);
    if (t.length > room) {
      // The text stops between blocks; but a giant block (one that would leave more than half of
      // the room empty) is cut at the limit, so that a page of one giant block keeps its first
      // MAX_CHARS, not nothing — not between the two halves of a surrogate pair.
      this.truncated = true;
      if (this.text.length >= MAX_CHARS / 2) return;
      const end = room > 0 && /[\uD800-\uDBFF]/.test(t[room - 1]!) ? room - 1 : room;
      if (end <= 0) return;
      t = t.slice(0, end);
    }
    const top = this.kinds[this.kinds.length - 1] ?? { kind: 'paragraph' as const };
    if (this.text) this.text += '\n';
    const start = this.text.length;
    this.text += t;
    const block: Block = { kind: top.kind, start, end: this.text.length };
    if (top.level) block.level = top.level;
    this.blocks.push(block);
  }
}

export function isChrome(el: Element): boolean {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.test(role)) return true;
  if (tag === 'header' && el.parentElement?.localName === 'body') return true;
  const cls = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (cls.length > 1 && CONSENT_PLATFORM.test(cls)) return true;
  // A theme's or Disqus's comment thread, by its usual id.
  if (el.id === 'comments' || el.id === 'disqus_thread') return true;
  if (cls.length < 2 || !CHROME_CLASS.test(cls) || /\b(?:policy|privacy|content|article)\b/i.test(cls)) return false;
  // A plain chrome class ("sidebar", "nav-menu") is chrome; one that only names a layout or a
  // state ("no-sidebar", "has-sidebar", "menu-open", "footer-sticky", "page-with-share-buttons")
  // is chrome unless the element holds the page: themes put such classes on the wrapper of all
  // the content, and skipping it lost the whole policy.
  return CHROME_CLASS.test(cls.replace(LAYOUT_STATE, ' ')) || !holdsThePage(el);
}

/** Class words that qualify a chrome word as a layout or a state: "no-", "has-", "with-", "left-"… before it, "-open", "-sticky"… after it. */
const LAYOUT_STATE = /(?:^|[\s_-])(?:no|has|with|without|is|show|hide|left|right|two|three|one|full)[-_][\w-]*|[\w-]*[-_](?:open|opened|closed|sticky|fixed|active|visible|hidden|collapsed|expanded|enabled|disabled|toggled)(?=\s|$)/gi;

/** Most of the page's text (half or more) and few links in it (under 30%): the content's wrapper, not a menu. */
function holdsThePage(el: Element): boolean {
  const own = (el.textContent ?? '').length;
  const page = (el.ownerDocument?.body?.textContent ?? '').length;
  if (own < 500 || own < page * 0.5) return false;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').length;
  return links < own * 0.3;
}

/**
 * Deeper than this, a subtree is read as one run of text: a browser's parser never nests more
 * than 512 elements, but a script can build a DOM thousands of levels deep, and the walk must
 * not run out of stack on it.
 */
const MAX_DEPTH = 1000;

/** A page region with less text than this, and an <iframe>, is a shell: its same-origin frames are read. */
const FRAME_SHELL_CHARS = 1500;
/** Frames inside frames are read this deep, no deeper. */
export const MAX_FRAME_DEPTH = 3;

/** An <iframe> that is shown: not hidden, not styled away, not sized to a pixel (a tracking frame). */
export function frameShown(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  if (el.hasAttribute('hidden') || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return false;
  return !['width', 'height'].some((a) => /^\s*[01](?:px)?\s*$/.test(el.getAttribute(a) ?? ''));
}

/**
 * The body of an <iframe>'s document when the page may read it (same origin, loaded) and the
 * frame is shown; null for a cross-origin frame (its contentDocument is null, or reading it
 * throws), an empty or unloaded one, and one sized or styled away (a tracking pixel).
 */
export function frameBody(el: Element): HTMLElement | null {
  if (!frameShown(el)) return null;
  try {
    return (el as HTMLIFrameElement).contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

function walk(node: Node, out: TextBuilder, depth = 0): void {
  // An open shadow root (a web component's own tree) is shown in place of the host's children,
  // which its slots project: read it first, then the children.
  const shadow = (node as Partial<Element>).shadowRoot;
  if (shadow) walk(shadow, out, depth + 1);
  for (let child = node.firstChild; child && !out.truncated; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const value = child.nodeValue ?? '';
      if (out.pre && value.includes('\n')) {
        const parts = value.split(/\n[ \t\r]*\n/);
        for (let i = 0; i < parts.length; i++) {
          if (i) out.flush();
          out.add(parts[i]!);
        }
      } else out.add(value);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    if (isChrome(el)) continue;
    if (depth >= MAX_DEPTH) {
      out.add(` ${el.textContent ?? ''} `);
      continue;
    }
    if (tag === 'br') {
      out.flush();
      continue;
    }
    if (tag === 'iframe') {
      // A same-origin frame's document is part of the page (a policy embedded from the site's
      // own legal pages); a cross-origin one cannot be read and is left out.
      const body = out.readFrames ? frameBody(el) : null;
      if (body && out.frames < MAX_FRAME_DEPTH) {
        out.frames++;
        out.open('paragraph');
        walk(body, out, depth + 1);
        out.close();
        out.frames--;
      }
      continue;
    }
    if (!BLOCK_TAGS.has(tag)) {
      walk(el, out, depth + 1);
      continue;
    }
    if (tag === 'pre') {
      // Preformatted text (a plain-text policy served in <pre>): its blank lines part its
      // paragraphs, which white-space collapsing would run together with their headings.
      out.open('paragraph');
      out.pre++;
      walk(el, out, depth + 1);
      out.pre--;
      out.close();
      continue;
    }
    if (HEADING.test(tag)) out.open('heading', Number(tag[1]));
    else if (tag === 'li') out.open('list-item');
    else if (tag === 'summary' || tag === 'dt' || tag === 'th') out.open('heading', 4);
    else out.open('paragraph');
    walk(el, out, depth + 1);
    out.close();
  }
  if (out.text.length > MAX_CHARS) out.truncated = true;
}

function build(root: Node, readFrames = false): TextBuilder {
  const out = new TextBuilder();
  out.readFrames = readFrames;
  walk(root, out);
  out.flush();
  return out;
}

/** The page's main region: <main>, [role=main] or <article>, else <body>. */
function mainRegion(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"]') ?? (doc.querySelectorAll('article').length === 1 ? doc.querySelector('article') : null) ?? doc.body;
}

/** Readability skips what is hidden; policies hide sections in accordions and tab panels. */
function unhide(doc: Document): void {
  for (const el of doc.querySelectorAll('[hidden], [aria-hidden="true"], details:not([open]), [style*="display"]')) {
    if (isChrome(el)) continue;
    el.removeAttribute('hidden');
    el.removeAttribute('aria-hidden');
    if (el.localName === 'details') el.setAttribute('open', '');
    const style = el.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) el.setAttribute('style', style.replace(/display\s*:\s*none\s*;?/gi, ''));
  }
}

function readabilityRoot(doc: Document): Element | null {
  try {
    const clone = doc.cloneNode(true) as Document;
    unhide(clone);
    const article = new Readability<Element>(clone, { serializer: (el) => el as Element, charThreshold: 200, maxElemsToParse: READABILITY_MAX_ELEMENTS }).parse();
    return article?.content ?? null;
  } catch {
    return null;
  }
}

/**
 * The marked main region, unless it holds almost none of the page's text: a browser's parser
 * moves elements nested deeper than its limit (512 in Chromium) out of their parent, so a
 * <main> deep in the tree can end up nearly empty with its text beside it.
 */
function usableRegion(doc: Document): Element | null {
  const region = mainRegion(doc);
  if (!region || region === doc.body || !doc.body) return region;
  const inRegion = (region.textContent ?? '').length;
  if (inRegion >= 2000) return region;
  const inBody = (doc.body.textContent ?? '').length;
  return inBody > 5 * Math.max(inRegion, 200) ? doc.body : region;
}

/** Words in a block of text (runs of non-space). */
/**
 * The headings of the walk that head a section of prose: under them, before the next heading,
 * a sentence of six words or more. A mega menu's column titles ("Products", "Resources") head
 * lists of link names and blurbs, and Readability may drop them.
 */
function sectionHeadings(out: TextBuilder): string[] {
  const list: string[] = [];
  const { blocks, text } = out;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.kind !== 'heading') continue;
    let sentence = false;
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind !== 'heading' && !sentence; j++) {
      const t = text.slice(blocks[j]!.start, blocks[j]!.end);
      sentence = /[.!?:;)]["'”’]?$/.test(t) && countRuns(t) >= 6;
    }
    if (sentence) list.push(text.slice(blocks[i]!.start, blocks[i]!.end));
  }
  return list;
}

/**
 * Readability keeps the best-scoring container and may drop a sibling that holds part of the
 * policy (a second column, an FAQ list of short answers). Its result is refused when headings of
 * the structural walk are missing from it: at least two, and a quarter of them.
 */
function dropsSections(structural: TextBuilder, readable: TextBuilder): boolean {
  const headings = sectionHeadings(structural);
  if (headings.length < 2) return false;
  const kept = new Set(readable.blocks.map((b) => readable.text.slice(b.start, b.end)));
  const dropped = headings.filter((h) => !kept.has(h) && !readable.text.includes(h)).length;
  return dropped >= 2 && dropped >= headings.length / 4;
}

export function extract(doc: Document): ExtractResult {
  const region = usableRegion(doc);
  let structural = region ? build(region) : new TextBuilder();
  // A page that is a shell around a same-origin frame (a heading, a sentence and an <iframe>
  // holding the policy) is read with its frames; a page with text of its own is read without
  // them (an ad, a widget, a hostile srcdoc beside the policy is not the policy).
  if (region && structural.text.length < FRAME_SHELL_CHARS && region.querySelector('iframe')) {
    const framed = build(region, true);
    if (framed.text.length > structural.text.length) structural = framed;
  }
  const readable = region !== null && region !== doc.body ? null : readabilityRoot(doc);
  const viaReadability = readable ? build(readable) : null;
  // A page that marks its main region is read structurally (nothing of it is dropped);
  // otherwise Readability finds the content, unless it kept much less than the structural walk.
  const marked = region !== null && region !== doc.body;
  const useReadability = !marked && viaReadability !== null && viaReadability.text.length >= structural.text.length * 0.6 && !dropsSections(structural, viaReadability);
  const chosen = useReadability ? viaReadability : structural;
  const h1 = doc.querySelector('h1')?.textContent?.trim();
  return {
    title: (doc.title || h1 || '').trim(),
    text: chosen.text,
    blocks: chosen.blocks,
    language: doc.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() || undefined,
    method: useReadability ? 'readability' : 'structural',
    truncated: chosen.truncated,
  };
}
