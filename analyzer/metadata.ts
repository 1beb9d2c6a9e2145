/** Effective / last-updated date and company name, read from the policy's text. */
import { DOCUMENT_LITERALS, SharedScan } from './prefilter';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
/**
 * The labels that announce the policy's date. "Strong" labels may stand anywhere; the weak ones
 * ("As of", "Version", "Update", "Dated") only at the start of a line with the date ending it
 * ("As of June 30, 2020, we have never received a National Security Letter" is no policy date).
 */
const STRONG_LABELS =
  '(?:' +
  [
    'effective(?: date)?(?: of this (?:privacy )?(?:policy|notice|statement) is)?(?: as of| from| on)?',
    '(?:date of )?last (?:updated|update|modified|revised|revision|amended|changed)(?: date| on| in)?',
    'latest update',
    'updated (?:our|this) (?:privacy )?(?:policy|notice|statement) (?:as of|on)',
    'updated(?: date| on| as of)?',
    '(?:revised|revision date)(?: on)?',
    'date of last revision',
    'version date',
    '(?:in effect|in force|applicable|valid) (?:since|as of|from)',
  ].join('|') +
  ')';
const WEAK_LABELS = '^[ \\t*_#>]*(?:as of|version(?: \\d+(?:\\.\\d+)+)?|(?:privacy (?:policy |statement |notice )?)?update|dated)(?=[\\s:(])';
/** A strong label not inside a word ("updated", not "outdated"; "Privacy Policylast updated" is one). */
export const DATE_LABEL = new RegExp(`(?:(?<![a-z0-9])|(?<=[a-z])(?=last ))${STRONG_LABELS}|${WEAK_LABELS}`, 'gim');

/**
 * DATE_LABEL's two halves, run apart (nextDateLabel): the lookbehind before the strong labels,
 * tried at every position, doubled the pass; the weak labels can only start a line.
 */
const STRONG_LABEL = new RegExp(STRONG_LABELS, 'i');
/**
 * The strong labels run only where the policy's literal scan (prefilter.ts, shared with
 * detection and the rule engine) found the words they start with: run at every position, the
 * alternation cost a pass over each policy without a date.
 */
const STRONG_SCAN = new SharedScan(DOCUMENT_LITERALS).register(STRONG_LABEL);
const WEAK_LABEL_AT = new RegExp(WEAK_LABELS, 'imy');
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** DATE_LABEL's lookbehind at `p`: no letter or digit before, or a letter before "last ". */
function labelMayStart(text: string, p: number): boolean {
  if (p === 0) return true;
  const c = text.charCodeAt(p - 1);
  // The i flag (without u) folds no other character into [a-z].
  const letter = (c | 32) >= 97 && (c | 32) <= 122;
  if (!letter && !(c >= 48 && c <= 57)) return true;
  return letter && /^last /i.test(text.slice(p, p + 5));
}

/** The strong label nextDateLabel last found searching one text from `from` (none: null; -1: no search yet). */
interface StrongMemo {
  from: number;
  match: RegExpExecArray | null;
  /** The first line break at or after `breakFrom` (-1: none), so that texts with few line breaks are walked once. */
  breakFrom?: number;
  breakAt?: number;
}

/** The index of the first line break at or after `p` (-1: none), remembered in `memo`. */
function nextBreak(text: string, p: number, memo: StrongMemo): number {
  if (memo.breakFrom !== undefined && memo.breakAt !== undefined && p >= memo.breakFrom && (memo.breakAt < 0 || memo.breakAt >= p)) return memo.breakAt;
  LINE_BREAK.lastIndex = p;
  const br = LINE_BREAK.exec(text);
  memo.breakFrom = p;
  memo.breakAt = br ? br.index : -1;
  return memo.breakAt;
}

/**
 * The match of DATE_LABEL (global) that an exec from `from` would find: the leftmost of the
 * first strong label (whose lookbehind holds) and the first weak label at a line start; a strong
 * one first where both start.
 */
export function nextDateLabel(text: string, from: number, memo: StrongMemo = { from: -1, match: null }): { index: number; label: string } | null {
  // The strong label found by the last call is still the next one when `from` has not passed
  // it: reuse it, so that many weak labels before a far (or no) strong one cost one scan, not one each.
  let strong: RegExpExecArray | null = null;
  const known = memo.from >= 0 && from >= memo.from && (!memo.match || memo.match.index >= from);
  if (known) strong = memo.match;
  else {
    strong = STRONG_SCAN.execFrom(STRONG_LABEL, text, from, (p) => labelMayStart(text, p));
    memo.from = from;
    memo.match = strong;
  }
  const limit = strong ? strong.index : text.length;
  // Line starts from `from` on, before the strong label.
  let p = from;
  if (p > 0 && !isLineBreak(text.charCodeAt(p - 1))) {
    const br = nextBreak(text, p, memo);
    p = br >= 0 ? br + 1 : text.length + 1;
  }
  while (p < limit) {
    WEAK_LABEL_AT.lastIndex = p;
    const m = WEAK_LABEL_AT.exec(text);
    if (m) return { index: p, label: m[0] };
    const br = nextBreak(text, p, memo);
    p = br >= 0 ? br + 1 : text.length + 1;
  }
  return strong ? { index: strong.index, label: strong[0] } : null;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
/** Markdown emphasis, brackets and escapes around and inside a date: "**Updated:** _June 6th**,** 2019_". */
const DECORATION = /[*_\\[\]()]/g;
const WEAK_LABEL = /^[\s*_#>]*(?:as of|version|privacy|update|dated)\b/i;
const SEP = '(?:\\s*,\\s*|\\s+)';
const DATE_FORMS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] | undefined }[] = [
  { re: new RegExp(`^${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?${SEP}(\\d{4})`, 'i'), read: (m) => [+m[3]!, monthIndex(m[1]!), +m[2]!] },
  { re: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, 'i'), read: (m) => [+m[3]!, monthIndex(m[2]!), +m[1]!] },
  { re: /^(\d{4})-(\d{2})-(\d{2})/, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // 03/14/2019 is month first (day first when the first number cannot be a month: 31/12/2020);
  // 14.03.2019 is day first (month first when the second cannot be: 10.19.2020).
  { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/, read: (m) => dayMonth(year(m[3]!), +m[1]!, +m[2]!, +m[1]! > 12) },
  { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})/, read: (m) => dayMonth(+m[3]!, +m[1]!, +m[2]!, +m[2]! <= 12) },
  { re: new RegExp(`^${MONTH},?\\s+(\\d{4})`, 'i'), read: (m) => [+m[2]!, monthIndex(m[1]!), 1] },
];

