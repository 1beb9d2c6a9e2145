/**
 * The badge, in Chromium with the built extension: a grade letter on each seed policy, nothing
 * on a news article or a shop page, and a single-page app that moves between its policy and
 * another page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, closePopups, openTab, sleep, waitFor, waitForGrade, type Tab, useFixtures } from './helpers';
import { FIXTURES } from './static-server.mjs';

const env = useFixtures();

describe('badge', () => {
  const tabs = new Map<string, Tab>();

  beforeAll(async () => {
    // All pages at once, in background tabs, as a reader with many tabs open would have them.
    const paths = [...FIXTURES.seeds.map((s) => s.path), FIXTURES.article, FIXTURES.product];
    const opened = await Promise.all(paths.map((p) => openTab(env.h, env.server.url + p, false)));
    for (const t of opened) tabs.set(new URL(t.url).pathname, t);
  });

  afterAll(async () => {
    await Promise.all([...tabs.values()].map((t) => t.page.close().catch(() => undefined)));
  });

  for (const { seed, site, path } of FIXTURES.seeds) {
    it(`shows a grade letter A–E on seed ${seed} (${site}, ${path})`, async () => {
      const letter = await waitForGrade(env.h, tabs.get(path)!.id);
      expect(letter).toMatch(/^[A-E]$/);
    });
  }

  for (const [what, path] of [
    ['a news article', FIXTURES.article],
    ['a shop product page whose consent banner says "We value your privacy"', FIXTURES.product],
  ] as const) {
    it(`stays empty on ${what}`, async () => {
      // The policies opened at the same time have their letters by now (tests above); give
      // this page the same time and more after its load.
      await sleep(1500);
      expect(await badgeText(env.h, tabs.get(path)!.id)).toBe('');
    });
  }
});

describe('single-page app (history.pushState)', () => {
  let tab: Tab;

  beforeAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    tab = await openTab(env.h, env.server.url + FIXTURES.spa.policy, true);
    // The reader accepts the cookie banner, which would otherwise cover the footer links.
    await tab.page.click('#cookie-banner [data-consent="accept"]');
  });

  afterAll(async () => {
    await tab?.page.close().catch(() => undefined);
  });

  it('badges the app while it shows its privacy policy', async () => {
    expect(await waitForGrade(env.h, tab.id)).toMatch(/^[A-E]$/);
  });

  it('clears the badge when the app pushes its pricing page', async () => {
    // The app's own menu link: its router calls history.pushState and replaces the content.
    await tab.page.click(`header nav a[href="${FIXTURES.spa.other}"]`);
    await tab.page.waitForFunction((p: string) => location.pathname === p && document.querySelector('main h1')?.textContent === 'Pricing', {}, FIXTURES.spa.other);
    expect(await waitFor(async () => (await badgeText(env.h, tab.id)) === '', 'the badge to clear')).toBe(true);
    // …and it stays clear once the page has settled and been checked again.
    await sleep(1500);
    expect(await badgeText(env.h, tab.id)).toBe('');
  });

  it('sets it again when the app pushes back to its privacy policy', async () => {
    await tab.page.click(`footer a[href="${FIXTURES.spa.policy}"]`);
    await tab.page.waitForFunction((p: string) => location.pathname === p && !!document.querySelector('main article.policy'), {}, FIXTURES.spa.policy);
    expect(await waitForGrade(env.h, tab.id)).toMatch(/^[A-E]$/);
  });
});
