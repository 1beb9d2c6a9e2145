/**
 * Hostile and broken pages, and the extension's own privacy, in Chromium with the built
 * extension. Every host name resolves to one local server that logs what arrives, so a request
 * of the extension's own — to any host — would be seen.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, closePopups, launch, openPopup, openTab, ROOT, sleep, waitForGrade, type Harness } from './helpers';

const seed = readFileSync(join(ROOT, 'tests/fixtures/seeds/003_e76dca881b1de927.txt'), 'utf8');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The seed as HTML: question lines as headings, the rest as paragraphs. */
const policyHtml = (extra = '') =>
  seed
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (/\?$/.test(l.trim()) || l === l.toUpperCase() ? `<h2>${esc(l)}</h2>` : `<p>${esc(l)}</p>`))
    .join('\n') + extra;

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

const PAGES: Record<string, string> = {
  // Policy text that carries markup, script and bidi tricks as *text*.
  '/xss/privacy': page(
    'Privacy Policy',
    `<main><h1>Privacy Policy &lt;img src=x onerror="window.__pwned=1"&gt;</h1>
     <p>We collect your email address &lt;script&gt;window.__pwned=2&lt;/script&gt; when you register &lt;a href="javascript:window.__pwned=3"&gt;here&lt;/a&gt;.</p>
     <p>We do not sell your personal information \u202Eot sdrawkcab\u202C to\u200B anyone &lt;svg onload="window.__pwned=4"&gt;.</p>
     ${policyHtml()}</main>`,
  ),
  // A page whose own scripts break the built-ins a content script might lean on.
  '/prototypes/privacy': page(
    'Privacy Policy',
    `<main>${policyHtml()}</main>`,
    `<script>
      Array.prototype.map = function () { throw new Error('hostile map'); };
      Array.prototype.push = function () { throw new Error('hostile push'); };
      JSON.stringify = () => { throw new Error('hostile JSON'); };
      JSON.parse = () => { throw new Error('hostile JSON'); };
      Object.defineProperty(Node.prototype, 'textContent', { get() { return 'hostile'; } });
      window.MutationObserver = function () { throw new Error('hostile MutationObserver'); };
      String.prototype.replace = function () { return 'hostile'; };
    </script>`,
  ),
  // 100 000 elements.
  '/huge/privacy': page('Privacy Policy', `<main>${policyHtml()}${'<div><span>filler</span> <b>text</b></div>'.repeat(33_000)}</main>`),
  // A DOM 5 000 levels deep around the policy.
  '/deep/privacy': page('Privacy Policy', `${'<div>'.repeat(5000)}<main>${policyHtml()}</main>${'</div>'.repeat(5000)}`),
  // A policy page that never stops mutating.
  '/mutating/privacy': page(
    'Privacy Policy',
    `<main>${policyHtml()}<p id="clock">0</p></main>`,
    `<script>let n = 0; setInterval(() => { document.getElementById('clock').textContent = String(++n); const d = document.createElement('div'); d.textContent = 'tick ' + n; document.body.append(d); if (d.previousElementSibling?.textContent?.startsWith('tick')) d.previousElementSibling.remove(); }, 20);</script>`,
  ),
  '/news/article': page('Local news', `<main><h1>Council approves bike lanes</h1>${'<p>The council voted on Tuesday to add bike lanes downtown.</p>'.repeat(30)}</main><footer><a href="/xss/privacy">Privacy Policy</a></footer>`),
};

let h: Harness;
let server: Server;
let port = 0;
const log: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    log.push(`${req.method} ${req.headers.host}${req.url}`);
    const body = PAGES[new URL(req.url ?? '/', 'http://x').pathname];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as { port: number }).port;
  // Every host name, whatever the extension might try to reach, resolves to the logging server.
  h = await launch({ extraArgs: [`--host-resolver-rules=MAP * 127.0.0.1:${port}`] });
});

afterAll(async () => {
  await h?.close();
  await new Promise((ok) => server?.close(ok));
});

const url = (path: string) => `http://site.test${path}`;