/** [year, month, day] from two numbers, day first or month first. */
function dayMonth(y: number, a: number, b: number, dayFirst: boolean): [number, number, number] {
  return dayFirst ? [y, b, a] : [y, a, b];
}

/** A two-digit year is this century's ("9/19/17"). */
function year(y: string): number {
  return y.length === 2 ? 2000 + +y : +y;
}

const LAW_NEAR =
  /\b(?:Act|Directive|Regulation|GDPR|CCPA|CPRA|COPPA|CalOPPA|LGPD|PIPEDA|law|laws|legislation|statute|Privacy Shield|Safe Harbou?r)\b|\b\d{2,4}\/\d{2,4}\/EC\b/;

/**
 * The sentence (or line) around a span: from the last stop or line break before it to the next
 * after it, at most 200 characters either side. Only those windows are searched, so that each
 * label costs a bounded time however long the text (the whole text is scanned: linear).
 */
function sentenceAround(text: string, start: number, end: number): string {
  const lo = Math.max(0, start - 200);
  const before = text.slice(lo, start);
  const from = lo + Math.max(before.lastIndexOf('\n'), before.lastIndexOf('. '), 0);
  const after = text.slice(end, end + 200);
  const stops = [after.indexOf('\n'), after.indexOf('. '), after.length].filter((i) => i >= 0);
  return text.slice(from, end + Math.min(...stops));
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

function iso([y, mo, d]: [number, number, number]): string | undefined {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The policy's effective or last-updated date as YYYY-MM-DD, from its first mention anywhere in
 * the text (wix's "Effective from December 16, 2020" stands 110 000 characters in, after the
 * page's menus). One pass of DATE_LABEL; each label reads a bounded window after it.
 */
export function findEffectiveDate(text: string): string | undefined {
  const head = text;
  const memo: StrongMemo = { from: -1, match: null };
  for (let m = nextDateLabel(head, 0, memo); m; m = nextDateLabel(head, m.index + m.label.length, memo)) {
    const after = m.index + m.label.length;
    // A bounded window (indexOf over the rest of a text without line breaks would be quadratic).
    const window = head.slice(after, after + 60);
    const lineEnd = window.indexOf('\n');
    const raw = lineEnd < 0 ? window : window.slice(0, lineEnd);
    const rest = raw.replace(DECORATION, '').replace(/^[\s:\-–,]+/, '');
    // The date a law took effect is not the policy's: "Effective January 1, 2020, the California
    // Consumer Privacy Act requires …", "the GDPR, effective May 25, 2018".
    if (LAW_NEAR.test(sentenceAround(head, m.index, after))) continue;
    const weak = WEAK_LABEL.test(m.label);
    for (const form of DATE_FORMS) {
      const d = form.re.exec(rest);
      const parts = d && form.read(d);
      const date = parts && iso(parts);
      // A weak label's date ends its line: "As of: March 2018", "Version 07 May 2020".
      if (date && (!weak || /^[\s.,;:]*$/.test(rest.slice(d[0].length)))) return date;
    }
  }
  return undefined;
}

/** The company a policy speaks for, when it names itself plainly. */
export function findCompany(text: string): string | undefined {
  const head = text.slice(0, 5_000);
  const patterns = [
    /\boperating under the business name\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})/,
    /^(?:#{1,6}[ \t]+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+Privacy (?:Policy|Notice|Statement)\b/m,
    /\b([A-Z][\w&.-]{0,40}(?:\s+[A-Z][\w&.-]{0,40}){0,3}),?\s+\((?:the\s+)?["“]?(?:we|us|our|Company)["”]?/,
    // "This policy describes the information we process to support Facebook, Instagram … and
    // other products and features offered by Facebook".
    /\b(?:[Tt]his|[Oo]ur) (?:[Pp]rivacy |[Dd]ata )?(?:[Pp]olicy|[Nn]otice|[Ss]tatement)\b[^.]{0,200}?\b(?:offered|provided|operated) by ([A-Z][\w&-]*(?:\.[\w&-]+)*(?:[ \t]+[A-Z][\w&-]*(?:\.[\w&-]+)*){0,3})/,
  ];
  for (const p of patterns) {
    const m = p.exec(head);
    if (m && !/^(?:The|This|Our|Privacy|We)$/i.test(m[1]!)) return m[1]!.trim();
  }
  return undefined;
}
