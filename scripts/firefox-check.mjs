#!/usr/bin/env node
/**
 * `npm run test:firefox`: the Firefox build (.output/firefox-mv2, made by `wxt build -b firefox`).
 *
 * 1. `web-ext lint`: fails on errors; warnings are listed, and each must be one the README
 *    explains (recognised by the built code around it, KNOWN_WARNINGS below).
 * 2. If Firefox is installed (/usr/bin/firefox-esr or /usr/bin/firefox, or FIREFOX_PATH): a smoke
 *    test over WebDriver BiDi with puppeteer-core. Firefox starts headless, the build is installed
 *    as a temporary add-on, and the fixture pages are opened on a local server. What is observed,
 *    with no test code in the extension:
 *    - the badge Firefox keeps for the tab's toolbar button: a grade letter on each seed policy,
 *      none on the news article and the shop page, and cleared / set again when the single-page
 *      app moves between its pricing page and its policy. (A grade also shows that the content
 *      script started: it is its message that wakes the background. The page no longer sees the
 *      start: WXT's context announced it with window.postMessage, which the content script's
 *      light context, utils/content-context.ts, does not send, as it cost every page.) Firefox does not let WebDriver read the
 *      extension's own pages, so the badge is read from the browser's side: Firefox is started
 *      with --remote-allow-system-access and the browser-action state is read in the browser
 *      window's privileged scope (browsingContext "moz:scope": "chrome").
 * 3. The extension's own pages in Firefox. The add-on's moz-extension:// UUID is fixed at launch
 *    with the pref `extensions.webextensions.uuids`, so its pages can be opened in a tab
 *    (navigated over BiDi without waiting for "load", which Firefox does not report to WebDriver
 *    for moz-extension:// pages). Checked: the options page (options.html) and the history
 *    (labels.html) render their headings with no script error; the history lists each seed policy
 *    browsed above (storage.local + the background's history, in Firefox); the reader
 *    (reader.html?tab=ID) shows the first seed's policy with its evidence marked; popup.html
 *    opened in a tab renders without error (it sees ITSELF as the active tab); and popup.html
 *    opened in a background tab while the first seed's tab is active shows that seed's label.
 *    The toolbar click itself cannot be made over WebDriver; the Chromium e2e tests cover it.
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

/**
 * The web-ext lint warnings the README explains, each recognised by the built code around it:
 * - manifest: data_collection_permissions is newer than Firefox for Android 140 (older ones ignore it);
 * - extractor.js: Readability's own innerHTML (it restores the page HTML it cached between its
 *   attempts, and unwraps <noscript> images), run on a clone of the page's document;
 * - the shared UI chunk: Preact's support for dangerouslySetInnerHTML (our code never uses it);
 * - the reader chunk: DOMPurify's own parsing fallback, into an inert document it creates.
 */
const KNOWN_WARNINGS = [
  { code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION', file: /^manifest\.json$/, text: /data_collection_permissions/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^extractor\.js$/, near: /\._attempts\.push|_isSingleImage/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/popup-[\w-]+\.js$/, near: /dangerouslySetInnerHTML/ },
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/reader-[\w-]+\.js$/, near: /<remove><\/remove>/ },
];
function explainWarning(w) {
  return KNOWN_WARNINGS.some((k) => {
    if (k.code !== w.code || !k.file.test(w.file ?? '')) return false;
    if (k.text) return k.text.test(`${w.message} ${w.description ?? ''}`);
    const line = readFileSync(join(EXT_DIR, w.file), 'utf8').split('\n')[(w.line ?? 1) - 1] ?? '';
    const at = w.column ?? 0;
    return k.near.test(line.slice(Math.max(0, at - 400), at + 200));
  });
}

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
    // Each warning must be one the README's Tests section explains, recognised by the code
    // around it in the built file (a new innerHTML anywhere else fails here).
    const unexplained = (report.warnings ?? []).filter((w) => !explainWarning(w));
    if ((report.warnings ?? []).length > 0) {
      if (unexplained.length === 0) pass(`each of the ${report.warnings.length} warnings is a known, explained one (README, Tests)`);
      else fail('each web-ext lint warning is a known, explained one', unexplained.map((w) => `${w.code}${where(w)}: ${w.description ?? w.message}`).join('\n'));
    }
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
/** The moz-extension:// UUID Firefox gives the add-on (set with a pref at launch). */
const EXT_UUID = '3d7c5b0e-6a41-4f6e-9b2d-8c1f0a5e7d24';
const EXT_ORIGIN = `moz-extension://${EXT_UUID}`;
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

