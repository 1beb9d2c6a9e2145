/**
 * What a regex requires of any text it matches: literal strings (clauses, all of which hold,
 * each a set of literals one of which occurs) and the literals its matches start with. Read
 * from the regex source, conservatively: what the reader does not understand requires nothing.
 * Used by analyzer/prefilter.ts.
 */
import { WORD_START, bare } from './literals';

/**
 * What a match must contain: every clause holds, and a clause is a set of literals one of
 * which occurs. `null`: no requirement known.
 */
type Req = string[][] | null;

/** What a regex requires: clauses, and the literals its matches start with (`null`: unknown). */
export interface Requirement {
  clauses: string[][];
  starts: string[] | null;
}

/** At most this many clauses a requirement (more cost more than they filter). */
const MAX_CLAUSES = 3;

/** A run of plain characters and small classes ("r[ée]siliation") is read as at most this many spellings. */
const MAX_SPELLINGS = 8;

/** The requirement of a regex; `null` when nothing could be found (it must always run). */
export function requirementOf(re: RegExp, anyStarts = false): Requirement | null {
  if (!re.flags.includes('i') && /[A-Z]/.test(re.source)) return null; // case matters: keep it simple
  try {
    const parser = new Parser(re.source);
    const { req, starts } = parser.disjunction(false, 2);
    if (parser.pos !== re.source.length || !req) return null;
    const clauses = req.map((c) => [...new Set(c)]).filter((c) => c.every((lit) => bare(lit).length > 0));
    if (!clauses.length) return null;
    // Start positions from literals of two characters or more, common words too: a regex runs
    // only in the sentences its clauses admit, and a run at each "for", "on" or "data" there
    // costs less than a run over the whole sentence. A one-letter start ("a", "p") would cost a
    // hit at most words; digits are scanned anyway (the phone rule requires one).
    // (`anyStarts`: every start of two characters or more, for counting all matches of a regex,
    // where the alternative is to run it over the whole text: "l.utilisateur" would start a run
    // at every word beginning with l; whereas its clauses keep English texts from running it.)
    const useStarts = starts && (anyStarts ? starts.every((lit) => bare(lit).length > 1) : starts.every((lit) => bare(lit).length >= 2 || /^\d$/.test(bare(lit))));
    if (!useStarts) return { clauses, starts: null };
    const startSet = [...new Set(starts)];
    // Every match starts with one of its starts, which are required too: a clause that each start
    // begins with (as the pool cuts its literals) gives way to them, more selective ("inform "
    // rather than "inform", which "information" holds, for "\b(?:notify|inform)\s").
    const k = clauses.findIndex((c) => startSet.every((s) => c.some((lit) => begins(cutLiteral(lit), s))) && !startSet.every((s) => c.some((lit) => cutLiteral(lit) === s)));
    if (k >= 0) clauses[k] = startSet;
    return { clauses, starts: startSet };
  } catch {
    return null;
  }
}

/** A literal as the pool keeps it (prefilter.ts, MAX_LITERAL: the same length as START_LENGTH). */
function cutLiteral(lit: string): string {
  return lit.slice(0, (lit.startsWith(WORD_START) ? WORD_START.length : 0) + START_LENGTH);
}

/** Required factors of a regex as clauses; `null` when none could be found. */
export function requiredFactors(re: RegExp): string[][] | null {
  return requirementOf(re)?.clauses ?? null;
}


/** The best clauses first, at most MAX_CLAUSES; a weak clause only when nothing better exists. */
function best(clauses: string[][]): string[][] {
  const sorted = [...clauses].sort((a, b) => score(b) - score(a));
  const strong = sorted.filter(isStrong);
  return strong.length ? strong.slice(0, MAX_CLAUSES) : sorted.slice(0, 1);
}

interface Parsed {
  req: Req;
  /** Literals one of which every match of this part starts with; `null`: unknown. */
  starts: string[] | null;
  /** Every string this part can match (lower case, a few), when they are known; else `null`. */
  spellings?: string[] | null;
}

/**
 * Starts are read on past the first atom, through the atoms of known spellings that follow
 * ("(?:for|to) (?:their|its) own": "for their", "for its o", "to their ", "to its ow" rather than
 * "for" and "to", which occur in every other word), up to this many characters (the pool's
 * MAX_LITERAL: longer literals are cut)…
 */
const START_LENGTH = 9;
/** …and while they are at most this many (each is a literal of the scan's automaton). */
const MAX_STARTS = 24;
/** A group is read as its spellings while they are at most this many. */
const MAX_GROUP_SPELLINGS = 24;

