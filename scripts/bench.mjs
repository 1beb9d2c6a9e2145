// `npm run bench`: builds the benchmark with esbuild, runs it on plain Node, prints a table of
// figures with budgets and pass/fail, writes bench/results.json and compares with the last run.
// `npm run bench -- --browser-only` leaves out the Node figures and the bundle sizes, and
// `--only=popup` (or content, extract, memory; comma-separated) runs only those browser parts;
// either writes bench/results-partial.json instead, so the full run's file stays comparable.
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadavg, cpus } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
await build({
  entryPoints: [join(root, 'bench/analyzer.bench.ts')],
  outfile: join(root, 'dist-cli/bench.mjs'),
  bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
});
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const browserOnly = process.argv.includes('--browser-only') || only !== undefined;
const { analyzerFigures } = await import(join(root, 'dist-cli/bench.mjs'));
const loadBefore = loadavg()[0];
const figures = browserOnly ? [] : analyzerFigures(root);

// Built bundle sizes: the production build, made now.
const quiet = { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] };
const wxt = join(root, 'node_modules/.bin/wxt');
if (!browserOnly) execFileSync(wxt, ['build'], quiet);
const out = join(root, '.output/chrome-mv3');
const size = (p) => statSync(join(out, p)).size / 1024;
if (!browserOnly) {
figures.push({ name: 'bundle: content script (every page)', value: size('content-scripts/content.js'), unit: 'KB', budget: { max: 15 } });
figures.push({ name: 'bundle: extractor (injected where needed)', value: size('extractor.js'), unit: 'KB' });
figures.push({ name: 'bundle: background', value: size('background.js'), unit: 'KB' });
// An extension page's code: the scripts and module preloads its HTML names.
const pageJs = (html) => [...readFileSync(join(out, html), 'utf8').matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].reduce((n, m) => n + size(m[1]), 0);
for (const html of readdirSync(out).filter((f) => f.endsWith('.html')).sort()) {
  figures.push({ name: `bundle: ${html.replace(/\.html$/, '')} page scripts`, value: pageJs(html), unit: 'KB' });
}
}

// The browser: the same code built in mode "bench" (with performance marks), in Chromium.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (process.argv.includes('--node-only')) {
  console.log('bench: --node-only, the browser figures are left out');
} else if (!existsSync(chromium)) {
  console.log(`bench: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH): the browser figures are left out`);
} else {
  // NODE_ENV "production": WXT would set it to the mode, "bench", and Vite and Preact's preset
  // would then build development code (jsxDEV with source locations, Preact's devtools hooks).
  execFileSync(wxt, ['build', '--mode', 'bench'], { ...quiet, env: { ...process.env, NODE_ENV: 'production' } });
  const { browserFigures } = await import('../bench/browser.bench.mjs');
  figures.push(...(await browserFigures({ extensionDir: join(root, '.output/chrome-mv3-bench'), chromium, only })));
}

const resultsPath = join(root, browserOnly ? 'bench/results-partial.json' : 'bench/results.json');
const previous = existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : null;
const prevBy = new Map((previous?.figures ?? []).map((f) => [f.name, f.value]));
const pass = (f) => !f.budget || ((f.budget.max === undefined || f.value <= f.budget.max) && (f.budget.min === undefined || f.value >= f.budget.min));
const rows = figures.map((f) => {
  const budget = f.budget ? (f.budget.max !== undefined ? `≤ ${f.budget.max}` : `≥ ${f.budget.min}`) : '';
  const prev = prevBy.get(f.name);
  return [f.name, `${f.value.toFixed(f.value < 10 ? 3 : 2)} ${f.unit}`, budget, f.budget ? (pass(f) ? 'pass' : 'FAIL') : '', prev ? `${(f.value / prev).toFixed(2)}×` : ''];
});
const head = ['figure', 'value', 'budget', 'result', 'vs last'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
// Other processes slow every figure: the load average is written beside them.
const load = { before: +loadBefore.toFixed(2), after: +loadavg()[0].toFixed(2), cores: cpus().length };
console.log(`\nload average ${load.before} before, ${load.after} after, on ${load.cores} cores${load.before > load.cores ? ' (busy machine: the times are inflated)' : ''}`);
writeFileSync(resultsPath, JSON.stringify({ date: new Date().toISOString(), node: process.version, load, figures }, null, 2) + '\n');
console.log(`\nwritten: ${resultsPath.slice(root.length)}${previous ? ` (compared with the run of ${previous.date})` : ''}`);
