/**
 * Profiling aid (not part of `npm run bench`): the content script on the non-policy pages,
 * under a Chromium trace, in microseconds (the page's own timer has 100 µs steps): the
 * script's whole evaluation (compile, WXT's context, main) as wall and thread (CPU) time,
 * and main() alone (its performance marks, read from the trace); "before main()" is the
 * evaluation's CPU time less main()'s; "watchers" the later task that sets them up (its measure).
 *   node bench/trace-content.mjs [runs] [extension dir]
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer, FIXTURES } from '../tests/e2e/static-server.mjs';
import { chromiumArgs } from '../tests/e2e/chromium-args.mjs';
import { generatedPages } from './browser.bench.mjs';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 7);
const extensionDir = process.argv[3] ?? join(root, '.output/chrome-mv3-bench');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pagesDir = mkdtempSync(join(tmpdir(), 'privacy-label-trace-pages-'));
for (const [path, html] of generatedPages()) {
  mkdirSync(dirname(join(pagesDir, path)), { recursive: true });
  writeFileSync(join(pagesDir, path), html);
}
const server = await startServer();
const built = await startServer({ root: pagesDir });
const profile = mkdtempSync(join(tmpdir(), 'privacy-label-trace-'));
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, pipe: true, enableExtensions: true, args: chromiumArgs({ extensionDir, profile, examplePort: server.port }), defaultViewport: null });
try {
  await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  const page = await browser.newPage();
  const cdp = await browser.target().createCDPSession();
  const pages = [
    ['news article (fixture)', `http://www.dailycourier.example${FIXTURES.article}`],
    ['shop product (fixture)', `http://www.northwind.example${FIXTURES.product}`],
    ['German blog article (fixture)', 'http://www.bergwerk.example/intl/de/artikel/stadtrat-beschliesst-radwege'],
    ['news page (generated)', `${built.url}/news/2026/11/30/river-budget-vote`],
    ['shop page (generated)', `${built.url}/shop/hiking-backpacks`],
  ];
  for (const [name, url] of pages) {
    const evalWall = [], evalCpu = [], mainWall = [], before = [], watchers = [];
    const marks = {};
    for (let r = 0; r < runs; r++) {
      await page.goto('about:blank');
      const chunks = [];
      const onData = (e) => chunks.push(...e.value);
      cdp.on('Tracing.dataCollected', onData);
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing'] }, transferMode: 'ReportEvents' });
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('privacy-label:content', 'measure').length > 0, { polling: 20 });
      // A build from before the watchers moved to a later task has no such measure.
      await page.waitForFunction(() => performance.getEntriesByName('privacy-label:content-watchers', 'measure').length > 0, { polling: 20, timeout: 1000 }).catch(() => undefined);
      const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', onData);
      const script = chunks.filter((e) => e.ph === 'X' && /content-scripts\/content\.js/.test(e.args?.data?.url ?? '') && /^(EvaluateScript|v8\.run)$/.test(e.name)).sort((a, b) => b.dur - a.dur)[0];
      const start = { ts: (chunks.find((e) => e.name === 'privacy-label:content' && /^[bB]$/.test(e.ph)) ?? { ts: NaN }).ts };
      const measure = chunks.filter((e) => e.name === 'privacy-label:content');
      if (script) { evalWall.push(script.dur); evalCpu.push(script.tdur ?? NaN); }
      // Any other marks (privacy-label:t:*), as µs after main()'s start.
      const seen = new Set();
      for (const m of chunks.filter((e) => /^privacy-label:t:/.test(e.name)).sort((a, b) => a.ts - b.ts)) {
        if (seen.has(m.name)) continue; // the first time a mark is passed
        seen.add(m.name);
        (marks[m.name] ??= []).push(m.ts - start.ts);
      }
      const end = measure.find((e) => e.ph === 'e' || e.ph === 'E');
      const begin = measure.find((e) => e.ph === 'b' || e.ph === 'B');
      if (begin && end) mainWall.push(end.ts - begin.ts);
      else if (start && measure[0]?.dur) mainWall.push(measure[0].dur);
      if (script?.tdur && mainWall.length) before.push(script.tdur - mainWall.at(-1));
      const later = chunks.filter((e) => e.name === 'privacy-label:content-watchers');
      const lb = later.find((e) => e.ph === 'b' || e.ph === 'B');
      const le = later.find((e) => e.ph === 'e' || e.ph === 'E');
      if (lb && le) watchers.push(le.ts - lb.ts);
    }
    console.log(`${name.padEnd(32)} script eval ${median(evalWall)} µs wall / ${median(evalCpu)} µs cpu; before main() ${median(before)} µs cpu; main() ${median(mainWall)} µs  (main runs: ${mainWall.join(' ')})${watchers.length ? `; watchers ${median(watchers)} µs later` : ''}${Object.entries(marks).map(([k, v]) => ` ${k.slice(16)} ${median(v)}`).join('')}`);
  }
} finally {
  await browser.close();
  await server.close();
  await built.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(pagesDir, { recursive: true, force: true });
}
