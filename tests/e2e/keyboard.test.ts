/**
 * The popup with the keyboard alone, in Chromium with the built extension: Tab reaches the
 * grade's "why", every item, the quotes of an opened item and the copy buttons, each with a
 * visible focus ring; Enter and Space open, jump to the sentence and copy.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePopups, openPopup, openTab, waitFor, waitForGrade, type Tab, useFixtures } from './helpers';
import { FIXTURES } from './static-server.mjs';

const env = useFixtures();

interface Focus {
  tag: string;
  text: string;
  item: string | null;
  section: string | null;
  ring: boolean;
}

const focused = (popup: Page): Promise<Focus> =>
  popup.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', text: '', item: null, section: null, ring: false };
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
      item: (el.closest('li[data-item]') as HTMLElement | null)?.dataset.item ?? null,
      section: (el.closest('section[data-section]') as HTMLElement | null)?.dataset.section ?? null,
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });

/** Presses Tab until `want` holds for the focused element; returns what was passed on the way. */
async function tabTo(popup: Page, want: (f: Focus) => boolean, limit = 400): Promise<Focus[]> {
  const path: Focus[] = [];
  for (let i = 0; i < limit; i++) {
    await popup.keyboard.press('Tab');
    const f = await focused(popup);
    path.push(f);
    if (want(f)) return path;
  }
  throw new Error(`Tab never reached the element (last: ${JSON.stringify(path.slice(-3))})`);
}

describe('the popup with the keyboard alone (seed 003)', () => {
  let tab: Tab;
  let popup: Page;

  beforeAll(async () => {
    tab = await openTab(env.h, env.server.url + FIXTURES.seeds[3]!.path);
    await waitForGrade(env.h, tab.id);
    popup = await openPopup(env.h, tab.page);
    await popup.waitForSelector('article.label');
    await popup.bringToFront();
  });

  afterAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    await tab?.page.close().catch(() => undefined);
  });

  it('Tab reaches the grade\'s "why" first, with a focus ring, and Space opens it', async () => {
    const path = await tabTo(popup, (f) => /^Why grade [A-E]\?$/.test(f.text));
    expect(path).toHaveLength(1);
    expect(path[0]!.ring).toBe(true);
    await popup.keyboard.press('Space');
    expect(await popup.$eval('details.grade-why', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await popup.$eval('details.grade-why', (d) => d.textContent)).toMatch(/[+-]\d+ · /);
  });

  it('every item of every section can be reached; closed items hide their quotes from Tab', async () => {
    const items = await popup.$$eval('li[data-item]', (ls) => ls.map((l) => `${(l.closest('section') as HTMLElement).dataset.section}/${(l as HTMLElement).dataset.item}`));
    const path = await tabTo(popup, (f) => f.text === 'Copy as text');
    const reached = new Set(path.filter((f) => f.tag === 'summary' && f.item).map((f) => `${f.section}/${f.item}`));
    expect([...new Set(items)].filter((i) => !reached.has(i))).toEqual([]);
    expect(path.some((f) => f.tag === 'button' && f.item)).toBe(false);
    expect(path.filter((f) => f.tag !== 'body').every((f) => f.ring)).toBe(true);
  });

  it('Enter opens an item; Tab then reaches its quote; Enter on the quote shows it in the page', async () => {
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(popup, (f) => f.tag === 'summary' && f.section === 'retention' && f.item === 'period');
    await popup.keyboard.press('Enter');
    expect(await popup.$eval('[data-section="retention"] li[data-item="period"] details', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await popup.keyboard.press('Tab');
    const quote = await focused(popup);
    expect(quote).toMatchObject({ tag: 'button', section: 'retention', item: 'period', ring: true });
    await popup.keyboard.press('Enter');
    const highlighted = await waitFor(
      () =>
        tab.page.evaluate(() => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('privacy-label-evidence');
          return h ? [...h].map((r) => r.toString()).join(' ') : '';
        }),
      'the highlight in the page',
    );
    expect(highlighted).toContain('for up to one year');
  });

  it('Space on "Copy as text" copies and the live region says so', async () => {
    await popup.bringToFront();
    await tabTo(popup, (f) => f.text === 'Copy as text');
    await popup.keyboard.press('Space');
    await popup.waitForFunction(() => document.querySelector('.copy-status')?.textContent === 'Copied as plain text.', { timeout: 5000 });
    expect(await popup.$eval('.copy-status', (s) => s.getAttribute('aria-live'))).toBe('polite');
  });
});
