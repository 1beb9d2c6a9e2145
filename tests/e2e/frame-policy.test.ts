/**
 * A policy inside a same-origin <iframe> (/lumen/frame/privacy): the page itself holds a heading,
 * one sentence and the frame; the policy's text is the frame's document. The extractor reads the
 * frame in place (waiting for it to load), so the page gets a grade and the popup's quotes come
 * from the framed text. Clicking one of those quotes scrolls to the sentence in the frame and
 * highlights it there; a click in the frame clears the highlight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { closePopups, openPopup, openTab, snapshot, waitFor, waitForGrade, type Tab, useFixtures } from './helpers';

const env = useFixtures();

describe('a policy in a same-origin iframe', () => {
  let tab: Tab;
  let popup: Page;

  beforeAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    tab = await openTab(env.h, `${env.server.url}/lumen/frame/privacy`);
  });
  afterAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    await tab?.page.close().catch(() => undefined);
  });

  it('gets a grade from the framed text', async () => {
    expect(await waitForGrade(env.h, tab.id)).toMatch(/^[A-E]$/);
  });

  it("quotes sentences that are only in the frame's document", async () => {
    popup = await openPopup(env.h, tab.page);
    await popup.waitForSelector('article.label', { timeout: 8000 });
    const snap = await snapshot(popup);
    expect(snap.grade).toMatch(/^[A-E]$/);
    const quotes = snap.sections.flatMap((s) => s.items.flatMap((i) => i.quotes));
    expect(quotes.length).toBeGreaterThan(2);
    const frame = tab.page.frames().find((f) => f.url().endsWith('/lumen/frame/policy-body'));
    expect(frame).toBeDefined();
    const [framed, outer] = await Promise.all([
      frame!.evaluate(() => document.body.innerText.replace(/\s+/g, ' ')),
      tab.page.evaluate(() => document.querySelector('main')!.innerText.replace(/\s+/g, ' ')),
    ]);
    const norm = (q: string) => q.replace(/^[“"]|[”"]$/g, '').replace(/…$/, '').trim().slice(0, 40);
    const fromFrame = quotes.filter((q) => framed.includes(norm(q)));
    expect(fromFrame.length).toBeGreaterThan(0);
    expect(quotes.some((q) => outer.includes(norm(q)))).toBe(false);
  });

  it('jumps to a quoted sentence inside the frame and highlights it there', async () => {
    const frame = tab.page.frames().find((f) => f.url().endsWith('/lumen/frame/policy-body'))!;
    const item = 'li:has(.quote-link)';
    await popup.click(`${item} summary`);
    const quote = await popup.$eval(`${item} .quote-link`, (e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
    await popup.click(`${item} .quote-link`);
    const text = await waitFor(() => highlighted(frame), 'the highlight in the frame');
    expect(text.replace(/\s+/g, ' ')).toContain(quote.replace(/[“”"]/g, '').replace(/….*$/, '').trim().slice(0, 40));
    // The top document holds no highlight of its own.
    expect(await highlighted(tab.page)).toBe('');
    // The frame is on screen and the sentence is within the frame's viewport.
    const onScreen = await waitFor(
      () =>
        frame.evaluate(() => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('privacy-label-evidence');
          const rect = h ? [...h][0]?.getBoundingClientRect() : undefined;
          return rect && rect.height > 0 && rect.top >= 0 && rect.bottom <= innerHeight ? true : undefined;
        }),
      'the sentence to be in view in the frame',
    );
    expect(onScreen).toBe(true);
    // A click in the frame's page clears it.
    await frame.click('body');
    expect(await waitFor(async () => ((await highlighted(frame)) === '' ? 'cleared' : undefined), 'the highlight to clear')).toBe('cleared');
  });
});

const highlighted = (target: Page | Frame) =>
  target.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('privacy-label-evidence');
    return h ? [...h].map((r) => r.toString()).join(' ') : '';
  });
