/**
 * The reader page in Chromium with the built extension: opened from the popup's "Read the full
 * policy", it shows the whole policy with the evidence of every stated section marked, filters
 * by section, steps through a section's passages, and shows a hostile policy page sanitized.
 * Also writes docs/screenshots/reader.png for the README.
 */
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePopups, openPopup, openTab, ROOT, snapshot, waitFor, waitForGrade, type PopupSnapshot, type Tab, useFixtures } from './helpers';
import { FIXTURES } from './static-server.mjs';

const env = useFixtures((s) => ({ examplePort: s.port }));
const flat = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

async function openReaderFromPopup(tab: Tab): Promise<Page> {
  const popup = await openPopup(env.h, tab.page);
  const button = await popup.waitForSelector('::-p-aria([name="Read the full policy"][role="button"])');
  await button!.click();
  const target = await env.h.browser.waitForTarget((t) => t.url().includes('/reader.html?tab='), { timeout: 5000 });
  const reader = await target.asPage();
  reader.setDefaultTimeout(8000);
  await reader.waitForSelector('article.policy mark.evidence, .reader-status h1');
  return reader;
}

describe('the reader on seed 000 (SmartAlpaca), opened from the popup', () => {
  let tab: Tab;
  let reader: Page;
  let label: PopupSnapshot;

  beforeAll(async () => {
    tab = await openTab(env.h, `http://www.smartalpaca.example${FIXTURES.seeds[0]!.path}`);
    await waitForGrade(env.h, tab.id);
    label = await snapshot(await openPopup(env.h, tab.page));
    reader = await openReaderFromPopup(tab);
  });

  afterAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    await reader?.close().catch(() => undefined);
    await tab?.page.close().catch(() => undefined);
  });

  it('shows the whole policy text of the page, not the site chrome', async () => {
    const text = flat(await reader.$eval('article.policy', (e) => e.textContent ?? ''));
    const seed = flat(readFileSync(join(ROOT, 'tests/fixtures/seeds/000_c8463d4e3a407de9.txt'), 'utf8'));
    // The policy's first and last sentences are there.
    expect(text).toContain(seed.slice(0, 60));
    expect(text).toContain(seed.slice(-60));
    expect(await reader.$eval('h1', (e) => e.textContent)).toBe('Privacy Policy | SmartAlpaca');
    expect(await reader.$('article.policy nav, article.policy footer, article.policy script')).toBeNull();
  });

  it('marks evidence of every section the label states, tagged with the section name', async () => {
    const stated = label.sections.filter((s) => s.items.length > 0).map((s) => s.id);
    expect(stated.length).toBeGreaterThan(5);
    const marks = await reader.$$eval('article.policy mark.evidence[data-first]', (ms) =>
      ms.map((m) => ({ section: (m as HTMLElement).dataset.section!, tag: getComputedStyle(m, '::before').content })),
    );
    for (const id of stated) expect(marks.some((m) => m.section === id), `a mark for ${id}`).toBe(true);
    // The tag is visible text (CSS generated from data-label), not colour alone.
    const sharing = marks.find((m) => m.section === 'sharing')!;
    expect(sharing.tag).toBe('"Sharing"');
  });

  it('lists every section in the sidebar with its number of passages', async () => {
    const rows = await reader.$$eval('nav li[data-section]', (ls) => ls.map((l) => ({ id: (l as HTMLElement).dataset.section!, text: l.textContent ?? '' })));
    expect(rows.map((r) => r.id).slice(0, 4)).toEqual(['collection', 'sharing', 'retention', 'rights']);
    expect(rows).toHaveLength(11);
    for (const r of rows) expect(r.text).toMatch(/\d+ passages?|not stated/);
  });

  it('"Only Sharing" hides every passage that is not about sharing, and "All sections" brings them back', async () => {
    await reader.select('.filter select', 'sharing');
    await waitFor(async () => (await reader.$$eval('article.policy .filtered-out', (e) => e.length)) > 0 || undefined, 'passages hidden by the filter');
    const shown = await reader.$$eval('article.policy p, article.policy li, article.policy h1, article.policy h2, article.policy h3', (els) =>
      els.filter((e) => (e as HTMLElement).offsetParent !== null && !e.querySelector('p, li')).map((e) => ({ text: e.textContent ?? '', sharing: e.querySelector('mark[data-section="sharing"]') !== null })),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((s) => s.sharing)).toBe(true);
    // Other sections' marks lose their colour.
    const other = await reader.$eval('article.policy mark.evidence:not([data-section="sharing"])', (m) => getComputedStyle(m).backgroundColor);
    expect(other).toBe('rgba(0, 0, 0, 0)');
    expect(await reader.$eval('.filter-notice', (e) => e.textContent)).toBe('Showing only the passages about Sharing.');
    await reader.select('.filter select', '');
    // Preact renders the change on its next tick: wait for the passages to come back.
    await waitFor(async () => (await reader.$$eval('article.policy .filtered-out', (e) => e.length)) === 0 || undefined, 'every passage shown again');
  });

  it('next / previous step through one section\'s passages and scroll to them', async () => {
    const count = await reader.$$eval('article.policy mark.evidence[data-first][data-section="collection"]', (m) => m.length);
    expect(count).toBeGreaterThan(1);
    const next = await reader.waitForSelector('::-p-aria([name="Next passage about Data collected"][role="button"])');
    const seen: string[] = [];
    for (let i = 0; i < 2; i++) {
      await next!.click();
      const cur = await reader.$eval('mark.current', (m) => {
        const r = m.getBoundingClientRect();
        return { text: m.textContent ?? '', section: (m as HTMLElement).dataset.section, inView: r.top >= 0 && r.bottom <= innerHeight, focused: document.activeElement === m };
      });
      expect(cur.section).toBe('collection');
      expect(cur.inView).toBe(true);
      expect(cur.focused).toBe(true);
      seen.push(cur.text);
    }
    expect(seen[0]).not.toBe(seen[1]);
    await (await reader.$('::-p-aria([name="Previous passage about Data collected"][role="button"])'))!.click();
    expect(await reader.$eval('mark.current', (m) => m.textContent)).toBe(seen[0]);
  });

  it('looks right (screenshot for the README)', async () => {
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    await reader.setViewport({ width: 1200, height: 800 });
    await reader.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await reader.evaluate(() => scrollTo(0, 0));
    const png = await reader.screenshot({ path: join(ROOT, 'docs/screenshots/reader.png') });
    expect(png.byteLength).toBeGreaterThan(20_000);
  });
});

