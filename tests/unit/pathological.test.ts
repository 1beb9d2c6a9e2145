/**
 * The whole analyzer on pathological inputs stays (near) linear: text 16× as long never takes
 * 256× as long (quadratic). Inputs: runs of the characters that regexes and the sentence
 * splitter react to, unpunctuated walls of policy words, and the attack strings that recheck
 * found for the regexes it flags as polynomial (tests/unit/redos-verdicts.json).
 * A ratio of times on this machine, not a fixed time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/label';

interface Verdict {
  complexity?: string;
  pumps?: { prefix: string; pump: string }[];
  suffix?: string;
}
const verdicts = JSON.parse(readFileSync(new URL('./redos-verdicts.json', import.meta.url), 'utf8')) as Record<string, Verdict>;

/** An input of about `chars` characters. */
type Gen = (chars: number) => string;
const rep = (unit: string): Gen => (chars) => unit.repeat(Math.ceil(chars / unit.length));

const INPUTS: [string, Gen][] = [
  // A run that does not end a sentence: the splitter must not retry it from every position.
  ['"!" run', (n) => `${'!'.repeat(n)}x`],
  ['"." run (dot leaders)', (n) => `Contents ${'.'.repeat(n)} 3`],
  ['"?" run', (n) => `Why${'?'.repeat(n)}\u0000`],
  ['spaces', (n) => `We collect ${' '.repeat(n)} email.`],
  ['tabs and newlines', rep('\t\n')],
  ['one endless word', rep('a')],
  ['unpunctuated policy words', rep('we do not sell share or collect your personal information with third parties for advertising ')],
  ['negations', rep('We do not never will not ')],
  ['question and bare answer', rep('Does it share? No\n')],
  // Date labels without a date, far apart from line breaks: each reads a bounded window only.
  ['date labels', rep('Effective updated last revised as of ')],
  ['number words without a unit', rep('seventy-two (72) twenty four ')],
  ['digits', rep('0 ')],
  ['e-mail-like', rep('a.b+c@')],
  ['brackets', rep('([')],
  ['bullets', rep('- \n')],
  ['capitalised names', rep('Acme & Co. ')],
  ['quotes', rep('“”"\'’')],
  ['bidi and zero-width', rep('\u202E\u200B\u200D\uFEFF')],
  ...Object.entries(verdicts)
    .filter(([, v]) => v.complexity === 'polynomial' && v.pumps?.length)
    .map(([key, v]): [string, Gen] => [
      `attack on ${key.slice(0, 50)}`,
      (chars) => {
        const unit = v.pumps!.reduce((a, p) => a + p.pump.length, 0);
        const n = Math.ceil(chars / unit);
        return v.pumps!.map((p) => p.prefix + p.pump.repeat(n)).join('') + (v.suffix ?? '');
      },
    ]),
];

const NOW = new Date('2026-01-01');
function time(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    analyze(text, { now: NOW });
    best = Math.min(best, performance.now() - t0);
    if (best > 1000) break; // already far too slow: no need for the best of five
  }
  return Math.max(best, 0.05);
}

describe('the analyzer on pathological inputs', () => {
  /**
   * 16× the text may take at most 128× the time: linear is 16×, quadratic 256×. The span and
   * the margin are wide because this machine is shared (a run can be 3× slower than the next)
   * and because long texts cost more per character (memory, GC): on a loaded machine 100 K →
   * 1.6 M chars measured 30–70×. This catches quadratic behaviour, not constant factors.
   */
  it.each(INPUTS)('stays linear on %s', (_name, gen) => {
    const base = 100_000;
    analyze(gen(base / 10), { now: NOW }); // warm up: compiled code and regexes, not the first run
    const t1 = time(gen(base));
    // A quadratic analyzer would take minutes on the long text: stop when the short one is slow.
    const t16 = t1 > 1000 ? Infinity : time(gen(16 * base));
    expect(t16 / t1, `t(${base} chars) = ${t1.toFixed(1)} ms, t(${16 * base} chars) = ${t16.toFixed(1)} ms`).toBeLessThanOrEqual(128);
  });
});