/**
 * An extension page that shows the /xss/privacy policy: none of its payloads ran, no element
 * came from its markup (the page's own module scripts under /chunks/ are the only scripts),
 * and the markup reads as text.
 */
async function expectShownAsText(page: Page): Promise<void> {
  const result = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned ?? null,
    injected: document.querySelectorAll('img, script:not([src^="/chunks/"]), svg, iframe, a[href^="javascript:"]').length,
    text: document.body.textContent ?? '',
  }));
  expect(result.pwned).toBeNull();
  expect(result.injected).toBe(0);
  expect(result.text).toContain('<script>window.__pwned=2</script>');
}

describe('hostile pages', () => {
  it('renders policy text carrying markup and script as text: nothing runs in the popup', async () => {
    const tab = await openTab(h, url('/xss/privacy'));
    await waitForGrade(h, tab.id);
    const popup = await openPopup(h, tab.page);
    await expectShownAsText(popup);
    await closePopups(h);
    await tab.page.close();
  });

  it('shows that policy in the history, listed and opened, as text: nothing runs there either', async () => {
    const tab = await openTab(h, url('/xss/privacy'));
    await waitForGrade(h, tab.id);
    await tab.page.close();
    const page = (await openTab(h, `chrome-extension://${h.extension.id}/labels.html`)).page;
    await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false');
    await page.click('[data-host="site.test"] button.entry-open');
    await page.waitForSelector('article.label');
    // Open every item, so that the quotes carrying the markup are in the page.
    await page.$$eval('article.label details:not([open]) > summary', (ss) => ss.forEach((s) => (s as HTMLElement).click()));
    await expectShownAsText(page);
    await page.close();
  });

  it('still badges a policy whose page breaks Array, JSON, String, textContent and MutationObserver', async () => {
    const tab = await openTab(h, url('/prototypes/privacy'));
    expect(await waitForGrade(h, tab.id)).toMatch(/^[A-E]$/);
    await tab.page.close();
  });

  it.each(['/huge/privacy', '/deep/privacy'])('handles %s without freezing the tab', async (path) => {
    const tab = await openTab(h, url(path));
    expect(await waitForGrade(h, tab.id, 20_000)).toMatch(/^[A-E]$/);
    // The page still answers promptly.
    const t0 = Date.now();
    await tab.page.evaluate(() => 1 + 1);
    expect(Date.now() - t0).toBeLessThan(1000);
    await tab.page.close();
  });

  it('does not re-analyse without bound on a page that keeps mutating', async () => {
    const tab = await openTab(h, url('/mutating/privacy'));
    expect(await waitForGrade(h, tab.id)).toMatch(/^[A-E]$/);
    // Let it mutate for two seconds; the badge stays and the page stays responsive.
    await sleep(2000);
    expect(await badgeText(h, tab.id)).toMatch(/^[A-E]$/);
    const metrics = await tab.page.metrics();
    expect(metrics.TaskDuration ?? 0).toBeLessThan(10);
    await tab.page.close();
  });
});

describe("the extension's own network requests", () => {
  it('makes none: every request that reached the (catch-all) server was a page we opened, through the popup, options, history and reader', async () => {
    log.length = 0;
    const opened = ['/xss/privacy', '/news/article', '/prototypes/privacy'];
    for (const path of opened) {
      const tab = await openTab(h, url(path));
      if (path !== '/news/article') await waitForGrade(h, tab.id);
      const popup = await openPopup(h, tab.page);
      await popup.evaluate(() => document.querySelector<HTMLButtonElement>('button.primary')?.click());
      await sleep(500);
      await closePopups(h);
      await tab.page.close();
    }
    // The extension's own pages: options, the history of labels, the reader.
    for (const name of ['options.html', 'labels.html', 'reader.html']) {
      const p = await h.browser.newPage();
      await p.goto(`chrome-extension://${h.extension.id}/${name}`, { waitUntil: 'networkidle0' }).catch(() => undefined);
      await sleep(300);
      await p.close();
    }
    await sleep(500);
    const unexpected = log.filter((l) => !opened.some((p) => l === `GET site.test${p}`) && !l.endsWith('/favicon.ico'));
    expect(unexpected).toEqual([]);
  });
});
