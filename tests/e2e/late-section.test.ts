/**
 * A section that appears after the page was first extracted (/lumen/late-section/privacy): the
 * page is a policy from the start (sections 1–4) and gets a grade at once; its script appends
 * sections 5–8 2.5 s later. The extractor's late-text watcher (utils/late-text.ts, a
 * MutationObserver — no polling) extracts the page again, and the popup's label comes to quote
 * sentences of the late sections.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePopups, openPopup, openTab, snapshot, waitFor, waitForGrade, type Tab, useFixtures } from './helpers';

const env = useFixtures();

describe('a policy whose last sections are rendered late', () => {
  let tab: Tab;

  beforeAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    tab = await openTab(env.h, `${env.server.url}/lumen/late-section/privacy`);
  });
  afterAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    await tab?.page.close().catch(() => undefined);
  });

  it('is graded on its first sections, and its label comes to quote the late ones', async () => {
    // The content script's size signature (utils/navigation.ts, entrypoints/content.ts): the
    // late sections do not change it, so only the extractor's late-text watcher can notice them.
    const size = () => tab.page.evaluate(() => Math.round(2 * Math.log2(1 + document.getElementsByTagName('*').length)));
    const before = await size();
    expect(await waitForGrade(env.h, tab.id)).toMatch(/^[A-E]$/);
    // The text of the late sections, once the page has appended them.
    await tab.page.waitForFunction(() => !!document.getElementById('5-your-rights'), { timeout: 8000 });
    expect(await size()).toBe(before);
    const { late, early } = await tab.page.evaluate(() => {
      const all = document.getElementById('policy')!.innerText.replace(/\s+/g, ' ');
      const at = all.indexOf('5. Your Rights');
      return { late: all.slice(at), early: all.slice(0, at) };
    });
    const norm = (q: string) => q.replace(/^[“"]|[”"]$/g, '').replace(/…$/, '').trim().slice(0, 40);
    const lateQuotes = await waitFor(
      async () => {
        const snap = await snapshot(await openPopup(env.h, tab.page));
        const quotes = snap.sections.flatMap((s) => s.items.flatMap((i) => i.quotes));
        const found = quotes.filter((q) => late.includes(norm(q)) && !early.includes(norm(q)));
        return found.length ? found : null;
      },
      'a quote from sections 5–8 in the popup',
      12000,
      1000,
    );
    expect(lateQuotes?.length).toBeGreaterThan(0);
  });
});
