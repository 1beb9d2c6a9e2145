/**
 * End-to-end helpers: Debian's Chromium with the built extension, driven by puppeteer-core.
 * One browser per test file; pages are opened as tabs by the extension's own service worker
 * (chrome.tabs.create) so that each test knows the tab id the badge belongs to.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Extension, type Page, type WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type FixtureServer } from './static-server.mjs';
import { chromiumArgs } from './chromium-args.mjs';

/** The few extension APIs the tests call, inside functions evaluated in the service worker. */
declare const chrome: {
  tabs: {
    create(props: { url: string; active: boolean }): Promise<{ id?: number }>;
    get(tabId: number): Promise<{ status?: string }>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails loudly (never skips) when the browser or the build is missing. */
export function checkPrerequisites(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. The end-to-end tests need Debian's Chromium: run \`apt-get install -y chromium\` (as root), ` +
        'or set CHROMIUM_PATH to another Chromium binary. Never let a tool download a browser.',
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built: ${EXTENSION_DIR}/manifest.json is missing. Run \`npx wxt build\` first (\`npm test\` does).`);
  }
}

export interface Harness {
  browser: Browser;
  extension: Extension;
  worker: WebWorker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Serve `*.example` host names from this local port (Chromium's --host-resolver-rules), so
   * that a page can have a real-looking, stable URL such as http://smartalpaca.example/…
   */
  examplePort?: number;
  /** More Chromium switches. */
  extraArgs?: string[];
  /** A profile directory to use and keep (to restart the browser on the same profile); a fresh temporary one otherwise. */
  userDataDir?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  checkPrerequisites();
  const profile = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'privacy-label-e2e-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    // Allows extensions and Extensions.triggerAction (the toolbar click) over the pipe.
    enableExtensions: true,
    args: chromiumArgs({ extensionDir: EXTENSION_DIR, profile, examplePort: options.examplePort, extra: options.extraArgs }),
    defaultViewport: null,
  });
  const close = async () => {
    await browser.close().catch(() => undefined);
    if (!options.userDataDir) rmSync(profile, { recursive: true, force: true });
  };
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 10_000 });
    const worker = await target.worker();
    if (!worker) throw new Error('no service worker for the extension');
    // Just after start-up the worker's context can answer before the extension APIs are bound
    // to it ("chrome is not defined"): wait until they are.
    await waitFor(
      () => worker.evaluate(() => typeof chrome !== 'undefined' && typeof chrome.tabs?.create === 'function').catch(() => false),
      'the extension APIs in the service worker',
      10_000,
      50,
    );
    const extension = [...(await browser.extensions()).values()].find((e) => target.url().startsWith(`chrome-extension://${e.id}/`));
    if (!extension) throw new Error('the extension did not load');
    return { browser, extension, worker, close };
  } catch (e) {
    await close();
    throw e;
  }
}

export interface Fixtures {
  h: Harness;
  server: FixtureServer;
}

/**
 * The fixture server and one browser with the extension, for the tests of one file: started
 * before them, stopped after. The launch options may depend on the server (its port).
 */
export function useFixtures(options: (server: FixtureServer) => LaunchOptions = () => ({})): Fixtures {
  const env = {} as Fixtures;
  beforeAll(async () => {
    env.server = await startServer();
    env.h = await launch(options(env.server));
  });
  afterAll(async () => {
    await env.h?.close();
    await env.server?.close();
  });
  return env;
}

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Polls `fn` until it returns something truthy, or throws after `timeout` ms with the last value. */
export async function waitFor<T>(fn: () => Promise<T>, what: string, timeout = 8000, every = 100): Promise<T> {
  const end = Date.now() + timeout;
  let last: T;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await sleep(every);
  }
}

export interface Tab {
  id: number;
  url: string;
  page: Page;
}

/** Opens `url` in a new tab from the service worker, waits for its load, returns its id and page. */
export async function openTab(h: Harness, url: string, active = true): Promise<Tab> {
  const id = await h.worker.evaluate(async (u: string, a: boolean) => (await chrome.tabs.create({ url: u, active: a })).id!, url, active);
  await waitFor(() => h.worker.evaluate(async (t: number) => (await chrome.tabs.get(t)).status === 'complete', id), `tab ${url} to load`);
  const target = await h.browser.waitForTarget((t) => t.type() === 'page' && t.url() === url, { timeout: 5000 });
  const page = await target.asPage();
  page.setDefaultTimeout(8000);
  return { id, url, page };
}

export async function badgeText(h: Harness, tabId: number): Promise<string> {
  return h.worker.evaluate((t: number) => chrome.action.getBadgeText({ tabId: t }), tabId);
}

/** Waits until the tab's badge is a grade letter; returns it. */
export async function waitForGrade(h: Harness, tabId: number, timeout = 8000): Promise<string> {
  return waitFor(async () => {
    const text = await badgeText(h, tabId);
    return /^[A-E]$/.test(text) ? text : '';
  }, `a grade letter on the badge of tab ${tabId}`, timeout);
}

/**
 * The real popup, as a toolbar click opens it: the tab is brought to the front and the
 * extension's action is triggered on it (CDP Extensions.triggerAction, which also grants
 * activeTab as a click does; chrome.action.openPopup() from the worker does not, and the popup
 * then cannot see the tab's URL). Returns the popup page once it shows something other than
 * its loading state.
 */
export async function openPopup(h: Harness, tab: Page): Promise<Page> {
  await closePopups(h);
  await tab.bringToFront();
  await tab.triggerExtensionAction(h.extension);
  const target = await h.browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 5000 });
  const popup = await target.asPage();
  popup.setDefaultTimeout(8000);
  await popup.waitForFunction(() => document.querySelector('main.popup')?.getAttribute('aria-busy') === 'false', { timeout: 8000 });
  return popup;
}

export async function closePopups(h: Harness): Promise<void> {
  for (const t of h.browser.targets()) {
    if (t.url().endsWith('/popup.html')) await (await t.asPage()).close().catch(() => undefined);
  }
  await waitFor(async () => !h.browser.targets().some((t) => t.url().endsWith('/popup.html')), 'the popup to close', 3000, 50);
}

/** What the popup shows, as plain data. */
export interface PopupSnapshot {
  grade: string | null;
  heading: string | null;
  flags: string[];
  sections: {
    id: string;
    name: string;
    notStated: string | null;
    text: string;
    items: { id: string; polarity: string; name: string; polarityWord: string; quotes: string[] }[];
  }[];
}

export async function snapshot(popup: Page): Promise<PopupSnapshot> {
  return popup.evaluate(() => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return {
      grade: document.querySelector('article.label .grade')?.textContent?.trim() ?? null,
      heading: document.querySelector('h1')?.textContent?.trim() ?? null,
      flags: [...document.querySelectorAll('.flags li')].map((li) => text(li)),
      sections: [...document.querySelectorAll('section[data-section]')].map((s) => ({
        id: (s as HTMLElement).dataset.section!,
        name: text(s.querySelector('h2 > span')),
        notStated: s.querySelector('.not-stated') ? text(s.querySelector('.not-stated')) : null,
        text: text(s),
        items: [...s.querySelectorAll('li[data-item]')].map((li) => ({
          id: (li as HTMLElement).dataset.item!,
          polarity: (li as HTMLElement).dataset.polarity!,
          name: text(li.querySelector('.item-name')),
          polarityWord: text(li.querySelector('.polarity')),
          quotes: [...li.querySelectorAll('blockquote.quote')].map((q) => text(q)),
        })),
      })),
    };
  });
}
