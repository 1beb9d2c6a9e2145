/**
 * Pages whose DOM is built to defeat the extension, in Chromium with the built extension: the
 * policy inside a web component's shadow root, a DOM 1 500 levels deep built by script (the
 * HTML parser stops nesting at 512), frames with handlers, and a page whose headings change
 * forever (re-analysis must stay bounded). Each still gets its grade, or no badge at all — never
 * a frozen tab.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePopups, launch, openPopup, openTab, ROOT, sleep, waitForGrade, type Harness } from './helpers';

const seed = readFileSync(join(ROOT, 'tests/fixtures/seeds/003_e76dca881b1de927.txt'), 'utf8');
const lines = seed.split('\n').filter((l) => l.trim());
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const policyHtml = lines.map((l) => (/\?$/.test(l.trim()) ? `<h2>${esc(l)}</h2>` : `<p>${esc(l)}</p>`)).join('\n');
const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy Policy</title>${head}</head><body>${body}</body></html>`;

const PAGES: Record<string, string> = {
  // The whole policy lives in an open shadow root, built by the page's script.
  '/shadow/privacy': page(
    '<h1>Privacy Policy</h1><policy-text></policy-text>',
    `<script>customElements.define('policy-text', class extends HTMLElement { connectedCallback() { const r = this.attachShadow({ mode: 'open' }); const m = document.createElement('main'); ${JSON.stringify(lines)}.forEach((l) => { const p = document.createElement(/\\?$/.test(l) ? 'h2' : 'p'); p.textContent = l; m.append(p); }); r.append(m); } });</script>`,
  ),
  // 1 500 nested elements built by script (past the walk's 1 000-level guard; at 5 000 Chromium itself does not finish loading the page in 8 s), the policy at the bottom.
  '/deep-script/privacy': page(
    '<h1>Privacy Policy</h1>',
    `<script>addEventListener('DOMContentLoaded', () => { let el = document.body; for (let i = 0; i < 1500; i++) { const d = document.createElement('div'); el.append(d); el = d; } const m = document.createElement('main'); ${JSON.stringify(lines)}.forEach((l) => { const p = document.createElement('p'); p.textContent = l; m.append(p); }); el.append(m); });</script>`,
  ),
  // Frames beside the policy: one runs handlers, one is another "site".
  '/frames/privacy': page(
    `<main>${policyHtml}</main><iframe srcdoc="&lt;svg onload=&quot;parent.__framePwned=1&quot;&gt;&lt;/svg&gt;&lt;p&gt;We sell all your data to everyone.&lt;/p&gt;"></iframe><iframe src="http://other.test/ad"></iframe>`,
  ),
  '/ad': page('<p>Buy now</p><img src="x" onerror="window.__ad=1">'),
  // The page's own handlers run in the page (that is the page's business), never in the popup.
  '/svg/privacy': page(
    `<main><h1>Privacy Policy</h1><svg onload="window.__svg=1"><a href="javascript:window.__pwned=1"><text>click</text></a></svg><p>We collect your email address <img src="x" onerror="window.__img=1"> when you register.</p>${policyHtml}</main>`,
  ),
  // Headings that never stop changing: re-analysis must be bounded.
  '/restless/privacy': page(`<main><h1 id="h">Privacy Policy</h1><h2 id="t">0</h2>${policyHtml}</main>`, `<script>let n = 0; setInterval(() => { document.getElementById('t').textContent = String(++n); document.body.append(document.createElement('div')); }, 50);</script>`),
};

let h: Harness;
let server: Server;
const log: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    log.push(`${req.headers.host}${req.url}`);
    const body = PAGES[new URL(req.url ?? '/', 'http://x').pathname];
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  h = await launch({ extraArgs: [`--host-resolver-rules=MAP * 127.0.0.1:${port}`] });
});

afterAll(async () => {
  await h?.close();
  await new Promise((ok) => server?.close(ok));
});

const url = (path: string) => `http://site.test${path}`;

describe('pages built to defeat the extension', () => {
  it('grades a policy that lives in a shadow root', async () => {
    const tab = await openTab(h, url('/shadow/privacy'));
    expect(await waitForGrade(h, tab.id, 15_000)).toMatch(/^[A-E]$/);
    await tab.page.close();
  });

  it('grades a policy under a DOM 1 500 levels deep (built by script), and the tab stays responsive', async () => {
    const tab = await openTab(h, url('/deep-script/privacy'));
    expect(await waitForGrade(h, tab.id, 20_000)).toMatch(/^[A-E]$/);
    expect(await tab.page.evaluate(() => 1 + 1)).toBe(2);
    await tab.page.close();
  });

  it('grades the page itself, not what its frames say', async () => {
    const tab = await openTab(h, url('/frames/privacy'));
    expect(await waitForGrade(h, tab.id)).toMatch(/^[A-E]$/);
    const popup = await openPopup(h, tab.page);
    const text = await popup.evaluate(() => document.body.textContent ?? '');
    expect(text).not.toContain('We sell all your data to everyone.');
    await closePopups(h);
    await tab.page.close();
  });

  it('runs none of the page’s handlers in the popup, and shows the evidence as text', async () => {
    const tab = await openTab(h, url('/svg/privacy'));
    await waitForGrade(h, tab.id);
    const popup = await openPopup(h, tab.page);
    const r = await popup.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { ran: ['__svg', '__img', '__pwned'].filter((k) => k in w), active: document.querySelectorAll('svg[onload], img, iframe, a[href^="javascript:"], [onerror], [onload]').length };
    });
    expect(r).toEqual({ ran: [], active: 0 });
    await closePopups(h);
    await tab.page.close();
  });

  it('re-reads a page whose headings change forever a bounded number of times', async () => {
    // Count the content script's messages to the background for this tab.
    await h.worker.evaluate(() => {
      const g = globalThis as unknown as { __csCount: number; chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string }) => void): void } } } };
      g.__csCount = 0;
      g.chrome.runtime.onMessage.addListener((m) => {
        if (typeof m?.type === 'string' && m.type.startsWith('cs:')) g.__csCount++;
      });
    });
    const tab = await openTab(h, url('/restless/privacy'));
    await waitForGrade(h, tab.id);
    await sleep(8000);
    const count = await h.worker.evaluate(() => (globalThis as unknown as { __csCount: number }).__csCount);
    // Each look at most every 3 s (and at most 20 per page): a handful in 8 s, not one per change (160).
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(8);
    expect(await tab.page.evaluate(() => 1 + 1)).toBe(2);
    await tab.page.close();
  });
});
