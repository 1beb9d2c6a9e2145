import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectContext, fromHtml, MAX_TAGS, readInput, UserError } from '../../cli/input';
import { readBplist } from '../../cli/saved-page';
import { detectText } from '../../analyzer/detect';
import { EXTRACT_MAX_CHARS } from '../../analyzer/extract';
import { cheapCheck } from '../../analyzer/cheap-check';

// Pages as real sites serve them and people save them (tests/fixtures/pages/saved, written by
// scripts/make-fixture-pages-saved.mjs): each policy beside a page that is not one, built alike.
const SAVED = (p: string) => new URL(`../fixtures/pages/saved/${p}`, import.meta.url).pathname;
const BIN = new URL('../../bin/privacy-label.js', import.meta.url).pathname;

async function detectFile(p: string) {
  const input = await readInput(SAVED(p));
  // What `privacy-label detect FILE` tells the detector.
  const d = detectText(input.text, detectContext(input));
  return { input, ...d };
}

describe('character encodings, decoded as a browser does', () => {
  const cases = ['latin1-meta', '1252-http-equiv', 'latin1-undeclared', 'utf16le-bom', 'utf16be-bom', 'utf8-bom-declares-latin1'];
  it.each(cases)('a German policy saved as %s is read right and detected; the article beside it is not a policy', async (kind) => {
    const policy = await detectFile(`encoding/datenschutz-${kind}.html`);
    expect(policy.input.title).toBe('Datenschutzerklärung | Bergwerk Software');
    expect(policy.input.text).toContain('Verantwortlich für die Verarbeitung Ihrer personenbezogenen Daten');
    expect(policy.input.text).toContain('sorgfältig ausgewählt');
    expect(policy.input.text).not.toContain('\uFFFD');
    expect(policy.input.warnings.join('\n')).not.toMatch(/not valid UTF-8/);
    expect(policy.isPolicy).toBe(true);
    const article = await detectFile(`encoding/artikel-${kind}.html`);
    expect(article.input.title).toBe('Stadtrat beschließt neue Radwege | Bergwerk Blog');
    expect(article.input.text).not.toContain('\uFFFD');
    expect(article.isPolicy).toBe(false);
  });

  it('says when it guessed windows-1252 for a page that declares nothing and is not UTF-8', async () => {
    const { input } = await detectFile('encoding/datenschutz-latin1-undeclared.html');
    expect(input.warnings).toEqual([expect.stringMatching(/declares no charset and is not UTF-8: read as windows-1252/)]);
    expect((await detectFile('encoding/datenschutz-latin1-meta.html')).input.warnings).toEqual([]);
  });

  it('reads a Shift_JIS page declared by http-equiv', async () => {
    const { input } = await detectFile('encoding/shift-jis.html');
    expect(input.title).toBe('プライバシーポリシー');
    expect(input.headings[0]).toBe('プライバシーポリシー');
  });

  it('a UTF-8 page with a few bad bytes stays UTF-8 (its other characters are right) and says how many', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-label-saved-'));
    const p = join(dir, 'mixed.html');
    writeFileSync(p, Buffer.concat([Buffer.from('<!doctype html><html><head><title>Datenschutzerklärung</title></head><body><p>Gespeichert: '), Buffer.from([0xe9]), Buffer.from(' für 14 Tage.</p></body></html>')]));
    const input = await readInput(p);
    expect(input.title).toBe('Datenschutzerklärung');
    expect(input.text).toContain('Gespeichert: \uFFFD für 14 Tage.');
    expect(input.warnings.join('\n')).toMatch(/1 invalid byte sequence replaced/);
  });
});

