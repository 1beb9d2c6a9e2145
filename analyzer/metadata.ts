/** Effective / last-updated date and company name, read from the policy's text. */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DATE_LABEL =
  /\b(?:effective(?: date| as of| from| on)?|last (?:updated|modified|revised|amended|changed)(?: on)?|updated(?: on| as of)?|revised(?: on)?|date of last revision|version date|in effect (?:since|as of))\s*[:\-–]?\s*/gi;
const DATE_FORMS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] | undefined }[] = [
  { re: new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'i'), read: (m) => [+m[3]!, monthIndex(m[1]!), +m[2]!] },
  { re: new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, 'i'), read: (m) => [+m[3]!, monthIndex(m[2]!), +m[1]!] },
  { re: /^(\d{4})-(\d{2})-(\d{2})/, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})/, read: (m) => [+m[3]!, +m[1]!, +m[2]!] },
  { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})/, read: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  { re: new RegExp(`^${MONTH},?\\s+(\\d{4})`, 'i'), read: (m) => [+m[2]!, monthIndex(m[1]!), 1] },
];

const LAW_NEAR =
  /\b(?:Act|Directive|Regulation|GDPR|CCPA|CPRA|COPPA|CalOPPA|LGPD|PIPEDA|law|laws|legislation|statute|Privacy Shield|Safe Harbou?r)\b|\b\d{2,4}\/\d{2,4}\/EC\b/;

/** The sentence (or line) around a span: from the last stop or line break before it to the next after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('. ', start), start - 200, 0);
  const stops = [text.indexOf('\n', end), text.indexOf('. ', end), end + 200].filter((i) => i >= 0);
  return text.slice(from, Math.min(...stops));
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

function iso([y, mo, d]: [number, number, number]): string | undefined {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The policy's effective or last-updated date as YYYY-MM-DD, from its first mention. */
export function findEffectiveDate(text: string): string | undefined {
  const head = text.length > 200_000 ? text.slice(0, 100_000) + text.slice(-100_000) : text;
  DATE_LABEL.lastIndex = 0;
  for (let m = DATE_LABEL.exec(head); m; m = DATE_LABEL.exec(head)) {
    const rest = head.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // The date a law took effect is not the policy's: "Effective January 1, 2020, the California
    // Consumer Privacy Act requires …", "the GDPR, effective May 25, 2018".
    if (LAW_NEAR.test(sentenceAround(head, m.index, m.index + m[0].length))) continue;
    for (const form of DATE_FORMS) {
      const d = form.re.exec(rest);
      const parts = d && form.read(d);
      const date = parts && iso(parts);
      if (date) return date;
    }
  }
  return undefined;
}

/** The company a policy speaks for, when it names itself plainly. */
export function findCompany(text: string): string | undefined {
  const head = text.slice(0, 5_000);
  const patterns = [
    /\boperating under the business name\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})/,
    /^([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+Privacy (?:Policy|Notice|Statement)\b/m,
    /\b([A-Z][\w&.-]{0,40}(?:\s+[A-Z][\w&.-]{0,40}){0,3}),?\s+\((?:the\s+)?["“]?(?:we|us|our|Company)["”]?/,
  ];
  for (const p of patterns) {
    const m = p.exec(head);
    if (m && !/^(?:The|This|Our|Privacy|We)$/i.test(m[1]!)) return m[1]!.trim();
  }
  return undefined;
}
