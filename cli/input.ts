import { open, stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { extract } from '../analyzer/extract';
import { pageHeadings } from '../analyzer/page-headings';
import { POLICY_NAME } from '../analyzer/cheap-check';
import { decodeBytes, looksBinary, SavedPageError, unwrap } from './saved-page';
import { attachDeclarativeShadowRoots, detachTemplates, embeddedPolicy, hiddenText, pageUrl, scriptBuilt, SHELL_WORDS, whyLittleText } from './page-dom';
import type { Block } from '../analyzer/types';
import { type DetectContext } from '../analyzer/detect';
import { countRuns } from '../analyzer/runs';

/** A user error: printed as one line, no stack trace. */
export class UserError extends Error {}

export interface Input {
  text: string;
  blocks: Block[];
  title?: string;
  url?: string;
  headings: string[];
  warnings: string[];
  /** Where the page's policy text comes from when a script or a frame puts it in (cli/page-dom.ts), on a page with little text of its own. */
  embedded?: string;
  /**
   * What writes the page's text in the browser (a single-page app's scripts), when the page as
   * served has almost no text of its own and none in <noscript>, <template>s or frames (cli/page-dom.ts).
   */
  scriptBuilt?: string;
  /** A frameset's frames (their src), when the page is one. */
  frames?: string[];
}

/** What the detector is told of a page read by the CLI besides its text (analyzer/detect.ts). */
export function detectContext(input: Input): DetectContext {
  return { url: input.url, title: input.title, headings: input.headings, embeddedPolicy: input.embedded, scriptBuilt: input.scriptBuilt };
}

/**
 * The most of a file that is read: a policy is rarely above 1 MB of HTML; a larger file is cut
 * here (with a warning), so that memory stays bounded whatever its size.
 */
export const MAX_BYTES = 16 * 1024 * 1024;
/** The most text analysed, as for a page in the browser (analyzer/extract.ts). */
export const MAX_CHARS = 2_000_000;

const mb = (n: number) => `${(n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0)} MB`;

/** Reads FILE (.html, .txt or .md) into text and blocks, or throws a UserError that says why not. */
export async function readInput(path: string, frameDepth = 0): Promise<Input> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' || code === 'ENOTDIR' ? `cannot read ${path}: no such file` : `cannot read ${path}: ${code ?? 'unreadable'}`);
  }
  if (info.isDirectory()) throw new UserError(`${path} is a directory, not a file`);
  if (!info.isFile()) throw new UserError(`${path} is not a regular file`);
  const warnings: string[] = [];
  let bytes: Buffer;
  try {
    bytes = await readHead(path, MAX_BYTES);
  } catch (e) {
    throw new UserError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  let page;
  try {
    page = await unwrap(bytes, path, MAX_BYTES);
  } catch (e) {
    if (e instanceof SavedPageError) throw new UserError(e.message);
    throw e;
  }
  const cut = info.size > bytes.length || !!page.cut;
  if (cut) warnings.push(page.cut ? `${path} unpacks to more than ${mb(MAX_BYTES)}: only its first ${mb(MAX_BYTES)} were read` : `${path} is ${mb(info.size)}: only its first ${mb(bytes.length)} were read`);
  if (page.note) warnings.push(page.note);
  bytes = page.bytes;
  const named = /\.(?:x?html?|mht(?:ml)?|webarchive)(?:\.gz)?$/i.test(path) || page.from === 'MHTML' || page.from === 'Safari web archive';
  const decoded = decodeBytes(bytes, cut, page.charset, named || htmlStart(bytes.subarray(0, 16384).toString('latin1').replace(/^\xEF\xBB\xBF/, '')));
  if (decoded.unknown) warnings.push(`${path} declares the unknown charset "${decoded.unknown}"; read as ${decoded.encoding === 'windows-1252' ? 'windows-1252' : 'UTF-8'}`);
  if (decoded.note) warnings.push(`${path} ${decoded.note}`);
  if (decoded.invalid) warnings.push(`${path} is not valid UTF-8: ${decoded.invalid} invalid byte sequence${decoded.invalid === 1 ? '' : 's'} replaced by U+FFFD (\uFFFD)`);
  let raw = decoded.text;
  if (raw.trim() === '') throw new UserError(`${path} is empty`);
  if (looksBinary(raw.length, (i) => raw.charCodeAt(i))) throw new UserError(`${path} looks like a binary file, not text or HTML`);
  raw = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let input: Input;
  if (named || htmlStart(raw)) {
    input = fromHtml(raw, warnings, { url: page.url });
    if (input.frames?.length && frameDepth < 2) input = await withFrames(input, path, frameDepth);
  }
  else {
    if (raw.length > MAX_CHARS) {
      // Not between the two halves of a surrogate pair.
      raw = raw.slice(0, /[\uD800-\uDBFF]/.test(raw[MAX_CHARS - 1]!) ? MAX_CHARS - 1 : MAX_CHARS);
      warnings.push(`${path} is very long: only its first 2 million characters were analysed`);
    }
    input = /\.(?:md|markdown)$/i.test(path) ? fromMarkdown(raw, warnings) : fromText(raw, warnings);
  }
  return input;
}