describe("the page's own URL when it has no <link rel=canonical>", () => {
  // A help-centre fragment of a policy, named by nothing on the page: its URL decides.
  it.each([
    ['og:url', 'url/og-url-policy.html'],
    ['Chrome\'s "saved from url" comment', 'url/saved-from-policy.html'],
    ['a JSON-LD WebPage "url"', 'url/json-ld-policy.html'],
    ['an absolute <base href>', 'url/base-href-policy.html'],
  ])('is read from %s: at /legal/privacy the fragment is a policy', async (_what, file) => {
    const r = await detectFile(file);
    expect(r.input.url).toBe('https://acme.example/legal/privacy');
    expect(r.reasons).toContain('URL path names a privacy policy');
    expect(r.isPolicy).toBe(true);
  });

  it.each([
    ['og:url', 'url/og-url-help.html'],
    ['"saved from url"', 'url/saved-from-help.html'],
  ])('the same page whose %s is a help URL is not a policy', async (_what, file) => {
    const r = await detectFile(file);
    expect(r.input.url).toBe('https://acme.example/help/account');
    expect(r.isPolicy).toBe(false);
  });

  it.each([
    ['links to the policy and an og:url of a card in the body', 'url/links-only.html'],
    ["a JSON-LD Organization's and breadcrumb's URLs", 'url/json-ld-organization.html'],
  ])('never takes a URL that is not the page\'s own: %s', async (_what, file) => {
    const r = await detectFile(file);
    expect(r.input.url).toBeUndefined();
    expect(r.isPolicy).toBe(false);
  });

  it('a file with no .html name that starts with the "saved from" comment is read as a page, with that URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-label-saved-'));
    const p = join(dir, 'page');
    writeFileSync(p, `<!-- saved from url=(0034)https://acme.example/legal/privacy -->\n<!-- another comment -->\n<html><head><title>Acme</title></head><body><p>Hello &amp; welcome.</p></body></html>`);
    const input = await readInput(p);
    expect(input.url).toBe('https://acme.example/legal/privacy');
    expect(input.text).toBe('Hello & welcome.');
  });

  it('<link rel=canonical> comes first', async () => {
    const r = await detectFile('url/canonical-first.html');
    expect(r.input.url).toBe('https://acme.example/help/account');
    expect(r.isPolicy).toBe(false);
  });

  it('a "saved from" comment in the body is not the page\'s', () => {
    const r = fromHtml('<!doctype html><html><head><title>x</title></head><body><pre>&lt;!-- saved from url=(0030)https://a.example/privacy --&gt;</pre><!-- saved from url=(0030)https://a.example/privacy --><p>Hello</p></body></html>');
    expect(r.url).toBeUndefined();
  });
});

describe('names written with invisible characters or line breaks', () => {
  it.each([
    ['soft hyphens (Priv&shy;acy Pol&shy;icy) in title and heading', 'chars/shy-policy.html'],
    ['a zero-width space (Privacy&#8203;Policy) in the heading', 'chars/zwsp-policy.html'],
  ])('%s still name a policy: the help-centre fragment is one', async (_what, file) => {
    const r = await detectFile(file);
    expect(r.reasons.join('\n')).toMatch(/heading ".*" names a privacy policy/);
    expect(r.isPolicy).toBe(true);
  });

  it('a headline about a policy with soft hyphens is still a headline, not a policy', async () => {
    const r = await detectFile('chars/shy-headline-news.html');
    expect(r.isPolicy).toBe(false);
  });

  it('<h1>Privacy<br>Policy</h1> is the heading "Privacy Policy"; <h1>Privacy<br>Settings</h1> is not a policy', async () => {
    const r = await detectFile('chars/br-policy.html');
    expect(r.input.headings[0]).toBe('Privacy Policy');
    expect(r.isPolicy).toBe(true);
    const settings = await detectFile('chars/br-settings.html');
    expect(settings.input.headings[0]).toBe('Privacy Settings');
    expect(settings.isPolicy).toBe(false);
  });

  it('a page with no <head> or <body> ("<title>…</title><p>…") keeps its title, as a browser does; an SVG\'s <title> is not the page\'s', () => {
    expect(fromHtml('<title>Privacy Policy | Acme</title><h1>Acme</h1><p>We collect your e-mail address.</p>').title).toBe('Privacy Policy | Acme');
    expect(fromHtml('<p><svg><title>Logo</title></svg>We collect your e-mail address.</p>').title).toBeUndefined();
  });

  it('a title written over several lines is one line, as document.title gives it', async () => {
    const r = await detectFile('chars/newlines-title-policy.html');
    expect(r.input.title).toBe('Privacy Policy | Acme');
  });

  it("the content script's cheap check sees a name through soft hyphens, and still not a neutral one", () => {
    expect(cheapCheck({ url: 'https://a.example/p/1', title: 'Daten\u00ADschutz\u00ADerklärung | A', headings: [] }).maybePolicy).toBe(true);
    expect(cheapCheck({ url: 'https://a.example/p/1', title: 'A', headings: ['Daten\u200Bschutz\u200Berklärung'] }).maybePolicy).toBe(true);
    expect(cheapCheck({ url: 'https://a.example/p/1', title: 'Ber\u00ADg\u00ADwerk', headings: ['Pro\u00ADdukte'] }).maybePolicy).toBe(false);
  });
});

