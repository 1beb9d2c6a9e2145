/**
 * Jump to the sentence when it sits in a collapsed part of the page: the policy's numbered
 * sections in closed <details>, and the same sections as tab panels of which only the first is
 * shown. Clicking a quote in the popup opens the section (the <details>, or the tab as a reader
 * would press it), scrolls to the sentence and highlights it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePopups, openPopup, openTab, waitFor, waitForGrade, type Tab, useFixtures } from './helpers';

const env = useFixtures();

const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('privacy-label-evidence');
    return h ? [...h].map((r) => r.toString()).join(' ') : '';
  });

/** Whether the highlighted range is laid out (not inside a closed <details> or a hidden panel). */
const highlightVisible = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('privacy-label-evidence');
    const range = h ? [...h][0] : undefined;
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && rect.top >= 0 && rect.bottom <= innerHeight;
  });

for (const [layout, path, closedSelector] of [
  ['closed <details>', '/lumen/accordion/privacy', 'details:not([open])'],
  ['hidden tab panels', '/lumen/tabs/privacy', '[role="tabpanel"][hidden]'],
] as const) {
  describe(`jump to a sentence in ${layout}`, () => {
    let tab: Tab;
    let popup: Page;

    beforeAll(async () => {
      await closePopups(env.h).catch(() => undefined);
      tab = await openTab(env.h, env.server.url + path);
      await waitForGrade(env.h, tab.id);
      popup = await openPopup(env.h, tab.page);
      await popup.waitForSelector('article.label');
    });

    afterAll(async () => {
      await closePopups(env.h).catch(() => undefined);
      await tab?.page.close().catch(() => undefined);
    });

    it('reads the whole policy although its sections are closed', async () => {
      expect(await tab.page.$$eval(closedSelector, (els) => els.length)).toBeGreaterThanOrEqual(5);
      // The retention period is stated in section 3, closed when the page opens.
      expect(await popup.$('[data-section="retention"] .quote-link')).not.toBeNull();
    });

    it('opens the closed section, scrolls to the sentence and highlights it', async () => {
      const item = '[data-section="retention"] li:has(.quote-link)';
      const quote = await popup.$eval(`${item} .quote-link`, (e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
      // The popup shows an item's quotes once the item is opened, as a reader would.
      await popup.click(`${item} summary`);
      await popup.click(`${item} .quote-link`);
      const text = await waitFor(() => highlighted(tab.page), 'the highlight in the page');
      // The highlight is the quoted sentence (the popup may shorten a long quote with "…").
      expect(text.replace(/\s+/g, ' ')).toContain(quote.replace(/[“”"]/g, '').replace(/….*$/, '').trim().slice(0, 40));
      // The section that holds it is open now.
      const inClosed = await tab.page.evaluate((sel: string) => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('privacy-label-evidence');
        const range = h ? [...h][0] : undefined;
        return !range || !!range.startContainer.parentElement?.closest(sel);
      }, closedSelector);
      expect(inClosed).toBe(false);
      expect(await waitFor(() => highlightVisible(tab.page), 'the sentence to be on screen')).toBe(true);
    });
  });
}
