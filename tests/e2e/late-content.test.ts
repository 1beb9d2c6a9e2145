/**
 * Content that changes without a URL change: a policy whose text arrives 1.5 s after the page
 * is idle gets its grade once the text is there (the content watcher; no polling).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, launch, openTab, waitForGrade, type Harness } from './helpers';
import { startServer, type FixtureServer } from './static-server.mjs';

let h: Harness;
let server: FixtureServer;

beforeAll(async () => {
  server = await startServer();
  h = await launch();
});

afterAll(async () => {
  await h?.close();
  await server?.close();
});

describe('a policy whose text loads late', () => {
  it('has no grade while the page says "Loading…", and a grade once the text is in', async () => {
    const tab = await openTab(h, `${server.url}/lumen/late/privacy`);
    try {
      expect(await badgeText(h, tab.id)).not.toMatch(/^[A-E]$/);
      expect(await waitForGrade(h, tab.id, 8000)).toMatch(/^[A-E]$/);
    } finally {
      await tab.page.close().catch(() => undefined);
    }
  });
});
