import { describe, expect, it } from 'vitest';
import { policyTexts } from './policy-texts';
import { LiteralPool, MultiMatcher, requirementOf, SharedScan, WORD_START } from '../../analyzer/prefilter';
import { RULE_TABLES } from '../../analyzer/rules';
import { findAll, findInSentence, type Finding } from '../../analyzer/engine';
import { blocksFromPlainText, sentencesOf, type Sentence } from '../../analyzer/text';
import { countRuns } from '../../analyzer/runs';

/**
 * The prefilter (analyzer/prefilter.ts) must change nothing but speed: matching through it
 * equals running every regex on every sentence.
 */

const show = (lits: string[] | null | undefined) => (lits ? lits.map((l) => l.replace(WORD_START, '^')) : null);

describe('requirementOf', () => {
  it.each([
    [/\bcookies?\b/i, [['^cookie']], ['^cookie']],
    // "data" is everywhere: a clause of it would filter nothing.
    [/\b(?:sell|rent)\b[^.]{0,60}?\bpersonal\b/i, [['^personal'], ['^sell', '^rent']], ['^sell', '^rent']],
    [/\b(?:sell|rent)\b[^.]{0,60}?\bdata\b/i, [['^sell', '^rent']], ['^sell', '^rent']],
    // Starts are read on through what follows, up to 9 characters (the pool's literals).
    [/(?:unique )?device id/i, [['device id']], ['unique de', 'device id']],
    // Every match starts with one of its starts: they replace the clause they each begin with.
    [/\b(?:e-mail|email) address/i, [[' address'], ['^e-mail ad', '^email add']], ['^e-mail ad', '^email add']],
    // "inform " rather than "inform", which "information" holds: `\s` is read as a space (the
    // scan gives every character of `\s` the space's class).
    [/\b(?:notify|inform)\s(?:you|users)\b/i, [['^notify yo', '^notify us', '^inform yo', '^inform us']], ['^notify yo', '^notify us', '^inform yo', '^inform us']],
    [/[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,100}/i, [['@']], null],
    // Digits and common words start matches too; a one-letter word does not (a hit at most words).
    [/\d+ days/i, [[' days']], [...'0123456789']],
    // "for" and "to" alone would start a run in every other sentence.
    [/\b(?:for|to) your records\b/i, [[' your records']], ['^for your ', '^to your r']],
    // A start that begins another makes it needless ("cookies" after "cookie").
    [/\b(?:cookie|cookies|cookie banner)\b/i, [['^cookie', '^cookies', '^cookie banner']], ['^cookie']],
    [/\b(?:a|one)[\s-]day\b/i, [['day']], null],
    [/(?<!do not )\bsell\b/i, [['^sell']], ['^sell']],
    // A small class is read as the few spellings of its run.
    [/\br[ée]siliation\b/i, [['^résiliation', '^resiliation']], ['^résiliati', '^resiliati']],
    [/\bthird[- ]part(?:y|ies)\b/i, [['^third-part', '^third part']], ['^third-par', '^third par']],
    // More spellings than MAX_SPELLINGS (8): the run is cut before the class that would pass it
    // ("ayz" or "eyz" is too weak a clause to keep).
    // (Starts, read on: 16 spellings of 7 characters, within MAX_STARTS.)
    // (The starts, each of which begins with one of those, are then the clause.)
    [/\b[ae][ae][ae]x[ae]yz\b/i, [['aaa', 'aae', 'aea', 'aee', 'eaa', 'eae', 'eea', 'eee'].flatMap((p) => [`^${p}xayz`, `^${p}xeyz`])], ['aaa', 'aae', 'aea', 'aee', 'eaa', 'eae', 'eea', 'eee'].flatMap((p) => [`^${p}xayz`, `^${p}xeyz`])],
    // Past MAX_STARTS (24) spellings, the starts stop where they were.
    [/\b[ae][ae][ae][ae][ae]x\b/i, [['aaaa', 'aaae', 'aaea', 'aaee', 'aeaa', 'aeae', 'aeea', 'aeee', 'eaaa', 'eaae', 'eaea', 'eaee', 'eeaa', 'eeae', 'eeea', 'eeee'].map((p) => `^${p}`)], ['aaaa', 'aaae', 'aaea', 'aaee', 'aeaa', 'aeae', 'aeea', 'aeee', 'eaaa', 'eaae', 'eaea', 'eaee', 'eeaa', 'eeae', 'eeea', 'eeee'].map((p) => `^${p}`)],
  ] as const)('%s', (re, clauses, starts) => {
    const req = requirementOf(re);
    expect(req?.clauses.map((c) => show(c))).toEqual(clauses);
    expect(show(req?.starts)).toEqual(starts);
  });

  it('requires nothing of what it does not understand', () => {
    expect(requirementOf(/\w{1,4}/i)).toBeNull();
    expect(requirementOf(/(?:a|\w+)/i)).toBeNull();
    expect(requirementOf(/x?/i)).toBeNull();
  });

  it('reads a digit as one of ten literals (a phone number needs a digit)', () => {
    const digits = [...'0123456789'];
    expect(requirementOf(/(?:^|\n)\(?\d{2,4}\)?[ .-]?\d{3}/i)).toEqual({ clauses: [digits], starts: null });
    // Weak: a word, when there is one, is required instead.
    expect(requirementOf(/\d{1,2} cookies/i)?.clauses).toEqual([[' cookies']]);
  });
});

