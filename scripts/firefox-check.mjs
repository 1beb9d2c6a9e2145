#!/usr/bin/env node
/**
 * `npm run test:firefox`: the Firefox build (.output/firefox-mv2, made by `wxt build -b firefox`).
 *
 * 1. `web-ext lint`: fails on errors; warnings are listed, not fatal.
 * 2. If Firefox is installed (/usr/bin/firefox-esr or /usr/bin/firefox, or FIREFOX_PATH): a smoke
 *    test over WebDriver BiDi with puppeteer-core. Firefox starts headless, the build is installed
 *    as a temporary add-on, and the fixture pages are opened on a local server. What is observed,
 *    with no test code in the extension:
 *    - the content script starts on a policy page (WXT's content script announces its start to
 *      the page with window.postMessage; a listener added before the page loads sees it);
 *    - the badge Firefox keeps for the tab's toolbar button: a grade letter on each seed policy,
 *      none on the news article and the shop page, and cleared / set again when the single-page
 *      app moves between its pricing page and its policy. Firefox does not let WebDriver read the
 *      extension's own pages, so the badge is read from the browser's side: Firefox is started
 *      with --remote-allow-system-access and the browser-action state is read in the browser
 *      window's privileged scope (browsingContext "moz:scope": "chrome").
 *    The popup itself cannot be opened this way; the Chromium end-to-end tests cover it.
 *
 * Ends with a line "firefox: N passed, M failed" and a non-zero exit code on any failure.
 *   node scripts/firefox-check.mjs [--lint-only]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXT_DIR = join(ROOT, '.output/firefox-mv2');

let passed = 0;
let failed = 0;
function pass(what) {
  passed++;
  console.log(`  ✓ ${what}`);
}
function fail(what, why) {
  failed++;
  console.log(`  ✗ ${what}${why ? `\n      ${String(why).split('\n').join('\n      ')}` : ''}`);
}
function finish() {
  console.log(`firefox: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

if (!existsSync(join(EXT_DIR, 'manifest.json'))) {
  console.error(`firefox: ${EXT_DIR}/manifest.json is missing. Build it first: npx wxt build -b firefox`);
  fail('the Firefox build exists');
  finish();
}

// ---------------------------------------------------------------------------------------------
// 1. web-ext lint

console.log('web-ext lint --source-dir .output/firefox-mv2');
{
  const webExt = join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
  if (!existsSync(webExt)) {
    console.error('firefox: web-ext is not installed (node_modules/web-ext). Run npm ci.');
    fail('web-ext is installed');
    finish();
  }
  const run = spawnSync(process.execPath, [webExt, 'lint', '--source-dir', EXT_DIR, '--output', 'json', '--no-input'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report;
  try {
    const out = run.stdout;
    report = JSON.parse(out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1));
  } catch {
    fail('web-ext lint ran', `exit ${run.status}\n${run.stdout}\n${run.stderr}`);
  }
  if (report) {
    const where = (m) => (m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '');
    for (const w of report.warnings ?? []) console.log(`    warning ${w.code}: ${w.message}${where(w)}`);
    for (const n of report.notices ?? []) console.log(`    notice ${n.code}: ${n.message}${where(n)}`);
    for (const e of report.errors ?? []) console.log(`    ERROR ${e.code}: ${e.message}${where(e)}${e.description ? `\n      ${e.description}` : ''}`);
    const s = report.summary ?? {};
    const line = `web-ext lint: ${s.errors ?? '?'} errors, ${s.warnings ?? '?'} warnings, ${s.notices ?? '?'} notices`;
    if ((report.errors ?? []).length === 0) pass(line);
    else fail(line);
  }
}

if (process.argv.includes('--lint-only')) finish();

// ---------------------------------------------------------------------------------------------
// 2. Smoke test in Firefox

const firefox = (process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox']).find((p) => existsSync(p));
if (!firefox) {
  console.log('\nNotice: Firefox is not installed (no /usr/bin/firefox-esr or /usr/bin/firefox), so the Firefox smoke test is skipped.');
  console.log('        Install it with: apt-get install -y firefox-esr');
  finish();
}

const { default: puppeteer } = await import('puppeteer-core');
const { startServer, FIXTURES } = await import('../tests/e2e/static-server.mjs');

const ADDON_ID = JSON.parse(readFileSync(join(EXT_DIR, 'manifest.json'), 'utf8')).browser_specific_settings?.gecko?.id;
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function poll(fn, ok, timeout = 8000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (ok(last) || Date.now() > end) return last;
    await sleep(150);
  }
}

console.log(`\nFirefox smoke test (${firefox}, headless, WebDriver BiDi)`);
const server = await startServer();
let browser;
try {
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'datareporting.policy.dataSubmissionEnabled': false, 'app.update.enabled': false },
  });
  const version = await browser.version();
  const installed = await browser.installExtension(EXT_DIR);
  if (installed === ADDON_ID) pass(`installs in ${version} as a temporary add-on (${installed})`);
  else fail(`installs in ${version}`, `expected id ${ADDON_ID}, got ${installed}`);

  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // Sees the content script's start announcement (WXT posts it to the page).
  await page.evaluateOnNewDocument(() => {
    window.__contentScriptStarts = [];
    window.addEventListener('message', (e) => {
      if (typeof e.data?.type === 'string' && e.data.type.endsWith('wxt:content-script-started')) window.__contentScriptStarts.push(e.data.type);
    });
  });

  // The browser window's privileged scope: Firefox's own record of the toolbar button.
  let chromeContext;
  try {
    const tree = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    chromeContext = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
  } catch (e) {
    console.log(`    (no access to the browser window's scope: ${e.message})`);
  }
  async function badgeOfSelectedTab() {
    if (!chromeContext) return undefined;
    const expression = `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(ADDON_ID)});
      const action = ExtensionParent.apiManager.global.browserActionFor(extension).action;
      const tab = gBrowser.selectedTab;
      return JSON.stringify({ url: tab.linkedBrowser.currentURI.spec, badge: action.getProperty(tab, 'badgeText') ?? '', title: action.getProperty(tab, 'title') ?? '' });
    })()`;
    const r = await browser.connection.send('script.evaluate', { expression, target: { context: chromeContext }, awaitPromise: false });
    if (r.result.type !== 'success') throw new Error(JSON.stringify(r.result.exceptionDetails ?? r.result));
    return JSON.parse(r.result.result.value);
  }
  const badgeOn = async (url, ok, timeout) => poll(badgeOfSelectedTab, (b) => b?.url === url && ok(b.badge), timeout);

  // A seed policy: the content script starts, and the badge shows a grade.
  const first = server.url + FIXTURES.seeds[0].path;
  await page.goto(first);
  const starts = await poll(() => page.evaluate(() => window.__contentScriptStarts), (s) => s.length > 0, 5000);
  if (starts.length > 0 && starts[0].startsWith(`${ADDON_ID}:`)) pass(`the content script starts on ${FIXTURES.seeds[0].path}`);
  else fail(`the content script starts on ${FIXTURES.seeds[0].path}`, `announcements seen by the page: ${JSON.stringify(starts)}`);

  if (!chromeContext || !(await badgeOfSelectedTab().catch(() => undefined))) {
    console.log('    Notice: this Firefox does not let WebDriver BiDi read the browser-action state; badge checks skipped.');
  } else {
    // Each page in a tab of its own: badges are per tab, so none is left over from another page.
    const inNewTab = async (url) => {
      const tab = await browser.newPage();
      tab.on('pageerror', (e) => pageErrors.push(e.message));
      await tab.bringToFront();
      await tab.goto(url);
      return tab;
    };
    for (const { seed, site, path } of FIXTURES.seeds) {
      const url = server.url + path;
      if (url !== first) await inNewTab(url);
      const b = await badgeOn(url, (t) => /^[A-E]$/.test(t));
      if (b?.url === url && /^[A-E]$/.test(b.badge)) pass(`badge "${b.badge}" on seed ${seed} (${site}) — "${b.title}"`);
      else fail(`a grade letter on the badge of seed ${seed} (${site})`, `got ${JSON.stringify(b)}`);
    }
    for (const [what, path] of [['the news article', FIXTURES.article], ['the shop product page', FIXTURES.product]]) {
      const url = server.url + path;
      await inNewTab(url);
      await sleep(1500);
      const b = await badgeOfSelectedTab();
      if (b.url === url && b.badge === '') pass(`no badge on ${what}`);
      else fail(`no badge on ${what}`, `got ${JSON.stringify(b)}`);
    }
    // The single-page app: its own links push history entries and swap the content.
    const spaPolicy = server.url + FIXTURES.spa.policy;
    const spaOther = server.url + FIXTURES.spa.other;
    const app = await inNewTab(spaPolicy);
    let b = await badgeOn(spaPolicy, (t) => /^[A-E]$/.test(t));
    if (/^[A-E]$/.test(b?.badge ?? '')) pass(`single-page app: badge "${b.badge}" on its policy`);
    else fail('single-page app: a grade letter on its policy', `got ${JSON.stringify(b)}`);
    await app.click('#cookie-banner [data-consent="accept"]');
    await app.click(`header nav a[href="${FIXTURES.spa.other}"]`);
    b = await badgeOn(spaOther, (t) => t === '');
    if (b?.url === spaOther && b.badge === '') pass('single-page app: pushState to its pricing page clears the badge');
    else fail('single-page app: pushState to its pricing page clears the badge', `got ${JSON.stringify(b)}`);
    await app.click(`footer a[href="${FIXTURES.spa.policy}"]`);
    b = await badgeOn(spaPolicy, (t) => /^[A-E]$/.test(t));
    if (b?.url === spaPolicy && /^[A-E]$/.test(b.badge)) pass(`single-page app: pushState back to its policy sets it again ("${b.badge}")`);
    else fail('single-page app: pushState back to its policy sets the badge again', `got ${JSON.stringify(b)}`);
  }

  if (pageErrors.length === 0) pass('no script errors on the pages');
  else fail('no script errors on the pages', pageErrors.join('\n'));
} catch (e) {
  fail('Firefox smoke test ran to the end', e?.stack ?? e);
} finally {
  await browser?.close().catch(() => undefined);
  await server.close();
}
finish();
