/**
 * Profiling aid (not part of `npm run bench`): opens the popup of the bench build on an analysed
 * tab under a Chromium trace and prints what the popup's renderer main thread did, in order,
 * from the click. `node bench/trace-popup.mjs [runs]` after `npm run bench -- --only=popup`
 * (which leaves .output/chrome-mv3-bench). Durations are wall time on a shared machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer } from '../tests/e2e/static-server.mjs';
import { chromiumArgs } from '../tests/e2e/chromium-args.mjs';

const root = new URL('..', import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 3);
const extensionDir = process.argv[3] ?? join(root, '.output/chrome-mv3-bench');
const verbose = process.argv.includes('--verbose');
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'privacy-label-trace-'));
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, pipe: true, enableExtensions: true, args: chromiumArgs({ extensionDir, profile, examplePort: server.port }), defaultViewport: null });
try {
  const swTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  const worker = await swTarget.worker();
  for (;;) { if (await worker.evaluate(() => typeof chrome?.tabs?.create === 'function').catch(() => false)) break; await sleep(50); }
  const extension = [...(await browser.extensions()).values()].find((e) => swTarget.url().startsWith(`chrome-extension://${e.id}/`));
  const page = await browser.newPage();
  const url = 'http://www.smartalpaca.example/smartalpaca/privacy-policy';
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  for (;;) { if (/^[A-E]$/.test(await worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId))) break; await sleep(50); }
  const cdp = await browser.target().createCDPSession();
  for (let r = 0; r < runs; r++) {
    await page.bringToFront();
    await sleep(300);
    const chunks = [];
    cdp.on('Tracing.dataCollected', (e) => chunks.push(...e.value));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel', 'v8', 'blink', 'navigation', 'browser', 'extensions', 'ipc'] }, transferMode: 'ReportEvents' });
    await sleep(100);
    const clickTs = Date.now();
    await page.triggerExtensionAction(extension);
    const target = await browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
    const popup = await target.asPage();
    const shown = await popup.waitForFunction(() => { const m = performance.getEntriesByName('privacy-label:state-visible')[0]; return m ? performance.timeOrigin + m.startTime : 0; }, { polling: 10 }).then((h) => h.jsonValue());
    await sleep(200);
    if (r === 0) console.log('popup DOM:', await popup.evaluate(() => { const all = [...document.getElementsByTagName('*')]; const by = {}; for (const e of all) by[e.tagName] = (by[e.tagName] ?? 0) + 1; const closed = [...document.querySelectorAll('details:not([open])')].reduce((n, d) => n + d.getElementsByTagName('*').length, 0); return JSON.stringify({ elements: all.length, insideClosedDetails: closed, text: document.body.textContent.length, by }); }));
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await done;
    cdp.removeAllListeners('Tracing.dataCollected');
    writeFileSync(`/tmp/popup-prof/trace-${r}.json`, JSON.stringify(chunks));
    // The click in trace time: the first event mentioning the action, else the first popup event.
    const names = new Map();
    for (const e of chunks) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
    const popupPid = chunks.find((e) => JSON.stringify(e.args ?? {}).includes('popup.html') && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')?.pid;
    const main = chunks.filter((e) => e.pid === popupPid && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && (e.ph === 'X' || e.ph === 'R' || e.ph === 'I' || e.ph === 'b'));
    const t0 = Math.min(...main.map((e) => e.ts));
    // The main thread's CPU time between the popup's marks (top-level tasks' thread time).
    const markAt = (n) => main.find((e) => e.name === n)?.ts;
    const nav = Math.min(...main.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
    const bounds = [['start', nav], ['script', markAt('popup:script')], ['state', markAt('popup:state')], ['rendered', markAt('popup:rendered')], ['visible', markAt('privacy-label:state-visible')]];
    const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X');
    const cpu = (from, to) => tasks.filter((e) => e.ts >= from && e.ts < to).reduce((n, e) => n + (e.tdur ?? 0), 0) / 1000;
    const phases = bounds.slice(1).map(([n, t], i) => `${bounds[i][0]}→${n} ${((t - bounds[i][1]) / 1000).toFixed(1)} wall/${cpu(bounds[i][1], t).toFixed(1)} cpu`);
    const stateAt = markAt('popup:state');
    const renderTask = main.find((e) => e.name === 'RunMicrotasks' && e.ph === 'X' && e.ts <= stateAt && e.ts + e.dur >= stateAt) ?? { dur: NaN, tdur: NaN };
    const frameCpu = main.filter((e) => /^(UpdateLayoutTree|Layout|PrePaint|Paint)$/.test(e.name) && e.ts >= markAt('popup:rendered') && e.ts < bounds[4][1]).reduce((n, e) => n + (e.tdur ?? 0), 0) / 1000;
    console.log(`run ${r}: click→visible ${Math.round(shown - clickTs)} ms; cpu nav→visible ${cpu(nav, bounds[4][1]).toFixed(1)}; render task ${(renderTask.dur / 1000).toFixed(1)} wall/${(renderTask.tdur / 1000).toFixed(1)} cpu; first frame style+layout+paint cpu ${frameCpu.toFixed(1)}; ${phases.join('; ')}`);
    if (!verbose) { await popup.close(); await sleep(300); continue; }
    const top = main.filter((e) => (e.dur ?? 0) >= 500 || e.ph === 'R' || e.ph === 'I').sort((a, b) => a.ts - b.ts);
    for (const e of top) {
      const detail = e.args?.data?.url ?? e.args?.data?.functionName ?? e.args?.data?.name ?? e.args?.fileName ?? '';
      console.log(`  ${((e.ts - t0) / 1000).toFixed(1).padStart(6)} ms ${(e.dur ? (e.dur / 1000).toFixed(1) : '').padStart(5)} ${e.name} ${String(detail).replace(/^chrome-extension:\/\/[a-z]+/, '')}`);
    }
    await popup.close();
    await sleep(300);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
