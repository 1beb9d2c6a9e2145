// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

// wxt/browser with jsdom trips an esbuild check on Node 20 (TOOLCHAIN.md); the handlers do not use it.
vi.mock('wxt/browser', () => ({ browser: {} }));
import { dispatch, HANDLERS, readPage } from '../../utils/extractor';

/**
 * The page side of extraction (utils/extractor.ts), injected only where the cheap check passed:
 * one handler table answers the protocol's page messages, and nothing else.
 */
describe('extractor', () => {
  it('answers the messages the popup and background send to a page, by their protocol names', () => {
    expect(Object.keys(HANDLERS).sort()).toEqual(['bg:extract', 'bg:fetch-policy', 'ui:article-html', 'ui:highlight']);
  });

  it('ignores what is not its own: other types, malformed messages, prototype names', () => {
    for (const msg of [null, 'bg:extract', 42, {}, { type: 'cs:maybe-policy' }, { type: 'toString' }, { type: '__proto__' }, { type: 'ui:highlight', quote: 7 }, { type: 'bg:fetch-policy' }]) {
      expect(dispatch(msg), JSON.stringify(msg)).toBeUndefined();
    }
  });

  it('extracts the page for bg:extract, with its headings and the link to its policy', async () => {
    document.title = 'Privacy Policy – Example';
    const parsed = new DOMParser().parseFromString(`<main><h1>Privacy Policy</h1>${'<p>We collect your e-mail address to send you receipts. We do not sell your personal information.</p>'.repeat(5)}</main><footer><a href="/legal/privacy">Privacy Policy</a></footer>`, 'text/html');
    document.body.replaceWith(document.adoptNode(parsed.body));
    const reply = (await dispatch({ type: 'bg:extract' })) as ReturnType<typeof readPage>;
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.page.text).toContain('We do not sell your personal information.');
    expect(reply.page.headings).toEqual(['Privacy Policy']);
    expect(reply.page.url).toBe(location.href);
  });
});
