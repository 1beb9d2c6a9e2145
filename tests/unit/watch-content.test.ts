// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchContent } from '../../utils/navigation';

const ctx = { onInvalidated: (_fn: () => void) => () => undefined };
/** <main><h1>heading</h1><p>text</p>…</main> as the body. */
function view(heading: string, ...paras: string[]) {
  const main = document.createElement('main');
  main.append(Object.assign(document.createElement('h1'), { textContent: heading }), ...paras.map((t) => Object.assign(document.createElement('p'), { textContent: t })));
  document.body.replaceChildren(main);
}
const signature = () => `${document.title}|${[...document.querySelectorAll('h1')].map((h) => h.textContent).join()}`;
const tick = async (ms: number) => {
  await Promise.resolve(); // deliver the MutationObserver records
  await vi.advanceTimersByTimeAsync(ms);
};

describe('watchContent', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.title = 'Pricing';
    view('Pricing');
  });
  afterEach(() => vi.useRealTimers());

  it('reports a view swapped in without a URL change, once the page is quiet', async () => {
    const onChange = vi.fn();
    watchContent(ctx, signature, onChange);
    view('Privacy Policy', 'We collect…');
    await tick(300);
    expect(onChange).not.toHaveBeenCalled();
    await tick(400);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('look() reports a view swapped in before the watcher was set up, and only once', async () => {
    const before = signature();
    view('Privacy Policy', 'We collect…');
    const onChange = vi.fn();
    const watcher = watchContent(ctx, signature, onChange, before);
    watcher.look();
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.look();
    await tick(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('look() does nothing when the page is as it was checked', () => {
    const onChange = vi.fn();
    watchContent(ctx, signature, onChange, signature()).look();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores changes that leave the signature alone (a ticking clock)', async () => {
    const onChange = vi.fn();
    watchContent(ctx, signature, onChange);
    for (let i = 0; i < 10; i++) {
      document.body.append(Object.assign(document.createElement('p'), { textContent: `tick ${i}` }));
      await tick(700);
    }
    expect(onChange).not.toHaveBeenCalled();
  });

  it('is bounded on a page that changes for ever', async () => {
    const onChange = vi.fn();
    watchContent(ctx, signature, onChange);
    for (let i = 0; i < 60; i++) {
      document.querySelector('h1')!.replaceWith(Object.assign(document.createElement('h1'), { textContent: `View ${i}` }));
      await tick(700);
    }
    expect(onChange).toHaveBeenCalledTimes(20);
  });

  it('still looks at a page that never goes quiet, every 3 s at most', async () => {
    const onChange = vi.fn();
    watchContent(ctx, signature, onChange);
    document.querySelector('h1')!.textContent = 'Privacy Policy';
    document.body.append(document.createElement('p'));
    for (let i = 0; i < 40; i++) {
      document.body.append(document.createElement('p'));
      await tick(100);
    }
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
