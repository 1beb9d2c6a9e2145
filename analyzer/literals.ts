/**
 * Aho–Corasick over many literals at once, case-insensitive as a regex with the i flag:
 * the scanner behind analyzer/prefilter.ts.
 */

import { CLASS, classify, codePointWord, INVISIBLE, SURROGATE } from './text';

/** Marks a literal that must start a word (the pattern has `\b` right before it). */
export const WORD_START = '\u0001';

/** A literal without its WORD_START mark. */
export function bare(lit: string): string {
  return lit.startsWith(WORD_START) ? lit.slice(WORD_START.length) : lit;
}

/** The characters of `\s` (ECMAScript: white space and line terminators). */
const WHITESPACE = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];

/** `\w` of a regex without the u flag: ASCII letters, digits, underscore. */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Texts of this many characters or more are scanned with the table read into the cache first
 * (LiteralSet.warm): a scan of fewer waits less on the table than the reading takes.
 */
const WARM = 5000;

/** The bytes of a cache line. */
const CACHE_LINE = 64;

/**
 * Aho–Corasick, case-insensitive: where the literals (lower case) occur in a text. The alphabet
 * is compacted to the characters the literals use (plus one class for all others), so the
 * transition table stays small enough to stay in cache between sentences.
 */
export class LiteralSet {
  /** Character → class, for char codes < 65536 that occur in a literal; 0 = any other. */
  private readonly classOf = new Uint16Array(65536);
  private readonly width: number;
  private readonly next: Int32Array | Uint16Array;
  /**
   * The literals that end in each state where some end (own and via failure links): those of
   * the state whose row holds index q in its last column are outIds[outFrom[q] … outFrom[q + 1]).
   */
  private readonly outFrom: Int32Array;
  private readonly outIds: Int32Array;
  /** For each literal id: its length. */
  readonly lengths: Int32Array;
  /** For each literal id: 1 when it must start a word. */
  readonly wordStart: Uint8Array;

