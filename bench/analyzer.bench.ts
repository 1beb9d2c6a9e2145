/**
 * Analyzer benchmark in Node: per-policy latency over ../shared/corpus/privacy (or the seeds
 * when the corpus is absent), throughput, and scaling on 1×…64× concatenations.
 * Run through `npm run bench` (bundled by esbuild, run on plain Node).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyzer/label';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: { max?: number; min?: number };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))]!;
}

function timeOnce(text: string): number {
  const t0 = performance.now();
  analyze(text);
  return performance.now() - t0;
}

/** The median of `runs` timings of one text. */
function timeText(text: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeOnce(text));
  return median(times);
}

export function analyzerFigures(root: string): Figure[] {
  const corpusDir = join(root, '../shared/corpus/privacy');
  const seedsDir = join(root, 'tests/fixtures/seeds');
  const dir = existsSync(corpusDir) ? corpusDir : seedsDir;
  const files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f));
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const figures: Figure[] = [];
  const source = dir === corpusDir ? 'corpus' : 'seeds';

  // Warm up the JIT on a few texts first.
  for (const t of texts.slice(0, 20)) analyze(t);

  const per = texts.map((t) => timeText(t, 3));
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const total = per.reduce((a, b) => a + b, 0);
  figures.push({ name: `analyzer p50 per policy (${source}, ${texts.length})`, value: median(per), unit: 'ms', budget: { max: 2 } });
  figures.push({ name: `analyzer p95 per policy (${source})`, value: percentile(per, 95), unit: 'ms' });
  figures.push({ name: `analyzer max per policy (${source})`, value: Math.max(...per), unit: 'ms' });
  figures.push({ name: `analyzer throughput (${source}, ${(chars / 1e6).toFixed(1)} M chars)`, value: chars / 1e6 / (total / 1000), unit: 'M chars/s', budget: { min: 20 } });

  const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
  const largestSeed = seedFiles.map((f) => join(seedsDir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
  figures.push({ name: 'analyzer on the largest seed', value: timeText(readFileSync(largestSeed, 'utf8'), 20), unit: 'ms' });

  // Scaling: the median policy concatenated 1×…64×.
  const medianText = [...texts].sort((a, b) => a.length - b.length)[Math.floor(texts.length / 2)]!;
  const base = timeText(medianText, 10);
  for (const k of [8, 64]) {
    const big = Array.from({ length: k }, () => medianText).join('\n\n');
    const t = timeText(big, k === 64 ? 2 : 4);
    figures.push({ name: `scaling ${k}× median policy: time / (${k} × 1× time)`, value: t / (k * base), unit: 'ratio', budget: { max: 1.2 } });
  }
  return figures;
}
