import { describe, expect, it } from 'vitest';
import { prng } from '../../analyzer/classifier-mlp';
import { policyBootstrap, score } from '../../scripts/eval-classify.mjs';

/**
 * The held-out interval of `npm run eval`: how far the held-out paragraphs pin the F1 down,
 * resampling whole policies (their paragraphs come together, not one by one).
 */
const CATS = ['First Party Collection/Use', 'Data Security'];
const rows = (policy: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${policy}#${i}`, categories: [CATS[i % 2]!] }));

describe('policyBootstrap', () => {
  it('gives 1–1 when every paragraph is right', () => {
    const r = [...rows('a', 20), ...rows('b', 20)];
    expect(policyBootstrap(CATS, r, r.map((x) => x.categories), prng(1))).toMatchObject({ micro: [1, 1], macro: [1, 1] });
  });

  it('resamples policies, not paragraphs: one right policy and one wrong one span 0 to 1', () => {
    // 100 paragraphs drawn one by one would put micro-F1 near 0.5 every time; two policies
    // drawn whole give all-right, all-wrong or half, and the interval shows it.
    const r = [...rows('right', 50), ...rows('wrong', 50)];
    const predicted = r.map((x, i) => (i < 50 ? x.categories : [CATS.find((c) => c !== x.categories[0])!]));
    const { micro } = policyBootstrap(CATS, r, predicted, prng(1));
    expect(micro[0]).toBe(0);
    expect(micro[1]).toBe(1);
  });

  it('brackets the figure of the whole set and is the same on every run', () => {
    const r = Array.from({ length: 30 }, (_, p) => rows(`p${p}`, 10)).flat();
    // Policy p gets its first p % 4 paragraphs wrong (no category).
    const predicted = r.map((x) => (Number(x.id.split('#')[1]) < Number(x.id.slice(1).split('#')[0]) % 4 ? [] : x.categories));
    const whole = score(CATS, r, predicted).micro.f1;
    const first = policyBootstrap(CATS, r, predicted, prng(1));
    expect(first.micro[0]).toBeLessThan(whole);
    expect(first.micro[1]).toBeGreaterThan(whole);
    expect(policyBootstrap(CATS, r, predicted, prng(1))).toEqual(first);
  });
});
