/**
 * Catastrophic backtracking: every regular expression that the analyzer and the CLI run on
 * page text or user files is checked by `recheck` (a ReDoS checker that proves exponential or
 * polynomial backtracking and gives the attack string). Verdicts are cached in
 * `redos-verdicts.json`, keyed by the regex, so only new or changed regexes are re-checked;
 * `REDOS_UPDATE=1` re-checks all and rewrites the cache.
 *
 * - exponential: none allowed;
 * - polynomial: the attack string recheck found, at 4× the length, may take at most 32× the
 *   time (a ratio, measured on this machine, not a fixed time: a quadratic regex, 16×, passes
 *   with room for a loaded machine's noise; a cubic one, 64×, fails) — and the whole analyzer stays linear on those inputs (properties test).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { inventory } from './regex-inventory';

/** t(4n) / t(n) at most: quadratic is 16, cubic 64; the rest is room for timer noise under load. */
const MAX_GROWTH = 32;

const CACHE = new URL('./redos-verdicts.json', import.meta.url).pathname;

interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: string;
  degree?: number;
  /** The attack as recheck gave it: prefix + pump × n, …, then suffix. */
  pumps?: { prefix: string; pump: string }[];
  suffix?: string;
  error?: string;
}
type Cache = Record<string, Verdict>;

function check(source: string, flags: string): Verdict {
  const r = checkSync(source, flags, { timeout: 20_000 });
  if (r.status === 'safe') return { status: 'safe', complexity: r.complexity.type };
  if (r.status === 'vulnerable') {
    return {
      status: 'vulnerable',
      complexity: r.complexity.type,
      ...(r.complexity.type === 'polynomial' ? { degree: r.complexity.degree } : {}),
      pumps: r.attack.pumps.map((p) => ({ prefix: p.prefix, pump: p.pump })),
      suffix: r.attack.suffix,
    };
  }
  return { status: 'unknown', error: r.error.kind };
}

/** The attack string of a verdict, its pumps repeated n times. */
export function attack(v: Verdict, n: number): string {
  return (v.pumps ?? []).map((p) => p.prefix + p.pump.repeat(n)).join('') + (v.suffix ?? '');
}

/** Best of three timings of running `re` over `s` as the analyzer does (every match). */
function time(re: RegExp, s: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const g = new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}g`);
    const t0 = performance.now();
    for (let m = g.exec(s); m; m = g.exec(s)) if (m[0] === '') g.lastIndex++;
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * How the time grows when the attack string is 4× as long: t(4n)/t(n), with n large enough to
 * measure. V8 switches a regex from its interpreter to native code and grows its backtrack stack
 * along the way, which can make one size look slow; so the smaller of t(4n)/t(n) and t(8n)/t(2n)
 * is the figure (a quadratic regex gives 16 for both).
 */
export function growth(re: RegExp, v: Verdict): { ratio: number; length: number } {
  const unit = (v.pumps ?? []).reduce((a, p) => a + p.pump.length, 0) || 1;
  let n = Math.ceil(500 / unit);
  while (time(re, attack(v, n)) < 10 && n * unit < 200_000) n *= 2;
  const [t1, t2, t4, t8] = [1, 2, 4, 8].map((k) => Math.max(time(re, attack(v, k * n)), 0.05)) as [number, number, number, number];
  return { ratio: Math.min(t4 / t1, t8 / t2), length: attack(v, n).length };
}

describe('regular expressions against catastrophic backtracking', async () => {
  const found = await inventory();
  const cache: Cache = existsSync(CACHE) && !process.env.REDOS_UPDATE ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Cache) : {};
  const verdicts: Cache = {};
  let checked = 0;
  for (const [key, r] of found) {
    const cached = cache[key];
    if (cached) verdicts[key] = cached;
    else {
      verdicts[key] = check(r.source, r.flags);
      checked++;
    }
  }
  // Rewrite the cache with exactly the regexes that exist now (sorted, for stable diffs).
  if (checked || Object.keys(cache).length !== found.size) {
    const sorted = Object.fromEntries(Object.keys(verdicts).sort().map((k) => [k, verdicts[k]!]));
    writeFileSync(CACHE, `${JSON.stringify(sorted, null, 1)}\n`);
  }

  it(`finds the regexes of the rule tables and analyzer modules (${found.size})`, () => {
    expect(found.size).toBeGreaterThan(200);
    const places = [...found.values()].flatMap((r) => r.where).join('\n');
    for (const file of ['analyzer/rules/sharing.ts', 'analyzer/text.ts', 'analyzer/cues.ts', 'analyzer/polarity.ts', 'cli/input.ts']) expect(places).toContain(file);
  });

  it('has no regex with exponential backtracking', () => {
    const bad = [...found].filter(([k]) => verdicts[k]!.complexity === 'exponential').map(([k, r]) => `${r.where.join(', ')}: ${k}`);
    expect(bad).toEqual([]);
  });

  // recheck gives up (times out) on a few very large alternations: those must stay linear on
  // generic pathological inputs instead — runs of letters, words, spaces and quotes that never
  // complete a match.
  const undecided = [...found].filter(([k]) => verdicts[k]!.status === 'unknown');
  const GENERIC = ['a', 'we ', 'A ', "a'", 'Aa-', ' ', 'we we ', 'information ', 'Daten ', 'x, ', '. ', 'no any '];
  it.each(undecided.map(([k, r]) => [r.where[0]!, k, r] as const))('undecided %s grows at most ~quadratically on generic inputs', (_where, _key, r) => {
    const re = new RegExp(r.source, r.flags);
    for (const unit of GENERIC) {
      const { ratio, length } = growth(re, { status: 'unknown', pumps: [{ prefix: '', pump: unit }], suffix: '\u0000' });
      expect(ratio, `${JSON.stringify(unit)} × ${length / unit.length}`).toBeLessThanOrEqual(MAX_GROWTH);
    }
  });

  const polynomial = [...found].filter(([k]) => verdicts[k]!.complexity === 'polynomial');
  it.each(polynomial.map(([k, r]) => [r.where[0]!, k, r] as const))('polynomial %s grows at most ~quadratically on its attack string', (_where, key, r) => {
    const { ratio, length } = growth(new RegExp(r.source, r.flags), verdicts[key]!);
    expect(ratio, `${key} on ${length} chars`).toBeLessThanOrEqual(MAX_GROWTH);
  });
});