describe('single-page-app shells, <noscript>, <template>, declarative shadow DOM, framesets', () => {
  it('a Next.js shell whose state holds the page as one HTML string is read from it (and says so): the policy is one, the news is not', async () => {
    const r = await detectFile('shell/next-empty-privacy.html');
    expect(r.input.url).toBe('https://smartalpaca.example/privacy-policy');
    expect(r.input.title).toBe('Privacy Policy | SmartAlpaca');
    expect(r.input.text).toContain('This privacy policy applies to Sandrine Coosemans');
    expect(r.input.headings[0]).toBe('Privacy Policy');
    expect(r.input.warnings).toEqual([`the page has almost no text of its own (0 words): read the text of its Next.js page data (the HTML in __NEXT_DATA__'s props.pageProps.html) instead`]);
    expect(r.isPolicy).toBe(true);
    const news = await detectFile('shell/next-empty-news.html');
    expect(news.input.text).toContain('The council opened the long-awaited bike lanes');
    expect(news.isPolicy).toBe(false);
  });

  it("a shop page's Next.js state that carries the policy's HTML for a dialog is not read as the page (its heading is not the page's title)", async () => {
    const r = await detectFile('shell/next-shop-policy-dialog.html');
    expect(r.input.text).not.toContain('Sandrine Coosemans');
    expect(r.input.warnings.join('\n')).toMatch(/almost no text of its own \(0 words\): it looks like a Next\.js app whose scripts write the text in the browser; save the page once it has rendered/);
    expect(r.isPolicy).toBe(false);
  });

  it('an empty script-built shell named a privacy policy by both its title and its URL path is the policy page (moderate confidence, its text not in the HTML); the CLI still warns', async () => {
    for (const [p, app] of [['shell/spa-empty-privacy.html', 'single-page app'], ['shell/next-nodata-privacy.html', 'Next.js app']] as const) {
      const r = await detectFile(p);
      expect(r.input.text.split(/\s+/).length).toBeLessThan(10);
      expect(r.isPolicy).toBe(true);
      expect(r.confidence).toBeGreaterThanOrEqual(0.5);
      expect(r.confidence).toBeLessThan(0.7);
      expect(r.reasons).toContain(`title and URL path name a privacy policy; its text is not in the HTML as served (a ${app}'s scripts write it in the browser)`);
      expect(r.input.warnings.join('\n')).toMatch(new RegExp(`almost no text of its own \\(0 words\\): it looks like a ${app.replace('.', '\\.')} whose scripts write the text in the browser; save the page once it has rendered`));
    }
  });

  it.each([
    ['shell/spa-empty-title-only.html', 'named a policy by its title only (URL /legal)'],
    ['shell/spa-empty-url-only.html', 'named a policy by its URL only (title "SmartAlpaca")'],
    ['shell/spa-empty-news.html', 'a news headline about a policy'],
    ['shell/spa-empty-help.html', 'a help page "Privacy" at /settings/privacy'],
    ['shell/static-empty-privacy.html', 'a page without scripts, named a policy by title and URL, that says "Coming soon."'],
    ['shell/template-policy.html', 'a shell of <template>s (only its script knows which one it shows)'],
    ['shell/frameset.html', 'a frameset named a policy'],
  ])('an empty page is not a policy: %s (%s)', async (p) => {
    const r = await detectFile(p);
    expect(r.isPolicy).toBe(false);
    expect(r.reasons.join('\n')).not.toMatch(/not in the HTML as served/);
  });

  it('a shell whose text is in <noscript> is read from there (and says so): the policy is one, the news is not', async () => {
    const r = await detectFile('shell/noscript-policy.html');
    expect(r.input.text).toContain('This privacy policy applies to Sandrine Coosemans');
    expect(r.input.headings[0]).toBe('Privacy Policy');
    expect(r.input.warnings).toEqual(['the page has almost no text of its own (0 words): read the text of its <noscript> instead']);
    expect(r.isPolicy).toBe(true);
    const news = await detectFile('shell/noscript-news.html');
    expect(news.input.text).toContain('The council opened the long-awaited bike lanes');
    expect(news.isPolicy).toBe(false);
  });

  it('<template> content is inert as in a browser: a shop page does not read its privacy dialog template, a shell of templates is not a policy and the CLI says why', async () => {
    const shop = await detectFile('shell/template-shop.html');
    expect(shop.input.text).toContain('A light, waterproof backpack');
    expect(shop.input.text).not.toContain('Sandrine Coosemans');
    expect(shop.input.headings).not.toContain('Privacy Policy');
    expect(shop.isPolicy).toBe(false);
    // A single-page app keeps one template per view: which one its URL shows, only its script knows.
    const r = await detectFile('shell/template-policy.html');
    expect(r.input.text).not.toContain('Sandrine Coosemans');
    expect(r.input.warnings.join('\n')).toMatch(/its text is in a <template> \(\d+ words\) that a script puts in the page/);
    expect(r.isPolicy).toBe(false);
  });

  it('declarative shadow DOM (<template shadowrootmode>) is read as the browser shows it', async () => {
    const r = await detectFile('shell/shadow-policy.html');
    expect(r.input.text).toContain('This privacy policy applies to Sandrine Coosemans');
    expect(r.input.text).not.toContain('font-size');
    expect(r.input.warnings).toEqual([]);
    expect(r.isPolicy).toBe(true);
    const news = await detectFile('shell/shadow-news.html');
    expect(news.input.text).toContain('The council opened the long-awaited bike lanes');
    expect(news.input.text).toContain('Photo: Courier.');
    expect(news.isPolicy).toBe(false);
  });

  it('a frameset is not a policy by its title; the CLI names the frames that hold its text', async () => {
    const r = await detectFile('shell/frameset.html');
    expect(r.isPolicy).toBe(false);
    expect(r.input.warnings).toEqual([expect.stringMatching(/the page is a frameset: its text is in the frames it loads \(menu\.html, privacy_body\.html\)/)]);
  });

  it('a frameset saved with its frames beside it is read from its frame with the most text: the policy is one, the news is not', async () => {
    const r = await detectFile('frames/privacy.html');
    expect(r.input.title).toBe('Privacy Policy - SmartAlpaca');
    expect(r.input.text).toContain('This privacy policy applies to Sandrine Coosemans');
    expect(r.input.text).not.toContain('Shop');
    expect(r.input.warnings).toEqual(['the page is a frameset: read its frame privacy_files/body.html, the one with the most text']);
    expect(r.isPolicy).toBe(true);
    // A frame's address that leads out of the page's folder is not read.
    const dir = mkdtempSync(join(tmpdir(), 'privacy-label-frames-'));
    writeFileSync(join(dir, 'outside.html'), '<p>We collect your e-mail address. OUTSIDE</p>');
    const inner = join(dir, 'page');
    mkdirSync(inner);
    writeFileSync(join(inner, 'index.html'), '<!doctype html><html><head><title>Privacy Policy</title></head><frameset><frame src="../outside.html"></frameset></html>');
    expect((await readInput(join(inner, 'index.html'))).text).not.toContain('OUTSIDE');
    const news = await detectFile('frames/news.html');
    expect(news.input.text).toContain('The council opened the long-awaited bike lanes');
    expect(news.isPolicy).toBe(false);
  });

  it('a short page without scripts gets no such warning', () => {
    expect(fromHtml('<!doctype html><html><head><title>Note</title></head><body><p>We moved.</p></body></html>').warnings).toEqual([]);
  });
});

