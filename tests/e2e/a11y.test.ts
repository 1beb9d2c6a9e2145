/**
 * Accessibility scan (axe-core, WCAG 2.1 A/AA and best practice) of the extension's pages in
 * Chromium with the built extension: the popup on a seed policy in light and dark mode, closed
 * and with every section opened, the popup's other states, the reader, and the options page
 * when it exists. Zero violations.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePopups, EXTENSION_DIR, openPopup, openTab, waitForGrade, type Tab, useFixtures } from './helpers';
import { axeViolations, openAllDetails } from './axe';
import { FIXTURES } from './static-server.mjs';

const env = useFixtures();

describe('the popup on seed 000', () => {
  let tab: Tab;
  let popup: Page;

  beforeAll(async () => {
    tab = await openTab(env.h, env.server.url + FIXTURES.seeds[0]!.path);
    await waitForGrade(env.h, tab.id);
    popup = await openPopup(env.h, tab.page);
    await popup.waitForSelector('article.label');
  });

  afterAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    await tab?.page.close().catch(() => undefined);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations in ${scheme} mode, closed and with every item opened`, async () => {
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await popup.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = false;
      });
      expect(await axeViolations(popup)).toEqual([]);
      await openAllDetails(popup);
      expect(await axeViolations(popup)).toEqual([]);
    });
  }

  it('has landmarks and headings a screen reader can move between', async () => {
    const outline = await popup.evaluate(() => ({
      main: document.querySelectorAll('main').length,
      h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
      h2: document.querySelectorAll('h2').length,
      unnamedButtons: [...document.querySelectorAll('button')].filter((b) => !(b.textContent ?? '').trim() && !b.getAttribute('aria-label')).length,
      live: document.querySelector('[aria-live="polite"]') !== null,
    }));
    expect(outline.main).toBe(1);
    expect(outline.h1).toHaveLength(1);
    expect(outline.h2).toBeGreaterThanOrEqual(11);
    expect(outline.unnamedButtons).toBe(0);
    expect(outline.live).toBe(true);
  });
});

describe('the popup on a page that is not a policy', () => {
  it('has no violations', async () => {
    const tab = await openTab(env.h, env.server.url + FIXTURES.article);
    try {
      const popup = await openPopup(env.h, tab.page);
      await popup.waitForSelector('.status h1');
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        expect(await axeViolations(popup)).toEqual([]);
      }
    } finally {
      await closePopups(env.h).catch(() => undefined);
      await tab.page.close().catch(() => undefined);
    }
  });
});

describe('the reader on seed 002', () => {
  let tab: Tab;
  let reader: Page;

  beforeAll(async () => {
    tab = await openTab(env.h, env.server.url + FIXTURES.seeds[2]!.path);
    await waitForGrade(env.h, tab.id);
    reader = await env.h.browser.newPage();
    await reader.goto(`chrome-extension://${env.h.extension.id}/reader.html?tab=${tab.id}`);
    await reader.waitForSelector('article.policy mark.evidence');
  });

  afterAll(async () => {
    await reader?.close().catch(() => undefined);
    await tab?.page.close().catch(() => undefined);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no violations in ${scheme} mode, and none with a filter on`, async () => {
      await reader.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      expect(await axeViolations(reader)).toEqual([]);
      await reader.select('.filter select', 'sharing');
      expect(await axeViolations(reader)).toEqual([]);
      await reader.select('.filter select', '');
    });
  }
});

describe('the options page', () => {
  const options = join(EXTENSION_DIR, 'options.html');
  it.skipIf(!existsSync(options))('has no violations, light and dark', async () => {
    const page = await env.h.browser.newPage();
    try {
      await page.goto(`chrome-extension://${env.h.extension.id}/options.html`);
      await page.waitForFunction(() => document.querySelector('h1') !== null, { timeout: 5000 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        expect(await axeViolations(page)).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
  if (!existsSync(options)) console.warn(`a11y: ${options} does not exist (no options page in this build yet): its scan is skipped.`);
});
