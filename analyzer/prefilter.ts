/**
 * A literal prefilter for many regexes over many sentences.
 *
 * Each pattern is read once for what every match must contain: clauses of literal strings
 * (all clauses hold; one literal of each occurs — "cookie" | "beacon" | "pixel" for the cookie
 * rule) and, where it can be told, the literals every match *starts* with. One Aho–Corasick
 * pass over a sentence then tells which patterns can match at all, and where their matches
 * can start; a candidate pattern then runs sticky at those few positions instead of scanning
 * the sentence. V8 spends a few ns a character on an alternation of words at every position:
 * ~100 patterns × every sentence took seconds over the corpus; this takes a fraction.
 *
 * The reading is conservative: anything it does not understand (a class, an optional part, an
 * escape it does not know) requires nothing, and a pattern with no requirement runs as usual.
 * Literals are folded to lower case; the scan folds the text's case as the i flag does.
 * tests/unit/prefilter.test.ts checks that matching through the prefilter equals plain exec.
 */
import { bare, isWordChar, LiteralSet, WORD_START } from './literals';
import { requirementOf } from './requirement';

export { LiteralSet, WORD_START } from './literals';
export { requirementOf, requiredFactors, type Requirement } from './requirement';

/**
 * Literals are cut to this many characters in the automaton. (Measured over the corpus: 6 made
 * the analyzer ×1.09 slower than 8 — shorter literals let more regexes run in vain — 20 no
 * faster than 12, with a table of 2 MB; 9 as fast as 12, with a table of 660 KB instead of 1 MB
 * (that stays in the cache better when the machine is busy) and a quicker first analysis.)
 */
const MAX_LITERAL = 9;

/** KELVIN SIGN lower-cases to "k", LATIN CAPITAL I WITH DOT to two characters. */
const ODD_CASE = /[\u212A\u0130]/;

/**
 * The literals of one or more matchers in one automaton, and the hits of the last document it
 * scanned: matchers that read the same document (detection's counts and the rule engine, through
 * DOCUMENT_LITERALS) scan it once. A literal keeps its id when others are added.
 */
export class LiteralPool {
  private readonly index = new Map<string, number>();
  private set: LiteralSet | null = null;
  /**
   * The last document scanned, and its hits: literal ids and starts (sorted by end); docCount of
   * them are those of `view`, the document or a prefix of it (see scanDocument).
   */
  private doc: string | undefined;
  private view: string | undefined;
  private docAll = 0;
  docIds = new Int32Array(256);
  docStarts = new Int32Array(256);
  docCount = 0;
  /** The words of the last document scanned and the runs of its first `counted` characters, when counted (countWords). */
  private counted = -1;
  words = 0;
  runs = 0;

  /** The id of a literal (cut to MAX_LITERAL characters), registered if new. */
  idOf(full: string): number {
    // A prefix of a required literal is required too, and starts where it starts: literals
    // cut to MAX_LITERAL characters keep the automaton (and its table) small.
    const lit = full.slice(0, (full.startsWith(WORD_START) ? WORD_START.length : 0) + MAX_LITERAL);
    let id = this.index.get(lit);
    if (id === undefined) {
      this.index.set(lit, (id = this.index.size));
      this.set = null;
      this.doc = this.view = undefined;
    }
    return id;
  }

  /** Whether the last document whose words were counted holds a character that cheap-check.ts's `visible` takes out. */
  private invisible = true;

  /**
   * Is `doc` the last document whose words were counted (countWords), and without a character
   * that `visible` takes out? Then visible(doc) is doc: detection need not look for them again.
   */
  knownVisible(doc: string): boolean {
    return doc === this.doc && this.counted >= 0 && !this.invisible;
  }

  /** How many literals are registered. */
  get size(): number {
    return this.index.size;
  }

  /** The matchers whose literals go here (MultiMatcher's constructor enrolls them). */
  private readonly matchers: { registerLiterals(): void }[] = [];

