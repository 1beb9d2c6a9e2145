// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { sanitizePolicyHtml } from '../../utils/sanitize';
import { buildReaderBody } from '../../utils/reader-body';
import { articleHtml } from '../../analyzer/article';
import { markQuotes } from '../../analyzer/marks';
import { ReaderView } from '../../components/ReaderView';
import { handLabel } from './label-fixture';

afterEach(cleanup);

const HOSTILE = `
  <h2 onclick="alert(1)" style="color:red">Sharing</h2>
  <p>We do not sell your personal data.<script>window.pwned = 1</script></p>
  <img src="x" onerror="window.pwned = 2">
  <svg onload="window.pwned = 3"><circle r="1"/></svg>
  <iframe src="https://evil.example/"></iframe>
  <style>body { display: none }</style>
  <link rel="stylesheet" href="https://evil.example/x.css">
  <form action="https://evil.example/"><input name="q"><button>Go</button></form>
  <object data="x.swf"></object><embed src="x.swf"><base href="https://evil.example/">
  <meta http-equiv="refresh" content="0;url=https://evil.example/">
  <a href="javascript:alert(1)">click</a> <a href="JaVaScRiPt&colon;alert(1)">click2</a>
  <a href="data:text/html,<script>alert(1)</script>">data</a>
  <a href="/contact" id="logo" name="cookie">contact us</a> <a href="mailto:dpo@example.com">mail</a>
  <ul><li>one</li><li>two</li></ul>
  <table><tr><th scope="col">What</th></tr><tr><td colspan="2" style="x">IP address</td></tr></table>
  <details><summary>More</summary><p data-x="1" aria-hidden="true">Hidden text</p></details>
  <math><mi xlink:href="javascript:alert(1)">x</mi></math>`;

describe('sanitizePolicyHtml: a strict allow-list', () => {
  const frag = () => {
    const div = document.createElement('div');
    div.append(sanitizePolicyHtml(HOSTILE, 'https://example.com/legal/privacy'));
    return div;
  };

  it('drops scripts, handlers, styles, images, frames, forms, objects and base/meta/link', () => {
    const div = frag();
    expect(div.querySelector('script, img, svg, iframe, style, link, form, input, button, object, embed, base, meta, math')).toBeNull();
    for (const el of div.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(['href', 'title', 'colspan', 'rowspan', 'scope', 'lang', 'dir', 'open', 'target', 'rel']).toContain(attr);
    }
    expect(div.innerHTML).not.toMatch(/onerror|onload|onclick|javascript|pwned|style=|data:/i);
  });

  it('keeps the structure: headings, paragraphs, lists, tables, details', () => {
    const div = frag();
    expect(div.querySelector('h2')!.textContent).toBe('Sharing');
    expect(div.querySelector('p')!.textContent).toBe('We do not sell your personal data.');
    expect(div.querySelectorAll('ul > li')).toHaveLength(2);
    expect(div.querySelector('td')!.getAttribute('colspan')).toBe('2');
    expect(div.querySelector('th')!.getAttribute('scope')).toBe('col');
    expect(div.textContent).toContain('Hidden text');
  });

  it('keeps http(s) and mailto links, absolute and opening in a new tab; other links lose their target', () => {
    const links = [...frag().querySelectorAll('a')];
    const byText = (s: string) => links.find((a) => a.textContent === s)!;
    expect(byText('contact us').getAttribute('href')).toBe('https://example.com/contact');
    expect(byText('contact us').getAttribute('rel')).toBe('noopener noreferrer');
    expect(byText('contact us').getAttribute('id')).toBeNull();
    expect(byText('mail').getAttribute('href')).toBe('mailto:dpo@example.com');
    for (const s of ['click', 'click2', 'data']) expect(byText(s).hasAttribute('href'), s).toBe(false);
  });

  it('runs nothing when shown', async () => {
    const w = window as unknown as { pwned?: number };
    document.body.append(sanitizePolicyHtml(HOSTILE, 'https://example.com/'));
    await new Promise((ok) => setTimeout(ok, 50));
    expect(w.pwned).toBeUndefined();
    document.body.replaceChildren();
  });
});

