// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extract } from '../../analyzer/extract';

function page(body: string, title = 'Privacy Policy – Example'): Document {
  return new DOMParser().parseFromString(`<!doctype html><html lang="en"><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');
}

const CHROME_AROUND = (main: string) => `
  <header><nav><a href="/">Home</a><a href="/shop">Shop all products</a><a href="/blog">Blog</a></nav></header>
  <div class="cookie-banner" role="dialog">We use cookies to improve your experience. <button>Accept all cookies</button></div>
  <main>${main}</main>
  <footer><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a> © 2024 Example Ltd</footer>`;

const POLICY = `
  <h1>Privacy Policy</h1>
  <p>Effective date: March 3, 2023. This policy explains what information Example collects about you and why.</p>
  <h2>Information We Collect</h2>
  <p>We collect the following information when you register:</p>
  <ul><li>Your name and email address.</li><li>Your IP address and browser type.</li></ul>
  <h2>Sharing</h2>
  <p>We do not sell your personal information to anyone. We share data with service providers who host our website.</p>`;

describe('extract', () => {
  it('keeps the policy and drops the menu, cookie banner and footer', () => {
    const r = extract(page(CHROME_AROUND(POLICY)));
    expect(r.text).toContain('We do not sell your personal information to anyone.');
    expect(r.text).toContain('Your IP address and browser type.');
    expect(r.text).not.toContain('Shop all products');
    expect(r.text).not.toContain('Accept all cookies');
    expect(r.text).not.toContain('Terms of Service');
    expect(r.title).toBe('Privacy Policy – Example');
    expect(r.language).toBe('en');
  });

  it('keeps headings, list items and their order, with offsets into the text', () => {
    const r = extract(page(CHROME_AROUND(POLICY)));
    const blocks = r.blocks.map((b) => [b.kind, r.text.slice(b.start, b.end)]);
    const iHeading = blocks.findIndex(([k, t]) => k === 'heading' && t === 'Information We Collect');
    const iLead = blocks.findIndex(([, t]) => t === 'We collect the following information when you register:');
    const iItem = blocks.findIndex(([k, t]) => k === 'list-item' && t === 'Your name and email address.');
    expect(iHeading).toBeGreaterThanOrEqual(0);
    expect(iLead).toBeGreaterThan(iHeading);
    expect(iItem).toBeGreaterThan(iLead);
    for (const b of r.blocks) expect(r.text.slice(b.start, b.end).trim()).toBe(r.text.slice(b.start, b.end));
  });

  it('includes sections hidden in collapsed <details> and hidden tab panels', () => {
    const r = extract(
      page(`<main><h1>Privacy Notice</h1><p>${'This notice explains how we handle personal data. '.repeat(8)}</p>
        <details><summary>Data retention</summary><p>We keep backups for up to one year.</p></details>
        <div role="tabpanel" hidden><p>You may request deletion of your account data at any time.</p></div></main>`),
    );
    expect(r.text).toContain('We keep backups for up to one year.');
    expect(r.text).toContain('You may request deletion of your account data at any time.');
    expect(r.text).toContain('Data retention');
  });

  it('never includes script or style text', () => {
    const r = extract(page(`<main><h1>Privacy</h1><script>var secret = 1;</script><style>.x{color:red}</style><p>We collect your email.</p></main>`));
    expect(r.text).not.toContain('secret');
    expect(r.text).not.toContain('color:red');
    expect(r.text).toContain('We collect your email.');
  });

  it('finds the policy with Readability on a page with no <main>, hidden accordion included', () => {
    const para = (t: string) => `<p>${t} ${'We explain here how personal information is handled, stored and protected by us. '.repeat(3)}</p>`;
    const r = extract(
      page(`<div id="top"><a href="/">Home</a> <a href="/deals">Today's deals and offers</a></div>
        <div class="layout"><div class="sidebar"><a href="/a">Related article one</a><a href="/b">Related article two</a></div>
        <div id="content"><h1>Privacy Policy</h1>${para('Intro.')}${para('Collection.')}
        <div class="accordion"><button aria-expanded="false">Retention</button><div class="panel" style="display:none">${para('We keep logs for 90 days.')}</div></div>
        ${para('Sharing.')}</div></div>`),
    );
    expect(r.method).toBe('readability');
    expect(r.text).toContain('We keep logs for 90 days.');
    expect(r.text).not.toContain("Today's deals");
  });
});

describe('a <main> the parser emptied', () => {
  it('reads the body when <main> holds almost none of the text (Chromium moves nodes nested deeper than 512 out of their parent)', () => {
    const paras = Array.from({ length: 40 }, (_, i) => `<p>Section ${i}: we collect your email address and keep it for two years.</p>`).join('');
    const r = extract(page(`<div><main><h1>Privacy Policy</h1></main>${paras}</div>`));
    expect(r.text).toContain('Section 39: we collect your email address');
  });

  it('keeps a marked <main> that holds the text', () => {
    const paras = Array.from({ length: 40 }, (_, i) => `<p>Section ${i}: we collect your email address and keep it for two years.</p>`).join('');
    const r = extract(page(`<nav>${'<a href="/x">Menu entry</a>'.repeat(20)}</nav><main><h1>Privacy Policy</h1>${paras}</main>`));
    expect(r.text).not.toContain('Menu entry');
    expect(r.method).toBe('structural');
  });
});
