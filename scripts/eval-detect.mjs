#!/usr/bin/env node
/**
 * Detection report: precision, recall and false-positive rate of `detectText` over the labelled
 * material we have, read exactly the way `npx privacy-label detect FILE` reads it (cli/input.ts).
 *
 *   npm run eval:detect [-- --verbose]      (lists every miss and false positive)
 *   npm run eval:detect -- --raw            (the corpus folders' labels as they are, unchecked)
 *   npm run eval:detect -- --show-held-out  (also lists the held-out fifth's misses)
 *   npm run eval:detect -- --dump=DIR       (writes the harder and hard pages — development side only — to DIR, to run the CLI on)
 *
 * Sets (positives: privacy policies; negatives: everything else):
 *   md/privacy, md/other-legal   ../shared/corpus as Markdown files, site chrome included
 *   html/privacy, html/other-legal   the same texts inside hand-made pages (header menu, cookie
 *                     banner, footer linking to the policy), with a title and canonical URL;
 *                     one page in three has a neutral title and URL so the text must decide
 *   html/stress, html/hard   harder pages built around the development side's corpus files only
 *                     (scripts/make-fixture-pages-stress.mjs, scripts/make-fixture-pages-hard.mjs)
 *   html/ordinary     generated news, blog, shop, help and wiki pages that link to a policy,
 *                     some of them *about* privacy (a fine, a how-to): none is a policy
 *   html/7 languages  336 generated pages in en, de, fr, es, it, nl, pt (scripts/fixture-pages-lang.mjs):
 *                     policies (full, very short, third person, neutral title and URL) and pages that
 *                     are not (terms, news about a fine or a changed policy, a blog post, a shop page)
 *   html/fixtures intl   the e2e fixture pages in tests/fixtures/pages/intl (an "artikel" is not a policy)
 * Figures are printed for all pages, for the four fifths used while tuning, for a held-out fifth
 * (chosen by a hash of the page's name; never looked at while tuning — `--show-held-out` lists
 * its misses) and per language.
 * Pages are built in memory; nothing is written. The corpus is optional: without it only the
 * generated sets run. Credit: corpus texts from ToSBack / ToS;DR (tosdr.org), ODC-By 1.0.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGUAGES, languagePages } from './fixture-pages-lang.mjs';
import { stressPages } from './make-fixture-pages-stress.mjs';
import { hardPages } from './make-fixture-pages-hard.mjs';
import { esc, hash, pick } from './page-kit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const VERBOSE = process.argv.includes('--verbose');
const RAW = process.argv.includes('--raw');
const SHOW_HELD_OUT = process.argv.includes('--show-held-out');
const DUMP = process.argv.find((a) => a.startsWith('--dump='))?.slice(7);
const dump = (set, pages) => {
  if (!DUMP) return;
  for (const p of pages) {
    const f = join(DUMP, set, `${p.name.replace(/[^\w.-]+/g, '_')}.html`);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, p.html);
  }
};

// Bundle the CLI's reader and the detector once, so that this script runs on plain Node.
const bundled = join(ROOT, 'node_modules/.cache', `eval-detect-${process.pid}.mjs`);
mkdirSync(dirname(bundled), { recursive: true });
const out = await build({
  stdin: {
    contents: "export { readInput, fromHtml, detectContext } from './cli/input'; export { detectText } from './analyzer/detect'; export { cheapCheck } from './analyzer/cheap-check';",
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  write: false,
  logLevel: 'warning',
});
writeFileSync(bundled, out.outputFiles[0].text);
const { readInput, fromHtml, detectContext, detectText, cheapCheck } = await import(pathToFileURL(bundled).href);
rmSync(bundled);

const detect = (input) => detectText(input.text, detectContext(input));

// ---------------------------------------------------------------------------------------------
// Markdown → HTML (enough for the corpus: headings, lists, paragraphs, links)

function inline(s) {
  return esc(s)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (_m, t, href) => `<a href="${href.replace(/"/g, '%22')}">${t}</a>`)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}
function mdToHtml(md) {
  const html = [];
  let para = [];
  let list = false;
  const flush = () => {
    if (para.length) html.push(`<p>${inline(para.join(' '))}</p>`);
    para = [];
  };
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    // Setext headings ("Title" over "=====" or "-----") as well as ATX ones ("# Title").
    const underline = /^(=+|-+)$/.exec((lines[i + 1] ?? '').trim());
    const setext = line && underline && !/^(?:[-*+]|\d+[.)])\s/.test(line) ? [line, underline[1][0] === '=' ? '#' : '##', line] : null;
    if (setext) i++;
    const h = setext ?? /^(#{1,6})\s+(.*)$/.exec(line);
    const li = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (!line || h || li) flush();
    if (list && !li && (h || !line)) {
      html.push('</ul>');
      list = false;
    }
    if (!line || /^(?:[-=*_]\s*){3,}$/.test(line)) continue;
    if (h) html.push(`<h${h[1].length}>${inline(h[2])}</h${h[1].length}>`);
    else if (li) {
      if (!list) html.push('<ul>');
      list = true;
      html.push(`<li>${inline(li[1])}</li>`);
    } else para.push(line);
  }
  flush();
  if (list) html.push('</ul>');
  return html.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Site chrome

function page({ site, title, url, body, lang = 'en', chrome = CHROME.en }) {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<link rel="canonical" href="${url}"></head>
<body>
<header><a href="/">${esc(site)}</a><nav><ul>${chrome.menu.map((m) => `<li><a href="/${m.toLowerCase()}">${m}</a></li>`).join('')}</ul></nav></header>
<div class="cookie-banner" role="dialog"><p>${chrome.banner} <a href="${chrome.privacyHref}">${chrome.privacy}</a>.</p><button>${chrome.accept}</button></div>
<main>
${body}
</main>
<footer><ul>${chrome.footer.map(([t, h]) => `<li><a href="${h}">${t}</a></li>`).join('')}</ul><p>© 2024 ${esc(site)}</p></footer>
</body></html>`;
}

const CHROME = {
  en: {
    menu: ['Products', 'Pricing', 'Blog', 'Support', 'About'],
    banner: 'We use cookies to improve your experience and to measure traffic. See our',
    privacy: 'Privacy Policy',
    privacyHref: '/privacy',
    accept: 'Accept all',
    footer: [['About us', '/about'], ['Careers', '/careers'], ['Privacy Policy', '/privacy'], ['Cookie Policy', '/cookies'], ['Terms of Use', '/terms'], ['Contact', '/contact']],
  },
};

// ---------------------------------------------------------------------------------------------
// Corpus pages

const siteName = (f) => f.replace(/\.md$/, '').split('--')[0].replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
const docName = (f) => (f.split('--')[1] ?? 'terms').replace(/\.md$/, '');

function policyPage(file, md) {
  const site = siteName(file);
  const host = `https://www.${site.toLowerCase().replace(/\W+/g, '')}.example`;
  const variant = hash(file) % 6;
  const url = host + ['/privacy', '/privacy-policy', '/legal/privacy-notice', '/about/privacy', '/legal?doc=2', '/p/48213'][variant];
  const title = [`Privacy Policy | ${site}`, `Privacy Notice – ${site}`, `${site} Privacy Statement`, `Privacy`, `Legal | ${site}`, site][variant];
  return page({ site, title, url, body: mdToHtml(md) });
}

function legalPage(file, md) {
  const site = siteName(file);
  const doc = docName(file);
  const host = `https://www.${site.toLowerCase().replace(/\W+/g, '')}.example`;
  const neutral = hash(file) % 3 === 0;
  const docTitle = doc.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
  return page({ site, title: neutral ? `Legal | ${site}` : `${docTitle} | ${site}`, url: host + (neutral ? '/legal?doc=1' : `/${doc}`), body: mdToHtml(md) });
}

// ---------------------------------------------------------------------------------------------
// Ordinary pages: news, blog, shop, help, wiki — some about privacy, none a policy

const SENTENCES = {
  news: [
    'The city council voted on Tuesday to add twelve kilometres of protected bike lanes downtown.',
    'Residents spoke for and against the plan at a long public meeting.',
    'The mayor said construction would start in the spring and last about a year.',
    'Opposition members argued that the budget had not been discussed with local businesses.',
    'Shares in the company fell by four percent after the announcement.',
    'The striker scored twice in the second half to secure the title.',
    'Forecasters expect heavy rain across the region over the weekend.',
    'Police asked witnesses to come forward with any information.',
    'The museum will reopen next month after a two-year renovation.',
    'Analysts said the results were better than expected despite rising costs.',
  ],
  privacyNews: [
    'The regulator fined the social network 40 million euros for breaching data protection law.',
    'Investigators found that the app collected personal data, including location, without valid consent.',
    'The company said it disagreed with the decision and would appeal.',
    'Privacy campaigners welcomed the fine but said it was too small to change behaviour.',
    'Under the GDPR, companies must explain how they process personal information and for what purposes.',
    'The watchdog also ordered the firm to stop sharing data with third parties for advertising.',
    'Users can ask for a copy of their data or have it deleted, the authority reminded.',
    'Cookies and tracking pixels were at the centre of the complaint.',
    'A spokesperson said the company takes the privacy of its users very seriously.',
    'The case began after a complaint by a consumer group in 2021.',
  ],
  blog: [
    'Here are five tips to keep your accounts safe online.',
    'First, use a password manager and a different password for every site.',
    'Second, turn on two-factor authentication wherever it is offered.',
    'Review the privacy settings of your social media accounts once a year.',
    'Think twice before you accept all cookies on a website.',
    'Read the privacy policy of an app before you share your location with it.',
    'Browser extensions can block trackers and third-party cookies.',
    'I have been using this setup for years and it works well for me.',
    'Let me know in the comments which tools you use.',
    'Sourdough needs a long, slow rise; give it at least twelve hours.',
  ],
  shop: [
    'This stainless steel kettle boils 1.7 litres in under four minutes.',
    'Free delivery on orders over 50 euros. Returns accepted within 30 days.',
    'Add to basket. In stock: ships within two working days.',
    'Customers who bought this item also bought a matching toaster.',
    'Rated 4.6 out of 5 by 312 customers.',
    'The handle stays cool and the lid opens with one button.',
    'Pay securely with card, PayPal or bank transfer.',
    'Sign up for our newsletter and get 10% off your first order; you can unsubscribe at any time.',
    'Warranty: two years, parts and labour.',
    'Dimensions: 22 x 16 x 25 cm. Weight: 1.1 kg.',
  ],
  help: [
    'To delete your account, open Settings and choose Account.',
    'Select Delete account and confirm with your password.',
    'Your data will be removed within 30 days; some records may be kept where the law requires it.',
    'You can download a copy of your data before you delete your account.',
    'If you only want a break, you can deactivate your account instead.',
    'Still need help? Contact our support team by chat or email.',
    'To change your email address, open Settings, then Profile.',
    'Notifications can be turned off per channel.',
    'Learn more about how we use cookies in our Cookie Policy.',
    'Was this article helpful? Yes / No',
  ],
  wiki: [
    'Information privacy is the relationship between the collection and dissemination of data, technology and the public expectation of privacy.',
    'The General Data Protection Regulation is a regulation in EU law on data protection and privacy in the European Union.',
    'It was adopted on 14 April 2016 and became enforceable on 25 May 2018.',
    'The regulation applies to controllers and processors of personal data.',
    'Data subjects have the right to access, rectify and erase their personal data.',
    'The California Consumer Privacy Act was signed into law in 2018.',
    'Critics argued that cookie banners have led to consent fatigue.',
    'The term was first used in a law review article in 1890.',
    'See also: surveillance, anonymity, encryption.',
    'References and external links are listed below.',
  ],
};
const TITLES = {
  news: ['City council approves new bike lanes', 'Home side wins the cup final', 'Storm warning for the weekend', 'Museum reopens after renovation'],
  privacyNews: ['Regulator fines social network over data collection', 'App maker fined for sharing location data', 'Watchdog orders end to tracking cookies'],
  blog: ['Five ways to protect your privacy online', 'My sourdough routine', 'Privacy tips for 2024'],
  shop: ['Blue kettle 1.7 l', 'Stainless steel toaster', 'Cast iron pan 28 cm'],
  help: ['How do I delete my account?', 'Change your email address', 'Manage notifications'],
  wiki: ['Information privacy', 'General Data Protection Regulation', 'California Consumer Privacy Act'],
};
const PATHS = {
  news: '/news/2024/03/', privacyNews: '/tech/2024/05/', blog: '/blog/', shop: '/product/', help: '/help/articles/', wiki: '/wiki/',
};

function ordinaryPages() {
  const pages = [];
  for (const kind of Object.keys(SENTENCES)) {
    for (let i = 0; i < 30; i++) {
      const key = `${kind}-${i}`;
      const title = pick(TITLES[kind], key + 't');
      const paras = [];
      const n = 4 + (hash(key) % 10);
      for (let p = 0; p < n; p++) {
        const sents = [];
        for (let s = 0; s < 3 + (hash(key + p) % 4); s++) sents.push(pick(SENTENCES[kind], `${key}/${p}/${s}`));
        paras.push(`<p>${esc(sents.join(' '))}</p>`);
      }
      const slug = title.toLowerCase().replace(/\W+/g, '-');
      const body = `<article><h1>${esc(title)}</h1>${paras.join('\n')}</article>`;
      pages.push({ name: key, html: page({ site: 'Example', title: `${title} | Example`, url: `https://www.example.com${PATHS[kind]}${slug}`, body }) });
    }
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------
// Checked labels. The corpus folders are ToSBack's labels; some captures are not what their
// folder says. These were checked by hand (2026-11): the "checked" figures leave them out;
// the raw figures keep them.

/** privacy/ captures that hold no privacy policy text in the seven languages. */
const NOT_A_POLICY = {
  'bilibili.md': 'Chinese user agreement',
  'daum.md': 'Korean menu page',
  'danielberanek-cz.md': 'Czech',
  'euc-lilleb-lt.md': 'Lithuanian',
  'historiel-rer-dk.md': 'Danish',
  'piratpartiet.md': 'Swedish',
  'commentcamarche.md': 'French terms of use (CGU)',
  'freenom.md': 'a domain registration agreement',
  'line-webtoon.md': 'terms of use',
  'upwork.md': 'terms of service',
  'blurtit.md': 'an FAQ page',
  'brentjanderson-com.md': 'a blog home page',
  'offtopical-net-podcast.md': 'a podcast episode page',
  'twitch.md': 'a redirect page',
};
/** privacy/ captures with (almost) no text: scripts, styles, menus or a redirect only. */
const NO_TEXT = (input) => (input.text.match(/\b(?:personal|personenbezogen\w*|personnelles|personales|personali|persoons\w*|pessoais|privacy|datenschutz|confidentialit[ée]|privacidad|privacidade)\b/gi) ?? []).length < 3;
/**
 * other-legal/ captures that are privacy policies (or a privacy policy joined to terms). A page
 * named for both its terms and its privacy policy, holding the whole policy, is counted as a
 * policy: it is where the site's privacy link leads, and the label reads its privacy part. A page
 * named only as terms, with a privacy chapter, is not (analyzer/detect-signals.ts, combinedName).
 */