  enroll(matcher: { registerLiterals(): void }): void {
    this.matchers.push(matcher);
  }

  /**
   * The automaton of every literal registered. Before it is built, every matcher of the pool
   * registers its literals: one automaton for all, instead of one more each time a matcher first
   * reads a document (the first analysis built four).
   */
  get literals(): LiteralSet {
    if (!this.set) for (const m of this.matchers) m.registerLiterals();
    return (this.set ??= new LiteralSet([...this.index.keys()]));
  }

  /**
   * Scans a whole document, unless it was the last one scanned: its hits are then in docIds and
   * docStarts (the first docCount). The document itself is scanned, not a lower-cased
   * copy: the scan folds case as a regex with the i flag (and without u) does — which the copy
   * only approximates (it lower-cases "İ" to two characters and the Kelvin sign to "k", which
   * such a regex does not match) — and a copy of a document with a curly quote costs more than
   * the scan.
   */
  scanDocument(doc: string): void {
    const literals = this.literals;
    if (doc === this.view) return;
    if (doc === this.doc) {
      this.view = doc;
      this.docCount = this.docAll;
      return;
    }
    // The first characters of the document scanned (detection reads the first 400 000 of a longer
    // text): the hits at each character depend on the characters before it only, so those that
    // end within the prefix are its hits — the first ones, hits being in order of end.
    const last = this.doc;
    if (last !== undefined && doc.length < last.length && last.startsWith(doc)) {
      const { lengths } = literals;
      let lo = 0;
      for (let hi = this.docAll; lo < hi; ) {
        const mid = (lo + hi) >> 1;
        if (this.docStarts[mid]! + lengths[this.docIds[mid]!]! <= doc.length) lo = mid + 1;
        else hi = mid;
      }
      this.view = doc;
      this.docCount = lo;
      return;
    }
    this.scan(doc, -1);
  }

  /**
   * The words of a document, as text.ts's wordsAndRuns counts them, and the runs of characters
   * other than \s in its first `limit` characters (`runs`), counted by the document's scan in the
   * same pass (LiteralSet.scanCounting): scanned now, for the matchers that read it next.
   */
  countWords(doc: string, limit: number): number {
    if (doc !== this.doc || this.counted !== limit) this.scan(doc, limit);
    else this.scanDocument(doc);
    return this.words;
  }

  private scan(doc: string, countLimit: number): void {
    const literals = this.literals;
    this.docCount = this.docAll = countLimit < 0 ? literals.scan(doc) : literals.scanCounting(doc, countLimit);
    this.counted = countLimit;
    if (countLimit >= 0) {
      this.words = literals.words;
      this.runs = literals.runs;
      this.invisible = literals.invisible;
    }
    this.doc = this.view = doc;
    // The scan's buffers become the document's, and the document's before become the scan's
    // (no copy of the hits).
    const ids = this.docIds;
    const starts = this.docStarts;
    this.docIds = literals.hitIds;
    this.docStarts = literals.hitStarts;
    literals.hitIds = ids;
    literals.hitStarts = starts;
  }
}

/** The pool of the matchers that read a whole policy: detection's (SharedScan) and the rule engine's. */
export const DOCUMENT_LITERALS = new LiteralPool();

/**
 * Many regexes over one text at a time: `prepare(text)` scans it once; `exec(i)` and `test(i)`
 * then answer for regex i as `regex.exec(text)` would, running it only where it can match.
 */
