/**
 * "Analyse this site's privacy policy": on the news article (not a policy) the popup finds the
 * footer's same-origin link to the Daily Courier's policy, the page itself fetches it, and the
 * popup shows that policy's label; the tab's own badge stays empty and no other origin is asked.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, closePopups, openPopup, openTab, snapshot, type Tab, useFixtures } from './helpers';
import { FIXTURES } from './static-server.mjs';

const env = useFixtures();

describe("Analyse this site's privacy policy (news article → its policy)", () => {
  let tab: Tab;
  let popup: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    tab = await openTab(env.h, env.server.url + FIXTURES.article);
    tab.page.on('request', (r: HTTPRequest) => void requests.push(r.url()));
    popup = await openPopup(env.h, tab.page);
  });

  afterAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    await tab?.page.close().catch(() => undefined);
  });

  it('offers the policy the footer links to', async () => {
    expect(await popup.$eval('h1', (e) => e.textContent)).toBe('This page is not a privacy policy');
    const link = await popup.$eval('.policy-link span', (e) => e.getAttribute('title'));
    expect(link).toBe(`${env.server.url}/dailycourier/privacy-policy`);
    expect(await popup.$('::-p-aria([name="Analyse this site\'s privacy policy"][role="button"])')).not.toBeNull();
  });

  it("shows the policy's label, fetched from the same origin only", async () => {
    await (await popup.$('::-p-aria([name="Analyse this site\'s privacy policy"][role="button"])'))!.click();
    await popup.waitForSelector('article.label', { timeout: 8000 });
    const snap = await snapshot(popup);
    expect(snap.grade).toMatch(/^[A-E]$/);
    expect(snap.sections.map((s) => s.id).slice(0, 4)).toEqual(['collection', 'sharing', 'retention', 'rights']);
    expect(requests).toContain(`${env.server.url}/dailycourier/privacy-policy`);
    expect(requests.filter((u) => !u.startsWith(env.server.url) && !u.startsWith('data:'))).toEqual([]);
    // The tab still shows the article: no badge.
    expect(await badgeText(env.h, tab.id)).toBe('');
    // Its quotes are not in this tab's page, so they are plain quotes, not jump buttons.
    expect(await popup.$$eval('blockquote.quote', (q) => q.length)).toBeGreaterThan(0);
    expect(await popup.$$eval('.quote-link', (q) => q.length)).toBe(0);
  });
});
