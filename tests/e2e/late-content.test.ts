/**
 * Content that changes without a URL change: a policy whose text arrives 1.5 s after the page
 * is idle gets its grade once the text is there (the content watcher; no polling).
 */
import { describe, expect, it } from 'vitest';
import { badgeText, openTab, waitForGrade, useFixtures } from './helpers';

const env = useFixtures();

describe('a policy whose text loads late', () => {
  it('has no grade while the page says "Loading…", and a grade once the text is in', async () => {
    const tab = await openTab(env.h, `${env.server.url}/lumen/late/privacy`);
    try {
      expect(await badgeText(env.h, tab.id)).not.toMatch(/^[A-E]$/);
      expect(await waitForGrade(env.h, tab.id, 8000)).toMatch(/^[A-E]$/);
    } finally {
      await tab.page.close().catch(() => undefined);
    }
  });
});