export class MultiMatcher {
  private readonly regexes: RegExp[] = [];
  private sticky: (RegExp | null)[] = [];
  /** For each regex, the bits of its clauses: it can match when `seen` has them all (0: always). */
  full = new Uint32Array(0);
  seen = new Uint32Array(0);
  /**
   * The regexes whose `seen` the last prepare set (each once: hit[0 … hitCount)), and those that
   * can always match. (Typed, of one regex each at most: a list emptied by `length = 0` gives up
   * its storage, and grew again a sentence — a sixth of what an analysis allocated.)
   */
  hit = new Int32Array(0);
  hitCount = 0;
  always: number[] = [];
  /** Whether the owner tables below are up to date with the regexes. */
  private built = false;
  /** How many of the pool's literals the owner tables know (those added later have no owners here). */
  private known = 0;
  /** For literal id: owner pairs [regex, clause bit] in clauseOwners[clauseFrom[id] … clauseFrom[id + 1]). */
  private clauseFrom = new Int32Array(1);
  private clauseOwners = new Int32Array(0);
  /** For literal id: the regexes whose matches can start with it, in startOwners[startFrom[id] … startFrom[id + 1]). */
  private startFrom = new Int32Array(1);
  private startOwners = new Int32Array(0);
  /**
   * Candidate starts of the prepared text, per regex: a list linked through a pool (no array a
   * regex a sentence): posHead[r] is the last one added (-1: none), poolNext links to the one
   * added before. Regexes whose list is not empty are in `touched`.
   */
  private posHead = new Int32Array(0);
  private poolAt = new Int32Array(256);
  private poolNext = new Int32Array(256);
  private poolSize = 0;
  private touched = new Int32Array(0);
  private touchedCount = 0;
  /** Scratch for the sorted starts of one regex. */
  private sorted = new Int32Array(64);
  private text = '';

  /**
   * `anyStarts`: run each regex at the starts of its matches even when they are common words
   * ("we", "your") — right when the matches are counted, where the alternative is to run the
   * regex over the whole text; for rules over sentences the clauses filter first.
   * `pool`: where the literals go; matchers that share one scan a document they both read once.
   */
  constructor(
    private readonly anyStarts = false,
    private readonly pool = new LiteralPool(),
  ) {
    pool.enroll(this);
  }

  /** Registers this matcher's literals in its pool (its owner tables built), if not done. */
  registerLiterals(): void {
    if (!this.built) this.build();
  }

  /** Registers a regex (without the g or y flag); returns its index. */
  add(re: RegExp): number {
    if (re.global || re.sticky) throw new Error(`MultiMatcher: ${re} must not be global or sticky`);
    const i = this.regexes.indexOf(re);
    if (i >= 0) return i;
    this.regexes.push(re);
    this.stated.push(null);
    this.built = false;
    return this.regexes.length - 1;
  }

  /**
   * Registers a list of literals (lower case; WORD_START before one that must start a word);
   * returns an index whose `candidate` tells whether one of them occurs in the prepared text.
   * For the caller's own quick checks: a regex every match of which holds one of the literals
   * need not run where `candidate` is false. With `startsOf`, a regex (without the g or y flag)
   * every match of which starts with one of the literals: `spans` then lists its matches, run
   * only there.
   */
  addLiterals(literals: readonly string[], startsOf?: RegExp): number {
    if (!literals.length || literals.some((lit) => !bare(lit).length || bare(lit) !== bare(lit).toLowerCase())) {
      throw new Error(`MultiMatcher: literals must be non-empty and lower case: ${literals.join(', ')}`);
    }
    if (startsOf && (startsOf.global || startsOf.sticky)) throw new Error(`MultiMatcher: ${startsOf} must not be global or sticky`);
    this.regexes.push(startsOf ?? /(?!)/);
    this.stated.push({ literals: [...literals], starts: !!startsOf });
    this.built = false;
    return this.regexes.length - 1;
  }

  /** For each index: the literals of addLiterals, or null for a regex. */
  private readonly stated: ({ literals: string[]; starts: boolean } | null)[] = [];