  constructor(literals: readonly string[]) {
    const plain = literals.map(bare);
    this.lengths = Int32Array.from(plain, (l) => l.length);
    this.wordStart = Uint8Array.from(literals, (l) => (l.startsWith(WORD_START) ? 1 : 0));
    // Case folds into the classes, as a regex with the i flag (and without u) folds it: an upper
    // case letter has the class of its lower case, except where one is ASCII and the other not.
    let classes = 1;
    // Every character beyond ASCII that a literal holds shares one class ("é", "ü", "’"…): rare
    // in the texts, they would each add a column to every row of the table. A literal with one
    // then also occurs where another such character stands: a hit more, never one fewer.
    let wide = 0;
    for (const lit of plain) {
      for (let i = 0; i < lit.length; i++) {
        const c = lit.charCodeAt(i);
        if (this.classOf[c]) continue;
        if (c >= 128) {
          if (!wide) wide = classes++;
          this.classOf[c] = wide;
          const upper = String.fromCharCode(c).toUpperCase();
          if (upper.length === 1 && upper.charCodeAt(0) >= 128) this.classOf[upper.charCodeAt(0)] = wide;
          continue;
        }
        this.classOf[c] = classes;
        const upper = String.fromCharCode(c).toUpperCase();
        if (upper.length === 1 && upper.charCodeAt(0) < 128 === c < 128) this.classOf[upper.charCodeAt(0)] = classes;
        classes++;
      }
    }
    // Every character that `\s` matches shares the class of the space, when a literal holds one:
    // a literal read from `\s` (analyzer/requirement.ts) holds a space, and occurs wherever any
    // such character stands (a hit more where a literal space meets a tab, never one fewer).
    const space = this.classOf[32]!;
    if (space) for (const c of WHITESPACE) this.classOf[c] = space;
    this.width = classes;
    const goto: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    plain.forEach((lit, id) => {
      let s = 0;
      for (let i = 0; i < lit.length; i++) {
        const c = this.classOf[lit.charCodeAt(i)]!;
        let t = goto[s]!.get(c);
        if (t === undefined) {
          t = goto.length;
          goto.push(new Map());
          ends.push([]);
          goto[s]!.set(c, t);
        }
        s = t;
      }
      ends[s]!.push(id);
    });
    const w = this.width;
    const fail = new Int32Array(goto.length);
    const next = new Int32Array(goto.length * w);
    const out = ends.map((e) => [...e]);
    // Breadth-first: failure links and the full transition table (class 0 leads back to the root).
    const queue: number[] = [];
    for (let c = 1; c < w; c++) {
      const t = goto[0]!.get(c);
      next[c] = t ?? 0;
      if (t !== undefined) queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      if (out[f]!.length) out[s] = [...ends[s]!, ...out[f]!];
      for (let c = 1; c < w; c++) {
        const t = goto[s]!.get(c);
        if (t !== undefined) {
          fail[t] = next[f * w + c]!;
          next[s * w + c] = t;
          queue.push(t);
        } else next[s * w + c] = next[f * w + c]!;
      }
    }
    // The scan's table: states renumbered so that those where literals end come last (one
    // comparison tells a hit). A row has one column more than the classes: for a state where
    // literals end, the index of its list of literals (no division to find it). The table holds
    // state numbers, 16 bits when they fit: with ~1 500 literals it has ~250 000 entries, and
    // offsets (row × stride) would need 32 bits — a table of 1 MB, which the rest of an analysis
    // pushes out of the cache between two documents (measured: a scan right after an analysis
    // took twice as long as the same scan again); the multiplication a character costs less.
    const states = goto.length;
    const order: number[] = [];
    for (let q = 0; q < states; q++) if (!out[q]!.length) order.push(q);
    const stride = w + 1;
    this.stride = stride;
    this.firstOut = order.length;
    const firstOutState = order.length;
    for (let q = 0; q < states; q++) if (out[q]!.length) order.push(q);
    const id = new Int32Array(states);
    order.forEach((q, k) => (id[q] = k));
    const table = states < 65536 ? new Uint16Array(states * stride) : new Int32Array(states * stride);
    for (let q = 0; q < states; q++) {
      for (let c = 0; c < w; c++) table[id[q]! * stride + c] = id[next[q * w + c]!]!;
      if (id[q]! >= firstOutState) table[id[q]! * stride + w] = id[q]! - firstOutState;
    }
    this.next = table;
    const lists = order.slice(firstOutState).map((q) => out[q]!);
    this.outFrom = new Int32Array(lists.length + 1);
    lists.forEach((l, k) => (this.outFrom[k + 1] = this.outFrom[k]! + l.length));
    this.outIds = Int32Array.from(lists.flat());
  }

  /** Columns of a row of `next`: the classes, then the index of the state's literals. */
  private readonly stride: number;

  /** The first state where literals end (states renumbered, see the constructor). */
  private readonly firstOut: number;

  /** The literal ids and start offsets of the last scan's hits (the first `count` entries). */
  hitIds = new Int32Array(256);
  hitStarts = new Int32Array(256);

  /** Finds every occurrence of a literal in `text`, case-insensitively; returns their number (see hitIds, hitStarts). */
  scan(text: string): number {
    const classOf = this.classOf;
    const next = this.next;
    const firstOut = this.firstOut;
    const stride = this.stride;
    const n = text.length;
    if (n >= WARM) this.warm();
    let count = 0;
    let s = 0;
    for (let i = 0; i < n; i++) {
      s = next[s * stride + classOf[text.charCodeAt(i)]!]!;
      if (s >= firstOut) count = this.hits(text, i, s, count);
    }
    return count;
  }

