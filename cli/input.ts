import { readFile, stat } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { extract } from '../analyzer/extract';
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

const MAX_BYTES = 64 * 1024 * 1024;

/** Reads FILE (.html, .txt or .md) into text and blocks, or throws a UserError that says why not. */
export async function readInput(path: string): Promise<Input> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UserError(`cannot read ${path}: no such file`);
  }
  if (info.isDirectory()) throw new UserError(`${path} is a directory, not a file`);
  if (info.size > MAX_BYTES) throw new UserError(`${path} is too large (${Math.round(info.size / 1048576)} MB; the limit is 64 MB)`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new UserError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new UserError(`${path} is empty`);
  if (looksBinary(bytes)) throw new UserError(`${path} looks like a binary file, not text or HTML`);
  const warnings: string[] = [];
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    raw = new TextDecoder('windows-1252').decode(bytes);
    warnings.push(`${path} is not valid UTF-8; read as Windows-1252`);
  }
  raw = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/\.html?$/i.test(path) || /^\s*<(?:!doctype|html|head|body)\b/i.test(raw)) return fromHtml(raw, warnings);
  if (/\.(?:md|markdown)$/i.test(path)) return fromMarkdown(raw, warnings);
  return fromText(raw, warnings);
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
  const { document } = parseHTML(html);
  const result = extract(document as unknown as Document);
  if (result.truncated) warnings.push('the page is very long: only its first 2 million characters were analysed');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const headings = [...document.querySelectorAll('h1, h2')].slice(0, 4).map((h) => (h.textContent ?? '').trim());
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
