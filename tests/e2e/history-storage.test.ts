/**
 * The history survives a browser restart: a policy browsed in one session is listed, and
 * opens, after the browser is closed and started again on the same profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openTab, waitFor, waitForGrade, type Harness } from './helpers';
import { startServer, FIXTURES, type FixtureServer } from './static-server.mjs';

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

describe('history across a browser restart', () => {
  let server: FixtureServer;
  let profile: string;
  let h: Harness | undefined;

  beforeAll(async () => {
    server = await startServer();
    profile = mkdtempSync(join(tmpdir(), 'privacy-label-restart-'));
  });

  afterAll(async () => {
    await h?.close();
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('lists and opens a policy analysed before the restart', async () => {
    const url = `http://www.smartjac.example${FIXTURES.seeds[3]!.path}`;
    h = await launch({ examplePort: server.port, userDataDir: profile });
    const tab = await openTab(h, url);
    const grade = await waitForGrade(h, tab.id);
    const first = h;
    await waitFor(async () => {
      const index = (await first.worker.evaluate(async () => (await chrome.storage.local.get('history:index'))['history:index'])) as { entries?: { url: string }[] } | undefined;
      return index?.entries?.some((e) => e.url === url);
    }, 'the policy in the stored history');
    await h.close();
    h = undefined;

    h = await launch({ examplePort: server.port, userDataDir: profile });
    const page = (await openTab(h, `chrome-extension://${h.extension.id}/labels.html`)).page;
    await page.waitForSelector('li.entry');
    const rows = await page.$$eval('li.entry', (li) => li.map((l) => ({ url: l.getAttribute('data-url'), grade: l.querySelector('.grade')?.textContent })));
    expect(rows).toEqual([{ url, grade }]);
    await page.click('button.entry-open');
    await page.waitForSelector('article.label');
    expect(await page.$eval('article.label h1', (e) => e.textContent)).toBe('Smartjac Privacy Policy');
    expect(await page.$eval('article.label .grade', (e) => e.textContent?.trim())).toBe(grade);
  });
});