  /**
   * The words of the text the last scanCounting read (as text.ts's wordsAndRuns counts them), and
   * the runs of characters other than \s in its first `limit` characters.
   */
  words = 0;
  runs = 0;
  /** Whether the text the last scanCounting read holds a character that `visible` takes out. */
  invisible = false;

  /**
   * scan(text), counting in the same pass the words of the text and the runs of its first `limit`
   * characters (words, runs) as wordsAndRuns does: the scan waits on its table a character, the
   * counting does not, and one pass costs little more than the scan alone (measured over the
   * corpus: scan 121 ms, wordsAndRuns 50 ms, both in one pass 130 ms).
   */
  scanCounting(text: string, limit: number): number {
    const classOf = this.classOf;
    const next = this.next;
    const firstOut = this.firstOut;
    const stride = this.stride;
    const n = text.length;
    if (n >= WARM) this.warm();
    let count = 0;
    let s = 0;
    let words = 0;
    let inWord = 0;
    let runs = 0;
    let space = 1;
    // The low half of a surrogate pair read with its high half (wordsAndRuns skips it).
    let skip = -1;
    // The bits of every character, or-ed: whether one is INVISIBLE.
    let any = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      s = next[s * stride + classOf[c]!]!;
      if (s >= firstOut) count = this.hits(text, i, s, count);
      let bits = CLASS[c]!;
      if (bits === 0) bits = classify(c);
      any |= bits;
      const inLimit = i < limit ? 1 : 0;
      if (bits & SURROGATE) {
        if (i === skip) continue;
        // A surrogate pair is one word character or none, and two non-space characters.
        const cp = text.codePointAt(i)!;
        const ln = codePointWord(cp);
        runs += space & inLimit;
        space = 0;
        if (cp > 0xffff) skip = i + 1;
        words += ln & (inWord ^ 1);
        inWord = ln;
        continue;
      }
      // Branch-free (the states are 0 or 1), as in wordsAndRuns.
      const ln = bits & 1;
      const sp = (bits >> 1) & 1;
      runs += space & (sp ^ 1) & inLimit;
      space = sp;
      words += ln & (inWord ^ 1);
      inWord = ln | (inWord & (bits >> 2));
    }
    this.words = words;
    this.runs = runs;
    this.invisible = (any & INVISIBLE) !== 0;
    return count;
  }

  /**
   * Reads the scan's table into the cache before a long text: the rest of an analysis pushes it
   * out (a table of ~700 KB), and the scan then waits on memory at most transitions to a state
   * not used since the last document (over the corpus, each scan right after another document's
   * analysis: 190 ms a pass against 110 ms for the same scans again). Read in order, one entry of
   * each cache line, the whole table comes in at the speed of the processor's prefetch (~18 µs).
   */
  private warm(): void {
    const next = this.next;
    let x = 0;
    for (let k = 0, step = CACHE_LINE / next.BYTES_PER_ELEMENT; k < next.length; k += step) x |= next[k]!;
    this.warmed = x;
  }

  /** What warm read (kept, so that the reads are not left out as unused). */
  private warmed = 0;

  /** Records the literals that end at `i` in state `s`; returns the new count. */
  private hits(text: string, i: number, s: number, count: number): number {
    const { outFrom, outIds, lengths, wordStart } = this;
    const q = this.next[s * this.stride + this.width]!;
    for (let k = outFrom[q]!, end = outFrom[q + 1]!; k < end; k++) {
      const id = outIds[k]!;
      const start = i - lengths[id]! + 1;
      if (wordStart[id] && start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
      if (count === this.hitIds.length) this.grow();
      this.hitIds[count] = id;
      this.hitStarts[count++] = start;
    }
    return count;
  }

  private grow(): void {
    const ids = new Int32Array(this.hitIds.length * 2);
    ids.set(this.hitIds);
    const starts = new Int32Array(this.hitStarts.length * 2);
    starts.set(this.hitStarts);
    this.hitIds = ids;
    this.hitStarts = starts;
  }
}