  /**
   * The matches of regex `i` in the prepared text as a loop of a global copy's `exec` finds
   * them (the leftmost, then the leftmost after its end), as pairs [start, end].
   */
  spans(i: number): number[] {
    const out: number[] = [];
    if (this.seen[i] !== this.full[i]) return out;
    const sticky = this.sticky[i];
    if (!sticky) {
      const re = this.regexes[i]!;
      const global = (this.globals[i] ??= new RegExp(re.source, `${re.flags}g`));
      global.lastIndex = 0;
      for (let m = global.exec(this.text); m; m = global.exec(this.text)) {
        out.push(m.index, m.index + m[0].length);
        if (m[0].length === 0) global.lastIndex++;
      }
      return out;
    }
    const count = this.startsOf(i);
    const sorted = this.sorted;
    let from = 0;
    for (let k = 0; k < count; k++) {
      const p = sorted[k]!;
      if (p < from) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(this.text);
      if (!m) continue;
      out.push(p, p + m[0].length);
      from = p + Math.max(1, m[0].length);
    }
    return out;
  }

  /** How many regexes (and lists of literals) are registered. */
  get size(): number {
    return this.regexes.length;
  }

  /** The text of the last prepare (or prepareSpan). */
  get prepared(): string {
    return this.text;
  }


  /** The pool's automaton, with this matcher's literals in it and its owner tables built. */
  private automaton(): LiteralSet {
    if (!this.built) this.build();
    return this.pool.literals;
  }

  private build(): void {
    const clauses: number[][] = [];
    const starts: number[][] = [];
    const idOf = (lit: string) => {
      const id = this.pool.idOf(lit);
      while (clauses.length <= id) {
        clauses.push([]);
        starts.push([]);
      }
      return id;
    };
    this.full = new Uint32Array(this.regexes.length);
    this.seen = new Uint32Array(this.regexes.length);
    this.hit = new Int32Array(this.regexes.length);
    this.hitCount = 0;
    this.posHead = new Int32Array(this.regexes.length).fill(-1);
    this.poolSize = 0;
    this.touched = new Int32Array(this.regexes.length);
    this.touchedCount = 0;
    this.sticky = this.regexes.map((re, r) => {
      const stated = this.stated[r];
      const req = stated ? { clauses: [stated.literals], starts: stated.starts ? stated.literals : null } : requirementOf(re, this.anyStarts);
      if (!req) return null;
      req.clauses.forEach((clause, k) => {
        for (const lit of clause) clauses[idOf(lit)]!.push(r, 1 << k);
      });
      this.full[r] = (1 << req.clauses.length) - 1;
      for (const lit of req.starts ?? []) starts[idOf(lit)]!.push(r);
      return req.starts ? new RegExp(re.source, `${re.flags}y`) : null;
    });
    this.always = this.regexes.map((_, r) => r).filter((r) => this.full[r] === 0);
    [this.clauseFrom, this.clauseOwners] = flatten(clauses);
    [this.startFrom, this.startOwners] = flatten(starts);
    this.known = clauses.length;
    this.built = true;
  }

  /** Scans `text` for every registered regex. */
  prepare(text: string): void {
    const literals = this.automaton();
    this.text = text;
    this.clearHits();
    // Scan a flat copy: reading a slice of a long document char by char is several times slower.
    // toLowerCase makes one, and keeps offsets and word boundaries — except for the two
    // characters that lower-case to ASCII or to two characters (then the text itself is scanned).
    const lower = text.toLowerCase();
    const n = literals.scan(lower.length === text.length && !ODD_CASE.test(text) ? lower : text);
    this.addHits(literals.hitIds, literals.hitStarts, n);
  }

  /**
   * As prepare, for a whole document (not a slice of one): the document itself is scanned, by
   * the pool (LiteralPool.scanDocument) — once for the matchers that share it — and a
   * lower-cased copy of a document costs more than reading it (a copy pays off only for a slice).
   */
  prepareWhole(text: string): void {
    this.automaton();
    const pool = this.pool;
    pool.scanDocument(text);
    this.text = text;
    this.clearHits();
    this.addHits(pool.docIds, pool.docStarts, pool.docCount);
  }