/**
 * Opens one of the add-on's pages in a new tab and waits until `ready` (a function evaluated in
 * the page) is true. puppeteer's goto waits for a "load" event that Firefox does not report for
 * moz-extension:// pages, so the navigation is sent over BiDi with wait "none".
 */
async function openExtensionPage(path, ready, errors) {
  const tab = await browser.newPage();
  await tab.bringToFront();
  await browser.connection.send('browsingContext.navigate', { context: tab.mainFrame()._id, url: `${EXT_ORIGIN}/${path}`, wait: 'none' });
  const ok = await poll(() => tab.evaluate(ready).catch(() => false), Boolean, 8000);
  await tab.evaluate(WATCH_ERRORS).catch(() => undefined);
  const close = async () => {
    for (const e of (await tab.evaluate(() => window.__errorsSeen).catch(() => undefined)) ?? []) errors.push(`${path}: ${e}`);
    await tab.close();
  };
  return { tab, ok, close };
}

/**
 * Firefox's WebDriver BiDi reports no log entry (error or console) and runs no preload script in
 * moz-extension:// pages, so an extension page's errors are watched from inside it, once it has
 * rendered: uncaught errors and unhandled rejections from then on (clicks, later loads). An
 * error while it first renders shows as the missing heading that the checks look for.
 */
