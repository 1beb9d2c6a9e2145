// @vitest-environment jsdom
/**
 * Extraction on pages built to defeat it: text inside web components' open shadow roots, and
 * a page whose content lives in a web component.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../analyzer/extract';

function doc(title = 'Privacy Policy'): Document {
  return document.implementation.createHTMLDocument(title);
}

const el = (d: Document, tag: string, text: string) => Object.assign(d.createElement(tag), { textContent: text });

describe('extract on hostile pages', () => {
  it('reads the text inside open shadow roots, with its headings, and the slotted children', () => {
    const d = doc();
    const main = d.createElement('main');
    d.body.append(main);
    const host = d.createElement('policy-text');
    main.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.append(el(d, 'h2', 'Information we collect'), el(d, 'p', 'We collect your email address when you register.'), d.createElement('slot'));
    host.append(Object.assign(d.createElement('p'), { textContent: 'We do not sell your personal information.' }));
    const r = extract(d);
    expect(r.text).toContain('We collect your email address when you register.');
    expect(r.text).toContain('We do not sell your personal information.');
    const heading = r.blocks.find((b) => r.text.slice(b.start, b.end) === 'Information we collect');
    expect(heading?.kind).toBe('heading');
  });

  it('skips scripts and navigation inside shadow roots too', () => {
    const d = doc();
    const host = d.createElement('site-shell');
    d.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const nav = el(d, 'nav', '');
    nav.append(el(d, 'a', 'Home'), el(d, 'a', 'Catalogue'));
    const main = el(d, 'main', '');
    main.append(el(d, 'p', 'We keep server logs for 30 days.'));
    root.append(nav, el(d, 'script', 'var secret = 1;'), main);
    const r = extract(d);
    expect(r.text).toContain('We keep server logs for 30 days.');
    expect(r.text).not.toContain('Catalogue');
    expect(r.text).not.toContain('secret');
  });
  // A DOM thousands of levels deep is tested in Chromium (tests/e2e/hostile-dom.test.ts):
  // jsdom itself takes minutes on one.
});
