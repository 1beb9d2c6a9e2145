import { open, stat } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { extract } from '../analyzer/extract';
import { pageHeadings } from '../analyzer/page-headings';
import type { Block } from '../analyzer/types';

/** A user error: printed as one line, no stack trace. */
export class UserError extends Error {}

export interface Input {
  text: string;
  blocks: Block[];
  title?: string;
  url?: string;
  headings: string[];
  warnings: string[];
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
export async function readInput(path: string): Promise<Input> {
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
  const cut = info.size > bytes.length;
  if (cut) warnings.push(`${path} is ${mb(info.size)}: only its first ${mb(bytes.length)} were read`);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new UserError(`${path} is empty`);
  if (looksBinary(bytes)) throw new UserError(`${path} looks like a binary file, not text or HTML`);
  let raw = decode(bytes, path, cut, warnings);
  raw = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let input: Input;
  if (/\.html?$/i.test(path) || /^\s*<(?:!doctype|html|head|body)\b/i.test(raw)) input = fromHtml(raw, warnings);
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
 * UTF-8, unless an HTML page declares another charset (`<meta charset>`). Bytes that are not
 * valid UTF-8 become U+FFFD, with a warning that says how many; a file cut at `MAX_BYTES` may
 * end inside a character, which is dropped.
 */
function decode(bytes: Buffer, path: string, cut: boolean, warnings: string[]): string {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const declared = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{1,40})/i.exec(head)?.[1]?.toLowerCase();
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes, { stream: cut });
    } catch {
      warnings.push(`${path} declares the unknown charset "${declared}"; read as UTF-8`);
    }
  }
  const text = new TextDecoder('utf-8').decode(bytes, { stream: cut });
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) bad++;
  if (bad) {
    // Count only replacements that were not in the file already (as the three bytes EF BF BD).
    const genuine = bytes.indexOf(Buffer.from([0xef, 0xbf, 0xbd])) === -1 ? 0 : countGenuine(bytes);
    const invalid = bad - genuine;
    if (invalid > 0) warnings.push(`${path} is not valid UTF-8: ${invalid} invalid byte sequence${invalid === 1 ? '' : 's'} replaced by U+FFFD (\uFFFD)`);
  }
  return text;
}

function countGenuine(bytes: Buffer): number {
  let n = 0;
  const seq = Buffer.from([0xef, 0xbf, 0xbd]);
  for (let i = bytes.indexOf(seq); i !== -1; i = bytes.indexOf(seq, i + 3)) n++;
  return n;
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / sample.length > 0.1;
}

/** An HTML page (as served) → text, blocks, title, canonical URL and first headings. */
export function fromHtml(html: string, warnings: string[] = []): Input {
  // linkedom builds no <html>/<body> around a fragment or bare text (a browser would), and
  // then cannot even answer document.body.
  let { document } = parseHTML(/<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  if (!document.documentElement || document.documentElement.localName !== 'html') ({ document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`));
  const result = extract(document as unknown as Document);
  if (result.truncated) warnings.push('the page is very long: only its first 2 million characters were analysed');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const headings = pageHeadings(document as unknown as Document, result);
  return { text: result.text, blocks: result.blocks, title: result.title || undefined, url: canonical, headings, warnings };
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
