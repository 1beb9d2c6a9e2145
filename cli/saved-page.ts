import { createBrotliDecompress, createGunzip } from 'node:zlib';
import type { Transform } from 'node:stream';

/**
 * Web pages as people save them, for the CLI (cli/input.ts): compressed (`.html.gz`, as a
 * crawler or `curl` without `--compressed` keeps them), single-file archives (Chrome's
 * `.mhtml`, Safari's `.webarchive`), in the character encoding the page declares or a browser
 * would guess. Each function either returns the page's HTML bytes or throws a message that says
 * what the file is and what to do.
 */

export class SavedPageError extends Error {}

export interface Unwrapped {
  bytes: Buffer;
  /** The charset the container declares for the page (MHTML's Content-Type, a web archive's text encoding). */
  charset?: string;
  /** The page's address as the container records it. */
  url?: string;
  /** What the page was unpacked from, for the notes. */
  from?: string;
  /** The decompressed page was longer than the limit and was cut. */
  cut?: boolean;
  /** Something the reader should know (a compressed file cut short). */
  note?: string;
}

const startsWith = (b: Buffer, ...sig: number[]) => sig.every((x, i) => b[i] === x);

/**
 * A gzip'd page is unpacked (at most `max` bytes of it); an MHTML or web archive gives its main
 * page; other formats that are not a page (ZIP, PDF, Word) are refused with a message that says
 * what they are. Anything else is returned as it is.
 */
export async function unwrap(bytes: Buffer, path: string, max: number): Promise<Unwrapped> {
  let from: string | undefined;
  let cut = false;
  let note: string | undefined;
  if (startsWith(bytes, 0x1f, 0x8b)) {
    let broken: boolean;
    try {
      ({ bytes, cut, broken } = await inflateHead(createGunzip(), bytes, max));
    } catch (e) {
      throw new SavedPageError(`${path} starts like a gzip file but cannot be unpacked (${(e as Error).message})`);
    }
    if (!bytes.length) throw new SavedPageError(`${path} starts like a gzip file but holds nothing that can be unpacked`);
    if (broken) note = `${path} is a gzip file cut short or damaged: only the ${bytes.length} bytes it unpacks to were read`;
    from = 'gzip';
  }
  else if (startsWith(bytes, 0x28, 0xb5, 0x2f, 0xfd)) throw new SavedPageError(`${path} is compressed with zstd, which is not read: unpack it first (zstd -d)`);
  else if (/\.br$/i.test(path) || binaryBytes(bytes)) {
    // Brotli has no signature: a page fetched with "Accept-Encoding: br" and kept as it came.
    const unpacked = await inflateHead(createBrotliDecompress(), bytes, max).catch(() => null);
    if (unpacked && unpacked.bytes.length && !unpacked.broken && !binaryBytes(unpacked.bytes)) {
      ({ bytes, cut } = unpacked);
      from = 'brotli';
    }
  }
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) throw new SavedPageError(`${path} is a ZIP archive (or a Word/OpenDocument file), not a page: unpack it and give the .html file inside`);
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) throw new SavedPageError(`${path} is a PDF, which is not read: copy its text into a .txt file and give that`);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) throw new SavedPageError(`${path} is an old Word/Office document, not a page: save it as .html or .txt`);
  if (bytes.subarray(0, 8).toString('latin1') === 'bplist00') return { ...webArchive(bytes, path), cut, note };
  if (isMhtml(bytes)) return { ...mhtml(bytes, path), cut, note };
  return { bytes, from, cut, note };
}

/**
 * NUL, or more than one in ten control codes, among the first 8192 units of a file: its bytes
 * (`at` reads a byte) or its decoded text (`at` reads a UTF-16 code unit).
 */
export function looksBinary(length: number, at: (i: number) => number): boolean {
  const n = Math.min(length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = at(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control / Math.max(1, n) > 0.1;
}

const binaryBytes = (bytes: Buffer): boolean => looksBinary(bytes.length, (i) => bytes[i]!);

/** The first `max` bytes a decompressor gives; a stream cut short gives what it holds (`broken`), one that gives nothing rejects. */
function inflateHead(z: Transform, bytes: Buffer, max: number): Promise<{ bytes: Buffer; cut: boolean; broken: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let n = 0;
    let done = false;
    const finish = (cut: boolean, broken = false) => {
      if (done) return;
      done = true;
      const all = Buffer.concat(chunks);
      resolve({ bytes: all.subarray(0, Math.min(all.length, max)), cut, broken });
    };
    z.on('data', (c: Buffer) => {
      chunks.push(c);
      n += c.length;
      if (n > max) {
        finish(true);
        z.destroy();
      }
    });
    z.on('end', () => finish(false));
    z.on('error', (e) => {
      if (done) return;
      if (n > 0) finish(false, true);
      else reject(e);
    });
    z.end(bytes);
  });
}

// ---------------------------------------------------------------------------------------------
// MHTML (Chrome's "Webpage, Single File", Word's and Internet Explorer's .mht)