describe('the reader on a hostile policy page', () => {
  let server: Server;
  let port: number;
  const seed = readFileSync(join(ROOT, 'tests/fixtures/seeds/003_e76dca881b1de927.txt'), 'utf8');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = seed
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (/\?$/.test(l.trim()) ? `<h2>${esc(l)}</h2>` : `<p>${esc(l)}</p>`))
    .join('\n');
  const hostile = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy Policy</title></head><body>
    <main><h1 onclick="document.documentElement.dataset.pwned='h1'">Privacy Policy</h1>
    <p>Intro <img src="/nothing.png" onerror="document.documentElement.dataset.pwned='img'"> text.
    <script>document.documentElement.dataset.pageScript = 'ran';</script></p>
    <iframe srcdoc="<script>parent.document.documentElement.dataset.pwned='iframe'</script>"></iframe>
    <p style="position:fixed;inset:0;background:red">Styled</p>
    <svg><script>document.documentElement.dataset.pwned='svg'</script></svg>
    <form action="/steal"><input name="card"></form>
    <p><a href="javascript:document.documentElement.dataset.pwned='link'">a link</a></p>
    ${body}</main></body></html>`;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/hostile/privacy') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostile);
      else res.writeHead(404).end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    port = (server.address() as { port: number }).port;
  });

  afterAll(async () => {
    await closePopups(env.h).catch(() => undefined);
    server?.closeAllConnections();
    await new Promise((ok) => server?.close(ok));
  });

  it('shows the policy sanitized: nothing of the page\'s scripts, handlers, frames, forms or styles runs or comes along', async () => {
    const tab = await openTab(env.h, `http://127.0.0.1:${port}/hostile/privacy`);
    try {
      await waitForGrade(env.h, tab.id);
      // The page's own script ran in the page: the test page is what it claims to be.
      expect(await tab.page.evaluate(() => document.documentElement.dataset.pageScript)).toBe('ran');
      const reader = await openReaderFromPopup(tab);
      await reader.waitForSelector('article.policy mark.evidence');
      // Give an onerror or a frame time to fire, then click what was clickable.
      await new Promise((ok) => setTimeout(ok, 300));
      await reader.$eval('article.policy h1', (h) => (h as HTMLElement).click());
      const found = await reader.evaluate(() => ({
        pwned: document.documentElement.dataset.pwned ?? null,
        pageScript: document.documentElement.dataset.pageScript ?? null,
        dangerous: document.querySelectorAll('article.policy :is(script, img, iframe, svg, form, input, style, link, object, embed)').length,
        handlers: [...document.querySelectorAll('article.policy *')].filter((e) => e.getAttributeNames().some((a) => a.startsWith('on') || a === 'style' || a === 'srcdoc')).length,
        link: document.querySelector('article.policy a')?.getAttribute('href') ?? null,
        text: document.querySelector('article.policy')?.textContent ?? '',
      }));
      expect(found).toMatchObject({ pwned: null, pageScript: null, dangerous: 0, handlers: 0, link: null });
      expect(found.text).toContain('Intro');
      expect(found.text).toContain('Styled');
      await reader.close();
    } finally {
      await tab.page.close().catch(() => undefined);
    }
  });
});
