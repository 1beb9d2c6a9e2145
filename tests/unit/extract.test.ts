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

describe('hidden sections are read, site chrome is not', () => {
  const LONG = 'This notice explains how we handle the personal data of our customers. '.repeat(6);

  it('reads every panel of a tab layout, whichever is shown (hidden, aria-hidden, display:none)', () => {
    const r = extract(
      page(
        CHROME_AROUND(`<h1>Privacy Notice</h1><p>${LONG}</p>
        <div role="tablist"><button role="tab" aria-controls="t1" aria-selected="true">Customers</button><button role="tab" aria-controls="t2">Job applicants</button><button role="tab" aria-controls="t3">Visitors</button></div>
        <div role="tabpanel" id="t1"><p>We keep order records for six years.</p></div>
        <div role="tabpanel" id="t2" aria-hidden="true"><p>We delete applications six months after the position is filled.</p></div>
        <div role="tabpanel" id="t3" style="display: none"><p>We keep visitor logs for 30 days.</p></div>`),
      ),
    );
    expect(r.text).toContain('We keep order records for six years.');
    expect(r.text).toContain('We delete applications six months after the position is filled.');
    expect(r.text).toContain('We keep visitor logs for 30 days.');
  });

  it('reads accordions (button + collapsed panel) and nested <details>, summary as a heading before its text', () => {
    const r = extract(
      page(
        CHROME_AROUND(`<h1>Privacy Policy</h1><p>${LONG}</p>
        <div class="accordion"><h3><button aria-expanded="false" aria-controls="p1">Cookies</button></h3><div id="p1" class="collapse" hidden><p>We use analytics cookies only with your consent.</p></div></div>
        <details><summary>Your rights</summary><p>You may ask for a copy of your data.</p><details><summary>In California</summary><p>We do not sell personal information.</p></details></details>`),
      ),
    );
    expect(r.text).toContain('We use analytics cookies only with your consent.');
    const blocks = r.blocks.map((b) => [b.kind, r.text.slice(b.start, b.end)]);
    const summary = blocks.findIndex(([k, t]) => k === 'heading' && t === 'Your rights');
    const inner = blocks.findIndex(([k, t]) => k === 'heading' && t === 'In California');
    const sale = blocks.findIndex(([, t]) => t === 'We do not sell personal information.');
    expect(summary).toBeGreaterThanOrEqual(0);
    expect(inner).toBeGreaterThan(summary);
    expect(sale).toBeGreaterThan(inner);
  });

  it.each([
    ['a OneTrust banner', '<div id="onetrust-banner-sdk"><p>We and our 843 partners use cookies. Accept all cookies?</p></div>'],
    ['a consent dialog', '<div role="alertdialog" aria-label="Consent"><p>We and our 843 partners use cookies. Accept all cookies?</p></div>'],
    ['a cookie notice inside <main>', '<div class="cookie-notice"><p>We and our 843 partners use cookies. Accept all cookies?</p></div>'],
  ])('drops %s, and the menu and footer, even when they sit inside <main>', (_name, banner) => {
    const r = extract(
      page(`<main>${banner}<nav aria-label="Legal"><a href="/terms">Terms and conditions of sale</a></nav><h1>Privacy Policy</h1><p>${LONG}</p><p>We share data with our payment processor.</p>
        <footer><p>© 2024 Example Ltd · Company number 0123456</p></footer></main>`),
    );
    expect(r.text).toContain('We share data with our payment processor.');
    expect(r.text).not.toContain('843 partners');
    expect(r.text).not.toContain('Terms and conditions of sale');
    expect(r.text).not.toContain('Company number');
  });
});

