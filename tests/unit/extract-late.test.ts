// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLateText, type LateTextWatcher } from '../../utils/late-text';

/**
 * A section that the page renders after it was extracted gets the page extracted again (the
 * extractor then sends the new text to the background): triggered by the text the page adds,
 * not by polling. Small additions (a counter, a toast) and script text do not count.
 */
const flush = () => new Promise<void>((r) => queueMicrotask(r));
const para = (text: string) => {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
};
const SECTION = 'You have the right to access, correct and delete the personal data we hold about you. '.repeat(12);

let watcher: LateTextWatcher | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  document.body.replaceChildren(para('We collect your email address. '.repeat(100)));
});
afterEach(() => {
  watcher?.stop();
  vi.useRealTimers();
});

describe('watchLateText', () => {
  it('extracts again once a late section adds enough text, and takes the new length as baseline', async () => {
    const onGrowth = vi.fn(() => 4000);
    watcher = watchLateText(document, 3000, onGrowth);
    const section = document.createElement('section');
    section.append(para('5. Your Rights'), para(SECTION));
    document.body.append(section);
    await flush();
    expect(onGrowth).not.toHaveBeenCalled(); // not before the page settles
    vi.advanceTimersByTime(1000);
    expect(onGrowth).toHaveBeenCalledTimes(1);
    // The baseline is now 4000: another 1000 characters are more than a tenth of it, and count again.
    document.body.append(para(SECTION));
    await flush();
    vi.advanceTimersByTime(1000);
    expect(onGrowth).toHaveBeenCalledTimes(2);
  });

  it('does not extract again for small additions or for script text', async () => {
    const onGrowth = vi.fn(() => 3000);
    watcher = watchLateText(document, 3000, onGrowth);
    document.body.append(para('3 new messages'));
    const script = document.createElement('script');
    script.textContent = `window.__DATA__ = ${JSON.stringify({ text: SECTION.repeat(5) })};`;
    document.body.append(script);
    await flush();
    vi.advanceTimersByTime(5000);
    expect(onGrowth).not.toHaveBeenCalled();
  });

  it('stops after its last allowed run', async () => {
    const onGrowth = vi.fn(() => 0);
    watcher = watchLateText(document, 0, onGrowth, { maxRuns: 2 });
    for (let i = 0; i < 4; i++) {
      document.body.append(para(SECTION));
      await flush();
      vi.advanceTimersByTime(1000);
    }
    expect(onGrowth).toHaveBeenCalledTimes(2);
  });
});
