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

/** The bits of a character that text.ts's word count reads (CLASS; classified when first met). */
function bitsOf(c: number): number {
  const bits = CLASS[c]!;
  return bits === 0 ? classify(c) : bits;
}

/** The bit of a space (\s) among them. */
const SPACE = 2;

/** Texts of this many characters or more are scanned as two halves side by side (LiteralSet.scanCounting). */
const SPLIT = 2048;

/** Characters scanned between two recordings of their hits (LiteralSet.run). */
const CHUNK = 4096;

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
   * state firstOut + q are outIds[outFrom[q] … outFrom[q + 1]), and outBack holds each one's
   * length × 2, + 1 when it must start a word (one load instead of two that wait on the id).
   */
  private readonly outFrom: Int32Array;
  private readonly outIds: Int32Array;
  private readonly outBack: Int32Array;
  /** For each literal id: its length. */
  readonly lengths: Int32Array;
  /** For each literal id: 1 when it must start a word. */
  readonly wordStart: Uint8Array;
  /** The length of the longest literal: the scan's state at a character depends on no more characters before it. */
  private readonly depth: number;
  /** The most literals that end in one state. */
  private readonly maxOut: number;
  /** Bits of a state number (see record). */
  private readonly shift: number;

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
    // comparison tells a hit; the state's number less the first of them, its list). It holds
    // state numbers, 16 bits when they fit: with ~1 500 literals it has ~250 000 entries, and
    // offsets (row × stride) would need 32 bits — a table of 1 MB, which the rest of an analysis
    // pushes out of the cache between two documents (measured: a scan right after an analysis
    // took twice as long as the same scan again); the multiplication a character costs less.
    const states = goto.length;
    const order: number[] = [];
    for (let q = 0; q < states; q++) if (!out[q]!.length) order.push(q);
    const stride = w;
    this.stride = stride;
    this.firstOut = order.length;
    const firstOutState = order.length;
    for (let q = 0; q < states; q++) if (out[q]!.length) order.push(q);
    const id = new Int32Array(states);
    order.forEach((q, k) => (id[q] = k));
    const table = states < 65536 ? new Uint16Array(states * stride) : new Int32Array(states * stride);
    for (let q = 0; q < states; q++) {
      for (let c = 0; c < w; c++) table[id[q]! * stride + c] = id[next[q * w + c]!]!;
    }
    this.next = table;
    const lists = order.slice(firstOutState).map((q) => out[q]!);
    this.outFrom = new Int32Array(lists.length + 1);
    lists.forEach((l, k) => (this.outFrom[k + 1] = this.outFrom[k]! + l.length));
    this.outIds = Int32Array.from(lists.flat());
    this.outBack = this.outIds.map((l) => this.lengths[l]! * 2 + this.wordStart[l]!);
    this.depth = Math.max(0, ...this.lengths);
    this.maxOut = Math.max(0, ...lists.map((l) => l.length));
    // A chunk's offset (< CHUNK) and a state number in 31 bits.
    this.shift = 32 - Math.clz32(states);
    if (CHUNK * 2 ** this.shift > 2 ** 31) throw new Error(`LiteralSet: ${states} states`);
  }

  /** Columns of a row of `next`: the classes. */
  private readonly stride: number;

  /** The first state where literals end (states renumbered, see the constructor). */
  private readonly firstOut: number;

  /** The literal ids and start offsets of the last scan's hits (the first `count` entries). */
  hitIds = new Int32Array(256);
  hitStarts = new Int32Array(256);
  /** The hits of the second half of a text scanned in two (scanCounting), until appended to the first's. */
  private lateIds = new Int32Array(256);
  private lateStarts = new Int32Array(256);

  /** Finds every occurrence of a literal in `text`, case-insensitively; returns their number (see hitIds, hitStarts). */
  scan(text: string): number {
    if (text.length >= WARM) this.warm();
    return this.run(text, 0, text.length, 0, 0);
  }

  /**
   * Scans text[from … to) from state `s`, recording its hits after the first `count`; returns
   * their new number. In chunks: the steps where literals end are
   * noted without a branch (a hit is as unforeseeable as the step after it), and their literals
   * recorded after each chunk (record).
   */
  private run(text: string, from: number, to: number, s: number, count: number): number {
    const { classOf, next, stride, ends, shift } = this;
    const last = this.firstOut - 1;
    for (; from < to; from += CHUNK) {
      const end = Math.min(from + CHUNK, to);
      let k = 0;
      for (let i = from; i < end; i++) {
        s = next[s * stride + classOf[text.charCodeAt(i)]!]!;
        ends[k] = ((i - from) << shift) | s;
        k += (last - s) >>> 31;
      }
      count = this.record(text, from, 0, k, count, false);
    }
    return count;
  }

  /**
   * Where literals ended in a chunk of the text that starts at `from`: ends[base … base + k), each
   * the offset in the chunk (shifted by `shift`) and the state there. Records their literals after
   * the first `count` hits (of the second half, when `late`); returns the new count.
   */
  private record(text: string, from: number, base: number, k: number, count: number, late: boolean): number {
    const need = count + k * this.maxOut;
    if (need > (late ? this.lateIds : this.hitIds).length) this.grow(need, late);
    const ids = late ? this.lateIds : this.hitIds;
    const starts = late ? this.lateStarts : this.hitStarts;
    const { ends, shift, outFrom, outIds, outBack } = this;
    const mask = (1 << shift) - 1;
    const firstOut = this.firstOut;
    for (let x = base; x < base + k; x++) {
      const e = ends[x]!;
      const i = from + (e >>> shift);
      const q = (e & mask) - firstOut;
      for (let o = outFrom[q]!, end = outFrom[q + 1]!; o < end; o++) {
        const back = outBack[o]!;
        const start = i - (back >> 1) + 1;
        if (back & 1 && start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
        ids[count] = outIds[o]!;
        starts[count++] = start;
      }
    }
    return count;
  }

  /** Where literals ended in a chunk (see record): the first half's from 0, the second's from CHUNK. */
  private readonly ends = new Int32Array(2 * CHUNK);

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
   * characters (words, runs) as wordsAndRuns does. A long text is read as two halves side by side,
   * a character of each a step: a step of the scan waits on its table for the state the step
   * before found, and two independent states let the processor overlap those waits, and the
   * counting (measured over the corpus, the transitions alone: 56 ms one state a step, 30 ms
   * two; scanCounting 149 → 131 ms a pass). The second half starts after a space,
   * where no word or run goes on; its state there depends on no more characters before it than
   * the longest literal has, and is found by reading those from the root.
   */
  scanCounting(text: string, limit: number): number {
    const n = text.length;
    if (n >= WARM) this.warm();
    // The second half: as long as the first or shorter.
    let h = (n + 1) >> 1;
    while (h < n && !(bitsOf(text.charCodeAt(h - 1)) & SPACE)) h++;
    this.startCount();
    if (n < SPLIT || h === n) {
      const count = this.run(text, 0, n, 0, 0);
      this.count(text, 0, n, limit);
      return this.endCount(count);
    }
    const { classOf, next, stride, ends } = this;
    const shift = this.shift;
    const last = this.firstOut - 1;
    let r = 0;
    for (let j = h - this.depth; j < h; j++) r = next[r * stride + classOf[text.charCodeAt(j)]!]!;
    let s = 0;
    let count = 0;
    let late = 0;
    // The counting as in count (branch-free, the states are 0 or 1), for each half; a surrogate is
    // read as a character of its own here, and the text counted again by count when it holds one.
    let words = 0;
    let inWord = 0;
    let runs = 0;
    let space = 1;
    let words2 = 0;
    let inWord2 = 0;
    let runs2 = 0;
    let space2 = 1;
    let any = 0;
    const m = n - h;
    for (let from = 0; from < m; from += CHUNK) {
      const end = Math.min(from + CHUNK, m);
      let k = 0;
      let l = CHUNK;
      for (let i = from; i < end; i++) {
        const c = text.charCodeAt(i);
        const d = text.charCodeAt(i + h);
        s = next[s * stride + classOf[c]!]!;
        r = next[r * stride + classOf[d]!]!;
        ends[k] = ((i - from) << shift) | s;
        k += (last - s) >>> 31;
        ends[l] = ((i - from) << shift) | r;
        l += (last - r) >>> 31;
        let bits = CLASS[c]!;
        if (bits === 0) bits = classify(c);
        let bits2 = CLASS[d]!;
        if (bits2 === 0) bits2 = classify(d);
        any |= bits | bits2;
        const ln = bits & 1;
        const sp = (bits >> 1) & 1;
        runs += space & (sp ^ 1) & (i < limit ? 1 : 0);
        space = sp;
        words += ln & (inWord ^ 1);
        inWord = ln | (inWord & (bits >> 2));
        const ln2 = bits2 & 1;
        const sp2 = (bits2 >> 1) & 1;
        runs2 += space2 & (sp2 ^ 1) & (i + h < limit ? 1 : 0);
        space2 = sp2;
        words2 += ln2 & (inWord2 ^ 1);
        inWord2 = ln2 | (inWord2 & (bits2 >> 2));
      }
      count = this.record(text, from, 0, k, count, false);
      late = this.record(text, from + h, CHUNK, l - CHUNK, late, true);
    }
    // The rest of the first half (the second is as long or shorter), then the second half's hits.
    count = this.run(text, m, h, s, count);
    if (count + late > this.hitIds.length) this.grow(count + late, false);
    this.hitIds.set(this.lateIds.subarray(0, late), count);
    this.hitStarts.set(this.lateStarts.subarray(0, late), count);
    if (any & SURROGATE) {
      this.count(text, 0, n, limit);
      return this.endCount(count + late);
    }
    Object.assign(this.counter, { words, inWord, runs, space, any });
    this.count(text, m, h, limit);
    this.counter.words += words2;
    this.counter.runs += runs2;
    this.counter.any |= any;
    return this.endCount(count + late);
  }

  /** The counting's state between the parts of a text (count): as in wordsAndRuns, and `skip`, the low half of a surrogate pair read with its high half. */
  private readonly counter = { words: 0, inWord: 0, runs: 0, space: 1, skip: -1, any: 0 };

  private startCount(): void {
    Object.assign(this.counter, { words: 0, inWord: 0, runs: 0, space: 1, skip: -1, any: 0 });
  }

  /** Sets words, runs and invisible from the counting; returns `count`. */
  private endCount(count: number): number {
    this.words = this.counter.words;
    this.runs = this.counter.runs;
    this.invisible = (this.counter.any & INVISIBLE) !== 0;
    return count;
  }

  /** Counts the words of text[from … to) and the runs among its first `limit` characters, going on from the counter's state. */
  private count(text: string, from: number, to: number, limit: number): void {
    let { words, inWord, runs, space, skip, any } = this.counter;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const bits = bitsOf(c);
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
    Object.assign(this.counter, { words, inWord, runs, space, skip, any });
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

  /** Makes room for `size` hits in the first half's buffers, or in the second's. */
  private grow(size: number, late: boolean): void {
    const length = Math.max(size, (late ? this.lateIds : this.hitIds).length * 2);
    const ids = new Int32Array(length);
    const starts = new Int32Array(length);
    ids.set(late ? this.lateIds : this.hitIds);
    starts.set(late ? this.lateStarts : this.hitStarts);
    if (late) {
      this.lateIds = ids;
      this.lateStarts = starts;
    } else {
      this.hitIds = ids;
      this.hitStarts = starts;
    }
  }

}