  private addHits(ids: Int32Array, starts: Int32Array, n: number): void {
    for (let h = 0; h < n; h++) this.addHit(ids[h]!, starts[h]!);
  }

  /** Forgets the hits of the text prepared before. */
  private clearHits(): void {
    this.fromRegex = -1;
    const { hit, seen, touched, posHead } = this;
    for (let k = 0; k < this.hitCount; k++) seen[hit[k]!] = 0;
    this.hitCount = 0;
    for (let k = 0; k < this.touchedCount; k++) posHead[touched[k]!] = -1;
    this.touchedCount = 0;
    this.poolSize = 0;
  }

  /** Literal `id` found at `at` of the prepared text: the regexes that need it may match there. */
  private addHit(id: number, at: number): void {
    // A literal of another matcher of the pool: nothing here needs it.
    if (id >= this.known) return;
    const { clauseFrom, clauseOwners, startFrom, startOwners, seen, hit } = this;
    for (let k = clauseFrom[id]!, end = clauseFrom[id + 1]!; k < end; k += 2) {
      const r = clauseOwners[k]!;
      if (seen[r] === 0) hit[this.hitCount++] = r;
      seen[r]! |= clauseOwners[k + 1]!;
    }
    for (let k = startFrom[id]!, end = startFrom[id + 1]!; k < end; k++) {
      const r = startOwners[k]!;
      const head = this.posHead[r]!;
      if (head < 0) this.touched[this.touchedCount++] = r;
      if (this.poolSize === this.poolAt.length) this.growPool();
      const p = this.poolSize++;
      this.poolAt[p] = at;
      this.poolNext[p] = head;
      this.posHead[r] = p;
    }
  }

  private growPool(): void {
    const at = new Int32Array(this.poolAt.length * 2);
    at.set(this.poolAt);
    const next = new Int32Array(this.poolNext.length * 2);
    next.set(this.poolNext);
    this.poolAt = at;
    this.poolNext = next;
  }

  /** The candidate starts of regex `i`, sorted, in `sorted`; returns their number. */
  private startsOf(i: number): number {
    const { poolAt, poolNext } = this;
    let n = 0;
    for (let p = this.posHead[i]!; p >= 0; p = poolNext[p]!) n++;
    if (n > this.sorted.length) this.sorted = new Int32Array(Math.max(n, this.sorted.length * 2));
    const sorted = this.sorted;
    // The list runs newest first: filled from the end, the starts come out nearly in order
    // (a hit is reported at its literal's end, so only starts a few characters apart can be
    // swapped), which insertion sort puts right in about one pass; a long list is sorted.
    let k = n;
    for (let p = this.posHead[i]!; p >= 0; p = poolNext[p]!) sorted[--k] = poolAt[p]!;
    if (n > 32) {
      sorted.subarray(0, n).sort();
      return n;
    }
    for (let j = 1; j < n; j++) {
      const at = sorted[j]!;
      let m = j;
      while (m > 0 && sorted[m - 1]! > at) {
        sorted[m] = sorted[m - 1]!;
        m--;
      }
      sorted[m] = at;
    }
    return n;
  }

  /** The next hit of the document to read, and the end of the last span prepared. */
  private docNext = 0;
  private docDone = 0;
  private doc = '';
  private docWhole = false;

  /**
   * Scans a whole document once (LiteralPool.scanDocument: not again when another matcher of
   * the pool just did), so that its sentences can then be prepared from its hits (prepareSpan)
   * instead of being copied and scanned one by one. Returns true (the whole document was scanned).
   */
  scanDocument(doc: string): boolean {
    this.automaton();
    this.pool.scanDocument(doc);
    this.doc = doc;
    this.docNext = this.docDone = 0;
    this.docWhole = true;
    return true;
  }

