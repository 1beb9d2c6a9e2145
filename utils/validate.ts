/**
 * Shape checks of the messages the background accepts (utils/messages.ts) and of the pages a
 * content script hands it. Messages come from our own content scripts, which run beside the
 * page's code and read what the page serves: anything of the wrong shape or size is refused,
 * never half-used. Small and dependency-free, one validator per message type.
 */

/** Bounds: well above any real page (extraction stops at 2 M characters). */
export const LIMITS = {
  textChars: 4_000_000,
  blocks: 200_000,
  headings: 100,
  headingChars: 1_000,
  urlChars: 8_192,
  titleChars: 10_000,
} as const;

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isInt = (v: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const optional = <T>(v: unknown, check: (v: unknown) => v is T): boolean => v === undefined || check(v);

/** An http(s) URL, as pages have; not javascript:, data:, file: or an extension's own. */
export function isWebUrl(v: unknown): v is string {
  if (!isStr(v, LIMITS.urlChars)) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

const BLOCK_KINDS = new Set(['heading', 'paragraph', 'list-item']);

/** Blocks in order, inside the text, each with a known kind. */
function validBlocks(blocks: unknown, textLength: number): boolean {
  if (!Array.isArray(blocks) || blocks.length > LIMITS.blocks) return false;
  let last = 0;
  for (const b of blocks as unknown[]) {
    if (!isRec(b) || typeof b.kind !== 'string' || !BLOCK_KINDS.has(b.kind)) return false;
    if (!isInt(b.start) || !isInt(b.end) || b.start < last || b.end < b.start || b.end > textLength) return false;
    if (!optional(b.level, (l): l is number => isInt(l, 1, 6))) return false;
    last = b.end;
  }
  return true;
}

/** A page as the content script extracts it (PageExtract). */
export function validPage(p: unknown): boolean {
  if (!isRec(p)) return false;
  if (!isWebUrl(p.url) || !isStr(p.text, LIMITS.textChars) || !isStr(p.title, LIMITS.titleChars)) return false;
  if (!validBlocks(p.blocks, p.text.length)) return false;
  if (!Array.isArray(p.headings) || p.headings.length > LIMITS.headings || !p.headings.every((h) => isStr(h, LIMITS.headingChars))) return false;
  if (p.method !== undefined && p.method !== 'readability' && p.method !== 'structural') return false;
  if (p.truncated !== undefined && typeof p.truncated !== 'boolean') return false;
  if (!optional(p.language, (l): l is string => isStr(l, 35))) return false;
  if (p.policyLink !== undefined) {
    const l = p.policyLink;
    if (!isRec(l) || !isWebUrl(l.url) || !isStr(l.text, LIMITS.headingChars)) return false;
    if (l.reason !== undefined && l.reason !== 'rel' && l.reason !== 'text' && l.reason !== 'slug') return false;
  }
  return true;
}

const tabId = (m: Rec) => isInt(m.tabId);

/** One validator per message type the background accepts. */
export const MESSAGE_VALIDATORS: Readonly<Record<string, (m: Rec) => boolean>> = {
  'cs:page-extracted': (m) => validPage(m.page),
  'cs:maybe-policy': (m) => isWebUrl(m.url),
  'cs:navigated': (m) => isWebUrl(m.url),
  'ui:get-tab-state': tabId,
  'ui:analyse-tab': (m) => tabId(m) && typeof m.force === 'boolean',
  'ui:analyse-site-policy': tabId,
  'ui:clear-data': () => true,
};

/**
 * true: a message of a known type with the right shape; false: of a known type, malformed;
 * undefined: a type this table does not know (the caller decides).
 */
export function validateMessage(m: unknown): boolean | undefined {
  if (!isRec(m) || typeof m.type !== 'string') return false;
  const check = Object.hasOwn(MESSAGE_VALIDATORS, m.type) ? MESSAGE_VALIDATORS[m.type] : undefined;
  return check ? check(m) : undefined;
}

/** The content script's reply to `bg:extract` / `bg:fetch-policy`. */
export function validExtractReply(r: unknown): boolean {
  if (!isRec(r) || typeof r.ok !== 'boolean') return false;
  return r.ok ? validPage(r.page) : typeof r.error === 'string' && r.error.length <= 100;
}
