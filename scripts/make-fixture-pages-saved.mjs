#!/usr/bin/env node
/**
 * Fixture pages as real pages are served and saved, for tests/unit/cli-saved-pages.test.ts:
 * the page's own URL without <link rel=canonical>, character encodings other than UTF-8,
 * single-page-app shells, <template>, declarative shadow DOM, framesets, gzip, MHTML and Safari
 * web archives. Each policy page has a page that is not a policy beside it, built the same way.
 *
 *   node scripts/make-fixture-pages-saved.mjs     (writes tests/fixtures/pages/saved/; output committed)
 *
 * The German policy and article are the intl fixtures (scripts/fixture-pages-intl.mjs); the
 * English policy text is seed 000 (SmartAlpaca).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests/fixtures/pages/saved');
const read = (p) => readFileSync(join(ROOT, p), 'utf8');
const write = (name, data) => {
  mkdirSync(dirname(join(OUT, name)), { recursive: true });
  writeFileSync(join(OUT, name), data);
};

const policyDe = read('tests/fixtures/pages/intl/de/datenschutz.html');
const articleDe = read('tests/fixtures/pages/intl/de/artikel/stadtrat-beschliesst-radwege.html');
const UTF8 = '<meta charset="utf-8">';
const latin1 = (html, decl) => Buffer.from(html.replace(UTF8, decl), 'latin1');
const utf16 = (html, be) => {
  const b = Buffer.from(html.replace(UTF8, '<meta charset="utf-16">'), 'utf16le');
  if (be) b.swap16();
  return Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), b]);
};

// Character encodings
for (const [kind, html] of [['datenschutz', policyDe], ['artikel', articleDe]]) {
  write(`encoding/${kind}-latin1-meta.html`, latin1(html, '<meta charset="iso-8859-1">'));
  write(`encoding/${kind}-1252-http-equiv.html`, latin1(html, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'));
  write(`encoding/${kind}-latin1-undeclared.html`, latin1(html, ''));
  write(`encoding/${kind}-utf16le-bom.html`, utf16(html, false));
  write(`encoding/${kind}-utf16be-bom.html`, utf16(html, true));
  // A byte-order mark wins over a declaration (a page re-saved as UTF-8 that still says Latin-1).
  write(`encoding/${kind}-utf8-bom-declares-latin1.html`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html.replace(UTF8, '<meta charset="iso-8859-1">'))]));
}
// "プライバシーポリシー" (privacy policy) in Shift_JIS.
const sjisTitle = [0x83, 0x76, 0x83, 0x89, 0x83, 0x43, 0x83, 0x6f, 0x83, 0x56, 0x81, 0x5b, 0x83, 0x7c, 0x83, 0x8a, 0x83, 0x56, 0x81, 0x5b];
write('encoding/shift-jis.html', Buffer.concat([Buffer.from('<!doctype html><html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>'), Buffer.from(sjisTitle), Buffer.from('</title></head><body><h1>'), Buffer.from(sjisTitle), Buffer.from('</h1><p>Tokyo</p></body></html>')]));

// The page's own URL without <link rel=canonical>: a policy fragment in a help centre that its
// URL makes a policy; the same page at a help URL, or linking to /privacy, is not.
const fragment = `<main><h1>Acme Help Centre</h1><p>When you create an account we ask for your name and e-mail address. We use them to run your account and to answer your questions.</p><p>Our servers record the IP address and browser of each visit; these logs are deleted after 30 days.</p><p>We do not sell your information. Payment details go straight to our payment processor and are never stored by us.</p><p>We use cookies only to keep you signed in; we share your personal data with no third parties.</p><p>You can ask for a copy of your data or for its deletion at any time by writing to help@acme.example.</p></main>`;
const helpPage = (head = '', body = '', before = '') =>
  `${before}<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme Help Centre</title>${head}</head><body><header><nav><a href="/">Home</a> <a href="/help">Help</a></nav></header>${fragment}${body}<footer><a href="https://acme.example/legal/privacy">Privacy</a></footer></body></html>`;
const POLICY_URL = 'https://acme.example/legal/privacy';
const HELP_URL = 'https://acme.example/help/account';
write('url/og-url-policy.html', helpPage(`<meta property="og:url" content="${POLICY_URL}">`));
write('url/og-url-help.html', helpPage(`<meta property="og:url" content="${HELP_URL}">`));
const savedFrom = (u) => `<!-- saved from url=(${String(u.length).padStart(4, '0')})${u} -->\n`;
write('url/saved-from-policy.html', helpPage('', '', savedFrom(POLICY_URL)).replace(/^(<!--.*-->\n)(<!doctype html>)/, '$2\n$1'));
write('url/saved-from-help.html', helpPage('', '', savedFrom(HELP_URL)).replace(/^(<!--.*-->\n)(<!doctype html>)/, '$2\n$1'));
const ld = (graph) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph })}</script>`;
write('url/json-ld-policy.html', helpPage(ld([{ '@type': 'Organization', url: 'https://acme.example/' }, { '@type': 'WebPage', '@id': `${POLICY_URL}#webpage`, url: POLICY_URL }])));
// The organization's URL is not the page's, nor is a breadcrumb's or a link's.
write('url/json-ld-organization.html', helpPage(ld([{ '@type': 'Organization', url: POLICY_URL }, { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', item: { '@id': POLICY_URL, url: POLICY_URL } }] }])));
write('url/base-href-policy.html', helpPage(`<base href="${POLICY_URL}">`));
// Links to the policy and a share card's og:url in the body are not the page's URL.
write('url/links-only.html', helpPage('', `<aside><a href="${POLICY_URL}">Read our privacy policy</a><div class="card"><meta property="og:url" content="${POLICY_URL}"></div></aside>`));
// A canonical URL is still first: the help page whose og:url is stale.
write('url/canonical-first.html', helpPage(`<link rel="canonical" href="${HELP_URL}"><meta property="og:url" content="${POLICY_URL}">`));

// Names written with soft hyphens and zero-width spaces (invisible), or broken by <br>.
const named = (title, h1) => helpPage().replace('<title>Acme Help Centre</title>', `<title>${title}</title>`).replace('<h1>Acme Help Centre</h1>', `<h1>${h1}</h1>`);
write('chars/shy-policy.html', named('Priv&shy;acy Pol&shy;icy | Acme', 'Priv&shy;acy Pol&shy;icy'));
write('chars/zwsp-policy.html', named('Acme', 'Privacy&#8203;Policy'));
write('chars/br-policy.html', named('Acme', 'Privacy<br>Policy'));
write('chars/br-settings.html', named('Acme', 'Privacy<br>Settings'));
write('chars/newlines-title-policy.html', named('\n    Privacy\n    Policy\n    | Acme\n', 'Acme'));

// Single-page-app shells, <template>, declarative shadow DOM, framesets
const seed = read('tests/fixtures/seeds/000_c8463d4e3a407de9.txt');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const policyHtml = seed
  .split(/\n\n+/)
  .map((p) => (p.length < 60 && !/[.:]$/.test(p) ? `<h2>${esc(p)}</h2>` : `<p>${esc(p)}</p>`))
  .join('\n')
  .replace(/^<h2>/, '<h1>')
  .replace(/^(<h1>.*?)<\/h2>/, '$1</h1>');
const news = `<h1>Riverside opens its new bike lanes</h1>
<p>The council opened the long-awaited bike lanes along the river on Monday, after two years of works and a public consultation in which more than four thousand residents took part.</p>
<p>Cyclists welcomed the separated lanes, which run for six kilometres from the old harbour to the university campus. Shop owners on Mill Street were less pleased: forty parking spaces have gone.</p>
<p>The mayor said the lanes would cut traffic in the centre and make the school run safer. A second phase, across the railway bridge, is planned for next spring if the budget allows.</p>
<p>Residents can comment on the second phase until the end of the month at the town hall or online. The council will publish a summary of the comments before the summer recess.</p>`;
const shell = (title, head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><header><nav><a href="/">Home</a> <a href="/privacy">Privacy</a></nav></header>${body}<footer><a href="/privacy">Privacy Policy</a></footer></body></html>`;
const nextData = (props) => `<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: props }, page: '/[slug]' }).replace(/</g, '\\u003c')}</script><script src="/_next/static/chunks/main.js" defer></script>`;
write('chars/shy-headline-news.html', shell('Courier up&shy;dates its Priv&shy;acy Pol&shy;icy', '', `<main>${news.replace(/<h1>.*?<\/h1>/, '<h1>Courier up&shy;dates its Priv&shy;acy Pol&shy;icy</h1>')}</main>`));
// A Next.js shell whose state holds the page's HTML as one string (a CMS's body field).
write('shell/next-empty-privacy.html', shell('Privacy Policy | SmartAlpaca', '<link rel="canonical" href="https://smartalpaca.example/privacy-policy">', nextData({ title: 'Privacy Policy', html: policyHtml })));
// A Next.js shell whose state holds no HTML, and other script-built shells: named a privacy
// policy by both its title and its URL path, it is the site's policy page; by one of them only,
// or a news or help page, it is not.
const spa = `<div id="root"></div><script src="/static/js/main.js"></script>`;
const canonical = (url) => `<link rel="canonical" href="${url}">`;
write('shell/spa-empty-privacy.html', shell('Privacy Policy | SmartAlpaca', canonical('https://smartalpaca.example/privacy-policy'), spa));
write('shell/next-nodata-privacy.html', shell('Privacy Notice – SmartAlpaca', canonical('https://smartalpaca.example/legal/privacy-notice'), nextData({ slug: 'privacy-notice', documentId: 'c7f3a9' })));
write('shell/spa-empty-title-only.html', shell('Privacy Policy | SmartAlpaca', canonical('https://smartalpaca.example/legal'), spa));
write('shell/spa-empty-url-only.html', shell('SmartAlpaca', canonical('https://smartalpaca.example/privacy-policy'), spa));
write('shell/spa-empty-news.html', shell('Messenger changes its privacy policy | Courier', canonical('https://courier.example/news/messenger-privacy-policy'), spa));
write('shell/spa-empty-help.html', shell('Privacy | Help Center', canonical('https://help.smartalpaca.example/settings/privacy'), spa));
write('shell/static-empty-privacy.html', shell('Privacy Policy | SmartAlpaca', canonical('https://smartalpaca.example/privacy-policy'), '<main><p>Coming soon.</p></main>'));
// A shop page whose Next.js state carries the policy's HTML for a dialog: not the page's text.
write('shell/next-shop-policy-dialog.html', shell('Trailblazer 40L backpack | Northwind', canonical('https://northwind.example/p/trailblazer-40l'), nextData({ product: { name: 'Trailblazer 40L backpack', description: '<p>A light, waterproof backpack for long days on the trail.</p>' }, dialogs: { privacy: policyHtml } })));
write('shell/next-empty-news.html', shell('Riverside opens its new bike lanes | Courier', '<link rel="canonical" href="https://courier.example/news/bike-lanes">', nextData({ title: 'Riverside opens its new bike lanes', html: news })));
write('shell/noscript-policy.html', shell('SmartAlpaca', '', `<div id="root"></div><noscript>${policyHtml}</noscript><script src="/static/js/main.js"></script>`));
write('shell/noscript-news.html', shell('Courier', '', `<div id="root"></div><noscript>${news}</noscript><script src="/static/js/main.js"></script>`));
write('shell/template-policy.html', shell('SmartAlpaca', '', `<div id="app">Loading…</div><template id="page">${policyHtml}</template>`));
// A shop page with text of its own: its templates (a privacy dialog) stay inert.
const shop = `<main><h1>Trailblazer 40L backpack</h1><p>A light, waterproof backpack for long days in the hills, with a padded back panel, hip belt pockets and a rain cover that packs into its own pocket.</p><p>Made from recycled nylon. Volume 40 litres, weight 1.2 kilograms. Two-year guarantee on seams and zips; free returns within thirty days.</p><p>Choose a colour and a size, then add it to your basket. Delivery in two to four working days.</p></main>`;
write('shell/template-shop.html', shell('Trailblazer 40L backpack | Northwind', '', `${shop}<template id="privacy-dialog">${policyHtml}</template>`));
write('shell/shadow-policy.html', shell('SmartAlpaca', '', `<main><policy-page><template shadowrootmode="open"><style>h1{font-size:2rem}</style>${policyHtml}<slot></slot></template></policy-page></main>`));
write('shell/shadow-news.html', shell('Courier', '', `<main><news-story><template shadowrootmode="open">${news}<slot></slot></template><p>Photo: Courier.</p></news-story></main>`));
write('shell/frameset.html', `<!doctype html><html><head><meta charset="utf-8"><title>Privacy Policy - SmartAlpaca</title></head><frameset cols="20%,80%"><frame src="menu.html" name="menu"><frame src="privacy_body.html" name="main"><noframes><body><p>This site uses frames.</p></body></noframes></frameset></html>`);

// Policies that a generator's embed or a frame puts in: the HTML as served holds no text.
const iubendaLink = '<a href="https://www.iubenda.com/privacy-policy/49533561" class="iubenda-white no-brand iubenda-noiframe iubenda-embed iubenda-noiframe" title="Privacy Policy ">Privacy Policy</a><script>(function (w,d) {var loader = function () {var s = d.createElement("script"), tag = d.getElementsByTagName("script")[0]; s.src="https://cdn.iubenda.com/iubenda.js"; tag.parentNode.insertBefore(s,tag);}; w.addEventListener("load", loader, false);})(window, document);</script>';
const sitePage = (title, main, footer = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></header><main>${main}</main><footer><a href="/terms">Terms</a> ${footer}</footer></body></html>`;
write('embed/iubenda-policy.html', sitePage('Privacy Policy | Snoop News', `<h1>Privacy Policy</h1><h2>Your privacy matters to us.</h2>${iubendaLink}`));
write('embed/termly-policy.html', sitePage('Privacy Policy - Acme', '<h1>Privacy Policy</h1><div name="termly-embed" data-id="0a1b2c3d-4e5f" data-type="iframe"></div><script type="text/javascript">(function(d, s, id) { var js, tjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return; js = d.createElement(s); js.id = id; js.src = "https://app.termly.io/embed-policy.min.js"; tjs.parentNode.insertBefore(js, tjs); }(document, "script", "termly-jssdk"));</script>'));
write('embed/iframe-policy.html', sitePage('Privacy Policy | Acme', '<h1>Privacy Policy</h1><iframe src="https://legal.acme-cdn.example/en/privacy-policy.html" width="100%" height="2000" title="Privacy Policy"></iframe>'));
// Every page of a site with iubenda has the same link in its footer: a home page, and a settings screen named "Privacy".
write('embed/iubenda-footer-home.html', sitePage('Snoop News – fact checks and news', `<h1>Snoop News</h1><p>The latest fact checks: a viral photo of a shark on a flooded highway is fake; a quote attributed to a senator was never said.</p>`, iubendaLink));
write('embed/iubenda-footer-settings.html', sitePage('Privacy | Settings | Snoop News', '<h1>Privacy</h1><p>Choose who can see your profile and your comments.</p>', iubendaLink).replace('<head>', '<head><link rel="canonical" href="https://snoop.example/settings/privacy">'));
// A frameset saved with its frames beside it ("Webpage, Complete"): the policy frame and a menu frame.
write('frames/privacy.html', '<!doctype html><html><head><meta charset="utf-8"><title>Privacy Policy - SmartAlpaca</title></head><frameset cols="20%,80%"><frame src="privacy_files/menu.html" name="menu"><frame src="privacy_files/body.html" name="main"></frameset></html>');
write('frames/privacy_files/menu.html', '<!doctype html><html><head><meta charset="utf-8"><title>Menu</title></head><body><ul><li><a href="/" target="_top">Home</a></li><li><a href="/shop" target="_top">Shop</a></li><li><a href="/privacy" target="_top">Privacy</a></li></ul></body></html>');
write('frames/privacy_files/body.html', `<!doctype html><html><head><meta charset="utf-8"><title>body</title></head><body>${policyHtml}</body></html>`);
write('frames/news.html', '<!doctype html><html><head><meta charset="utf-8"><title>Courier</title></head><frameset rows="80,*"><frame src="news_files/top.html"><frame src="news_files/story.html"><frame src="https://ads.example/frame.html"></frameset></html>');
write('frames/news_files/top.html', '<!doctype html><html><head><meta charset="utf-8"><title>top</title></head><body><p><a href="/privacy" target="_top">Privacy Policy</a> · <a href="/terms" target="_top">Terms</a></p></body></html>');
write('frames/news_files/story.html', `<!doctype html><html><head><meta charset="utf-8"><title>story</title></head><body>${news}</body></html>`);

// Compressed and archived pages
write('archive/datenschutz.html.gz', gzipSync(Buffer.from(policyDe), { mtime: 0 }));
write('archive/artikel.html.gz', gzipSync(Buffer.from(articleDe)));
// Brotli, as a server sends it to a client that asked for it, kept under a plain .html name.
write('archive/datenschutz-brotli.html', brotliCompressSync(Buffer.from(policyDe)));
write('archive/artikel-brotli.html', brotliCompressSync(Buffer.from(articleDe)));
write('archive/page.html.zst', Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x24, 0x05, 0x29, 0x00, 0x00]));
const gz = gzipSync(Buffer.from(policyDe));
write('archive/cut-short.html.gz', gz.subarray(0, Math.floor(gz.length * 0.6)));
write('archive/not-gzip.html.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xff, 0xff, 0xff, 0x00, 0x03, 0x00, 0x00]));
const qp = (bytes) =>
  bytes
    .toString('latin1')
    .replace(/[=\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .split('\n')
    .map((line) => line.replace(/(.{72})/g, '$1=\r\n'))
    .join('\r\n');
const mhtml = (html, url, encoding) => {
  const boundary = '----MultipartBoundary--Ab12Cd34Ef56----';
  // Chrome's "Webpage, Single File": the page's meta charset is gone; the part says it.
  const page = Buffer.from(html.replace(UTF8, ''));
  const body = encoding === 'base64' ? page.toString('base64').replace(/(.{76})/g, '$1\r\n') : qp(page);
  return [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${url}`,
    'Subject: =?utf-8?Q?saved?=',
    'Date: Mon, 4 Mar 2024 10:00:00 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: text/html',
    'Content-ID: <frame-0@mhtml.blink>',
    `Content-Transfer-Encoding: ${encoding}`,
    `Content-Location: ${url}`,
    '',
    body,
    '',
    `--${boundary}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: cid:css-1@mhtml.blink',
    '',
    'body { margin: 0; }',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
};
write('archive/datenschutz.mhtml', mhtml(policyDe.replace(/<link rel="canonical"[^>]*>/, ''), 'https://bergwerk.example/datenschutz', 'quoted-printable'));
write('archive/artikel.mhtml', mhtml(articleDe.replace(/<link rel="canonical"[^>]*>/, ''), 'https://bergwerk.example/artikel/radwege', 'base64'));

/** A binary property list (bplist00) of strings, data, dictionaries and arrays: what a Safari web archive holds. */
function bplist(root) {
  const objects = [];
  const add = (v) => {
    const i = objects.length;
    objects.push(null);
    if (Buffer.isBuffer(v)) objects[i] = { kind: 4, bytes: v };
    else if (typeof v === 'string') objects[i] = /^[\x00-\x7f]*$/.test(v) ? { kind: 5, bytes: Buffer.from(v, 'latin1') } : { kind: 6, bytes: Buffer.from(v, 'utf16le').swap16(), length: v.length };
    else if (Array.isArray(v)) objects[i] = { kind: 10, refs: v.map(add) };
    else {
      const keys = Object.keys(v);
      const k = keys.map(add);
      objects[i] = { kind: 13, refs: [...k, ...keys.map((key) => add(v[key]))], length: keys.length };
    }
    return i;
  };
  add(root);
  const head = (kind, n) => (n < 15 ? Buffer.from([(kind << 4) | n]) : Buffer.concat([Buffer.from([(kind << 4) | 15, 0x12]), (() => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; })()]));
  const chunks = [Buffer.from('bplist00')];
  let at = 8;
  const offsets = [];
  for (const o of objects) {
    offsets.push(at);
    const n = o.length ?? (o.refs ? o.refs.length : o.bytes.length);
    const body = o.refs ? Buffer.from(o.refs.flatMap((r) => [r >> 8, r & 255])) : o.bytes;
    const c = Buffer.concat([head(o.kind, n), body]);
    chunks.push(c);
    at += c.length;
  }
  const table = Buffer.alloc(offsets.length * 4);
  offsets.forEach((o, i) => table.writeUInt32BE(o, i * 4));
  const trailer = Buffer.alloc(32);
  trailer[6] = 4;
  trailer[7] = 2;
  trailer.writeBigUInt64BE(BigInt(objects.length), 8);
  trailer.writeBigUInt64BE(0n, 16);
  trailer.writeBigUInt64BE(BigInt(at), 24);
  return Buffer.concat([...chunks, table, trailer]);
}
const webarchive = (html, url) =>
  bplist({
    WebMainResource: { WebResourceData: Buffer.from(html.replace(UTF8, ''), 'latin1'), WebResourceMIMEType: 'text/html', WebResourceTextEncodingName: 'ISO-8859-1', WebResourceURL: url, WebResourceFrameName: '' },
    WebSubresources: [{ WebResourceData: Buffer.from('body{margin:0}'), WebResourceMIMEType: 'text/css', WebResourceURL: 'https://bergwerk.example/site.css' }],
  });
write('archive/datenschutz.webarchive', webarchive(policyDe.replace(/<link rel="canonical"[^>]*>/, ''), 'https://bergwerk.example/datenschutz'));
write('archive/artikel.webarchive', webarchive(articleDe.replace(/<link rel="canonical"[^>]*>/, ''), 'https://bergwerk.example/artikel/radwege'));
write('archive/not-a-page.zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0]));
write('archive/paper.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1'));
console.log(`written to ${OUT}`);