  /**
   * Prepares `text`, the span [start, end) of the document of the last scanDocument, as
   * `prepare(text)` would: from the document's hits that lie inside the span. Spans come in
   * document order; one that does not (or that a word character precedes, where the document's
   * scan dropped the literals that must start a word) is scanned itself.
   */
  prepareSpan(text: string, start: number, end: number): void {
    const doc = this.doc;
    if (
      !this.docWhole ||
      start < this.docDone || end - start !== text.length || (start > 0 && isWordChar(doc.charCodeAt(start - 1)))
    ) {
      this.prepare(text);
      if (start >= this.docDone) this.docDone = end;
      return;
    }
    this.docDone = end;
    this.text = text;
    this.clearHits();
    const { docIds, docStarts, docCount } = this.pool;
    const { lengths } = this.pool.literals;
    let h = this.docNext;
    for (; h < docCount; h++) {
      const id = docIds[h]!;
      const at = docStarts[h]!;
      if (at + lengths[id]! > end) break;
      if (at >= start) this.addHit(id, at - start);
    }
    this.docNext = h;
  }

  /** Can regex `i` match the prepared text at all? */
  candidate(i: number): boolean {
    return this.seen[i] === this.full[i];
  }

  /** `regexes[i].exec(text)` for the prepared text. */
  exec(i: number): RegExpExecArray | null {
    if (this.seen[i] !== this.full[i]) return null;
    const sticky = this.sticky[i];
    if (!sticky) return this.regexes[i]!.exec(this.text);
    const n = this.startsOf(i);
    const sorted = this.sorted;
    let last = -1;
    for (let k = 0; k < n; k++) {
      const p = sorted[k]!;
      if (p === last) continue;
      last = p;
      sticky.lastIndex = p;
      const m = sticky.exec(this.text);
      if (m) return m;
    }
    return null;
  }

  test(i: number): boolean {
    return this.exec(i) !== null;
  }

  /**
   * The first match of regex `i` in the prepared text that starts at or after `from` where
   * `accept` takes its start: what exec from `from`, tried again one past each start refused,
   * finds — run only at the candidate starts.
   */
  execFrom(i: number, from: number, accept: (start: number) => boolean): RegExpExecArray | null {
    if (this.seen[i] !== this.full[i]) return null;
    const sticky = this.sticky[i];
    if (!sticky) {
      const re = this.regexes[i]!;
      const global = (this.globals[i] ??= new RegExp(re.source, `${re.flags}g`));
      global.lastIndex = from;
      for (let m = global.exec(this.text); m; m = global.exec(this.text)) {
        if (accept(m.index)) return m;
        global.lastIndex = m.index + 1;
      }
      return null;
    }
    // The starts are sorted once a prepared text (calls from successive `from`s would each sort
    // them all: quadratic), and found from `from` by bisection.
    if (this.fromRegex !== i) {
      const n = this.startsOf(i); // (may replace `sorted` by a longer one)
      this.fromStarts = this.sorted.slice(0, n);
      this.fromRegex = i;
    }
    const starts = this.fromStarts;
    let lo = 0;
    for (let hi = starts.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    let last = -1;
    for (let k = lo; k < starts.length; k++) {
      const p = starts[k]!;
      if (p === last) continue;
      last = p;
      sticky.lastIndex = p;
      const m = sticky.exec(this.text);
      if (m && accept(p)) return m;
    }
    return null;
  }

  /** The regex whose sorted starts in the prepared text execFrom keeps (-1: none), and those starts. */
  private fromRegex = -1;
  private fromStarts = new Int32Array(0);

  /**
   * How many matches regex `i` has in the prepared text, as a loop of a global copy's `exec`
   * counts them: the leftmost match, then the leftmost after its end. Every match starts at a
   * candidate position, so the first candidate at or after the end where the sticky copy
   * matches is the leftmost match there.
   */
  count(i: number): number {
    if (this.seen[i] !== this.full[i]) return 0;
    const sticky = this.sticky[i];
    if (!sticky) {
      const re = this.regexes[i]!;
      const global = (this.globals[i] ??= new RegExp(re.source, `${re.flags}g`));
      global.lastIndex = 0;
      let n = 0;
      for (let m = global.exec(this.text); m; m = global.exec(this.text)) {
        n++;
        if (m[0].length === 0) global.lastIndex++;
      }
      return n;
    }
    const count = this.startsOf(i);
    const sorted = this.sorted;
    let n = 0;
    let from = 0;
    for (let k = 0; k < count; k++) {
      const p = sorted[k]!;
      if (p < from) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(this.text);
      if (!m) continue;
      n++;
      from = p + Math.max(1, m[0].length);
    }
    return n;
  }

  private readonly globals: RegExp[] = [];
}

/**
 * Several regexes asked about the same text, one literal scan for all of them: `count(re,
 * text)` is the number of matches of `re` (as a global exec loop counts them), `test(re, text)`
 * is `re.test(text)`. The text (a whole document: prepareWhole) is scanned again only when it changes. Register the regexes
 * first (`register`), so that the literal automaton is built once.
 */
export class SharedScan {
  private readonly matcher: MultiMatcher;
  private readonly ids = new Map<RegExp, number>();
  private text: string | undefined;