/** `heads` × `more`: each head that is still shorter than START_LENGTH, followed by each of `more`. */
function extendHeads(heads: string[], more: readonly string[], atBoundary: boolean): string[] | null {
  const out = new Set<string>();
  for (const h of heads) {
    if (bare(h).length >= START_LENGTH) {
      out.add(h);
      continue;
    }
    for (const m of more) {
      let lit: string;
      if (h === '') {
        // The first characters of the match: they start a word after `\b`.
        lit = m.startsWith(WORD_START) || !atBoundary || !/^[a-z0-9]/.test(m) ? m : WORD_START + m;
      } else lit = h + bare(m);
      const cut = lit.slice(0, (lit.startsWith(WORD_START) ? WORD_START.length : 0) + START_LENGTH);
      out.add(cut);
      if (out.size > MAX_STARTS) return null;
    }
  }
  return [...out];
}

/**
 * The starts without those that another start begins ("cookies" after "cookie"): a match that
 * starts with the longer one starts with the shorter one too. (A start marked WORD_START is
 * begun only by one that is marked too.)
 */
function withoutLonger(starts: string[]): string[] {
  return starts.filter(
    (lit, i) => !starts.some((other, j) => j !== i && other.length <= lit.length && (other !== lit || j < i) && begins(other, lit)),
  );
}

/** Does every text that `lit` starts (a start) begin with `other`? */
function begins(other: string, lit: string): boolean {
  if (other.startsWith(WORD_START)) return lit.startsWith(other);
  return bare(lit).startsWith(other);
}

/** Every string of `a` followed by every string of `b`, or `null` past MAX_GROUP_SPELLINGS. */
function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_GROUP_SPELLINGS) return null;
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