function isMhtml(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096).toString('latin1');
  return /^(?:[\w-]+:.*\r?\n(?:[ \t].*\r?\n)*)*?content-type:\s*multipart\/related/im.test(head) && /^mime-version:/im.test(head);
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Header block → lower-case name → value, unfolding continuation lines. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const m = /^([\w-]+):\s*(.*)$/.exec(line);
    if (m && !headers.has(m[1]!.toLowerCase())) headers.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return headers;
}

function param(value: string | undefined, name: string): string | undefined {
  return value ? new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i').exec(value)?.slice(1).find((x) => x !== undefined) : undefined;
}

function splitHead(s: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(s);
  return m ? [s.slice(0, m.index), s.slice(m.index + m[0].length)] : [s, ''];
}

function mhtml(bytes: Buffer, path: string): Unwrapped {
  // Bytes as latin1 characters, one for one, so that the parts' bytes come back unchanged.
  const all = bytes.toString('latin1');
  const [headBlock, body] = splitHead(all);
  const headers = parseHeaders(headBlock);
  const boundary = param(headers.get('content-type'), 'boundary');
  if (!boundary) throw new SavedPageError(`${path} is an MHTML archive without a boundary: it cannot be split into its parts`);
  const parts: Part[] = [];
  for (const chunk of body.split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    const [h, b] = splitHead(chunk.replace(/^\r?\n/, ''));
    parts.push({ headers: parseHeaders(h), body: b });
  }
  // The first HTML part is the page; the others are its frames, styles and images.
  const page = parts.find((p) => /^text\/html\b/i.test(p.headers.get('content-type') ?? ''));
  if (!page) throw new SavedPageError(`${path} is an MHTML archive that holds no HTML page`);
  const encoding = (page.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  let out: Buffer;
  if (encoding === 'base64') out = Buffer.from(page.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  else if (encoding === 'quoted-printable') out = Buffer.from(page.body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  else out = Buffer.from(page.body, 'latin1');
  const url = page.headers.get('content-location') ?? headers.get('snapshot-content-location') ?? headers.get('content-location');
  return { bytes: out, charset: param(page.headers.get('content-type'), 'charset'), url: url && /^https?:\/\//i.test(url) ? url : undefined, from: 'MHTML' };
}

// ---------------------------------------------------------------------------------------------
// Safari's .webarchive: a binary property list {WebMainResource: {WebResourceData, WebResourceURL, WebResourceTextEncodingName…}}

type Plist = string | number | boolean | null | Buffer | Plist[] | { [k: string]: Plist };

/** A minimal reader of binary property lists (bplist00): the types a web archive uses. */
export function readBplist(b: Buffer): Plist {
  if (b.length < 40) throw new Error('too short');
  const t = b.length - 32;
  const offSize = b[t + 6]!;
  const refSize = b[t + 7]!;
  const count = Number(b.readBigUInt64BE(t + 8));
  const top = Number(b.readBigUInt64BE(t + 16));
  const table = Number(b.readBigUInt64BE(t + 24));
  if (!offSize || !refSize || count > b.length || table + count * offSize > t) throw new Error('bad trailer');
  const uint = (at: number, size: number): number => {
    let v = 0;
    for (let i = 0; i < size; i++) v = v * 256 + b[at + i]!;
    return v;
  };
  const seen = new Set<number>();
  const obj = (ref: number): Plist => {
    if (ref >= count || seen.has(ref)) throw new Error('bad reference');
    seen.add(ref);
    try {
      let at = uint(table + ref * offSize, offSize);
      const marker = b[at]!;
      const kind = marker >> 4;
      let info = marker & 15;
      at++;
      if (kind === 0) return info === 8 ? false : info === 9 ? true : null;
      if (kind === 1) return uint(at, 1 << info);
      if (kind === 2) return info === 3 ? b.readDoubleBE(at) : b.readFloatBE(at);
      if (kind === 3) return b.readDoubleBE(at);
      if (info === 15 && [4, 5, 6, 10, 13].includes(kind)) {
        const size = 1 << (b[at]! & 15);
        info = uint(at + 1, size);
        at += 1 + size;
      }
      if (kind === 4) return b.subarray(at, at + info);
      if (kind === 5) return b.toString('latin1', at, at + info);
      if (kind === 6) return Buffer.from(b.subarray(at, at + 2 * info)).swap16().toString('utf16le');
      if (kind === 10) return Array.from({ length: info }, (_, i) => obj(uint(at + i * refSize, refSize)));
      if (kind === 13) {
        const d: { [k: string]: Plist } = {};
        for (let i = 0; i < info; i++) d[String(obj(uint(at + i * refSize, refSize)))] = obj(uint(at + (info + i) * refSize, refSize));
        return d;
      }
      return null;
    } finally {
      seen.delete(ref);
    }
  };
  return obj(top);
}

function webArchive(bytes: Buffer, path: string): Unwrapped {
  let root: Plist;
  try {
    root = readBplist(bytes);
  } catch (e) {
    throw new SavedPageError(`${path} is a binary property list (a Safari web archive?) that cannot be read (${(e as Error).message})`);
  }
  const main = root && typeof root === 'object' && !Buffer.isBuffer(root) && !Array.isArray(root) ? root.WebMainResource : undefined;
  const data = main && typeof main === 'object' && !Buffer.isBuffer(main) && !Array.isArray(main) ? main : undefined;
  if (!data || !Buffer.isBuffer(data.WebResourceData)) throw new SavedPageError(`${path} is a property list but not a Safari web archive (no WebMainResource): not a page`);
  const url = typeof data.WebResourceURL === 'string' && /^https?:\/\//i.test(data.WebResourceURL) ? data.WebResourceURL : undefined;
  const charset = typeof data.WebResourceTextEncodingName === 'string' ? data.WebResourceTextEncodingName : undefined;
  return { bytes: data.WebResourceData, url, charset, from: 'Safari web archive' };
}

// ---------------------------------------------------------------------------------------------
// Character encoding, as a browser decides it (WHATWG Encoding and HTML's "encoding sniffing")

export interface Decoded {
  text: string;
  /** The encoding used (a WHATWG name). */
  encoding: string;
  /** Why, when it is not UTF-8 declared or valid: for a note. */
  note?: string;
  /** Invalid UTF-8 sequences replaced by U+FFFD. */
  invalid?: number;
  /** A declared charset that no decoder knows. */
  unknown?: string;
}

function decoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The charset an HTML page declares in its first 8 KB: <meta charset>, <meta http-equiv content="…charset=">, an XML declaration. */
export function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 8192).toString('latin1');
  const meta = /<meta\s[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head)?.[1];
  if (meta) return meta.toLowerCase();
  return /^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]{1,40})["']/i.exec(head)?.[1]?.toLowerCase();
}

/**
 * Bytes → text: a byte-order mark first (UTF-8, UTF-16 LE/BE), then the charset the container or
 * the page declares (UTF-16 declared in an ASCII-compatible page means UTF-8, as in browsers),
 * then UTF-8 if the bytes are valid UTF-8, else windows-1252 — a browser's fallback for a page
 * that says nothing (Latin-1 pages from before UTF-8). `stream` for bytes cut at a limit, which
 * may end inside a character. `html`: the page's declarations are read, and the windows-1252
 * fallback applies (a text file that is not UTF-8 keeps U+FFFD for its bad bytes, with a warning).
 */
export function decodeBytes(bytes: Buffer, stream: boolean, containerCharset?: string, html = true): Decoded {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3), { stream }), encoding: 'utf-8' };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2), { stream }), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2), { stream }), encoding: 'utf-16be' };
  // UTF-16 without a mark: "<" and a zero byte.
  if (bytes.length >= 4 && bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return { text: new TextDecoder('utf-16le').decode(bytes, { stream }), encoding: 'utf-16le', note: 'no byte-order mark; read as UTF-16 LE' };
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] !== 0) return { text: new TextDecoder('utf-16be').decode(bytes, { stream }), encoding: 'utf-16be', note: 'no byte-order mark; read as UTF-16 BE' };
  let unknown: string | undefined;
  for (const label of [containerCharset?.toLowerCase(), html ? declaredCharset(bytes) : undefined]) {
    if (!label) continue;
    const d = decoder(/^(?:utf-?16(?:le|be)?|unicode(?:fffe)?|ucs-?2)$/i.test(label) ? 'utf-8' : label);
    if (!d) {
      unknown ??= label;
      continue;
    }
    // UTF-8 declared: decoded below, with the count of invalid bytes.
    if (d.encoding === 'utf-8') return { ...utf8(bytes, stream), unknown };
    return { text: d.decode(bytes, { stream }), encoding: d.encoding, unknown };
  }
  const fatal = new TextDecoder('utf-8', { fatal: true });
  try {
    return { text: fatal.decode(bytes, { stream }), encoding: 'utf-8', unknown };
  } catch {
    // Not valid UTF-8. A page that holds some valid multi-byte UTF-8 is UTF-8 with a few bad bytes;
    // one that holds none is in a legacy single-byte encoding.
    if (!html || validMultibyte(bytes) > 0) return { ...utf8(bytes, stream), unknown };
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', note: 'declares no charset and is not UTF-8: read as windows-1252 (Latin-1), as a browser does', unknown };
  }
}

function utf8(bytes: Buffer, stream: boolean): Decoded {
  const text = new TextDecoder('utf-8').decode(bytes, { stream });
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) bad++;
  // Only replacements that were not in the file already (as the three bytes EF BF BD).
  let genuine = 0;
  if (bad) {
    const seq = Buffer.from([0xef, 0xbf, 0xbd]);
    for (let i = bytes.indexOf(seq); i !== -1; i = bytes.indexOf(seq, i + 3)) genuine++;
  }
  return { text, encoding: 'utf-8', invalid: bad - genuine };
}

/** Well-formed UTF-8 sequences of two to four bytes (a lead byte and its continuation bytes). */
function validMultibyte(bytes: Buffer): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c < 0xc2 || c > 0xf4) continue;
    const len = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    let ok = i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      n++;
      i += len - 1;
    }
  }
  return n;
}
