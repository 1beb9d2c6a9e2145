/**
 * Aho–Corasick over many literals at once, case-insensitive as a regex with the i flag:
 * the scanner behind analyzer/prefilter.ts.
 */

/** Marks a literal that must start a word (the pattern has `\b` right before it). */
export const WORD_START = '\u0001';

/** A literal without its WORD_START mark. */
export function bare(lit: string): string {
  return lit.startsWith(WORD_START) ? lit.slice(WORD_START.length) : lit;
}

/** `\w` of a regex without the u flag: ASCII letters, digits, underscore. */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

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
  /** For each state, the ids of the literals that end there (own and via failure links). */
  private out: number[][];
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
    for (const lit of plain) {
      for (let i = 0; i < lit.length; i++) {
        const c = lit.charCodeAt(i);
        if (this.classOf[c]) continue;
        this.classOf[c] = classes;
        const upper = String.fromCharCode(c).toUpperCase();
        if (upper.length === 1 && upper.charCodeAt(0) < 128 === c < 128) this.classOf[upper.charCodeAt(0)] = classes;
        classes++;
      }
    }
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
    this.out = ends.map((e) => [...e]);
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
      if (this.out[f]!.length) this.out[s] = [...ends[s]!, ...this.out[f]!];
      for (let c = 1; c < w; c++) {
        const t = goto[s]!.get(c);
        if (t !== undefined) {
          fail[t] = next[f * w + c]!;
          next[s * w + c] = t;
          queue.push(t);
        } else next[s * w + c] = next[f * w + c]!;
      }
    }
    // Small tables stay in cache: state ids fit 16 bits for any realistic set of literals.
    // The scan's table: states renumbered so that those where literals end come last (one
    // comparison tells a hit), each state standing for its row's offset (no multiplication a
    // character). Small tables stay in cache: 16 bits when the offsets fit.
    const states = goto.length;
    const order: number[] = [];
    for (let q = 0; q < states; q++) if (!this.out[q]!.length) order.push(q);
    this.firstOut = order.length * w;
    for (let q = 0; q < states; q++) if (this.out[q]!.length) order.push(q);
    const id = new Int32Array(states);
    order.forEach((q, k) => (id[q] = k));
    const table = states * w < 65536 ? new Uint16Array(states * w) : new Int32Array(states * w);
    for (let q = 0; q < states; q++) for (let c = 0; c < w; c++) table[id[q]! * w + c] = id[next[q * w + c]!]! * w;
    this.next = table;
    this.out = order.map((q) => this.out[q]!);
  }

  /** The offset of the first state where literals end (states renumbered, see the constructor). */
  private readonly firstOut: number;

  /** The literal ids and start offsets of the last scan's hits (the first `count` entries). */
  hitIds = new Int32Array(256);
  hitStarts = new Int32Array(256);

  /** Finds every occurrence of a literal in `text`, case-insensitively; returns their number (see hitIds, hitStarts). */
  scan(text: string): number {
    const w = this.width;
    const classOf = this.classOf;
    const next = this.next;
    const lengths = this.lengths;
    const wordStart = this.wordStart;
    const firstOut = this.firstOut;
    let count = 0;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      s = next[s + classOf[text.charCodeAt(i)]!]!;
      if (s < firstOut) continue;
      const o = this.out[(s / w) | 0]!;
      for (let k = 0; k < o.length; k++) {
        const id = o[k]!;
        const start = i - lengths[id]! + 1;
        if (wordStart[id] && start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
        if (count === this.hitIds.length) this.grow();
        this.hitIds[count] = id;
        this.hitStarts[count++] = start;
      }
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