const IS_A_POLICY = {
  'hacker-news--terms-of-service.md': 'Y Combinator privacy policy',
  'mastodon-social--terms-of-service.md': "mastodon.social's privacy policy (its /terms page)",
  'houseparty--terms-of-service.md': 'Houseparty privacy policy',
  'dictionary--terms-of-service.md': 'terms of service and privacy & cookie policy on one page',
  'e-poll-surveys--terms-of-service.md': '"Privacy Policy and Terms of Use" on one page, the policy first',
  'signal--terms-of-service.md': '"Signal Terms & Privacy Policy": the terms and the privacy policy on one page',
  'pepper-carrot--terms-of-service.md': '"Terms of service and Privacy": a GDPR privacy notice (comments, cookies, analytics, data breaches)',
};

// ---------------------------------------------------------------------------------------------
// Runs

const sets = [];
/** The content script's cheap check over the policies the detector accepts. */
const cheap = { n: 0, hits: 0, misses: [] };
/** Every judged page: { set, item, lang, positive, detected, heldOut }. */
const results = [];
/** A fifth of the pages, chosen by name, never looked at while tuning the detector. */
const heldOut = (item) => hash(`held-out:${item.replace(/^.*\//, '').replace(/ \(.*$/, '')}`) % 5 === 0;
function run(name, positive, items) {
  const misses = [];
  let hits = 0;
  let n = 0;
  let excluded = 0;
  let ms = 0;
  for (const { name: item, input, lang = 'en', dev = false } of items) {
    const t0 = performance.now();
    const read = input();
    if (process.env.EVAL_DUMP === item) console.log(JSON.stringify(read.text.slice(0, 1500)), read.headings, read.title);
    const d = detect(read);
    ms += performance.now() - t0;
    const file = item.replace(/^.*\//, '');
    const doubt = dev || !item.endsWith('.md') ? undefined : positive ? NOT_A_POLICY[file] ?? (NO_TEXT(read) ? 'no policy text captured' : undefined) : IS_A_POLICY[file];
    if (doubt && !RAW) {
      excluded++;
      continue;
    }
    n++;
    if (d.isPolicy) hits++;
    // The content script's cheap check must let through every policy the detector accepts.
    if (positive && d.isPolicy) {
      cheap.n++;
      if (cheapCheck({ url: read.url ?? '', title: read.title ?? '', headings: read.headings ?? [] }).maybePolicy) cheap.hits++;
      else cheap.misses.push(`${name}: ${item}${VERBOSE ? `  (title "${read.title ?? ''}", headings ${JSON.stringify((read.headings ?? []).slice(0, 4))})` : ''}`);
    }
    const held = !dev && heldOut(item);
    results.push({ set: name, item, lang, positive, detected: d.isPolicy, heldOut: held, confidence: d.confidence, reasons: d.reasons });
    if (d.isPolicy !== positive && (!held || SHOW_HELD_OUT)) misses.push(`${item} (${d.confidence}: ${d.reasons.join('; ')})`);
  }
  sets.push({ name, positive, n, hits, misses, ms: ms / Math.max(1, n + excluded), excluded });
}

const corpus = existsSync(CORPUS);
if (corpus) {
  const files = (dir) => readdirSync(join(CORPUS, dir)).filter((f) => f.endsWith('.md')).sort();
  const privacy = files('privacy');
  const legal = files('other-legal');
  const md = (dir, f) => readFileSync(join(CORPUS, dir, f), 'utf8');
  const cache = new Map();
  for (const [dir, list, positive] of [['privacy', privacy, true], ['other-legal', legal, false]]) {
    const items = [];
    for (const f of list) cache.set(`${dir}/${f}`, await readInput(join(CORPUS, dir, f)));
    for (const f of list) items.push({ name: f, input: () => cache.get(`${dir}/${f}`) });
    run(`md/${dir}`, positive, items);
  }
  run('html/privacy', true, privacy.map((f) => ({ name: f, input: () => fromHtml(policyPage(f, md('privacy', f))) })));
  run('html/other-legal', false, legal.map((f) => ({ name: f, input: () => fromHtml(legalPage(f, md('other-legal', f))) })));
  // Harder pages built from the development side's corpus files only (never the held-out fifth's),
  // counted on the development side (scripts/make-fixture-pages-stress.mjs).
  const dev = (dir, list) => list.filter((f) => !heldOut(f) && !(dir === 'privacy' ? NOT_A_POLICY[f] || NO_TEXT(cache.get(`${dir}/${f}`)) : IS_A_POLICY[f])).map((f) => ({ file: f, md: md(dir, f) }));
  const stress = stressPages({ policies: dev('privacy', privacy), legal: dev('other-legal', legal), mdToHtml });
  run('html/stress (policies)', true, stress.filter((p) => p.positive).map((p) => ({ name: p.name, dev: true, input: () => fromHtml(p.html) })));
  run('html/stress (other)', false, stress.filter((p) => !p.positive).map((p) => ({ name: p.name, dev: true, input: () => fromHtml(p.html) })));
  // More of the families real captures were missed in (scripts/make-fixture-pages-hard.mjs), development side too.
  const hard = hardPages({ policies: dev('privacy', privacy), legal: dev('other-legal', legal), mdToHtml });
  dump('stress', stress);
  dump('hard', hard);
  run('html/hard (policies)', true, hard.filter((p) => p.positive).map((p) => ({ name: p.name, dev: true, input: () => fromHtml(p.html) })));
  run('html/hard (other)', false, hard.filter((p) => !p.positive).map((p) => ({ name: p.name, dev: true, input: () => fromHtml(p.html) })));
} else {
  console.warn('eval-detect: ../shared/corpus is absent; only the generated pages are measured');
}
run('html/ordinary', false, ordinaryPages().map((p) => ({ name: p.name, input: () => fromHtml(p.html) })));

const generated = languagePages();
run('html/7 languages (policies)', true, generated.filter((p) => p.positive).map((p) => ({ name: p.name, lang: p.lang, input: () => fromHtml(p.html) })));
run('html/7 languages (other)', false, generated.filter((p) => !p.positive).map((p) => ({ name: p.name, lang: p.lang, input: () => fromHtml(p.html) })));

const INTL = join(ROOT, 'tests/fixtures/pages/intl');
if (existsSync(INTL)) {
  const intl = readdirSync(INTL, { recursive: true }).filter((f) => f.endsWith('.html')).sort();
  const item = (f) => ({ name: f, lang: f.slice(0, 2), input: () => fromHtml(readFileSync(join(INTL, f), 'utf8')) });
  run('html/fixtures intl (policies)', true, intl.filter((f) => !f.includes('artikel')).map(item));
  run('html/fixtures intl (other)', false, intl.filter((f) => f.includes('artikel')).map(item));
}

// ---------------------------------------------------------------------------------------------
// Report

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
console.log(RAW ? 'labels: the corpus folders as they are (--raw)' : 'labels: checked (captures that are not what their folder says are left out; --raw keeps them)');
console.log('set                          pages  detected  rate    left out  ms/page');
for (const s of sets) {
  console.log(`${s.name.padEnd(28)} ${String(s.n).padStart(5)}  ${String(s.hits).padStart(8)}  ${pct(s.hits, s.n).padStart(6)}  ${String(s.excluded).padStart(8)}  ${s.ms.toFixed(2).padStart(7)}`);
}

function figures(rows) {
  const tp = rows.filter((r) => r.positive && r.detected).length;
  const p = rows.filter((r) => r.positive).length;
  const fp = rows.filter((r) => !r.positive && r.detected).length;
  const n = rows.filter((r) => !r.positive).length;
  return `recall ${pct(tp, p).padStart(6)} (${tp}/${p})   false positives ${pct(fp, n).padStart(5)} (${fp}/${n})   precision ${pct(tp, tp + fp)}`;
}
console.log('');
console.log(`all pages            ${figures(results)}`);
console.log(`tuning (4/5)         ${figures(results.filter((r) => !r.heldOut))}`);
const made = (r) => r.set.includes('stress') || r.set.includes('hard');
console.log(`  without stress     ${figures(results.filter((r) => !r.heldOut && !made(r)))}`);
console.log(`  stress pages       ${figures(results.filter((r) => r.set.includes('stress')))}`);
console.log(`  hard pages         ${figures(results.filter((r) => r.set.includes('hard')))}`);
console.log(`all without stress   ${figures(results.filter((r) => !made(r)))}`);
console.log(`held out (1/5)       ${figures(results.filter((r) => r.heldOut))}`);
console.log('\nper language (all pages in that language; the corpus and the ordinary pages are English)');
for (const lang of LANGUAGES) console.log(`  ${lang}                 ${figures(results.filter((r) => r.lang === lang))}`);
for (const s of sets) {
  if (!s.misses.length) continue;
  console.log(`\n${s.name}: ${s.misses.length} ${s.positive ? 'missed' : 'false positives'}${SHOW_HELD_OUT ? '' : ' (held-out pages not listed; --show-held-out)'}`);
  for (const m of VERBOSE ? s.misses : s.misses.slice(0, 5)) console.log(`  ${m}`);
  if (!VERBOSE && s.misses.length > 5) console.log(`  … ${s.misses.length - 5} more (--verbose)`);
}

// EVAL_JSON=FILE writes the development side's verdicts (never the held-out fifth's), to compare two versions.
if (process.env.EVAL_JSON) writeFileSync(process.env.EVAL_JSON, JSON.stringify(results.filter((r) => !r.heldOut)));

console.log(`\ncheap check (content script: URL, title, first h1/h2) passes on ${cheap.hits} of ${cheap.n} detected policies`);
for (const m of cheap.misses) console.log(`  cheap check misses ${m}`);