const WATCH_ERRORS = () => {
  if (window.__errorsSeen) return;
  window.__errorsSeen = [];
  window.addEventListener('error', (e) => window.__errorsSeen.push(`uncaught ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => window.__errorsSeen.push(`unhandled rejection ${e.reason?.message ?? e.reason}`));
};

const textOf = (tab, selector) => tab.evaluate((s) => (document.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);

/** 3. The extension's own pages (options, history, reader, popup) in Firefox. */
async function extensionPages(browsed) {
  console.log('  extension pages (moz-extension://, fixed UUID)');
  const errors = [];
  let probe;
  try {
    probe = await openExtensionPage('options.html', () => document.querySelector('main')?.getAttribute('aria-busy') === 'false', errors);
  } catch (e) {
    console.log(`    Notice: this Firefox does not let WebDriver open the add-on's pages (${e.message}); extension-page checks skipped.`);
    return;
  }
  if (!probe.ok && !(await probe.tab.evaluate(() => location.href).catch(() => '')).startsWith(EXT_ORIGIN)) {
    console.log('    Notice: the add-on\'s pages did not open at the fixed moz-extension:// UUID (pref extensions.webextensions.uuids not honoured?); extension-page checks skipped.');
    return;
  }

  // Options: its heading and its three sections.
  {
    const tab = probe.tab;
    const h1 = await textOf(tab, 'main h1');
    const h2 = await tab.evaluate(() => [...document.querySelectorAll('main h2')].map((h) => h.textContent.trim()));
    const badge = await tab.evaluate(() => document.querySelector('input[name="badge"]')?.checked);
    if (probe.ok && h1 === 'Privacy Label options' && h2.length >= 3 && badge === true) pass(`options.html renders "${h1}" with its sections (${h2.join(', ')}); the badge is on by default`);
    else fail('options.html renders its heading and settings', `ready=${probe.ok} h1=${JSON.stringify(h1)} h2=${JSON.stringify(h2)} badge checked=${badge}`);
    await probe.close();
  }

  // History: each seed browsed above is listed (the background stored it in storage.local).
  {
    const { tab, ok, close } = await openExtensionPage('labels.html', () => document.querySelector('main')?.getAttribute('aria-busy') === 'false', errors);
    const h1 = await textOf(tab, 'main h1');
    const listed = await tab.evaluate(() => [...document.querySelectorAll('li.entry')].map((li) => li.getAttribute('data-url')));
    if (ok && h1) pass(`labels.html renders "${h1}"`);
    else fail('labels.html renders its heading', `ready=${ok} h1=${JSON.stringify(h1)}`);
    const missing = browsed.filter((u) => !listed.includes(u));
    if (missing.length === 0) pass(`the history lists the ${browsed.length} seed ${browsed.length === 1 ? 'policy' : 'policies'} browsed (storage.local in Firefox)`);
    else fail('the history lists the seed policies browsed', `missing ${JSON.stringify(missing)}; listed ${JSON.stringify(listed)}`);
    // Opening one entry shows its label.
    const firstEntry = `li.entry[data-url="${browsed[0]}"] button.entry-open`;
    if (listed.includes(browsed[0])) {
      await tab.click(firstEntry);
      const title = await poll(() => textOf(tab, 'article.label h1'), Boolean, 5000);
      if (title) pass(`the history opens the label of ${new URL(browsed[0]).pathname} ("${title}")`);
      else fail(`the history opens the label of ${browsed[0]}`, 'no article.label h1');
    }
    await close();
  }

  // Reader: the first seed's tab, by the id Firefox gave it (asked from an extension page).
  {
    const { tab: probeTab, close: closeProbe } = await openExtensionPage('options.html', () => document.readyState === 'complete', errors);
    // (tabs.query's url filter is a match pattern, which cannot name a port: compare instead.)
    const tabId = await probeTab
      .evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, browsed[0])
      .catch((e) => `error: ${e.message}`);
    await closeProbe();
    if (typeof tabId !== 'number') {
      fail(`the reader: the tab id of ${browsed[0]}`, `browser.tabs.query: ${tabId ?? 'no such tab'}`);
    } else {
      const { tab, ok, close } = await openExtensionPage(`reader.html?tab=${tabId}`, () => !!document.querySelector('article.policy mark.evidence, main.reader-status:not([aria-busy="true"]) h1'), errors);
      const marks = await tab.evaluate(() => document.querySelectorAll('article.policy mark.evidence').length);
      const h1 = await textOf(tab, 'h1');
      if (ok && marks > 0) pass(`reader.html?tab=${tabId} shows "${h1}" with ${marks} evidence passages marked`);
      else fail(`reader.html shows the policy of ${browsed[0]}`, `ready=${ok} h1=${JSON.stringify(h1)} marks=${marks}`);
      await close();
    }
  }

  // The popup page in a tab: it sees itself as the active tab, so what can honestly be checked
  // is that it renders a heading (its own state for a non-web page) with no script error.
  {
    const { tab, ok, close } = await openExtensionPage('popup.html', () => !!document.querySelector('main h1, h1'), errors);
    const h1 = await textOf(tab, 'h1');
    if (ok && h1) pass(`popup.html in a tab renders "${h1}" (its own tab is the active one)`);
    else fail('popup.html in a tab renders a heading', `ready=${ok} h1=${JSON.stringify(h1)}`);
    await close();
  }

  // The popup's label of a policy tab: popup.html is opened in a BACKGROUND tab while the seed's
  // tab is the active one, so the popup's tabs.query({ active, currentWindow }) finds the seed,
  // as the toolbar popup would. (Not the toolbar click itself, which WebDriver cannot make.)
  {
    const { tab: opener, close: closeOpener } = await openExtensionPage('options.html', () => document.readyState === 'complete', errors);
    const opened = await opener
      .evaluate(async (u) => {
        const seed = (await browser.tabs.query({})).find((t) => t.url === u);
        if (!seed) return 'no tab for the seed';
        await browser.tabs.update(seed.id, { active: true });
        await browser.tabs.create({ url: browser.runtime.getURL('/popup.html'), active: false });
        return 'ok';
      }, browsed[0])
      .catch((e) => `error: ${e.message}`);
    // puppeteer does not see this tab's URL (no "load" event for moz-extension:// pages), so
    // it is found and read over BiDi directly.
    const contextOf = async () =>
      (await browser.connection.send('browsingContext.getTree', {})).result.contexts.find((c) => c.url === `${EXT_ORIGIN}/popup.html`)?.context;
    const popup = opened === 'ok' ? await poll(contextOf, Boolean, 5000) : undefined;
    if (!popup) {
      fail(`popup.html (background tab) with ${browsed[0]} active`, `opening it: ${opened}`);
    } else {
      const read = async () => {
        const expression = `JSON.stringify((() => {
          const text = (s) => (document.querySelector(s)?.textContent ?? '').replace(/\\s+/g, ' ').trim();
          return { h1: text('article.label h1'), sale: text('[data-section="sharing"] [data-item="sale"] .polarity'), grade: text('.grade'), any: text('h1') };
        })())`;
        const r = await browser.connection.send('script.evaluate', { expression, target: { context: popup }, awaitPromise: false });
        return r.result.type === 'success' ? JSON.parse(r.result.result.value) : { error: JSON.stringify(r.result.exceptionDetails ?? r.result) };
      };
      const got = await poll(read, (v) => !!v.h1, 8000);
      await browser.connection.send('script.evaluate', { expression: `(${WATCH_ERRORS})()`, target: { context: popup }, awaitPromise: false }).catch(() => undefined);
      await sleep(300);
      const seen = await browser.connection.send('script.evaluate', { expression: 'JSON.stringify(window.__errorsSeen ?? [])', target: { context: popup }, awaitPromise: false }).catch(() => undefined);
      for (const e of JSON.parse(seen?.result?.result?.value ?? '[]')) errors.push(`popup.html (background tab): ${e}`);
      // Seed 000 says "We will not rent or sell your personally identifiable information".
      if (got.h1 === 'Privacy Policy | SmartAlpaca' && /No/.test(got.sale)) pass(`popup.html, with seed 000 the active tab, shows its label: "${got.h1}", grade "${got.grade}", sale of data "${got.sale}"`);
      else fail('popup.html, with seed 000 the active tab, shows its label', JSON.stringify(got));
      await browser.connection.send('browsingContext.close', { context: popup }).catch(() => undefined);
    }
    await closeOpener().catch(() => undefined);
  }

  if (errors.length === 0) pass('no uncaught error or rejection in the extension pages once rendered (watched from inside them)');
  else fail('no uncaught error or rejection in the extension pages once rendered', errors.join('\n'));
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
    extraPrefsFirefox: {
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
      // A fixed moz-extension:// UUID, so that the add-on's own pages can be opened (part 3).
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXT_UUID }),
    },
  });
  const version = await browser.version();
  const installed = await browser.installExtension(EXT_DIR);
  if (installed === ADDON_ID) pass(`installs in ${version} as a temporary add-on (${installed})`);
  else fail(`installs in ${version}`, `expected id ${ADDON_ID}, got ${installed}`);

  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
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

  // A seed policy: the content script starts and tells the background, and the badge shows a grade.
  const first = server.url + FIXTURES.seeds[0].path;
  await page.goto(first);

  /** The seed policies opened in tabs (the history must list them). */
  const browsed = [first];
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
      if (url !== first) {
        await inNewTab(url);
        browsed.push(url);
      }
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

  await extensionPages(browsed);

  if (pageErrors.length === 0) pass('no script errors on the pages');
  else fail('no script errors on the pages', pageErrors.join('\n'));
} catch (e) {
  fail('Firefox smoke test ran to the end', e?.stack ?? e);
} finally {
  await browser?.close().catch(() => undefined);
  await server.close();
}
finish();