/** `chars`: one character, or the few of a small class ("[ée]"), each of which may stand there. */
type Atom = { kind: 'chars'; chars: string[] } | { kind: 'group'; parsed: Parsed } | { kind: 'assertion' } | { kind: 'other' };

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  /**
   * `wordStart`: a `\b` stands right before this disjunction, so each alternative starts a word.
   * `level`: 2 for the whole regex, 1 for a group of one of its alternatives, 0 deeper.
   */
  disjunction(wordStart: boolean, level = 0): Parsed {
    const alts: Parsed[] = [this.alternative(wordStart, level)];
    while (this.peek() === '|') {
      this.pos++;
      alts.push(this.alternative(wordStart, level));
    }
    const starts = alts.every((a) => a.starts) ? alts.flatMap((a) => a.starts!) : null;
    let spellings: string[] | null = alts.every((a) => a.spellings) ? [...new Set(alts.flatMap((a) => a.spellings!))] : null;
    if (spellings && spellings.length > MAX_GROUP_SPELLINGS) spellings = null;
    if (alts.some((a) => a.req === null)) return { req: null, starts, spellings };
    const all = alts.map((a) => a.req!);
    if (all.length === 1) return { req: all[0]!, starts, spellings };
    // (A1 ∧ B1) ∨ (A2 ∧ B2) implies (A1 ∨ A2) ∧ (B1 ∨ B2): the k-th clauses, joined. Any one
    // clause of each alternative will do: at the top and in a group of a top alternative
    // ("\\b(?:notify|inform)…email|email you)": "email" is required besides the verbs), an
    // alternative with fewer clauses gives its last again. Deeper down, the extra clauses (weak
    // pieces such as "ations" of "organi[sz]ations") would crowd out better ones.
    const depth = (level > 0 ? Math.max : Math.min)(...all.map((a) => a.length));
    const out: string[][] = [];
    for (let k = 0; k < depth; k++) {
      const clause = all.flatMap((a) => a[Math.min(k, a.length - 1)]!);
      if (k === 0 || isStrong(clause)) out.push(clause);
    }
    return { req: out, starts, spellings };
  }

  /**
   * A sequence: runs of plain characters are required strings — a run with a small class in it
   * is one of its spellings ("r[ée]siliation": "résiliation" or "resiliation"); so are the
   * clauses of a required group. Its starts: the literals of its first consuming atoms, up to the
   * first required one (optional atoms before it add theirs: "(?:unique )?device" starts with
   * "unique " or "device").
   */
  private alternative(wordStart: boolean, level: number): Parsed {
    const clauses: string[][] = [];
    /** The spellings of the current run (none: no run). */
    let run: string[] = [];
    // A run that starts right after `\b` (with a letter or digit) must start a word: marked WORD_START.
    let boundary = wordStart;
    let runAtBoundary = false;
    const mark = (lit: string, atBoundary: boolean) => (atBoundary && /^[a-z0-9]/.test(lit) ? WORD_START + lit : lit);
    // Starts: collected while every atom so far was optional; null once unknown.
    let starts: string[] | null = [];
    let open = true;
    let runIsFirst = false;
    const addStarts = (more: string[] | null, required: boolean) => {
      if (!open) return;
      starts = starts && more ? [...starts, ...more] : null;
      if (required || !starts) open = false;
    };
    const endRun = () => {
      if (run.length) {
        const lits = run.map((r) => mark(r, runAtBoundary));
        clauses.push(lits);
        if (runIsFirst) addStarts(lits, true);
      }
      run = [];
      runIsFirst = false;
    };
    // The starts read on (START_LENGTH): the strings every match starts with, while `headsOpen`
    // extended by each atom of known spellings; and every string the alternative can match.
    let heads: string[] = [''];
    let headsOpen = true;
    let spellings: string[] | null = [''];
    // Plain characters are gathered and read on at once (a string a character cost the first
    // analysis ≈ 30 ms over the rules): `pending`, whose first character was at a `\b` or not.
    let pending = '';
    let pendingAtBoundary = false;
    const ONCE = { min: 1, max: 1 };
    const flush = () => {
      if (!pending) return;
      const chars = pending;
      pending = '';
      extend({ kind: 'chars', chars: [chars] }, ONCE, pendingAtBoundary);
    };
    const readOn = (atom: Atom, q: { min: number; max: number }, atBoundary: boolean) => {
      if (atom.kind === 'assertion') return; // zero-width: the strings are the same
      if (atom.kind === 'chars' && atom.chars.length === 1 && q.min === 1 && q.max === 1) {
        if (!pending) pendingAtBoundary = atBoundary;
        pending += atom.chars[0]!;
        return;
      }
      flush();
      extend(atom, q, atBoundary);
    };
    const extend = (atom: Atom, q: { min: number; max: number }, atBoundary: boolean) => {
      const full = atom.kind === 'chars' ? atom.chars : atom.kind === 'group' ? (atom.parsed.spellings ?? null) : null;
      const once = q.min === 1 && q.max === 1;
      const optional = q.min === 0 && q.max === 1;
      spellings = spellings && full && (once || optional) ? product(spellings, optional ? [...full, ''] : full) : null;
      if (!headsOpen) return;
      // (Past MAX_STARTS, the heads stay as they were.)
      if (full && (once || optional)) {
        const next = extendHeads(heads, optional ? [...full, ''] : full, atBoundary);
        if (next) heads = next;
        else headsOpen = false;
      } else {
        // The first repetition of a required atom, or a group's own starts, end the heads.
        const more = q.min >= 1 ? (full ?? (atom.kind === 'group' ? atom.parsed.starts : null)) : null;
        heads = (more && extendHeads(heads, more, atBoundary)) ?? heads;
        headsOpen = false;
      }
    };
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      if (this.src.startsWith('\\b', this.pos)) {
        this.pos += 2;
        endRun();
        boundary = true;
        continue;
      }
      const atom = this.atom(boundary, Math.max(0, level - 1));
      const q = this.quantifier();
      const atBoundary = boundary;
      boundary = false;
      readOn(atom, q, atBoundary);
      if (atom.kind === 'assertion') {
        // Zero-width: after `\b(?<!…)` the next atom still starts a word.
        endRun();
        boundary = atBoundary;
        continue;
      }
      if (atom.kind === 'chars' && q.min === 1 && q.max === 1) {
        if (run.length * atom.chars.length > MAX_SPELLINGS) endRun();
        if (!run.length) {
          runAtBoundary = atBoundary;
          runIsFirst = open;
          run = [''];
        }
        run = run.flatMap((r) => atom.chars.map((c) => r + c));
        continue;
      }
      endRun();
      if (atom.kind === 'chars' && atom.chars.length === 1) {
        const char = atom.chars[0]!;
        if (q.min >= 1) clauses.push([char]);
        addStarts([mark(char, atBoundary)], q.min >= 1);
      } else if (atom.kind === 'group') {
        if (q.min >= 1 && atom.parsed.req) clauses.push(...atom.parsed.req);
        addStarts(atom.parsed.starts, q.min >= 1);
      } else addStarts(null, true);
    }
    endRun();
    flush();
    // Every atom optional: the alternative can match the empty string anywhere.
    if (open) starts = null;
    // The starts read on, when every match starts with one of them (none is empty).
    const longer = heads as string[];
    if (longer.every((h) => bare(h).length > 0)) starts = withoutLonger(longer);
    return { req: clauses.length ? best(clauses) : null, starts, spellings };
  }

  private quantifier(): { min: number; max: number } {
    const c = this.peek();
    let q = { min: 1, max: 1 };
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
      if (!m) return q; // a literal "{"
      this.pos += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      if (this.peek() === '?') this.pos++;
      return { min, max };
    } else return q;
    this.pos++;
    if (this.peek() === '?') this.pos++;
    return q;
  }

  private atom(wordStart: boolean, level: number): Atom {
    const c = this.src[this.pos++]!;
    if (c === '(') {
      let lookaround = false;
      if (this.src.startsWith('?:', this.pos)) this.pos += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.pos, this.pos + 3))) {
        lookaround = true;
        this.pos += this.src[this.pos + 1] === '<' ? 3 : 2;
      } else if (this.src.startsWith('?<', this.pos)) {
        const close = this.src.indexOf('>', this.pos);
        if (close < 0) throw new Error('bad group');
        this.pos = close + 1;
      }
      const parsed = this.disjunction(wordStart && !lookaround, level);
      if (this.src[this.pos++] !== ')') throw new Error('unclosed group');
      return lookaround ? { kind: 'assertion' } : { kind: 'group', parsed };
    }
    if (c === '[') {
      // A class: skip it (escapes included); a small one of plain characters ("[ée]", "[- ]") is read.
      const from = this.pos;
      while (this.pos < this.src.length && this.src[this.pos] !== ']') this.pos += this.src[this.pos] === '\\' ? 2 : 1;
      if (this.src[this.pos++] !== ']') throw new Error('unclosed class');
      const chars = smallClass(this.src.slice(from, this.pos - 1));
      return chars ? { kind: 'chars', chars } : { kind: 'other' };
    }
    if (c === '\\') {
      const e = this.src[this.pos++];
      if (e === undefined) throw new Error('trailing backslash');
      if (e === 'B') return { kind: 'assertion' };
      // A digit: one of ten one-character literals (weak: chosen only when nothing else is required).
      if (e === 'd') return { kind: 'group', parsed: { req: [DIGITS], starts: DIGITS, spellings: DIGITS } };
      // `\s`: a space, for the scan (literals.ts gives every character of `\s` the space's class).
      if (e === 's') return { kind: 'chars', chars: [' '] };
      if (/[DwWSnrtfv0-9]/.test(e)) return { kind: 'other' };
      if (/[a-zA-Z]/.test(e)) throw new Error('unsupported escape');
      return { kind: 'chars', chars: [e.toLowerCase()] };
    }
    if (c === '^' || c === '$') return { kind: 'assertion' };
    if (c === '.') return { kind: 'other' };
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?') throw new Error('unexpected');
    return { kind: 'chars', chars: [c.toLowerCase()] };
  }
}

