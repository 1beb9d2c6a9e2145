/**
 * A/B aid for the analyzer (not part of `npm run bench`): two builds of analyzer/label.ts in one
 * process analyse ../shared/corpus/privacy document by document, alternately (the order swapped
 * every document and round), so that the machine's load falls on both alike. Per document, the
 * median of the rounds; the figure is the sum of those medians (CPU time, and wall time).
 *   git archive HEAD analyzer | tar -x -C /tmp/base     # a snapshot before a change; then
 *   node bench/ab-analyzer.mjs /tmp/base . 5
 * A and B are directories holding analyzer/ (a worktree or a snapshot).
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [dirA, dirB, roundsArg = '5'] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node bench/ab-analyzer.mjs DIR_A DIR_B [ROUNDS]');
  process.exit(2);
}
const rounds = Number(roundsArg);
const load = async (name, dir) => {
  const out = `/tmp/ab-analyzer-${process.pid}-${name}.mjs`;
  await build({
    stdin: { contents: "export { analyze } from './analyzer/label';", resolveDir: resolve(dir), loader: 'ts' },
    outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  });
  return (await import(out)).analyze;
};
const analyzers = [await load('A', dirA), await load('B', dirB)];
const corpus = resolve(import.meta.dirname, '../../shared/corpus/privacy');
const files = readdirSync(corpus).sort();
const texts = files.map((f) => readFileSync(`${corpus}/${f}`, 'utf8'));
const chars = texts.reduce((a, t) => a + t.length, 0);
const now = new Date('2026-01-01');
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const wall = () => performance.now();
for (const analyze of analyzers) for (const t of texts.slice(0, 30)) analyze(t, { now });
// times[build][kind][doc] = per-round figures
const times = analyzers.map(() => [texts.map(() => []), texts.map(() => [])]);
for (let r = 0; r < rounds; r++) {
  texts.forEach((t, d) => {
    const order = (r + d) % 2 ? [1, 0] : [0, 1];
    for (const b of order) {
      const analyze = analyzers[b];
      analyze('A text read between two timed runs.', { now });
      const c0 = cpu();
      const w0 = wall();
      analyze(t, { now });
      const w1 = wall();
      const c1 = cpu();
      times[b][0][d].push(c1 - c0);
      times[b][1][d].push(w1 - w0);
    }
  });
  process.stderr.write(`round ${r + 1}/${rounds}\n`);
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const sum = (b, k) => times[b][k].reduce((a, xs) => a + median(xs), 0);
for (const [k, kind] of [[0, 'CPU'], [1, 'wall']]) {
  const a = sum(0, k);
  const b = sum(1, k);
  console.log(`${kind.padEnd(4)} A ${a.toFixed(0)} ms (${(chars / 1e3 / a).toFixed(2)} M chars/s)  B ${b.toFixed(0)} ms (${(chars / 1e3 / b).toFixed(2)} M chars/s)  B/A ${(b / a).toFixed(3)}`);
}
