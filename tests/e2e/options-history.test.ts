/**
 * Options, history, compare and changed policies, in Chromium with the built extension: the
 * options page's settings change what the background does (badge off, number of concerns, a
 * site where it never runs), the history lists the policies browsed and compares two, a policy
 * whose text changes between two visits gets a Δ badge and a "changed" list in the popup, and
 * "clear all stored data" empties everything. Screenshots for the README.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, closePopups, openPopup, openTab, ROOT, sleep, waitFor, waitForGrade, type Tab, useFixtures } from './helpers';
import { FIXTURES } from './static-server.mjs';

declare const chrome: {
  storage: { session: { get(k: string): Promise<Record<string, unknown>> }; local: { get(k: string | null): Promise<Record<string, unknown>> } };
  tabs: { reload(id: number): Promise<void>; get(id: number): Promise<{ status?: string }> };
};

const SCREENSHOTS = join(ROOT, 'docs/screenshots');

/** A site whose policy changes between two visits: seed 000, then the same with "we sell" instead of "we will not sell". */
const SEED_HTML = readFileSync(join(ROOT, 'tests/fixtures/pages/smartalpaca/privacy-policy.html'), 'utf8');
const NOT_SELL = 'We will not rent or sell your personally identifiable information to others.';
let variant: 'before' | 'after' = 'before';
let changing: Server;
let changingPort = 0;

