/**
 * Content that changes without a URL change, and a page too long to read whole:
 * - a policy whose text arrives 1.5 s after the page is idle gets its grade once the text is there;
 * - a single-page app that swaps pricing ⇄ privacy in place (buttons, no history call) gets a
 *   grade on its privacy view and loses it on its pricing view (the content watcher; no polling);
 * - a policy page of about 3 MB of text (built by its script on load) gets a grade, and the popup
 *   says that only the first part was analysed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, closePopups, openPopup, openTab, sleep, waitFor, waitForGrade, type Tab, useFixtures } from './helpers';

const env = useFixtures();

describe('a policy whose text loads late', () => {
  it('has no grade while the page says "Loading…", and a grade once the text is in', async () => {
    const tab = await openTab(env.h, `${env.server.url}/lumen/late/privacy`);
    try {
      expect(await badgeText(env.h, tab.id)).not.toMatch(/^[A-E]$/);
      expect(await waitForGrade(env.h, tab.id, 8000)).toMatch(/^[A-E]$/);
    } finally {
      await tab.page.close().catch(() => undefined);
    }
  });
});

describe('a single-page app that swaps its content without a URL change', () => {
  let tab: Tab;
  const url = () => `${env.server.url}/lumen/app`;

  beforeAll(async () => {
    tab = await openTab(env.h, url());
  });
  afterAll(async () => {
    await tab?.page.close().catch(() => undefined);
  });

  it('has no badge on its pricing view', async () => {
    await tab.page.waitForFunction(() => document.querySelector('#app h1')?.textContent === 'Pricing');
    await sleep(1500);
    expect(await badgeText(env.h, tab.id)).toBe('');
  });

  it('gets a grade when the privacy view is swapped in, at the same URL', async () => {
    await tab.page.click('.app-tabs button[data-view="privacy"]');
    await tab.page.waitForFunction(() => !!document.querySelector('#app article.policy'));
    expect(tab.page.url()).toBe(url());
    expect(await waitForGrade(env.h, tab.id)).toMatch(/^[A-E]$/);
  });

  it('loses it when the pricing view comes back', async () => {
    await tab.page.click('.app-tabs button[data-view="pricing"]');
    await tab.page.waitForFunction(() => document.querySelector('#app h1')?.textContent === 'Pricing');
    expect(await waitFor(async () => (await badgeText(env.h, tab.id)) === '', 'the badge to clear')).toBe(true);
    expect(tab.page.url()).toBe(url());
  });
});

describe('a huge policy page (about 3 MB of text)', () => {
  let tab: Tab;

  beforeAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    tab = await openTab(env.h, `${env.server.url}/lumen/huge/privacy`);
  });
  afterAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    await tab?.page.close().catch(() => undefined);
  });

  it('is really that large', async () => {
    const chars = await tab.page.evaluate(() => document.body.textContent?.length ?? 0);
    expect(chars).toBeGreaterThan(2_500_000);
  });

  it('gets a grade, and the popup says that only the first part was analysed', async () => {
    expect(await waitForGrade(env.h, tab.id, 20000)).toMatch(/^[A-E]$/);
    const popup = await openPopup(env.h, tab.page);
    await popup.waitForSelector('article.label');
    const notice = await popup.$$eval('.notice', (els) => els.map((e) => e.textContent ?? '').join(' '));
    expect(notice).toMatch(/very long.*first 2 million characters/);
  });
});