describe('evidence marks', () => {
  it('marks a sentence across element boundaries, one <mark> per text node, tagged by section', () => {
    const doc = document.implementation.createHTMLDocument('');
    const p = doc.createElement('p');
    p.append('Intro. We do not ', Object.assign(doc.createElement('b'), { textContent: 'sell' }), ' your personal data. After.');
    doc.body.append(p);
    const made = markQuotes(doc, [
      { text: 'We do not sell your personal data.', tag: 'sharing' },
      { text: 'A sentence that is not there.', tag: 'rights' },
    ]);
    expect(made).toEqual([3, 0]);
    const marks = [...doc.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent).join('')).toBe('We do not sell your personal data.');
    expect(marks.every((m) => m.dataset.section === 'sharing')).toBe(true);
    expect(marks.filter((m) => m.dataset.first !== undefined)).toHaveLength(1);
    expect(p.textContent).toBe('Intro. We do not sell your personal data. After.');
  });

  it('marks every evidence quote of the label in the sanitized page, and counts them by section', () => {
    const label = handLabel();
    const html = `<h1>Policy</h1><p>We collect your email address. We do <em>not</em> sell your personal data.</p><ul><li>We keep backups for up to one year.</li></ul><p>&lt;img src=x onerror=alert(1)&gt; is not markup.</p><script>x()</script>`;
    const { body, counts, fromLabel } = buildReaderBody(label, { url: 'https://example.com/privacy', title: 'Policy', html, truncated: false });
    expect(fromLabel).toBe(false);
    expect(counts).toEqual({ collection: 1, sharing: 1, retention: 1, contact: 1 });
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('img')).toBeNull();
    expect(body.querySelector('li mark[data-section="retention"]')!.textContent).toBe('We keep backups for up to one year.');
  });

  it('falls back to the analysed text when the page cannot answer, and says so', () => {
    const { body, counts, fromLabel } = buildReaderBody(handLabel(), null);
    expect(fromLabel).toBe(true);
    expect(body.querySelectorAll('p')).toHaveLength(1);
    expect(counts.sharing).toBe(1);
    expect(body.querySelector('img')).toBeNull();
  });
});

describe('articleHtml: the policy part of the page', () => {
  it('keeps the main region with its collapsed sections, without menus, footers or cookie banners', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head><title>Privacy Policy | Acme</title></head><body>
        <nav><a href="/">Home</a> Products Pricing</nav>
        <div class="cookie-banner">We use cookies. Accept all</div>
        <main><h1>Privacy Policy</h1><p>${'We collect your e-mail address to run the service. '.repeat(12)}</p>
          <details><summary>Sharing</summary><p>We do not sell your personal data.</p></details>
          <div hidden><p>Hidden tab panel about retention.</p></div></main>
        <footer>© Acme · Terms · Privacy</footer></body></html>`,
      'text/html',
    );
    const a = articleHtml(doc, 'https://acme.example/privacy');
    expect(a.title).toBe('Privacy Policy | Acme');
    expect(a.url).toBe('https://acme.example/privacy');
    expect(a.html).toContain('We do not sell your personal data.');
    expect(a.html).toContain('Hidden tab panel about retention.');
    expect(a.html).not.toMatch(/Products Pricing|Accept all|© Acme/);
    // The page itself is untouched.
    expect(doc.querySelector('nav')).not.toBeNull();
    expect(doc.querySelector('details')!.hasAttribute('open')).toBe(false);
  });
});

describe('ReaderView', () => {
  const data = () => {
    const label = handLabel();
    const html = `<h2>Data</h2><p>We collect your email address.</p><h2>Sharing</h2><p>We do not sell your personal data.</p><p>Unrelated paragraph.</p><p>We keep backups for up to one year.</p>`;
    return { label, url: 'https://example.com/privacy', title: 'Example Privacy Policy', truncated: false, ...buildReaderBody(label, { url: 'https://example.com/privacy', title: '', html, truncated: false }) };
  };

  it('shows the policy with marks named by section, and a sidebar of all sections with their counts', () => {
    const { container } = render(<ReaderView data={data()} />);
    const sharing = container.querySelector<HTMLElement>('article.policy mark[data-section="sharing"]')!;
    expect(sharing.dataset.label).toBe('Sharing');
    expect(sharing.title).toBe('Sharing');
    const nav = screen.getByRole('navigation');
    expect(nav.querySelectorAll('li[data-section]')).toHaveLength(11);
    expect(nav.querySelector('li[data-section="sharing"]')!.textContent).toContain('1 passage');
    expect(nav.querySelector('li[data-section="rights"]')!.textContent).toContain('not stated');
    expect(screen.getByRole('button', { name: 'Next passage about Sharing' })).toBeTruthy();
  });

  it('"only Sharing" hides the passages of other sections and says so', () => {
    const { container } = render(<ReaderView data={data()} />);
    const select = screen.getByRole('combobox') as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'sharing' } });
    const visible = [...container.querySelectorAll('article.policy p, article.policy h2')].filter((p) => !p.classList.contains('filtered-out')).map((p) => p.textContent);
    expect(visible).toEqual(['We do not sell your personal data.']);
    expect(screen.getByRole('status').textContent).toBe('Showing only the passages about Sharing.');
    fireEvent.change(select, { target: { value: '' } });
    expect(container.querySelectorAll('.filtered-out')).toHaveLength(0);
  });

  it('next and previous move to the section\'s passages', () => {
    const { container } = render(<ReaderView data={data()} />);
    Element.prototype.scrollIntoView = function () {};
    fireEvent.click(screen.getByRole('button', { name: 'Next passage about Retention' }));
    const current = container.querySelector('mark.current')!;
    expect(current.textContent).toBe('We keep backups for up to one year.');
    expect(document.activeElement).toBe(current);
  });
});
