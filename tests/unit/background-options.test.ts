import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { blocksFromPlainText } from '../../analyzer/text';
import type { PageExtract, TabState } from '../../utils/messages';
import { SETTINGS_KEY } from '../../utils/settings';
import { INDEX_KEY, type HistoryIndex } from '../../utils/history-store';

/** The background under the reader's settings, with the history of policies (WXT's fakeBrowser). */
const seed = readFileSync(new URL('../fixtures/seeds/000_c8463d4e3a407de9.txt', import.meta.url), 'utf8');
const sells = seed.replace('We will not rent or sell your personally identifiable information to others.', 'We sell your personally identifiable information to data brokers.');

const page = (text: string, url: string): PageExtract => ({ url, title: 'Privacy Policy', text, blocks: blocksFromPlainText(text), headings: ['Privacy Policy'], method: 'structural', truncated: false });
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
const fromTab = (id: number) => ({ id: fakeBrowser.runtime.id, tab: tab(id), url: 'https://x.example/' });
const fromUi = { id: fakeBrowser.runtime.id };
const extracted = (tabId: number, text: string, url: string) => fakeBrowser.runtime.onMessage.trigger({ type: 'cs:page-extracted', page: page(text, url) }, fromTab(tabId));
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const history = async () => ((await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as HistoryIndex | undefined)?.entries ?? [];

async function start(settings?: unknown): Promise<void> {
  fakeBrowser.reset();
  if (settings !== undefined) await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings });
  background.main();
}

describe('background: settings', () => {
  beforeEach(() => start());

  it('puts no badge on a policy when the automatic badge is off', async () => {
    await start({ version: 1, badge: false, badgeStyle: 'grade', neverRun: [] });
    await extracted(1, seed, 'https://a.example/privacy');
    expect(await badge(1)).toBe('');
    // The label is still there for the popup.
    const [state] = await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:get-tab-state', tabId: 1 }, fromUi);
    expect((state as unknown as TabState).kind).toBe('policy');
  });

  it('shows the number of concerns when that style is chosen', async () => {
    await start({ version: 1, badge: true, badgeStyle: 'concerns', neverRun: [] });
    await extracted(1, seed, 'https://a.example/privacy');
    expect(await badge(1)).toMatch(/^\d+$/);
  });

  it('ignores the pages of a site where it never runs: no badge, no label, no history; the popup is told why', async () => {
    await start({ version: 1, badge: true, badgeStyle: 'grade', neverRun: ['a.example'] });
    await extracted(2, seed, 'https://www.a.example/privacy');
    expect(await badge(2)).toBe('');
    expect(await history()).toEqual([]);
    const [state] = await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:get-tab-state', tabId: 2 }, fromUi);
    expect(state).toBeNull();
    // Another site is analysed as usual.
    await extracted(3, seed, 'https://b.example/privacy');
    expect(await badge(3)).toMatch(/^[A-E]$/);
  });

  it('on such a site, the popup\'s "analyse" is refused as switched off without reading the page', async () => {
    await start({ version: 1, badge: true, badgeStyle: 'grade', neverRun: ['a.example'] });
    const created = await fakeBrowser.tabs.create({ url: 'https://www.a.example/privacy' });
    const read = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:analyse-tab', tabId: created.id!, force: true }, fromUi);
    expect(reply).toEqual({ ok: false, error: 'switched-off' });
    expect(read).not.toHaveBeenCalled();
  });

  it('on such a site, a page whose cheap check passed is not even asked for its text', async () => {
    await start({ version: 1, badge: true, badgeStyle: 'grade', neverRun: ['a.example'] });
    const read = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'cs:maybe-policy', url: 'https://www.a.example/privacy' }, fromTab(6));
    expect(read).not.toHaveBeenCalled();
    expect(await badge(6)).toBe('');
  });

  it('follows a settings change at once on open tabs', async () => {
    await extracted(4, seed, 'https://a.example/privacy');
    expect(await badge(4)).toMatch(/^[A-E]$/);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, badge: false, badgeStyle: 'grade', neverRun: [] } });
    await new Promise((r) => setTimeout(r, 20));
    expect(await badge(4)).toBe('');
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, badge: true, badgeStyle: 'grade', neverRun: ['a.example'] } });
    await new Promise((r) => setTimeout(r, 20));
    expect(await badge(4)).toBe('');
  });
});

describe('background: history and changed policies', () => {
  beforeEach(() => start());

  it('keeps each analysed policy in the history, not the pages that are not policies', async () => {
    await extracted(1, seed, 'https://a.example/privacy');
    await extracted(2, 'Local team wins the cup. '.repeat(40), 'https://news.example/cup');
    expect((await history()).map((e) => e.url)).toEqual(['https://a.example/privacy']);
  });

  it('marks the badge with Δ and gives the popup the change when the policy changed since the last visit', async () => {
    await extracted(1, seed, 'https://a.example/privacy');
    expect(await badge(1)).toMatch(/^[A-E]$/);
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, tab(1) as never);
    await extracted(1, sells, 'https://a.example/privacy');
    expect(await badge(1)).toMatch(/^[A-E]Δ$/);
    const [state] = await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:get-tab-state', tabId: 1 }, fromUi);
    const change = (state as unknown as Extract<TabState, { kind: 'policy' }>).change!;
    expect(change.diff.changes.find((c) => c.item === 'sale')).toMatchObject({ kind: 'flipped', after: { polarity: 'yes' } });
  });

  it('"clear all stored data" empties the history, the settings and the badges', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, badge: true, badgeStyle: 'concerns', neverRun: ['z.example'] } });
    await extracted(1, seed, 'https://a.example/privacy');
    expect(await history()).toHaveLength(1);
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:clear-data' }, fromUi);
    expect(reply).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await badge(1)).toBe('');
    // A content script may not ask for it.
    await extracted(1, seed, 'https://a.example/privacy');
    const [ignored] = await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:clear-data' }, fromTab(1));
    expect(ignored).toBeUndefined();
    expect(await history()).toHaveLength(1);
  });
});
