import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { blocksFromPlainText } from '../../analyzer/text';
import type { PageExtract } from '../../utils/messages';

const seed = readFileSync(new URL('../fixtures/seeds/000_c8463d4e3a407de9.txt', import.meta.url), 'utf8');

function pageOf(text: string, url: string, title: string): PageExtract {
  return { url, title, text, blocks: blocksFromPlainText(text), headings: [title], method: 'structural', truncated: false };
}

const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
const fromTab = (id: number, url = 'https://example.com/privacy') => ({ id: fakeBrowser.runtime.id, tab: tab(id), url });

async function badge(tabId: number): Promise<string> {
  return fakeBrowser.action.getBadgeText({ tabId });
}

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('badges a policy tab with its grade letter', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'cs:page-extracted', page: pageOf(seed, 'https://smartalpaca.example/privacy', 'Privacy Policy') }, fromTab(42));
    expect(await badge(42)).toMatch(/^[A-E]$/);
  });

  it('puts no badge on a page that is not a policy', async () => {
    const article = 'Local team wins the cup. '.repeat(40) + 'Read our privacy policy.';
    await fakeBrowser.runtime.onMessage.trigger({ type: 'cs:page-extracted', page: pageOf(article, 'https://news.example/sport/cup', 'Cup final') }, fromTab(7));
    expect(await badge(7)).toBe('');
  });

  it('clears the badge when the tab navigates away', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'cs:page-extracted', page: pageOf(seed, 'https://a.example/privacy', 'Privacy Policy') }, fromTab(5));
    expect(await badge(5)).not.toBe('');
    await fakeBrowser.runtime.onMessage.trigger({ type: 'cs:navigated', url: 'https://a.example/shop' }, fromTab(5));
    expect(await badge(5)).toBe('');
  });

  it('answers the popup with the tab state, and ignores forged or malformed messages', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'cs:page-extracted', page: pageOf(seed, 'https://a.example/privacy', 'Privacy Policy') }, fromTab(9));
    const [state] = await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:get-tab-state', tabId: 9 }, { id: fakeBrowser.runtime.id });
    expect(state).toMatchObject({ kind: 'policy', url: 'https://a.example/privacy' });

    // Another extension, or a malformed message, cannot set a badge.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'cs:page-extracted', page: pageOf(seed, 'https://b.example/privacy', 'Privacy') }, { id: 'evil', tab: tab(11) });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'cs:page-extracted', page: { text: 1 } }, fromTab(12));
    expect(await badge(11)).toBe('');
    expect(await badge(12)).toBe('');
    // A content script cannot read another tab's state.
    const [leak] = await fakeBrowser.runtime.onMessage.trigger({ type: 'ui:get-tab-state', tabId: 9 }, fromTab(3));
    expect(leak).toBeUndefined();
  });
});
