// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { addListener } = vi.hoisted(() => ({ addListener: vi.fn() }));
vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'privacy-label', onMessage: { addListener } } } }));
import { startExtractor } from '../../utils/extractor';

const INSTALLED = Symbol.for('privacy-label.extractor');
const g = globalThis as { [INSTALLED]?: unknown };

/**
 * The extractor registers its message handlers once per page, however many times it is
 * injected — but again when the copy before it belongs to an extension instance since reloaded.
 */
describe('startExtractor', () => {
  beforeEach(() => {
    addListener.mockClear();
    delete g[INSTALLED];
  });

  it('registers once, however many times it is injected', () => {
    startExtractor();
    startExtractor();
    expect(addListener).toHaveBeenCalledTimes(1);
  });

  it('registers again over a copy whose extension context is dead (the extension was reloaded)', () => {
    g[INSTALLED] = () => false;
    startExtractor();
    expect(addListener).toHaveBeenCalledTimes(1);
  });

  it('registers again over the marker of an older build (true, not a check)', () => {
    g[INSTALLED] = true;
    startExtractor();
    expect(addListener).toHaveBeenCalledTimes(1);
  });
});