  /** `pool`: as MultiMatcher's. */
  constructor(pool?: LiteralPool) {
    this.matcher = new MultiMatcher(true, pool);
  }

  register(...regexes: RegExp[]): this {
    for (const re of regexes) this.index(re);
    return this;
  }

  /**
   * Registers a regex every match of which starts with one of `literals` (lower case; the scan
   * folds case, the regex checks it): `spans` then runs it only where they occur.
   */
  registerStarts(re: RegExp, literals: readonly string[]): this {
    if (!this.ids.has(re)) {
      this.ids.set(re, this.matcher.addLiterals(literals, withoutState(re)));
      this.text = undefined; // the automaton changes: scan again
    }
    return this;
  }

  private index(re: RegExp): number {
    let i = this.ids.get(re);
    if (i === undefined) {
      i = this.matcher.add(withoutState(re));
      this.ids.set(re, i);
      this.text = undefined; // the automaton changes: scan again
    }
    return i;
  }

  private scanned(text: string): void {
    if (this.text === text) return;
    this.matcher.prepareWhole(text);
    this.text = text;
    this.counts.clear();
  }

  /** The counts of the scanned text, by regex (a count asked twice — detection's vocabulary — is run once). */
  private readonly counts = new Map<number, number>();

  count(re: RegExp, text: string): number {
    const i = this.index(re);
    this.scanned(text);
    let n = this.counts.get(i);
    if (n === undefined) this.counts.set(i, (n = this.matcher.count(i)));
    return n;
  }

  test(re: RegExp, text: string): boolean {
    const i = this.index(re);
    this.scanned(text);
    return this.matcher.test(i);
  }

  /** MultiMatcher.execFrom for `re` over `text`. */
  execFrom(re: RegExp, text: string, from: number, accept: (start: number) => boolean): RegExpExecArray | null {
    const i = this.index(re);
    this.scanned(text);
    return this.matcher.execFrom(i, from, accept);
  }

  /** The matches of `re` in `text`, as pairs [start, end], as a global exec loop finds them. */
  spans(re: RegExp, text: string): number[] {
    const i = this.index(re);
    this.scanned(text);
    return this.matcher.spans(i);
  }
}

/** A copy of a regex without the g and y flags (whose lastIndex is state), or the regex itself. */
function withoutState(re: RegExp): RegExp {
  return re.global || re.sticky ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re;
}

/** Lists → [offsets, values]: list k is values[offsets[k] … offsets[k + 1]). */
function flatten(lists: number[][]): [Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>] {
  const from = new Int32Array(lists.length + 1);
  lists.forEach((l, k) => (from[k + 1] = from[k]! + l.length));
  const values = new Int32Array(from[lists.length]!);
  lists.forEach((l, k) => values.set(l, from[k]!));
  return [from, values];
}
