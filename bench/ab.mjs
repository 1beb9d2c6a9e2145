/**
 * A/B aid (not part of `npm run bench`): the browser figures of two builds, run alternately on
 * the same machine so that the other processes' load falls on both alike. Median per figure.
 *   cp -r .output/chrome-mv3-bench /tmp/A   # before a change; rebuild; then
 *   node bench/ab.mjs /tmp/A .output/chrome-mv3-bench 5 popup,content
 */
import { browserFigures } from './browser.bench.mjs';

const [a, b, rounds = '5', parts = 'popup,content'] = process.argv.slice(2);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const only = parts.split(',');
const values = { A: new Map(), B: new Map() };
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
for (let r = 0; r < Number(rounds); r++) {
  for (const [name, dir] of r % 2 ? [['B', b], ['A', a]] : [['A', a], ['B', b]]) {
    for (const f of await browserFigures({ extensionDir: dir, chromium, only })) {
      if (!values[name].has(f.name)) values[name].set(f.name, []);
      values[name].get(f.name).push(f.value);
    }
  }
  process.stderr.write(`round ${r + 1}/${rounds} done\n`);
}
for (const [figure, xs] of values.A) {
  const ys = values.B.get(figure) ?? [];
  console.log(`${figure.padEnd(80)} A ${median(xs).toFixed(2).padStart(7)}  B ${median(ys).toFixed(2).padStart(7)}  B/A ${(median(ys) / median(xs)).toFixed(2)}`);
  // Every run's value (in run order), to tell a shift from a few outliers: `--all`.
  if (process.argv.includes('--all')) for (const [name, zs] of [['A', xs], ['B', ys]]) console.log(`  ${name}: ${zs.map((z) => z.toFixed(0)).join(' ')}`);
}