describe('MultiMatcher', () => {
  const regexes = RULE_TABLES.flatMap((t) => t.rules.map((r) => r.pattern));
  const texts = [
    'We do NOT Sell your Personal Information.',
    'COOKIES, Web Beacons and PIXEL TAGS are used by our partners.',
    'Kelvin \u212Aookies and \u0130stanbul cookies: the prefilter must not lose either.',
    'Write to us at 1415 Main Street, Suite 200, or at privacy@example.com.',
    'We keep backups for up to one year, and logs for seventy-two (72) hours.',
    'If you are located in the EEA, Standard Contractual Clauses apply to transfers.',
    '',
  ];

  it('answers exec as each regex does', () => {
    const m = new MultiMatcher();
    const ids = regexes.map((re) => m.add(re));
    for (const text of texts) {
      m.prepare(text);
      ids.forEach((id, k) => {
        const a = m.exec(id);
        const b = regexes[k]!.exec(text);
        expect(a && [a.index, a[0]], `${regexes[k]} on "${text}"`).toEqual(b && [b.index, b[0]]);
      });
    }
  });

  it('counts the matches of every regex as a global exec loop does, on seeds and corpus policies', () => {
    const scan = new SharedScan().register(...regexes);
    for (const [name, text] of [...texts.map((t): [string, string] => [t, t]), ...sample()]) {
      for (const re of regexes) {
        const global = new RegExp(re.source, `${re.flags}g`);
        let n = 0;
        while (global.exec(text)) n++;
        expect(scan.count(re, text), `${re} in ${name.slice(0, 40)}`).toBe(n);
        expect(scan.test(re, text)).toBe(n > 0);
      }
    }
  });

  it('answers as before when two matchers share one scan of a document (a pool)', () => {
    const pool = new LiteralPool();
    const counted = [/\bcookies?\b/gi, /\b(?:we|us) (?:collect|use)\b/gi, /\bl.utilisateur\b/gi];
    const scan = new SharedScan(pool).register(...counted);
    const m = new MultiMatcher(false, pool);
    const ids = regexes.map((re) => m.add(re));
    // The first text: the second matcher adds its literals after the first scanned (a new scan);
    // the next ones: one scan serves both.
    for (const text of [...texts, ...sample().slice(0, 4).map(([, t]) => t)]) {
      for (const re of counted) expect(scan.count(re, text)).toBe(text.match(re)?.length ?? 0);
      m.scanDocument(text);
      m.prepareSpan(text, 0, text.length);
      ids.forEach((id, k) => {
        const a = m.exec(id);
        const b = regexes[k]!.exec(text);
        expect(a && [a.index, a[0]], `${regexes[k]} on "${text.slice(0, 40)}"`).toEqual(b && [b.index, b[0]]);
      });
    }
  });

  it('answers as before when a literal that must start a word and its unmarked twin belong to two matchers (one hit for both)', () => {
    // "inform" at a word start is one hit of the marked literal; the matcher that owns only the
    // unmarked one must still see it, whichever matcher registered its literals first.
    const text = 'We inform you. Uninformed readers are informed. INFORM. reinform';
    const words = [/\binform\w*/gi, /inform(?:ed)?\b/gi];
    for (const order of [0, 1]) {
      const pool = new LiteralPool();
      const a = new SharedScan(pool);
      const b = new SharedScan(pool);
      const [first, second] = order ? [b, a] : [a, b];
      first.register(words[0]!);
      expect(first.count(words[0]!, text)).toBe(3);
      second.register(words[1]!);
      for (const t of [text, 'We inform you, informed, INFORM.']) {
        expect(a.count(words[0]!, t), `order ${order}`).toBe(t.match(words[0]!)!.length);
        expect(b.count(words[1]!, t), `order ${order}`).toBe(t.match(words[1]!)!.length);
      }
    }
  });

  it('answers for the first characters of the document it scanned as for a scan of them (detection reads the first 400 000)', () => {
    const counted = [/\bcookies?\b/gi, /\b(?:we|us) (?:collect|use)\b/gi, /\b(?:share|sell)\w*\b/gi];
    for (const [name, text] of sample().slice(0, 6)) {
      const pool = new LiteralPool();
      const scan = new SharedScan(pool).register(...counted);
      const m = new MultiMatcher(false, pool);
      const ids = regexes.map((re) => m.add(re));
      m.scanDocument(text);
      // Cut inside a word and between words; counted from the whole text's scan, then alone.
      for (const cut of [Math.floor(text.length / 3), text.indexOf(' ', text.length >> 1), text.length - 1]) {
        const prefix = text.slice(0, cut);
        for (const re of counted) expect(scan.count(re, prefix), `${re} in ${name} cut at ${cut}`).toBe(prefix.match(re)?.length ?? 0);
        m.scanDocument(text);
        m.prepareSpan(text, 0, text.length);
        ids.forEach((id, k) => {
          const a = m.exec(id);
          const b = regexes[k]!.exec(text);
          expect(a && [a.index, a[0]], `${regexes[k]} on ${name}`).toEqual(b && [b.index, b[0]]);
        });
      }
    }
  });

  it('counts words and runs in the scan as wordsAndRuns does (countWords)', () => {
    const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
    const mixed = 'Don’t sell-my data 2024 ’quoted’ - 𝐀𝐁 x😀y \ud800 lone \udc00 end\u2003wide\u00a0nbsp\ttab';
    // Long texts are read as two halves side by side (LiteralSet.scanCounting), the second from a
    // space on: with surrogates, without, of odd length, and without a space in the second half.
    const long = [mixed.repeat(80), 'Don’t sell-my data, e-mail ’quoted’ - x\u2003y\u00a0z\t'.repeat(97) + 'x', `${'a b '.repeat(600)}${'x'.repeat(1500)}`, `${'x '.repeat(1200)}y`];
    const cases = [mixed, '😀😀 a😀 \ud83d', ...long, ...texts, ...sample().slice(0, 4).map(([, t]) => t)];
    const pool = new LiteralPool();
    new MultiMatcher(false, pool).add(/\bcookies?\b/i);
    for (const text of cases) {
      for (const limit of [0, 1, 7, 23, 1000, 400_000]) {
        expect(pool.countWords(text, limit)).toBe(text.match(WORDS)?.length ?? 0);
        if (limit > 0) expect(pool.runs).toBe(countRuns(text.slice(0, limit)));
      }
    }
  });

  it('finds from any position, past refused starts, what exec from there finds (execFrom)', () => {
    const re = /\b(?:cookies?|we (?:collect|use))\b/i;
    const scan = new SharedScan().register(re);
    // Refuse every other start: the search goes on one past a refused one.
    const accept = (p: number) => p % 2 === 0;
    for (const [name, text] of [...texts.map((t): [string, string] => [t, t]), ...sample().slice(0, 6)]) {
      const global = new RegExp(re.source, 'gi');
      for (const from of [0, 1, text.length >> 2, text.length >> 1, text.length]) {
        global.lastIndex = from;
        let expected = global.exec(text);
        while (expected && !accept(expected.index)) {
          global.lastIndex = expected.index + 1;
          expected = global.exec(text);
        }
        const found = scan.execFrom(re, text, from, accept);
        expect(found && [found.index, found[0]], `${name.slice(0, 40)} from ${from}`).toEqual(expected && [expected.index, expected[0]]);
      }
    }
  });

  it('refuses global and sticky regexes (their lastIndex is state)', () => {
    expect(() => new MultiMatcher().add(/x/g)).toThrow();
    expect(() => new MultiMatcher().add(/x/y)).toThrow();
  });
});