describe('policies that a script or a frame puts in (the HTML as served holds no text)', () => {
  async function detectEmbedded(p: string) {
    const input = await readInput(SAVED(p));
    return { input, ...detectText(input.text, { url: input.url, title: input.title, headings: input.headings, embeddedPolicy: input.embedded }) };
  }

  it.each([
    ['an iubenda embed', 'embed/iubenda-policy.html', /iubenda \(https:\/\/www\.iubenda\.com\/privacy-policy\/49533561\)/],
    ['a Termly embed', 'embed/termly-policy.html', /Termly/],
    ['a frame at a policy\'s address', 'embed/iframe-policy.html', /a frame \(https:\/\/legal\.acme-cdn\.example\/en\/privacy-policy\.html\)/],
  ])('a page named "Privacy Policy" whose text %s puts in is a policy, and the CLI says the HTML lacks the text', async (_what, file, from) => {
    const r = await detectEmbedded(file);
    expect(r.input.embedded).toMatch(from);
    expect(r.input.warnings.join('\n')).toMatch(/the saved HTML does not hold it/);
    expect(r.isPolicy).toBe(true);
    // Without the embed's evidence (as the detector alone sees the text) it is not.
    expect(detectText(r.input.text, { url: r.input.url, title: r.input.title, headings: r.input.headings }).isPolicy).toBe(false);
  });

  it.each([
    ['a home page with the iubenda link in its footer', 'embed/iubenda-footer-home.html'],
    ['a /settings/privacy screen named "Privacy" with the same footer link', 'embed/iubenda-footer-settings.html'],
  ])('%s is not a policy', async (_what, file) => {
    const r = await detectEmbedded(file);
    expect(r.isPolicy).toBe(false);
    if (file.includes('home')) expect(r.input.warnings).toEqual([]);
  });
});