describe('structure', () => {
  it('keeps headings, nested lists and definition lists in document order', () => {
    const r = extract(
      page(
        CHROME_AROUND(`<h1>Privacy Policy</h1>
        <h2>Information We Collect</h2>
        <ul><li>Account data<ul><li>Name</li><li>Email address</li></ul></li><li>Usage data</li></ul>
        <h2>Retention</h2>
        <dl><dt>Backups</dt><dd>Up to one year.</dd><dt>Logs</dt><dd>90 days.</dd></dl>`),
      ),
    );
    const seq = r.blocks.map((b) => `${b.kind}:${r.text.slice(b.start, b.end)}`);
    const order = ['heading:Information We Collect', 'list-item:Account data', 'list-item:Name', 'list-item:Email address', 'list-item:Usage data', 'heading:Retention', 'heading:Backups', 'paragraph:Up to one year.', 'heading:Logs', 'paragraph:90 days.'];
    const at = order.map((s) => seq.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(r.blocks.find((b) => r.text.slice(b.start, b.end) === 'Information We Collect')?.level).toBe(2);
  });
});

describe('when Readability drops part of the policy', () => {
  it('falls back to the structural walk, which keeps both halves of a two-column policy', () => {
    const para = (t: string) => `<p>${t} ${'We explain here how personal information is handled, stored and protected by us, and for how long. '.repeat(4)}</p>`;
    const left = Array.from({ length: 6 }, (_, i) => para(`Left column section ${i}.`)).join('');
    const right = Array.from({ length: 6 }, (_, i) => `<div class="faq-item"><h3>Question ${i}</h3><p>Right column answer ${i}: we keep it short.</p></div>`).join('');
    const r = extract(page(`<div id="top"><a href="/">Home</a></div><div class="wrap"><div class="col-a"><h1>Privacy Policy</h1>${left}</div><div class="col-b comments">${right}</div></div>`));
    expect(r.text).toContain('Left column section 5.');
    expect(r.text).toContain('Right column answer 5: we keep it short.');
    expect(r.method).toBe('structural');
  });
});

describe('very large pages', () => {
  it('stops at the explicit limit and says the text was truncated', async () => {
    const { EXTRACT_MAX_CHARS } = await import('../../analyzer/extract');
    const part = `<h2>Part</h2><p>${'We collect your email address and keep it for two years. '.repeat(100)}</p>`;
    const r = extract(page(`<main><h1>Privacy Policy</h1>${part.repeat(Math.ceil((EXTRACT_MAX_CHARS * 1.5) / 5800))}</main>`));
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(EXTRACT_MAX_CHARS);
    expect(r.text.length).toBeGreaterThan(EXTRACT_MAX_CHARS * 0.9);
    // It stops between blocks: the last block is whole.
    const last = r.blocks[r.blocks.length - 1]!;
    expect(r.text.slice(last.start, last.end)).toMatch(/(?:two years\.|Part)$/);
  });

  it('says nothing was truncated on an ordinary page', () => {
    expect(extract(page(CHROME_AROUND(POLICY))).truncated).toBe(false);
  });
});

describe('the label of a truncated page', () => {
  it('carries source.truncated, and an ordinary one does not', async () => {
    const { stateFromExtract } = await import('../../utils/tab-state');
    const r = extract(page(CHROME_AROUND(`${POLICY}<p>${'We keep your data for two years and share it with our payment processor. '.repeat(20)}</p>`)));
    const base = { ...r, url: 'https://example.com/privacy', headings: ['Privacy Policy'] };
    const cut = stateFromExtract({ ...base, truncated: true }, false);
    const whole = stateFromExtract(base, false);
    expect(cut.kind).toBe('policy');
    expect(cut.kind === 'policy' && cut.label.source.truncated).toBe(true);
    expect(whole.kind === 'policy' && 'truncated' in whole.label.source).toBe(false);
  });
});

describe('extract: heavier site chrome', () => {
  const MEGA = `<div class="gnav-wrapper">${['Products', 'Solutions', 'Resources', 'Company']
    .map((h) => `<div class="gnav-col"><h2>${h}</h2><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/${h}/${i}">${h} item ${i}<span>A short blurb about it</span></a></li>`).join('')}</ul></div>`)
    .join('')}</div>`;
  const SECTIONS = ['Information we collect', 'How we use information', 'Sharing', 'Your rights']
    .map((h, i) => `<h2>${h}</h2><p>${`Section ${i}: we describe here what we do with the personal information of our users and why we do it. `.repeat(3)}</p>`)
    .join('');

  it('keeps the policy without <main> under a div-only mega menu, whose column titles do not count as dropped sections', () => {
    const r = extract(page(`${MEGA}<div class="page-grid"><div class="page-content"><h1>Privacy Policy</h1>${SECTIONS}</div></div><div class="site-bottom"><a href="/about">About</a></div>`));
    expect(r.text).toContain('Section 3: we describe here what we do');
    expect(r.text).toContain('Your rights');
    expect(r.text).not.toContain('A short blurb about it');
  });

  it('drops a WordPress theme\'s navigation, widget area and comment thread, and keeps the page', () => {
    const r = extract(
      page(`<div id="site-navigation" class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/travel">Travel stories</a></li></ul></div>
        <div id="content" class="site-content"><div id="primary" class="content-area"><h1 class="entry-title">Privacy Policy</h1><div class="entry-content">${SECTIONS}</div>
        <div id="comments" class="comments-area"><h2>3 thoughts on “Privacy Policy”</h2><p>Great site, keep up the good work! I read every single post you write here.</p></div></div>
        <div id="secondary" class="widget-area"><h2>Recent Posts</h2><ul><li>My sourdough routine</li></ul></div></div>`),
    );
    expect(r.text).toContain('Section 0: we describe here what we do');
    expect(r.text).not.toContain('Travel stories');
    expect(r.text).not.toContain('keep up the good work');
    expect(r.text).not.toContain('sourdough');
  });

  it('drops a footer made of divs ("footer", "global-footer") and keeps a policy\'s own closing block', () => {
    const r = extract(
      page(`<main class="app-shell"><h1>Privacy Policy</h1>${SECTIONS}<div class="policy-footer"><p>Last updated on 1 March 2024; earlier versions are archived on request.</p></div>
        <div class="global-footer"><a href="/privacy">Privacy Policy</a> <a href="/do-not-sell">Do Not Sell or Share My Personal Information</a></div><div class="footer">© 2024 Example Inc.</div></main>`),
    );
    expect(r.text).toContain('earlier versions are archived on request');
    expect(r.text).not.toContain('Do Not Sell or Share');
    expect(r.text).not.toContain('© 2024 Example Inc.');
  });

  it('still reads page-builder content wrapped in "widget" classes', () => {
    const r = extract(page(`<main><div class="elementor-widget elementor-widget-text-editor"><h1>Privacy Policy</h1>${SECTIONS}</div></main>`));
    expect(r.text).toContain('Section 2: we describe here what we do');
  });
});

describe('extract: consent dialogs of more consent platforms', () => {
  const BODY = `<h1>Privacy Policy</h1>${'<p>We collect your email address to run your account, and we delete it when you close the account.</p>'.repeat(6)}`;
  it.each([
    ['consentmanager', '<div id="cmpbox" class="cmpbox">'],
    ['tarteaucitron', '<div id="tarteaucitronRoot">'],
    ['Borlabs', '<div id="BorlabsCookieBox" class="borlabs-cookie">'],
    ['Klaro', '<div class="klaro">'],
    ['Axeptio', '<div id="axeptio_overlay">'],
    ['CookieFirst', '<div class="cookiefirst-root">'],
  ])('leaves out the %s dialog and keeps the policy', (_name, open) => {
    const r = extract(page(`${open}<p>We and our 842 partners store and access information on your device for personalised ads.</p><button>Accept</button></div><main>${BODY}</main>`));
    expect(r.text).toContain('we delete it when you close the account');
    expect(r.text).not.toContain('842 partners');
  });
});
