/**
 * A policy inside a same-origin <iframe> (/lumen/frame/privacy): the page itself holds a heading,
 * one sentence and the frame; the policy's text is the frame's document. The extractor reads the
 * frame in place (waiting for it to load), so the page gets a grade and the popup's quotes come
 * from the framed text.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePopups, openPopup, openTab, snapshot, waitForGrade, type Tab, useFixtures } from './helpers';

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
});