describe('compressed and archived pages', () => {
  it.each([
    ['gzip', 'html.gz', undefined],
    ['brotli (kept as served, under a .html name)', 'html', undefined],
    ['MHTML (quoted-printable, charset from the part)', 'mhtml', 'https://bergwerk.example/datenschutz'],
    ['Safari web archive (Latin-1)', 'webarchive', 'https://bergwerk.example/datenschutz'],
  ])('%s: the policy is read whole and detected, the article is not a policy', async (_what, ext, url) => {
    const r = await detectFile(ext === 'html' ? 'archive/datenschutz-brotli.html' : `archive/datenschutz.${ext}`);
    expect(r.input.title).toBe('Datenschutzerklärung | Bergwerk Software');
    expect(r.input.text).toContain('sorgfältig ausgewählt');
    expect(r.input.text).not.toContain('\uFFFD');
    expect(r.input.url).toBe(url);
    expect(r.input.warnings).toEqual([]);
    expect(r.isPolicy).toBe(true);
    const article = await detectFile(ext === 'html' ? 'archive/artikel-brotli.html' : `archive/artikel.${ext}`);
    expect(article.input.title).toBe('Stadtrat beschließt neue Radwege | Bergwerk Blog');
    expect(article.isPolicy).toBe(false);
  });

  it('a gzip file cut short gives what it holds, with a warning', async () => {
    const r = await detectFile('archive/cut-short.html.gz');
    expect(r.input.text).toContain('Verantwortlich für die Verarbeitung');
    expect(r.input.warnings.join('\n')).toMatch(/is a gzip file cut short or damaged/);
  });

  it.each([
    ['archive/not-gzip.html.gz', /starts like a gzip file but cannot be unpacked/],
    ['archive/not-a-page.zip', /is a ZIP archive .*unpack it/],
    ['archive/page.html.zst', /is compressed with zstd, which is not read: unpack it first/],
    ['archive/paper.pdf', /is a PDF, which is not read: copy its text into a \.txt file/],
  ])('%s gets a clear message', async (file, message) => {
    const e = await readInput(SAVED(file)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message).toMatch(message);
  });

  it('the binary property list reader refuses a damaged file instead of looping', () => {
    const good = readFileSync(SAVED('archive/datenschutz.webarchive'));
    expect(() => readBplist(good.subarray(0, 60))).toThrow();
    // A dictionary that contains itself.
    const loop = Buffer.from(good);
    const t = loop.length - 32;
    const table = Number(loop.readBigUInt64BE(t + 24));
    const top = Number(loop.readBigUInt64BE(t + 16));
    const at = loop.readUInt32BE(table + top * 4);
    loop[at] = 0xa1; // an array of one element…
    loop.writeUInt16BE(top, at + 1); // …that is itself
    expect(() => readBplist(loop)).toThrow(/bad reference/);
  });

  it('the CLI prints the detection of an MHTML page, and a clear message for a PDF', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile('node', [BIN, ...args], (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
      });
    const ok = await run(['detect', SAVED('archive/datenschutz.mhtml')]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).isPolicy).toBe(true);
    const bad = await run(['detect', SAVED('archive/paper.pdf')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toMatch(/^privacy-label: .*paper\.pdf is a PDF/);
  });
});

