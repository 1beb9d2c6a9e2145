/**
 * The extractor (≈ 60 KB) is injected into a document once, not before every extraction: the
 * browser's own debugger protocol (Debugger.scriptParsed, as DevTools sees scripts) counts how
 * many times the tab ran extractor.js, while the reader uses the popup and the pages as usual —
 * and the labels stay right, in a new document and after a single-page app's navigations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'puppeteer-core';
import { badgeText, closePopups, openPopup, openTab, snapshot, waitFor, waitForGrade, type Tab, useFixtures } from './helpers';
import { FIXTURES } from './static-server.mjs';

const env = useFixtures();

describe('the extractor is injected once per document', () => {
  let tab: Tab;
  let cdp: CDPSession;
  /** Times the tab ran extractor.js (each test counts its own). */
  let runs = 0;

  beforeAll(async () => {
    tab = await openTab(env.h, env.server.url + FIXTURES.product);
    cdp = await tab.page.createCDPSession();
    cdp.on('Debugger.scriptParsed', (e: { url: string }) => {
      if (e.url.endsWith('/extractor.js')) runs++;
    });
    await cdp.send('Debugger.enable');
  });

  afterAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    await cdp?.detach().catch(() => undefined);
    await tab?.page.close().catch(() => undefined);
  });

  /** The popup's "Analyse this site's privacy policy": the page's extractor fetches and reads it. */
  async function analyseSitePolicy(): Promise<string | null> {
    const popup = await openPopup(env.h, tab.page);
    expect(await popup.$eval('h1', (e) => e.textContent)).toBe('This page is not a privacy policy');
    await (await popup.$('::-p-aria([name="Analyse this site\'s privacy policy"][role="button"])'))!.click();
    await popup.waitForSelector('article.label', { timeout: 8000 });
    return (await snapshot(popup)).grade;
  }

  it('reads the page (badge check) and, asked twice from the popup, its site\'s policy with one injection', async () => {
    runs = 0;
    await tab.page.goto(env.server.url + FIXTURES.article);
    for (let i = 0; i < 2; i++) expect(await analyseSitePolicy()).toMatch(/^[A-E]$/);
    expect(runs).toBe(1);
  });

  it('injects it again into a new document, and the single-page app keeps its labels with that one injection', async () => {
    await closePopups(env.h);
    runs = 0;
    await tab.page.goto(env.server.url + FIXTURES.spa.policy);
    expect(await waitForGrade(env.h, tab.id)).toMatch(/^[A-E]$/);
    expect(runs).toBe(1);
    await tab.page.click('#cookie-banner [data-consent="accept"]');
    await tab.page.click(`header nav a[href="${FIXTURES.spa.other}"]`);
    await waitFor(async () => (await badgeText(env.h, tab.id)) === '', 'the badge to clear on the pricing page');
    await tab.page.click(`footer a[href="${FIXTURES.spa.policy}"]`);
    await tab.page.waitForFunction((p: string) => location.pathname === p && !!document.querySelector('main article.policy'), {}, FIXTURES.spa.policy);
    expect(await waitForGrade(env.h, tab.id)).toMatch(/^[A-E]$/);
    expect(runs).toBe(1);
  });
});