/**
 * A frameset saved with its frames (a browser's "Webpage, Complete" keeps them as files beside
 * the page): the frame with the most text is read in the frameset's place, its title and URL
 * kept. Only relative addresses inside the page's folder; a frame that is missing or
 * unreadable is skipped.
 */
async function withFrames(input: Input, path: string, depth: number): Promise<Input> {
  let best: { input: Input; src: string } | undefined;
  for (const src of input.frames!.slice(0, 8)) {
    if (/^[a-z][\w+.-]*:|^\/\//i.test(src)) continue;
    const folder = resolve(dirname(path));
    let file: string;
    try {
      file = resolve(folder, decodeURIComponent(src.split(/[?#]/)[0]!));
    } catch {
      continue;
    }
    // Within the page's folder (its "_files" folder): a frame's address does not lead elsewhere on the disk.
    if (!file.startsWith(folder + sep)) continue;
    try {
      const frame = await readInput(file, depth + 1);
      if (!best || frame.text.length > best.input.text.length) best = { input: frame, src };
    } catch {
      // Not saved beside the page, or not readable: skipped.
    }
  }
  if (!best || !best.input.text) return input;
  const warnings = input.warnings.filter((w) => !w.startsWith('the page is a frameset')).concat(best.input.warnings);
  warnings.push(`the page is a frameset: read its frame ${best.src}, the one with the most text`);
  return { ...best.input, title: input.title ?? best.input.title, url: input.url ?? best.input.url, warnings };
}

/** The first `max` bytes of a file, without reading the rest. */
async function readHead(path: string, max: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(max);
    let n = 0;
    while (n < max) {
      const { bytesRead } = await fh.read(buf, n, max - n, n);
      if (!bytesRead) break;
      n += bytesRead;
    }
    return buf.subarray(0, n);
  } finally {
    await fh.close();
  }
}

/**
 * Whether a text starts like an HTML page: its first tag, after white space, an XML declaration
 * and comments such as Chrome's "<!-- saved from url=… -->", is <!doctype>, <html>, <head>,
 * <body>, <meta> or <title>. A loop, not one regex (a repeated group of comments backtracks
 * exponentially).
 */
function htmlStart(s: string): boolean {
  let i = 0;
  const skipSpace = () => {
    while (i < s.length && /\s/.test(s[i]!)) i++;
  };
  skipSpace();
  if (s.startsWith('<?xml', i)) {
    const end = s.indexOf('>', i);
    if (end === -1) return false;
    i = end + 1;
    skipSpace();
  }
  for (let n = 0; n < 20 && s.startsWith('<!--', i); n++) {
    const end = s.indexOf('-->', i + 4);
    if (end === -1 || end - i > 4096) return false;
    i = end + 3;
    skipSpace();
  }
  return /^<(?:!doctype|html|head|body|meta|title)\b/i.test(s.slice(i, i + 10));
}

/**
 * The most tags parsed: the parser's and the extractor's time grow faster than the number of
 * elements (a 16 MB page of 800 000 tags took two and a half minutes and 3.6 GB). A policy page,
 * even of 600 000 characters, has some tens of thousands.
 */
export const MAX_TAGS = 200_000;

/** The index of the n-th "<" followed by a letter, "/" or "!" (a tag or a comment), or -1. */
function nthTag(html: string, n: number): number {
  let count = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const c = html.charCodeAt(i + 1) | 32;
    if ((c >= 97 && c <= 122) || c === 47 || c === 33) {
      if (++count > n) return i;
    }
  }
  return -1;
}

/** A page with fewer words than this of its own may have its policy put in by an embed or a frame. */
const EMBED_WORDS = 300;

const parsePage = (html: string): Document => {
  // linkedom builds no <html>/<body> around a fragment or bare text (a browser would), and
  // then cannot even answer document.body.
  let { document } = parseHTML(/<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  if (!document.documentElement || document.documentElement.localName !== 'html') ({ document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`));
  return document as unknown as Document;
};

/**
 * An HTML page (as served or saved) → text, blocks, title, the page's own URL and first
 * headings. `hints.url`: the address a container (MHTML, web archive) recorded. Declarative
 * shadow roots are shown as a browser shows them; a page with almost no text of its own is read
 * from its <noscript>/<noframes> text when that holds the text, and otherwise a
 * warning says why it has so little (cli/page-dom.ts).
 */
export function fromHtml(html: string, warnings: string[] = [], hints: { url?: string } = {}): Input {
  const tags = nthTag(html, MAX_TAGS);
  if (tags !== -1) {
    warnings.push(`the page has more than ${MAX_TAGS.toLocaleString('en')} tags: only its first ${(tags / 1e6).toFixed(1)} million characters of HTML were read`);
    html = html.slice(0, tags);
  }
  const document = parsePage(html);
  attachDeclarativeShadowRoots(document);
  const templates = detachTemplates(document);
  let result = extract(document);
  let headingsOf: Document = document;
  let scriptShell: string | undefined;
  const own = countRuns(result.text);
  if (own < SHELL_WORDS) {
    const fallback = hiddenText(document, own, document.title || result.title);
    if (fallback) {
      const inner = parsePage(`<!doctype html><html><head></head><body>${fallback.html}</body></html>`);
      attachDeclarativeShadowRoots(inner);
      detachTemplates(inner);
      const read = extract(inner);
      result = { ...read, title: result.title || read.title };
      headingsOf = inner;
      warnings.push(`the page has almost no text of its own (${own} word${own === 1 ? '' : 's'}): read the text of its ${fallback.source} instead`);
    } else {
      const why = whyLittleText(document, html, own, templates);
      if (why) warnings.push(why);
      const built = why && !/<template>/.test(why) ? scriptBuilt(document, html, own) : undefined;
      if (built) scriptShell = built.by;
    }
  }
  if (result.truncated) warnings.push('the page is very long: only its first 2 million characters were analysed');
  const headings = pageHeadings(headingsOf, result);
  // A browser's document.title collapses the title's white space; linkedom's does not. A page
  // with no <head> (a fragment starting "<title>…</title><p>…") has its title put in the <body>
  // here, in the <head> by a browser.
  const titleEl = document.title ? null : Array.from(document.querySelectorAll('title')).find((t) => !t.closest('svg'));
  const title = (titleEl?.textContent || result.title).replace(/\s+/g, ' ').trim();
  const input: Input = { text: result.text, blocks: result.blocks, title: title || undefined, url: pageUrl(document, html, hints.url), headings, warnings };
  if (scriptShell) input.scriptBuilt = scriptShell;
  if (document.querySelector('frameset')) input.frames = Array.from(document.querySelectorAll('frameset frame[src]')).map((f) => f.getAttribute('src') ?? '').filter(Boolean);
  // Only on a page whose title or first heading speaks of privacy: every page of an iubenda site has the link in its footer.
  const embedded = countRuns(result.text) < EMBED_WORDS && [title, headings[0] ?? ''].some((s) => POLICY_NAME.test(s)) ? embeddedPolicy(document) : undefined;
  if (embedded) {
    input.embedded = embedded;
    warnings.push(`the page's policy text is put in by ${embedded} when it is shown: the saved HTML does not hold it (save the page once it has rendered, or give the policy's own page)`);
  }
  return input;
}

function fromText(text: string, warnings: string[]): Input {
  // Seeds and saved pages sometimes start with the page's URL on a line of its own.
  const first = /^\s*(https?:\/\/\S+)\s*\n/.exec(text);
  return { text, blocks: [] as Block[], url: first?.[1], headings: [], warnings };
}

/** A line that is only links (a menu entry, a breadcrumb, "Home | About | Contact"). */
const LINK_ONLY = /^(?:[-*+]|\d+[.)])?\s*(?:!?\[[^\]]*\]\([^)]*\)[\s|·•/>»-]*)+$/;
const SETEXT = /^(?:=+|-+)$/;

/**
 * Markdown → plain text with blocks: headings (ATX and setext), list items and paragraphs;
 * inline marks removed. Consecutive non-blank lines are one paragraph (soft wraps), as in
 * Markdown; lines that are nothing but links — menus, breadcrumbs, link lists — are site
 * chrome and dropped. The first headings are returned like an HTML page's h1/h2.
 */
function fromMarkdown(md: string, warnings: string[]): Input {
  let text = '';
  const blocks: Block[] = [];
  const headings: string[] = [];
  let para: string[] = [];
  let paraKind: 'paragraph' | 'list-item' = 'paragraph';
  const push = (kind: Block['kind'], content: string, level?: number) => {
    if (!/[\p{L}\p{N}]/u.test(content)) return;
    if (text) text += '\n';
    const start = text.length;
    text += content;
    const block: Block = { kind, start, end: text.length };
    if (level) block.level = level;
    blocks.push(block);
  };
  const flush = () => {
    if (para.length) push(paraKind, inlineMarkdown(para.join(' ')));
    para = [];
  };
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const next = (lines[i + 1] ?? '').trim();
    if (!line) { flush(); continue; }
    if (line.length > 2 && SETEXT.test(next) && !para.length && !/^(?:[-*+]|\d+[.)])\s/.test(line)) {
      const content = inlineMarkdown(line);
      push('heading', content, next.startsWith('=') ? 1 : 2);
      if (content && headings.length < 4) headings.push(content);
      i++;
      continue;
    }
    if (/^(?:[-*_]\s*){3,}$/.test(line) || SETEXT.test(line)) { flush(); continue; }
    if (LINK_ONLY.test(line)) { flush(); continue; }
    const heading = /^(#{1,6})\s+(\S.*|)$/.exec(line);
    if (heading) {
      flush();
      const content = inlineMarkdown(heading[2]!.replace(/\s#+$/, ''));
      push('heading', content, heading[1]!.length);
      if (content && headings.length < 4) headings.push(content);
      continue;
    }
    const bullet = /^(?:[-*+]|\d+[.)])\s+/.exec(line);
    if (bullet) {
      flush();
      paraKind = 'list-item';
      para.push(line.slice(bullet[0].length));
      continue;
    }
    if (!para.length) paraKind = 'paragraph';
    para.push(line);
  }
  flush();
  return { text, blocks, headings, warnings };
}

function inlineMarkdown(s: string): string {
  return s
    .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_]([^*_]+)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^>\s*/, '')
    .trim();
}