describe('a plain-text policy served in <pre>', () => {
  const policy = readFileSync(new URL('../fixtures/seeds/001_b69fa8ec4330a908.txt', import.meta.url), 'utf8');
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  it('keeps its paragraphs apart (a heading does not run into the first sentence), and is a policy; a blog post with a code sample is not', () => {
    const r = fromHtml(`<!doctype html><html><head><title>allsmart</title></head><body><pre>${esc(policy)}</pre></body></html>`);
    expect(r.text.startsWith('Privacy Policy\nPrivacy & Policy\nThis privacy policy has been compiled')).toBe(true);
    const d = detectText(r.text, { url: r.url, title: r.title, headings: r.headings });
    expect(d.reasons).toContain('the opening names a privacy policy');
    expect(d.isPolicy).toBe(true);
    const blog = fromHtml(`<!doctype html><html><head><title>Parsing cookies in Go | Dev notes</title></head><body><main><h1>Parsing cookies in Go</h1><p>Here is how I read the session cookie of a request and log the user ID.</p><pre>func handler(w http.ResponseWriter, r *http.Request) {\n  c, err := r.Cookie("session")\n  if err != nil {\n    return\n  }\n\n  log.Printf("user %s", c.Value)\n}</pre><p>That is all: the cookie's value is the user ID we stored at sign-in.</p></main></body></html>`);
    expect(blog.text).toContain('func handler');
    expect(detectText(blog.text, { url: blog.url, title: blog.title, headings: blog.headings }).isPolicy).toBe(false);
  });
});

describe('a theme\'s layout and state classes on the content\'s wrapper', () => {
  const policy = readFileSync(new URL('../fixtures/seeds/001_b69fa8ec4330a908.txt', import.meta.url), 'utf8')
    .split(/\n\n+/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');
  const menu = Array.from({ length: 60 }, (_, i) => `<li><a href="/p/${i}">Product ${i}</a></li>`).join('');
  const page = (wrapper: string, extra = '') => `<!doctype html><html><head><title>allsmart</title></head><body><header><nav><a href="/">Home</a></nav></header><main><div class="${wrapper}"><div class="entry-content">${policy}</div>${extra}</div></main><footer>f</footer></body></html>`;

  it.each(['no-sidebar', 'has-sidebar', 'content-area left-sidebar', 'menu-open', 'nav-is-open', 'footer-sticky', 'page-with-share-buttons'])('a wrapper classed "%s" around the whole policy is read (it lost all the text before)', (cls) => {
    const r = fromHtml(page(cls));
    expect(r.text).toContain('This privacy policy has been compiled');
    expect(detectText(r.text, { url: r.url, title: r.title, headings: r.headings }).isPolicy).toBe(true);
  });

  it('a real sidebar, a menu shown open and a sticky footer bar beside the policy are still left out', () => {
    const r = fromHtml(page('site-main', `<div class="left-sidebar"><h3>About me</h3><p>I write about privacy tools and self-hosting.</p></div><div class="mega-menu menu-open"><ul>${menu}</ul></div><div class="footer-sticky"><p>Subscribe to our newsletter!</p></div>`));
    expect(r.text).toContain('This privacy policy has been compiled');
    expect(r.text).not.toContain('I write about privacy tools');
    expect(r.text).not.toContain('Product 7');
    expect(r.text).not.toContain('Subscribe to our newsletter');
  });
});

describe('huge pages', () => {
  it(`a page of more than ${MAX_TAGS} tags is read up to that many, with a warning`, () => {
    const html = `<!doctype html><html><head><title>Shop</title></head><body><main><h1>Privacy Policy</h1><p>We collect your e-mail address.</p>${'<b>x</b> '.repeat(MAX_TAGS / 2 + 10)}<p>Tail sentence.</p></main></body></html>`;
    const r = fromHtml(html);
    expect(r.warnings.join('\n')).toMatch(/more than 200,000 tags: only its first \d\.\d million characters of HTML were read/);
    expect(r.text).toContain('We collect your e-mail address.');
    expect(r.text).not.toContain('Tail sentence.');
  });

  it('a page that is one giant block keeps the first part of it, not nothing', () => {
    const r = fromHtml(`<!doctype html><html><head><title>Privacy Policy</title></head><body><main><p>${'We collect your e-mail address. '.repeat(Math.ceil((EXTRACT_MAX_CHARS * 1.2) / 32))}</p></main></body></html>`);
    expect(r.text.length).toBeGreaterThan(EXTRACT_MAX_CHARS * 0.99);
    expect(r.text.length).toBeLessThanOrEqual(EXTRACT_MAX_CHARS);
    expect(r.warnings.join('\n')).toMatch(/very long/);
  });
});