beforeAll(async () => {
  changing = createServer((req, res) => {
    if (req.url !== '/privacy-policy') return void res.writeHead(404).end();
    const html = variant === 'before' ? SEED_HTML : SEED_HTML.replace(NOT_SELL, 'We sell your personally identifiable information to data brokers.');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((ok) => changing.listen(0, '127.0.0.1', ok));
  changingPort = (changing.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((ok) => changing.close(() => ok())));

const env = useFixtures((s) => ({
  // *.example is the fixture server; www.changing.example the policy that changes.
  extraArgs: [`--host-resolver-rules=MAP www.changing.example 127.0.0.1:${changingPort},MAP *.example 127.0.0.1:${s.port}`],
}));

const SEEDS = {
  smartalpaca: () => `http://www.smartalpaca.example${FIXTURES.seeds[0]!.path}`,
  allsmart: () => `http://www.allsmart.example${FIXTURES.seeds[1]!.path}`,
  smartjac: () => `http://www.smartjac.example${FIXTURES.seeds[3]!.path}`,
};
const CHANGING = 'http://www.changing.example/privacy-policy';

const extUrl = (path: string) => `chrome-extension://${env.h.extension.id}/${path}`;

/** The background's state of a tab (storage.session), once it has one. */
async function tabState(tabId: number): Promise<{ kind?: string; change?: unknown } | undefined> {
  return env.h.worker.evaluate(async (t: number) => (await chrome.storage.session.get(`tab:${t}`))[`tab:${t}`] as { kind?: string } | undefined, tabId);
}

/** Reloads a tab and waits until the background has analysed its new load. */
async function reloadAndWait(tab: Tab, analysed = true): Promise<void> {
  await env.h.worker.evaluate(async (t: number) => chrome.tabs.reload(t), tab.id);
  await sleep(100);
  await waitFor(() => env.h.worker.evaluate(async (t: number) => (await chrome.tabs.get(t)).status === 'complete', tab.id), 'the reload');
  if (analysed) await waitFor(async () => (await tabState(tab.id))?.kind === 'policy', `the label of ${tab.url}`);
}

async function openExtensionPage(path: string): Promise<Page> {
  const page = (await openTab(env.h, extUrl(path))).page;
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false');
  return page;
}

async function options(): Promise<Page> {
  const page = await openExtensionPage('options.html');
  await page.waitForSelector('input[name="badge"]');
  return page;
}

const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('options, history and changed policies', () => {
  const tabs: Record<string, Tab> = {};

  beforeAll(async () => {
    for (const [name, url] of Object.entries(SEEDS)) {
      tabs[name] = await openTab(env.h, url());
      await waitForGrade(env.h, tabs[name].id);
    }
  });

  it('the popup links to the options and the history', async () => {
    const popup = await openPopup(env.h, tabs.smartalpaca!.page);
    const links = await popup.$$eval('nav.popup-links a', (as) => as.map((a) => [a.textContent, (a as HTMLAnchorElement).href]));
    expect(links).toEqual([
      ['History', extUrl('labels.html')],
      ['Options', extUrl('options.html')],
    ]);
    await closePopups(env.h);
  });

  it('the history lists the policies browsed, by site, and opens one', async () => {
    const page = await openExtensionPage('labels.html');
    const hosts = await page.$$eval('section.site', (ss) => ss.map((s) => s.getAttribute('data-host')).sort());
    expect(hosts).toEqual(['www.allsmart.example', 'www.smartalpaca.example', 'www.smartjac.example']);
    const row = await text(page, '[data-host="www.smartalpaca.example"] li.entry');
    expect(row).toContain('Privacy Policy | SmartAlpaca');
    // The same grade as the badge.
    expect(await text(page, '[data-host="www.smartalpaca.example"] li.entry .grade')).toBe(await badgeText(env.h, tabs.smartalpaca!.id));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewport({ width: 900, height: 520 });
    await page.screenshot({ path: join(SCREENSHOTS, 'history.png') });

    await page.click('[data-host="www.smartalpaca.example"] button.entry-open');
    await page.waitForSelector('article.label');
    expect(await text(page, 'article.label h1')).toBe('Privacy Policy | SmartAlpaca');
    expect(await text(page, '[data-section="sharing"] [data-item="sale"] .polarity')).toMatch(/No/);
    await page.close();
  });

  it('compares two sites side by side, section by section', async () => {
    const page = await openExtensionPage('labels.html');
    const compare = 'button.primary';
    expect(await page.$eval(compare, (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await page.click('[data-host="www.smartalpaca.example"] input[type="checkbox"]');
    await page.click('[data-host="www.allsmart.example"] input[type="checkbox"]');
    await page.click(compare);
    await page.waitForSelector('table.compare-table');
    const sites = await page.$$eval('thead .compare-site', (s) => s.map((x) => x.textContent));
    expect(sites.sort()).toEqual(['www.allsmart.example', 'www.smartalpaca.example']);
    expect(await page.$$eval('tbody[data-section]', (b) => b.map((x) => x.getAttribute('data-section')))).toEqual([
      'collection', 'sharing', 'retention', 'rights', 'purposes', 'tracking', 'security', 'audiences', 'transfers', 'changes', 'contact',
    ]);
    expect(await page.$$eval('tr.differs', (r) => r.length)).toBeGreaterThan(0);
    await page.setViewport({ width: 1000, height: 700 });
    await page.screenshot({ path: join(SCREENSHOTS, 'compare.png') });
    await page.close();
  });

  it('badge off: a policy gets no badge (the popup still has its label); back on: the grade again', async () => {
    const page = await options();
    await page.click('input[name="badge"]');
    await page.waitForFunction(() => document.querySelector('.status-line')?.textContent === 'Saved.');
    await sleep(200);
    // The open tab loses its badge at once, and a new load gets none.
    expect(await badgeText(env.h, tabs.allsmart!.id)).toBe('');
    await reloadAndWait(tabs.allsmart!);
    expect(await badgeText(env.h, tabs.allsmart!.id)).toBe('');
    const popup = await openPopup(env.h, tabs.allsmart!.page);
    expect(await popup.$('article.label')).not.toBeNull();
    await closePopups(env.h);

    await page.bringToFront();
    await page.click('input[name="badge"]');
    await waitForGrade(env.h, tabs.allsmart!.id);
    await page.close();
  });

  it('badge style "number of concerns" shows a number', async () => {
    const page = await options();
    await page.click('input[name="badgeStyle"][value="concerns"]');
    await waitFor(async () => /^\d+$/.test(await badgeText(env.h, tabs.smartjac!.id)), 'a number on the badge');
    await page.click('input[name="badgeStyle"][value="grade"]');
    await waitForGrade(env.h, tabs.smartjac!.id);
    await page.close();
  });

  it('a site where it never runs: no badge, no label, and the popup says it is switched off there', async () => {
    const page = await options();
    await page.type('#never-site', 'not a site');
    await page.click('form.never-add button[type="submit"]');
    expect(await text(page, '#never-error')).toContain('is not a site name');
    await page.$eval('#never-site', (i) => ((i as HTMLInputElement).value = ''));
    await page.type('#never-site', 'https://smartalpaca.example/anything');
    await page.click('form.never-add button[type="submit"]');
    await page.waitForSelector('li[data-host="smartalpaca.example"]');
    await page.screenshot({ path: join(SCREENSHOTS, 'options.png'), fullPage: true });

    await waitFor(async () => (await badgeText(env.h, tabs.smartalpaca!.id)) === '', 'the badge to go');
    await reloadAndWait(tabs.smartalpaca!, false);
    // Another policy opened after it is labelled: the background has had its turn.
    await reloadAndWait(tabs.smartjac!);
    expect(await badgeText(env.h, tabs.smartalpaca!.id)).toBe('');
    expect(await tabState(tabs.smartalpaca!.id)).toBeUndefined();

    const popup = await openPopup(env.h, tabs.smartalpaca!.page);
    expect(await text(popup, 'h1')).toBe('Privacy Label is switched off on www.smartalpaca.example');
    expect(await popup.$eval('.switched-off a', (a) => (a as HTMLAnchorElement).href)).toBe(extUrl('options.html'));
    expect(await popup.$('article.label')).toBeNull();
    await closePopups(env.h);

    await page.bringToFront();
    await page.click('li[data-host="smartalpaca.example"] button');
    await page.waitForSelector('.never-none');
    await reloadAndWait(tabs.smartalpaca!);
    await waitForGrade(env.h, tabs.smartalpaca!.id);
    await page.close();
  });

  it('a policy that changed since the last visit: Δ on the badge, and the popup lists what changed', async () => {
    variant = 'before';
    const tab = await openTab(env.h, CHANGING);
    const grade = await waitForGrade(env.h, tab.id);
    variant = 'after';
    await reloadAndWait(tab);
    const badge = await waitFor(async () => {
      const t = await badgeText(env.h, tab.id);
      return t.endsWith('Δ') ? t : '';
    }, 'a Δ on the badge');
    expect(badge).toMatch(/^[A-E]Δ$/);
    expect(badge[0]! >= grade).toBe(true); // selling data cannot make the grade better

    const popup = await openPopup(env.h, tab.page);
    expect(await text(popup, '[data-testid="policy-changed"] h2')).toMatch(/^Δ Policy changed since (?:\d{1,2} \w{3},? \d{4}|\w{3} \d{1,2}, \d{4})$/);
    const sale = await text(popup, '[data-testid="policy-changed"] [data-item="sharing/sale"]');
    expect(sale).toContain('Sells or rents your data');
    expect(sale).toContain('No → Yes');
    expect(sale).toContain('We sell your personally identifiable information to data brokers.');
    expect(await text(popup, 'article.label [data-section="sharing"] [data-item="sale"] .polarity')).toMatch(/Yes/);
    const box = await popup.evaluate(() => ({ width: Math.ceil(document.body.getBoundingClientRect().width), height: window.innerHeight }));
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-changed.png'), clip: { x: 0, y: 0, ...box } });
    await closePopups(env.h);

    const page = await openExtensionPage('labels.html');
    expect(await text(page, '[data-host="www.changing.example"] li.entry')).toMatch(/Δ changed/);
    await page.close();
    await tab.page.close();
  });

  it('"clear all stored data" asks first, then empties the history, resets the settings and says it is done', async () => {
    const page = await options();
    await page.click('input[name="badgeStyle"][value="concerns"]');
    await page.waitForFunction(() => document.querySelector('.status-line')?.textContent === 'Saved.');
    await page.click('section[aria-labelledby="opt-data"] button.danger');
    expect(await text(page, '[role="alertdialog"]')).toContain('cannot be undone');
    await page.click('[role="alertdialog"] button.danger');
    await page.waitForFunction(() => document.querySelector('[data-testid="clear-status"]')?.textContent?.includes('All stored data was deleted'));
    expect(await page.$eval('input[name="badgeStyle"][value="grade"]', (i) => (i as HTMLInputElement).checked)).toBe(true);
    const stored = await env.h.worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
    expect(stored).toEqual([]);
    expect(await badgeText(env.h, tabs.allsmart!.id)).toBe('');
    await page.close();

    const history = await openExtensionPage('labels.html');
    expect(await text(history, '.history-empty')).toMatch(/No policies yet/);
    await history.close();
  });
});
