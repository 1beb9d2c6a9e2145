// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../analyzer/locate';

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
}

describe('locateQuote', () => {
  it('finds a sentence across inline markup and odd whitespace', () => {
    const d = doc('<p>We do <strong>not</strong>\n   sell your&nbsp;data. We keep logs.</p>');
    expect(locateQuote(d, 'We do not sell your data.')?.toString()).toBe('We do not\n   sell your\u00a0data.');
  });

  it('finds a question and its bare answer in two elements', () => {
    const d = doc('<h3>Does X share data with analytics providers?</h3><p>No</p>');
    const r = locateQuote(d, 'Does X share data with analytics providers? No');
    expect(r?.toString()).toContain('Does X share data with analytics providers?');
    expect(r?.toString()).toContain('No');
  });

  it('finds text inside a closed <details>', () => {
    const d = doc('<details><summary>Retention</summary><p>Backups are kept for up to one year.</p></details>');
    expect(locateQuote(d, 'Backups are kept for up to one year.')?.startContainer.parentElement?.tagName).toBe('P');
  });

  it('ignores script text and answers null for a sentence that is not there', () => {
    const d = doc('<script>var q = "We sell data.";</script><p>We never sell data.</p>');
    expect(locateQuote(d, 'We sell data.')).toBeNull();
    expect(locateQuote(d, 'Something else entirely.')).toBeNull();
  });
});
