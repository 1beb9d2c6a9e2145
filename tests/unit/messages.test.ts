/**
 * The background's protocol under forged and malformed messages: only our own content scripts
 * and pages are heard, only in the protocol's shapes; a page cannot forge a label or a badge,
 * nor read another tab's label.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { blocksFromPlainText } from '../../analyzer/text';
import { isMessage, type PageExtract } from '../../utils/messages';
import { LIMITS, validateMessage, validExtractReply, validPage } from '../../utils/validate';

const seed = readFileSync(new URL('../fixtures/seeds/000_c8463d4e3a407de9.txt', import.meta.url), 'utf8');
const page = (over: Partial<PageExtract> = {}): PageExtract => ({
  url: 'https://a.example/privacy',
  title: 'Privacy Policy',
  text: seed,
  blocks: blocksFromPlainText(seed),
  headings: ['Privacy Policy'],
  method: 'structural',
  truncated: false,
  ...over,
});
const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
const fromContent = (id: number) => ({ id: fakeBrowser.runtime.id, tab: tab(id), url: 'https://a.example/privacy', frameId: 0 });
const fromPopup = () => ({ id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` });

describe('message validators', () => {
  it('accept every message of the protocol in its real shape', () => {
    const good: unknown[] = [
      { type: 'cs:page-extracted', page: page() },
      { type: 'cs:page-extracted', page: page({ policyLink: { url: 'https://a.example/legal/privacy', text: 'Privacy', reason: 'text' } }) },
      { type: 'cs:navigated', url: 'https://a.example/shop' },
      { type: 'cs:maybe-policy', url: 'https://a.example/privacy' },
      { type: 'ui:clear-data' },
      { type: 'ui:get-tab-state', tabId: 3 },
      { type: 'ui:analyse-tab', tabId: 3, force: true },
      { type: 'ui:analyse-site-policy', tabId: 3 },
    ];
    for (const m of good) expect(isMessage(m), JSON.stringify(m).slice(0, 80)).toBe(true);
  });

  const text = 'We collect your email address.';
  it.each<[string, unknown]>([
    ['not an object', 'cs:navigated'],
    ['null', null],
    ['an array', [{ type: 'ui:get-tab-state', tabId: 1 }]],
    ['an unknown type', { type: 'bg:set-badge', text: 'A' }],
    ['a prototype key as type', { type: 'constructor' }],
    ['a page without text', { type: 'cs:page-extracted', page: { ...page(), text: undefined } }],
    ['a page whose text is not a string', { type: 'cs:page-extracted', page: page({ text: 1 as unknown as string }) }],
    ['a page larger than any extraction', { type: 'cs:page-extracted', page: page({ text: 'x'.repeat(LIMITS.textChars + 1), blocks: [] }) }],
    ['blocks outside the text', { type: 'cs:page-extracted', page: page({ text, blocks: [{ kind: 'paragraph', start: 0, end: 999 }] }) }],
    ['blocks out of order', { type: 'cs:page-extracted', page: page({ text, blocks: [{ kind: 'paragraph', start: 10, end: 20 }, { kind: 'paragraph', start: 0, end: 5 }] }) }],
    ['a block of an unknown kind', { type: 'cs:page-extracted', page: page({ text, blocks: [{ kind: 'script' as 'paragraph', start: 0, end: 5 }] }) }],
    ['a negative offset', { type: 'cs:page-extracted', page: page({ text, blocks: [{ kind: 'paragraph', start: -1, end: 5 }] }) }],
    ['a heading level 9', { type: 'cs:page-extracted', page: page({ text, blocks: [{ kind: 'heading', level: 9, start: 0, end: 5 }] }) }],
    ['a javascript: page URL', { type: 'cs:page-extracted', page: page({ url: 'javascript:alert(1)' }) }],
    ['an extension page URL', { type: 'cs:page-extracted', page: page({ url: 'chrome-extension://abc/popup.html' }) }],
    ['a javascript: policy link', { type: 'cs:page-extracted', page: page({ policyLink: { url: 'javascript:alert(1)', text: 'Privacy', reason: 'text' } }) }],
    ['headings that are not strings', { type: 'cs:page-extracted', page: page({ headings: [{}] as unknown as string[] }) }],
    ['a navigation to a non-URL', { type: 'cs:navigated', url: 42 }],
    ['a maybe-policy page at a javascript: URL', { type: 'cs:maybe-policy', url: 'javascript:alert(1)' }],
    ['a maybe-policy page at a file: URL', { type: 'cs:maybe-policy', url: 'file:///etc/passwd' }],
    ['a tab id that is a string', { type: 'ui:get-tab-state', tabId: '9' }],
    ['a fractional tab id', { type: 'ui:get-tab-state', tabId: 9.5 }],
    ['a negative tab id', { type: 'ui:analyse-site-policy', tabId: -1 }],
    ['force that is not a boolean', { type: 'ui:analyse-tab', tabId: 3, force: 'yes' }],
  ])('refuse %s', (_name, m) => {
    expect(isMessage(m)).toBe(false);
  });

  it('leave types they do not know to the protocol (validateMessage says undefined)', () => {
    expect(validateMessage({ type: 'ui:some-future-message' })).toBeUndefined();
    expect(isMessage({ type: 'ui:some-future-message' })).toBe(false);
  });

  it('check the content script reply to an extraction request', () => {
    expect(validExtractReply({ ok: true, page: page() })).toBe(true);
    expect(validExtractReply({ ok: false, error: 'pdf' })).toBe(true);
    expect(validExtractReply({ ok: true, page: { text: 'x' } })).toBe(false);
    expect(validExtractReply({ ok: true })).toBe(false);
    expect(validExtractReply('ok')).toBe(false);
    expect(validPage(page({ title: undefined as unknown as string }))).toBe(false);
  });
});

describe('background under forged messages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });
  const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
  const send = async (msg: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(msg, sender))[0];

  it('sets no badge and keeps no state for a page message from another extension', async () => {
    await send({ type: 'cs:page-extracted', page: page() }, { id: 'some-other-extension', tab: tab(11), url: 'https://a.example/privacy' });
    expect(await badge(11)).toBe('');
    expect(await send({ type: 'ui:get-tab-state', tabId: 11 }, fromPopup())).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('sets no badge for a malformed page message from its own content script', async () => {
    await send({ type: 'cs:page-extracted', page: page({ blocks: [{ kind: 'paragraph', start: 0, end: seed.length + 50 }] }) }, fromContent(12));
    await send({ type: 'cs:page-extracted', page: page({ url: 'javascript:void 0' }) }, fromContent(12));
    expect(await badge(12)).toBe('');
  });

  it('does not let a content script read or re-analyse any tab (ui: messages are for its pages)', async () => {
    await send({ type: 'cs:page-extracted', page: page() }, fromContent(9));
    expect(await badge(9)).toMatch(/^[A-E]$/);
    expect(await send({ type: 'ui:get-tab-state', tabId: 9 }, fromContent(3))).toBeUndefined();
    expect(await send({ type: 'ui:analyse-tab', tabId: 9, force: true }, fromContent(3))).toBeUndefined();
    expect(await send({ type: 'ui:analyse-site-policy', tabId: 9 }, fromContent(3))).toBeUndefined();
  });

  it('does not let its pages pose as a content script (cs: messages need a tab)', async () => {
    await send({ type: 'cs:page-extracted', page: page() }, fromPopup());
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    // The popup opened as a tab (an extension page) is not a content script either.
    await send({ type: 'cs:page-extracted', page: page() }, { ...fromPopup(), tab: tab(14) });
    expect(await badge(14)).toBe('');
  });

  it('answers nothing to messages outside the protocol', async () => {
    for (const m of [{ type: 'bg:extract' }, { type: 'ui:highlight', quote: 'x' }, { type: 'set-badge', tabId: 1, text: 'A' }, 'hello', 42]) {
      expect(await send(m, fromPopup())).toBeUndefined();
    }
  });
});