/**
 * The characters of a class of at most four plain ones (no negation, range or escape), lower
 * case and each once; `null` for any other class.
 */
function smallClass(body: string): string[] | null {
  if (!body || body.length > 4 || body.startsWith('^') || body.includes('\\') || /.-./.test(body)) return null;
  const chars = [...new Set([...body].map((ch) => ch.toLowerCase()))];
  return chars.every((ch) => ch.length === 1) ? chars : null;
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

// Words too common to filter anything: a requirement made of them is worth little.
const COMMON = new Set(['of', 'the', 'our', 'your', 'us', 'be', 'with', 'to', 'a', 'an', 'and', 'or', 'in', 'on', 'for', 'is', 'are', 'we', 'you', 'party', 'data', 'information', 'use']);

/**
 * How selective a literal is: its length, spaces aside; less when it may occur inside a word
 * ("form" in "information"); nothing for a common word.
 */
function quality(lit: string): number {
  const t = bare(lit).trim();
  if (COMMON.has(t)) return 0;
  return lit.startsWith(WORD_START) ? t.length : t.length - 2;
}

/** How selective a clause is: its weakest literal; fewer literals break ties. */
function score(clause: string[]): number {
  return Math.min(...clause.map(quality)) - clause.length / 1000;
}

/** A clause worth scanning for: none of its literals is short or common. */
function isStrong(clause: string[]): boolean {
  return clause.every((lit) => quality(lit) >= 3);
}
