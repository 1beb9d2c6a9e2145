/**
 * Policies in the six other languages the detector knows (tests/fixtures/pages/intl): each gets
 * the "detected, not yet analysed" badge (the language code, grey) and popup message — never a
 * wrong English label — and a German blog article that links to its policy gets no badge.
 */
import { describe, expect, it } from 'vitest';
import { badgeText, closePopups, openPopup, openTab, sleep, waitFor, useFixtures } from './helpers';

const POLICIES: [lang: string, name: string, path: string][] = [
  ['de', 'German', '/intl/de/datenschutz'],
  ['fr', 'French', '/intl/fr/politique-de-confidentialite'],
  ['es', 'Spanish', '/intl/es/politica-de-privacidad'],
  ['it', 'Italian', '/intl/it/informativa-privacy'],
  ['nl', 'Dutch', '/intl/nl/privacybeleid'],
  ['pt', 'Portuguese', '/intl/pt/politica-de-privacidade'],
];

const env = useFixtures();

describe('policies in other languages', () => {
  it.each(POLICIES)('%s: badge shows the language, popup says "detected, not yet analysed"', async (lang, name, path) => {
    const tab = await openTab(env.h, env.server.url + path);
    try {
      const badge = await waitFor(async () => (await badgeText(env.h, tab.id)) || undefined, `a badge on ${path}`);
      expect(badge).toBe(lang.toUpperCase());
      const popup = await openPopup(env.h, tab.page);
      const heading = await popup.$eval('h1', (e) => e.textContent);
      expect(heading).toBe(`A privacy policy in ${name}: detected, not yet analysed`);
      expect(await popup.$('article.label')).toBeNull();
      await closePopups(env.h);
    } finally {
      await tab.page.close().catch(() => undefined);
    }
  });

  it('gives no badge to a German article that links to the policy', async () => {
    const tab = await openTab(env.h, `${env.server.url}/intl/de/artikel/stadtrat-beschliesst-radwege`);
    try {
      await sleep(1000);
      expect(await badgeText(env.h, tab.id)).toBe('');
    } finally {
      await tab.page.close().catch(() => undefined);
    }
  });
});