function naive(sentences: readonly Sentence[]): Finding[] {
  const out: Finding[] = [];
  for (const s of sentences) {
    if (s.isQuestion && !s.answer) continue;
    for (const table of RULE_TABLES) for (const rule of table.rules) findInSentence(table, rule, s, out);
  }
  return out;
}

const key = (f: Finding) => `${f.rule}|${f.evidence.start}|${f.polarity}|${f.value ?? ''}|${f.detail ?? ''}|${f.hedged}|${f.scoped ?? false}`;

const sample = (): [string, string][] => policyTexts(20);

describe('findAll through the prefilter equals every rule on every sentence', () => {
  it.each(sample())('%s', (_name, text) => {
    const sentences = sentencesOf(text, blocksFromPlainText(text));
    const expected = naive(sentences).map(key).sort();
    expect(findAll(RULE_TABLES, sentences).map(key).sort()).toEqual(expected);
    // One scan of the whole text, read sentence by sentence, finds the same.
    expect(findAll(RULE_TABLES, sentences, false, text).map(key).sort()).toEqual(expected);
  });
});

describe('findAll over the whole text', () => {
  // A sentence that a word character precedes (blocks cut mid-word by a caller), and blocks out
  // of order: the scan of the whole text cannot serve them, and they are scanned alone.
  const text = 'xcookies are used by us. We sell your personal information to advertisers.\nWe use web beacons.';
  const second = text.indexOf('We sell');
  const third = text.indexOf('We use');
  it.each([
    ['a sentence right after a word character', [{ kind: 'paragraph' as const, start: 1, end: text.length }]],
    ['blocks out of order', [{ kind: 'paragraph' as const, start: third, end: text.length }, { kind: 'paragraph' as const, start: 0, end: third - 1 }]],
    ['overlapping blocks', [{ kind: 'paragraph' as const, start: second, end: text.length }, { kind: 'paragraph' as const, start: 0, end: text.length }]],
  ])('%s', (_name, blocks) => {
    const sentences = sentencesOf(text, blocks);
    const found = findAll(RULE_TABLES, sentences, false, text).map(key).sort();
    expect(found).toEqual(naive(sentences).map(key).sort());
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('countRuns (the word count of detection)', () => {
  it('counts as /\\S+/g does, with every kind of space', () => {
    const odd = 'a\u00a0b\u1680c\u2000d\u200ae\u2028f\u2029g\u202fh\u205fi\u3000j\ufeffk\u0085l\u200bm\tn\vo\fp\rq\nr  ';
    for (const [, text] of [['odd', odd], ['', ''], ['  x  ', '  x  '], ...sample().slice(0, 8)]) {
      expect(countRuns(text!)).toBe(text!.match(/\S+/g)?.length ?? 0);
    }
  });
});
