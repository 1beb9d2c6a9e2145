/**
 * Policies in the six other languages the detector knows (tests/fixtures/pages/intl): each gets
 * the "detected, not yet analysed" badge (the language code, grey) and popup message — never a
 * wrong English label — and a German blog article that links to its policy gets no badge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, closePopups, launch, openPopup, openTab, sleep, waitFor, type Harness } from './helpers';
import { startServer, type FixtureServer } from './static-server.mjs';

const POLICIES: [lang: string, name: string, path: string][] = [
  ['de', 'German', '/intl/de/datenschutz'],
  ['fr', 'French', '/intl/fr/politique-de-confidentialite'],
  ['es', 'Spanish', '/intl/es/politica-de-privacidad'],
  ['it', 'Italian', '/intl/it/informativa-privacy'],
  ['nl', 'Dutch', '/intl/nl/privacybeleid'],
  ['pt', 'Portuguese', '/intl/pt/politica-de-privacidade'],
];

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

describe('policies in other languages', () => {
  it.each(POLICIES)('%s: badge shows the language, popup says "detected, not yet analysed"', async (lang, name, path) => {
    const tab = await openTab(h, server.url + path);
    try {
      const badge = await waitFor(async () => (await badgeText(h, tab.id)) || undefined, `a badge on ${path}`);
      expect(badge).toBe(lang.toUpperCase());
      const popup = await openPopup(h, tab.page);
      const heading = await popup.$eval('h1', (e) => e.textContent);
      expect(heading).toBe(`A privacy policy in ${name}: detected, not yet analysed`);
      expect(await popup.$('article.label')).toBeNull();
      await closePopups(h);
    } finally {
      await tab.page.close().catch(() => undefined);
    }
  });

  it('gives no badge to a German article that links to the policy', async () => {
    const tab = await openTab(h, `${server.url}/intl/de/artikel/stadtrat-beschliesst-radwege`);
    try {
      await sleep(1000);
      expect(await badgeText(h, tab.id)).toBe('');
    } finally {
      await tab.page.close().catch(() => undefined);
    }
  });
});
