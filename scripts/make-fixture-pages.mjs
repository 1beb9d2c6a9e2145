#!/usr/bin/env node
/**
 * Writes the end-to-end fixture pages in tests/fixtures/pages/ from the seed policies in
 * tests/fixtures/seeds (or the folder given as the first argument). Its OUTPUT is committed:
 * the fixtures are ordinary static pages, and this script only documents how they were made.
 *
 *   node scripts/make-fixture-pages.mjs [seed-folder]
 *
 * Each seed becomes a page of a made-up site with ordinary chrome around the policy: a header
 * with a menu, a cookie banner, the policy in <main> (headings as <h1>–<h3>, paragraphs as <p>,
 * bullet lines as <ul><li>) and a footer full of links. Three more pages are written by hand
 * below: a news article and a shop product page (not policies: they must get no badge) and a
 * small single-page app whose in-page router switches between its privacy policy and its
 * pricing page with history.pushState.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTL_PAGES } from './fixture-pages-intl.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests/fixtures/pages');
const SEEDS = resolve(process.argv[2] ?? (existsSync(join(ROOT, 'tests/fixtures/seeds')) ? join(ROOT, 'tests/fixtures/seeds') : '/work/shared/seeds'));

// ---------------------------------------------------------------------------------------------
// Plain text → blocks

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const BULLET = /^\s*(?:[•·▪◦]|-(?!-)|–)\s+/;
/** "Contact Information: Includes …", "Authentication and Status - we use …" */
const LABELLED = /^[A-Z][A-Za-z’'&/ -]{1,40}(?::| -) \S/;
/** "the right to access;" */
const SHORT_CLAUSE = /^[a-z].{0,80}(?:[;.]|; and)$/;

function isHeadingLike(line) {
  if (line.length < 4) return false; // a bare "No" answers the question above it
  if (/\?$/.test(line) && line.length <= 120) return true;
  if (line.length > 100 || /[.,;:!]$/.test(line)) return false;
  if (!/^[A-Z0-9“"]/.test(line)) return false;
  if (/^(?:We|You|It|It’s|If)\b/.test(line)) return false;
  if (/^[A-Z][\w ]{1,30}: /.test(line)) return false; // "Last Updated: 20 September 2024"
  return line.split(/\s+/).length <= 12;
}

/**
 * Seed text → [{ tag, text }]. Wrapped lines are joined, blank lines end lists, a line ending
 * in ":" opens a list of "Label: text" or short-clause lines, bullets are list items.
 */
function blocksOf(text, seed) {
  let lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+$/g, '').replace(/^\u00a0+/, ''))
    .filter((l) => !seed.drop?.includes(l.trim()));

  // Join hard-wrapped lines: a long line without closing punctuation, or a lower-case start.
  const joined = [];
  for (const line of lines) {
    const prev = joined[joined.length - 1];
    const canJoin =
      prev !== undefined && prev !== '' && line !== '' && !BULLET.test(line) && !/[.!?:;]$/.test(prev) && !isHeadingLike(prev);
    if (canJoin && prev.length > 60) joined[joined.length - 1] = `${prev} ${line.trim()}`;
    else joined.push(line);
  }
  lines = joined;

  const blocks = [];
  let listOpen = false;
  let first = true;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      listOpen = false;
      continue;
    }
    if (first) {
      blocks.push({ tag: 'h1', text: line });
      first = false;
      continue;
    }
    if (BULLET.test(line)) {
      blocks.push({ tag: 'li', text: line.replace(BULLET, '') });
      listOpen = true;
      continue;
    }
    if (listOpen && (LABELLED.test(line) || SHORT_CLAUSE.test(line))) {
      blocks.push({ tag: 'li', text: line });
      continue;
    }
    listOpen = false;
    if (!seed.paragraphs?.includes(line) && isHeadingLike(line)) {
      blocks.push({ tag: seed.level(line), text: line });
      continue;
    }
    blocks.push({ tag: 'p', text: line });
    if (/:$/.test(line)) listOpen = true;
  }
  return blocks;
}

function blocksHtml(blocks, seed) {
  const out = [];
  let inList = false;
  const inline = (t) => {
    let h = esc(t);
    for (const [re, rep] of seed.links ?? []) h = h.replace(re, rep);
    return h;
  };
  for (const b of blocks) {
    if (b.tag === 'li' && !inList) {
      out.push('      <ul>');
      inList = true;
    }
    if (b.tag !== 'li' && inList) {
      out.push('      </ul>');
      inList = false;
    }
    if (b.tag === 'li') out.push(`        <li>${inline(b.text)}</li>`);
    else if (b.tag === 'h1') out.push(`      <h1>${inline(b.text)}</h1>`);
    else {
      const id = b.tag === 'p' ? '' : ` id="${b.text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48)}"`;
      out.push(`      <${b.tag}${id}>${inline(b.text)}</${b.tag}>`);
    }
  }
  if (inList) out.push('      </ul>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Site chrome

function page({ site, title, path, main, bannerFirst = false, banner, extraHead = '', extraBody = '' }) {
  const nav = site.nav.map(([label, href]) => `<li><a href="${href}"${href === path ? ' aria-current="page"' : ''}>${esc(label)}</a></li>`).join('');
  const footer = site.footer
    .map(
      ([heading, links]) =>
        `        <div class="footer-col">\n          <h3>${esc(heading)}</h3>\n          <ul>${links.map(([l, h]) => `<li><a href="${h}">${esc(l)}</a></li>`).join('')}</ul>\n        </div>`,
    )
    .join('\n');
  const cookieBanner =
    banner ??
    `  <div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie consent">
    <p>We use cookies to keep you signed in, remember your preferences and understand how ${esc(site.name)} is used. Read more in our <a href="${site.privacy}">privacy policy</a>.</p>
    <div class="cookie-buttons"><button type="button" data-consent="reject">Reject non-essential</button> <button type="button" data-consent="accept" class="accept">Accept all</button></div>
  </div>`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)}</title>
  <meta name="description" content="${esc(site.tagline)}">
  <link rel="icon" href="data:,">
  <style>
    :root { --accent: ${site.color}; font: 16px/1.6 Georgia, 'Times New Roman', serif; color: #222; }
    body { margin: 0; background: #fafafa; }
    a { color: var(--accent); }
    .skip-link { position: absolute; left: -999px; }
    .skip-link:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
    .site-header { display: flex; align-items: center; gap: 2rem; padding: .75rem 2rem; background: var(--accent); color: #fff; font-family: system-ui, sans-serif; }
    .site-header a { color: #fff; text-decoration: none; }
    .brand { font-weight: 700; font-size: 1.3rem; }
    .site-nav ul { display: flex; gap: 1.25rem; list-style: none; margin: 0; padding: 0; }
    .site-header .account { margin-left: auto; border: 1px solid #fff; border-radius: 4px; padding: .25rem .75rem; }
    main { max-width: 48rem; margin: 2rem auto; padding: 0 1.5rem 2rem; background: #fff; }
    main h1 { font-size: 2.2rem; }
    .breadcrumbs { font: 14px system-ui, sans-serif; color: #666; }
    .site-footer { background: #222; color: #ccc; padding: 2rem; font: 14px/1.5 system-ui, sans-serif; }
    .site-footer a { color: #ddd; }
    .footer-cols { display: flex; flex-wrap: wrap; gap: 3rem; }
    .footer-col h3 { font-size: .9rem; text-transform: uppercase; letter-spacing: .05em; color: #fff; }
    .footer-col ul { list-style: none; padding: 0; margin: 0; }
    .legal { margin-top: 2rem; border-top: 1px solid #444; padding-top: 1rem; }
    .cookie-banner { position: fixed; left: 1rem; right: 1rem; bottom: 1rem; background: #fff; border: 1px solid #ccc; box-shadow: 0 4px 20px rgba(0,0,0,.2); padding: 1rem 1.5rem; font: 15px system-ui, sans-serif; display: flex; gap: 1rem; align-items: center; justify-content: space-between; z-index: 10; }
    .cookie-banner[hidden] { display: none; }
    .cookie-banner .accept { background: var(--accent); color: #fff; border: 0; padding: .5rem 1rem; border-radius: 4px; }
  </style>${extraHead}
</head>
<body>
${bannerFirst ? `${cookieBanner}\n` : ''}  <a class="skip-link" href="#content">Skip to content</a>
  <header class="site-header">
    <div class="brand"><a href="${site.home}">${esc(site.name)}</a></div>
    <nav class="site-nav" aria-label="Main menu"><ul>${nav}</ul></nav>
    <a class="account" href="${site.home}account/login">Sign in</a>
  </header>
  <main id="content">
${main}
  </main>
  <footer class="site-footer">
    <div class="footer-cols">
${footer}
    </div>
    <p class="legal">© 2024 ${esc(site.legalName)}. All rights reserved. · <a href="${site.privacy}">Privacy Policy</a> · <a href="${site.home}terms">Terms of Service</a> · <a href="${site.home}cookies">Cookie settings</a></p>
  </footer>
${bannerFirst ? '' : `${cookieBanner}\n`}  <script>
    document.querySelectorAll('[data-consent]').forEach(function (b) {
      b.addEventListener('click', function () { document.getElementById('cookie-banner').hidden = true; });
    });
  </script>${extraBody}
</body>
</html>
`;
}

function siteOf(name, { home, privacy, color, legalName = name, tagline, nav }) {
  return {
    name,
    legalName,
    home,
    privacy,
    color,
    tagline: tagline ?? `${name}: the official website.`,
    nav,
    footer: [
      ['Company', [['About us', `${home}about`], ['Careers', `${home}careers`], ['Press', `${home}press`], ['Contact', `${home}contact`]]],
      ['Help', [['FAQ', `${home}help/faq`], ['Shipping', `${home}help/shipping`], ['Returns', `${home}help/returns`], ['Status', `${home}status`]]],
      ['Legal', [['Privacy Policy', privacy], ['Terms of Service', `${home}terms`], ['Cookie Policy', `${home}cookies`], ['Accessibility', `${home}accessibility`]]],
      ['Follow us', [['Facebook', `${home}go/facebook`], ['Instagram', `${home}go/instagram`], ['LinkedIn', `${home}go/linkedin`]]],
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The five seed pages

const SEED_PAGES = [
  {
    prefix: '000_',
    path: '/smartalpaca/privacy-policy',
    title: 'Privacy Policy | SmartAlpaca',
    site: siteOf('SmartAlpaca', {
      home: '/smartalpaca/',
      privacy: '/smartalpaca/privacy-policy',
      color: '#6b3fa0',
      legalName: 'Sandrine Coosemans, trading as SmartAlpaca',
      tagline: 'SmartAlpaca: online courses and printable planners.',
      nav: [['Home', '/smartalpaca/'], ['Courses', '/smartalpaca/courses'], ['Shop', '/smartalpaca/shop'], ['Blog', '/smartalpaca/blog'], ['Contact', '/smartalpaca/contact']],
    }),
    level: (l) =>
      /^(?:How we|Storage & Processing|Children|Notification procedures|Links to other websites|Social media widgets|Changes to our privacy policy)/.test(l) ? 'h2' : 'h3',
    links: [[/contact us here/g, 'contact us <a href="/smartalpaca/contact">here</a>']],
  },
  {
    prefix: '001_',
    path: '/allsmart/privacy-policy',
    title: 'Privacy Policy – allsmart',
    site: siteOf('allsmart', {
      home: '/allsmart/',
      privacy: '/allsmart/privacy-policy',
      color: '#0a7d6f',
      legalName: 'allsmart Ltd',
      tagline: 'allsmart: smart home gadgets, delivered across the UK.',
      nav: [['Home', '/allsmart/'], ['Smart home', '/allsmart/category/smart-home'], ['Deals', '/allsmart/deals'], ['Blog', '/allsmart/blog'], ['Contact', '/allsmart/contact']],
    }),
    level: () => 'h2',
    paragraphs: ['We may use cookies for tracking purposes', 'We will notify the users via email'],
    links: [[/sales@allsmart\.co\.uk/g, '<a href="mailto:sales@allsmart.co.uk">sales@allsmart.co.uk</a>']],
  },
  {
    prefix: '002_',
    path: '/smarct/legal/privacy',
    title: 'Privacy Policy - Smarct',
    site: siteOf('Smarct', {
      home: '/smarct/',
      privacy: '/smarct/legal/privacy',
      color: '#1f4e8c',
      tagline: 'Smarct: IT support and web development for small businesses.',
      nav: [['Home', '/smarct/'], ['Services', '/smarct/services'], ['Case studies', '/smarct/case-studies'], ['About', '/smarct/about'], ['Get a quote', '/smarct/quote']],
    }),
    level: (l) => (/^\d+\.\d+/.test(l) ? 'h3' : 'h2'),
    // Page chrome that was copied with the text: the copyright line goes to the footer and the
    // translation-consent notice becomes the dialog it was on the site.
    drop: [
      '©2024 Smarct. All rights reserved.',
      'We need your consent to load the translations',
    ],
    dropFrom: 'We use a third-party service to translate the website content',
    links: [[/info@smarct\.com/g, '<a href="mailto:info@smarct.com">info@smarct.com</a>']],
  },
  {
    prefix: '003_',
    path: '/smartjac/privacy',
    title: 'Smartjac Privacy Policy',
    site: siteOf('Smartjac', {
      home: '/smartjac/',
      privacy: '/smartjac/privacy',
      color: '#b4451f',
      legalName: 'Smartjac Inc.',
      tagline: 'Smartjac: desktop software for photographers.',
      nav: [['Products', '/smartjac/products'], ['Download', '/smartjac/download'], ['Store', '/smartjac/store'], ['Support', '/smartjac/support'], ['Forum', '/smartjac/forum']],
    }),
    // Upper-case part titles, then questions under them; the questions before the first part are h2.
    level: (() => {
      let inPart = false;
      return (l) => (/^[A-Z &]+$/.test(l) ? ((inPart = true), 'h2') : inPart ? 'h3' : 'h2');
    })(),
  },
  {
    prefix: '004_',
    path: '/smartertools/company/privacy-policy',
    title: 'Privacy Policy | SmarterTools',
    site: siteOf('SmarterTools', {
      home: '/smartertools/',
      privacy: '/smartertools/company/privacy-policy',
      color: '#005a9c',
      legalName: 'SmarterTools Inc.',
      tagline: 'SmarterTools: SmarterMail, SmarterTrack and SmarterStats.',
      nav: [['SmarterMail', '/smartertools/smartermail'], ['SmarterTrack', '/smartertools/smartertrack'], ['SmarterStats', '/smartertools/smarterstats'], ['Pricing', '/smartertools/pricing'], ['Company', '/smartertools/company']],
    }),
    level: () => 'h2',
    // The first line is the address the text was copied from; "SmarterTools Home" is the
    // breadcrumb, which the page shows as one.
    drop: ['https://www.smartertools.com/company/privacy-policy', 'SmarterTools Home'],
    paragraphs: ['Last updated May 25, 2018'],
    breadcrumbs: [['SmarterTools Home', '/smartertools/'], ['Company', '/smartertools/company']],
  },
];

function seedPage(seed, text) {
  if (seed.dropFrom) {
    const at = text.indexOf(seed.dropFrom);
    if (at >= 0) text = text.slice(0, at);
  }
  const blocks = blocksOf(text, seed);
  const crumbs = seed.breadcrumbs
    ? `    <nav class="breadcrumbs" aria-label="Breadcrumb">${seed.breadcrumbs.map(([l, h]) => `<a href="${h}">${esc(l)}</a> › `).join('')}<span aria-current="page">Privacy Policy</span></nav>\n`
    : '';
  const main = `${crumbs}    <article class="policy">\n${blocksHtml(blocks, seed)}\n    </article>`;
  let extraBody = '';
  if (seed.prefix === '002_') {
    extraBody = `
  <div class="translate-consent" role="dialog" aria-label="Translation consent" hidden>
    <p><strong>We need your consent to load the translations</strong></p>
    <p>We use a third-party service to translate the website content that may collect data about your activity. Please review the details in the privacy policy and accept the service to see the translations.</p>
    <button type="button">Accept</button>
  </div>`;
  }
  return page({ site: seed.site, title: seed.title, path: seed.path, main, extraBody });
}

// ---------------------------------------------------------------------------------------------
// Pages that are not policies

const COURIER = siteOf('The Daily Courier', {
  home: '/dailycourier/',
  privacy: '/dailycourier/privacy-policy',
  color: '#8b0000',
  legalName: 'Courier Media Group',
  tagline: 'Local news from the riverside towns since 1887.',
  nav: [['News', '/dailycourier/news'], ['Politics', '/dailycourier/politics'], ['Business', '/dailycourier/business'], ['Sport', '/dailycourier/sport'], ['Opinion', '/dailycourier/opinion'], ['Subscribe', '/dailycourier/subscribe']],
});
COURIER.footer.push(['Your data', [['Do Not Sell or Share My Personal Information', '/dailycourier/privacy-policy#ccpa'], ['Manage cookies', '/dailycourier/cookies']]]);

const ARTICLE_PATH = '/dailycourier/news/2024/05/14/council-approves-riverside-bike-lanes';
const ARTICLE_MAIN = `    <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/dailycourier/">Home</a> › <a href="/dailycourier/news">News</a> › <span>Local</span></nav>
    <article class="story">
      <h1>Council approves riverside bike lanes after two-year debate</h1>
      <p class="standfirst">A protected cycle route along Mill Road will open next spring. Shop owners worry about parking; cyclists say it is long overdue.</p>
      <p class="byline">By <a href="/dailycourier/authors/hannah-okafor">Hannah Okafor</a>, Local Government Reporter · Published 14 May 2024, 18:42 · Updated 15 May 2024, 08:10</p>
      <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="640" height="360" alt="Cyclists on Mill Road at rush hour"><figcaption>Cyclists on Mill Road at rush hour. The new lanes will be separated from traffic by a kerb.</figcaption></figure>
      <p>After more than two years of consultations, petitions and one memorable public meeting that ran past midnight, the town council voted eight to three on Tuesday evening to build a protected bike lane along the length of Mill Road and the riverside embankment.</p>
      <p>The 2.4-kilometre route will link the railway station with the new secondary school and the business park on the eastern edge of town. Construction is due to start in September, and the council expects the lanes to open in April next year.</p>
      <p>"This is the single biggest change to how people move around the town centre in a generation," said councillor Priya Raman, who chairs the transport committee. "We listened to every objection, and the design we approved tonight is better because of them."</p>
      <h2>What changes for drivers</h2>
      <p>Forty-two on-street parking spaces on Mill Road will be removed. The council says they will be replaced by a new short-stay car park behind the library, with the first thirty minutes free, and by loading bays for deliveries before 10am.</p>
      <p>Traders on the eastern stretch of the road remain unconvinced. Martin Hale, who has run the hardware shop at number 114 for twenty-six years, said most of his customers arrive by car. "People don't carry a bag of cement home on a bicycle," he said.</p>
      <p>The speed limit on the whole road will drop to 20mph, and two pedestrian crossings will be added near the primary school.</p>
      <h2>Counting cameras and cost</h2>
      <p>The scheme will cost £3.1 million, of which £2.2 million comes from a regional active travel grant. The rest will come from the council's transport budget, which means two smaller road resurfacing projects will be delayed by a year.</p>
      <p>Some residents raised privacy concerns about the automatic counters that will record how many bicycles use the lanes. The council said the sensors count passing wheels and do not film faces or number plates, and that the figures will be published every month on its open data portal.</p>
      <h2>What happens next</h2>
      <p>A final design will be published in June, followed by a six-week period in which residents can comment on the details, such as the position of bus stops and the type of kerb. Letters will go to every address on the route.</p>
      <p>Cycling groups welcomed the vote. "Parents have been asking for a safe way to get their children to school for years," said Tom Brennan of Riverside Cycle Action. "Now they will have one."</p>
      <aside class="newsletter">
        <h3>Get the Courier in your inbox</h3>
        <form action="/dailycourier/newsletter" method="post"><label>E-mail <input type="email" name="email" autocomplete="email"></label> <button type="submit">Sign up</button></form>
        <p class="small">Free, every weekday morning. You can unsubscribe at any time. See our <a href="/dailycourier/privacy-policy">privacy notice</a> for how we use your e-mail address.</p>
      </aside>
      <section class="related" aria-label="Related stories">
        <h3>More local news</h3>
        <ul>
          <li><a href="/dailycourier/news/2024/05/13/library-opening-hours">Library to open on Sundays from June</a></li>
          <li><a href="/dailycourier/news/2024/05/12/bridge-repairs">Old bridge repairs finish three weeks early</a></li>
          <li><a href="/dailycourier/news/2024/05/10/market-traders">Market traders vote to keep Thursday market</a></li>
        </ul>
      </section>
    </article>`;

const NORTHWIND = siteOf('Northwind Outfitters', {
  home: '/northwind/',
  privacy: '/northwind/privacy',
  color: '#2f5d3a',
  legalName: 'Northwind Outfitters GmbH',
  tagline: 'Outdoor gear for long days in the hills.',
  nav: [['Backpacks', '/northwind/shop/backpacks'], ['Tents', '/northwind/shop/tents'], ['Clothing', '/northwind/shop/clothing'], ['Footwear', '/northwind/shop/footwear'], ['Sale', '/northwind/shop/sale']],
});

const PRODUCT_PATH = '/northwind/shop/trailblazer-40l-backpack';
const PRODUCT_MAIN = `    <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/northwind/">Home</a> › <a href="/northwind/shop/backpacks">Backpacks</a> › <span aria-current="page">Trailblazer 40L</span></nav>
    <div class="product" itemscope itemtype="https://schema.org/Product">
      <h1 itemprop="name">Trailblazer 40L Hiking Backpack</h1>
      <p class="rating">★★★★☆ 4.6 · <a href="#reviews">128 reviews</a></p>
      <p class="price"><span itemprop="price">€149.00</span> <span class="vat">incl. VAT, free shipping from €60</span></p>
      <form class="buy" action="/northwind/cart/add" method="post">
        <fieldset><legend>Colour</legend><label><input type="radio" name="colour" value="moss" checked> Moss</label> <label><input type="radio" name="colour" value="slate"> Slate</label> <label><input type="radio" name="colour" value="ember"> Ember</label></fieldset>
        <label>Quantity <input type="number" name="qty" value="1" min="1" max="9"></label>
        <button type="submit">Add to basket</button>
      </form>
      <p class="secure">Secure checkout with card, PayPal or Klarna. Card details go straight to our payment provider; see our <a href="/northwind/privacy">privacy policy</a>.</p>
      <h2>Details</h2>
      <p>The Trailblazer is our best-selling pack for long day hikes and light overnight trips. An adjustable back system fits torso lengths from 40 to 52 cm, and the ventilated mesh panel keeps air moving on warm climbs.</p>
      <ul>
        <li>Main compartment with top and front zip access</li>
        <li>Stretch side pockets that hold a one-litre bottle</li>
        <li>Hydration sleeve and hose port for bladders up to 3 litres</li>
        <li>Integrated rain cover in the base pocket</li>
        <li>Ice axe loop and trekking pole attachments</li>
      </ul>
      <h2>Specifications</h2>
      <table>
        <tr><th>Volume</th><td>40 litres</td></tr>
        <tr><th>Weight</th><td>1.35 kg</td></tr>
        <tr><th>Material</th><td>Recycled 210D nylon ripstop, PFC-free water-repellent finish</td></tr>
        <tr><th>Dimensions</th><td>66 × 32 × 24 cm</td></tr>
        <tr><th>Warranty</th><td>Lifetime warranty against manufacturing defects</td></tr>
      </table>
      <h2 id="reviews">Reviews</h2>
      <ol class="reviews">
        <li><p><strong>Great fit, even fully loaded</strong> ★★★★★</p><p>Carried it across the Lake District for four days. The hip belt takes the weight and the back stays dry. — Claire, verified buyer</p></li>
        <li><p><strong>Good pack, rain cover is small</strong> ★★★★☆</p><p>Comfortable and well made. The rain cover barely fits when the side pockets are full. — Jonas, verified buyer</p></li>
        <li><p><strong>Perfect for day hikes</strong> ★★★★★</p><p>Light, lots of pockets, and the colour is even nicer in real life. — Amira, verified buyer</p></li>
      </ol>
      <h2>Delivery and returns</h2>
      <p>Orders placed before 2pm ship the same day. Free returns within 60 days: print the label from your account or ask for one at checkout.</p>
    </div>`;

// A consent dialog first in the document, with its heading: the cheap check passes on it
// ("privacy" in an h2), so the page exercises the full detector, which must still say no.
const NORTHWIND_BANNER = `  <div class="cookie-banner" id="cookie-banner" role="dialog" aria-modal="false" aria-labelledby="consent-title">
    <div>
      <h2 id="consent-title">We value your privacy</h2>
      <p>We and our partners use cookies to run the shop, measure visits and show you relevant offers. You can accept all cookies, reject the optional ones, or choose in the settings. Read our <a href="/northwind/privacy">privacy policy</a> and <a href="/northwind/cookies">cookie policy</a>.</p>
    </div>
    <div class="cookie-buttons"><button type="button" data-consent="settings">Settings</button> <button type="button" data-consent="reject">Reject optional</button> <button type="button" data-consent="accept" class="accept">Accept all</button></div>
  </div>`;

// ---------------------------------------------------------------------------------------------
// A single-page app: privacy policy ⇄ pricing with history.pushState

const LUMEN = siteOf('Lumen Notes', {
  home: '/lumen/',
  privacy: '/lumen/privacy',
  color: '#7a4b00',
  legalName: 'Lumen Notes Ltd',
  tagline: 'Lumen Notes: a note-taking app for teams.',
  nav: [['Features', '/lumen/features'], ['Pricing', '/lumen/pricing'], ['Blog', '/lumen/blog'], ['Privacy', '/lumen/privacy']],
});

function lumenApp(policyHtml) {
  const pricing = `
    <section class="pricing">
      <h1>Pricing</h1>
      <p>Simple plans for teams of every size. Every plan includes unlimited notes and a 30-day free trial.</p>
      <h2>Plans</h2>
      <table>
        <tr><th>Plan</th><th>Price</th><th>Includes</th></tr>
        <tr><td>Starter</td><td>Free</td><td>3 members, 1 GB of attachments</td></tr>
        <tr><td>Team</td><td>€6 per member per month</td><td>Shared notebooks, 50 GB, version history</td></tr>
        <tr><td>Business</td><td>€12 per member per month</td><td>Single sign-on, audit log, 1 TB, priority support</td></tr>
      </table>
      <h2>Questions</h2>
      <p>Can I change plans later? Yes, upgrade or downgrade at any time; we prorate the difference.</p>
      <p>Do you offer discounts for schools and charities? Yes, half price on the Team plan. Write to sales.</p>
    </section>`;
  return `    <div id="app" data-router="history"></div>
    <template id="route-privacy">
${policyHtml}
    </template>
    <template id="route-pricing">${pricing}
    </template>
    <template id="route-not-found">
      <h1>Page not found</h1><p>Try the menu above.</p>
    </template>`;
}

const LUMEN_ROUTER = `
  <script>
    // The in-page router: renders the route of location.pathname into #app and intercepts
    // clicks on links to other routes of the app.
    (function () {
      var routes = { '/lumen/privacy': ['privacy', 'Privacy Policy – Lumen Notes'], '/lumen/pricing': ['pricing', 'Pricing – Lumen Notes'] };
      function render() {
        var r = routes[location.pathname] || ['not-found', 'Not found – Lumen Notes'];
        var app = document.getElementById('app');
        app.replaceChildren(document.getElementById('route-' + r[0]).content.cloneNode(true));
        document.title = r[1];
        window.scrollTo(0, 0);
      }
      document.addEventListener('click', function (e) {
        var a = e.target.closest && e.target.closest('a[href]');
        if (!a || a.origin !== location.origin || !routes[a.pathname]) return;
        e.preventDefault();
        if (a.pathname !== location.pathname) history.pushState({}, '', a.pathname);
        render();
      });
      window.addEventListener('popstate', render);
      render();
    })();
  </script>`;

// ---------------------------------------------------------------------------------------------

function write(path, html) {
  const file = join(OUT, `${path.replace(/^\//, '')}.html`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  return file;
}

const seedFiles = readdirSync(SEEDS).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
const written = [];
const index = [];
for (const seed of SEED_PAGES) {
  const file = seedFiles.find((f) => f.startsWith(seed.prefix));
  if (!file) throw new Error(`no seed ${seed.prefix}* in ${SEEDS}`);
  const text = readFileSync(join(SEEDS, file), 'utf8');
  written.push(write(seed.path, seedPage(seed, text)));
  index.push([seed.path, `${seed.site.name} privacy policy (seed ${file})`]);
}

written.push(write(ARTICLE_PATH, page({ site: COURIER, title: 'Council approves riverside bike lanes after two-year debate | The Daily Courier', path: ARTICLE_PATH, main: ARTICLE_MAIN })));
index.push([ARTICLE_PATH, 'The Daily Courier: a news article (not a policy)']);
// The Daily Courier's own privacy policy, which the article's footer links to ("Analyse this
// site's privacy policy"): seed 001's text under the Courier's name.
{
  const seed = SEED_PAGES.find((x) => x.prefix === '001_');
  const text = readFileSync(join(SEEDS, seedFiles.find((f) => f.startsWith('001_'))), 'utf8').replace(/allsmart/gi, 'The Daily Courier');
  written.push(write(COURIER.privacy, seedPage({ ...seed, path: COURIER.privacy, title: 'Privacy Policy | The Daily Courier', site: COURIER }, text)));
  index.push([COURIER.privacy, 'The Daily Courier: its privacy policy (seed 001 renamed), linked from the article']);
}
written.push(write(PRODUCT_PATH, page({ site: NORTHWIND, title: 'Trailblazer 40L Hiking Backpack | Northwind Outfitters', path: PRODUCT_PATH, main: PRODUCT_MAIN, banner: NORTHWIND_BANNER, bannerFirst: true })));
index.push([PRODUCT_PATH, 'Northwind Outfitters: a shop product page (not a policy)']);

// The SPA's policy: seed 002's text, with the company renamed (the SPA is its own made-up site).
{
  const seed = SEED_PAGES.find((s) => s.prefix === '002_');
  const text = readFileSync(join(SEEDS, seedFiles.find((f) => f.startsWith('002_'))), 'utf8')
    .replace(/Smarct/g, 'Lumen Notes')
    .replace(/info@lumen notes\.com/gi, 'privacy@lumennotes.app');
  const blocks = blocksOf(text.slice(0, text.indexOf(seed.dropFrom)), { ...seed, drop: ['©2024 Lumen Notes. All rights reserved.'] });
  const policy = `      <article class="policy">\n${blocksHtml(blocks, {})}\n      </article>`;
  const shell = (path) => page({ site: LUMEN, title: 'Lumen Notes', path, main: lumenApp(policy), extraBody: LUMEN_ROUTER });
  // The same app shell at each of its routes, so that deep links work on a static server.
  written.push(write('/lumen/privacy', shell('/lumen/privacy')));
  written.push(write('/lumen/pricing', shell('/lumen/pricing')));
  index.push(['/lumen/privacy', 'Lumen Notes: a single-page app (privacy ⇄ pricing with pushState)']);
  // The same policy arriving late: the page is idle with an empty <main>, then a script puts
  // the text in 1.5 s later (as a client-rendered page does after its data request).
  const late = `    <div id="late"><p>Loading…</p></div>
    <template id="late-policy">
${policy}
    </template>
    <script>setTimeout(function () { document.getElementById('late').replaceChildren(document.getElementById('late-policy').content.cloneNode(true)); }, 1500);</script>`;
  written.push(write('/lumen/late/privacy', page({ site: LUMEN, title: 'Privacy Policy – Lumen Notes', path: '/lumen/late/privacy', main: late })));
  index.push(['/lumen/late/privacy', 'Lumen Notes: the policy text arrives 1.5 s after the page is idle']);

  // A single-page app that swaps its view WITHOUT changing the URL: buttons, not links, and no
  // history call. It opens on its pricing view; "Privacy" renders the policy in place.
  const inPlace = `    <nav class="app-tabs" aria-label="App views"><button type="button" data-view="pricing">Pricing</button> <button type="button" data-view="privacy">Privacy</button></nav>
${lumenApp(policy).replace('data-router="history"', 'data-router="none"')}
    <script>
      (function () {
        var titles = { privacy: 'Privacy Policy – Lumen Notes', pricing: 'Pricing – Lumen Notes' };
        function show(view) {
          document.getElementById('app').replaceChildren(document.getElementById('route-' + view).content.cloneNode(true));
          document.title = titles[view];
        }
        document.querySelector('.app-tabs').addEventListener('click', function (e) {
          var b = e.target.closest && e.target.closest('button[data-view]');
          if (b) show(b.dataset.view);
        });
        show('pricing');
      })();
    </script>`;
  written.push(write('/lumen/app', page({ site: LUMEN, title: 'Lumen Notes', path: '/lumen/app', main: inPlace })));
  index.push(['/lumen/app', 'Lumen Notes: a single-page app that swaps pricing ⇄ privacy in place (no URL change)']);

  // The same policy with its numbered sections collapsed: in <details> (closed), and as tab
  // panels (hidden, shown by their tab button) — for jumping to a sentence in a closed section.
  const sections = policy.split(/(?=\n\s*<h2 )/);
  const intro = sections.shift();
  const accordion = `${intro.replace('<article class="policy">', '<article class="policy accordion">')}
${sections.map((sec) => `      <details>\n        <summary>${/<h2[^>]*>(.*?)<\/h2>/.exec(sec)[1]}</summary>\n${sec.replace(/\n\s*<h2[^>]*>.*?<\/h2>/, '').replace('</article>', '')}\n      </details>`).join('\n')}
      </article>`;
  written.push(write('/lumen/accordion/privacy', page({ site: LUMEN, title: 'Privacy Policy – Lumen Notes', path: '/lumen/accordion/privacy', main: accordion })));
  index.push(['/lumen/accordion/privacy', 'Lumen Notes: the policy with every numbered section in a closed <details>']);
  const tabs = `${intro.replace('<article class="policy">', '<article class="policy tabs">')}
      <div role="tablist" aria-label="Sections">${sections.map((sec, i) => `<button type="button" role="tab" id="tab-${i}" aria-controls="panel-${i}" aria-selected="${i === 0}">${/<h2[^>]*>(.*?)<\/h2>/.exec(sec)[1]}</button>`).join('')}</div>
${sections.map((sec, i) => `      <div role="tabpanel" id="panel-${i}" aria-labelledby="tab-${i}"${i === 0 ? '' : ' hidden'}>\n${sec.replace('</article>', '')}\n      </div>`).join('\n')}
      </article>
    <script>
      document.querySelector('[role="tablist"]').addEventListener('click', function (e) {
        var tab = e.target.closest && e.target.closest('[role="tab"]');
        if (!tab) return;
        document.querySelectorAll('[role="tab"]').forEach(function (t) { t.setAttribute('aria-selected', String(t === tab)); });
        document.querySelectorAll('[role="tabpanel"]').forEach(function (p) { p.hidden = p.id !== tab.getAttribute('aria-controls'); });
      });
    </script>`;
  written.push(write('/lumen/tabs/privacy', page({ site: LUMEN, title: 'Privacy Policy – Lumen Notes', path: '/lumen/tabs/privacy', main: tabs })));
  index.push(['/lumen/tabs/privacy', 'Lumen Notes: the policy as tabs, one numbered section per tab panel (all but the first hidden)']);

  // The policy whose last sections (5–8) the page's script appends 2.5 s after load: the page
  // is a policy from the start (sections 1–4), and the label must come to include the rest.
  const cut = policy.indexOf('<h2 id="5-your-rights"');
  const lateSection = `${policy.slice(0, cut).trimEnd().replace('<article class="policy">', '<article class="policy" id="policy">')}
      </article>
    <template id="late-part">
      ${policy.slice(cut).replace('</article>', '').trim()}
    </template>
    <script>setTimeout(function () { document.getElementById('policy').append(document.getElementById('late-part').content.cloneNode(true)); }, 2500);</script>`;
  // A large site map under the policy, as big sites have: the late sections then change the
  // page's element count too little for the content script's size signature to notice.
  const sitemap = `  <div class="sitemap">\n${Array.from({ length: 12 }, (_, c) => `    <ul>${Array.from({ length: 50 }, (_, i) => `<li><a href="/lumen/help/${c}-${i}">Help topic ${c + 1}.${i + 1}</a></li>`).join('')}</ul>`).join('\n')}\n  </div>`;
  written.push(write('/lumen/late-section/privacy', page({ site: LUMEN, title: 'Privacy Policy – Lumen Notes', path: '/lumen/late-section/privacy', main: lateSection, extraBody: sitemap })));
  index.push(['/lumen/late-section/privacy', 'Lumen Notes: the policy whose sections 5–8 are appended 2.5 s after load']);

  // The policy in a same-origin <iframe>: the page holds a short intro and the frame; the
  // frame's document (a bare page of the site) holds the whole policy.
  const framed = `    <article class="policy-frame">
      <h1>Privacy Policy</h1>
      <p>Our privacy policy is kept in our legal library and shown below.</p>
      <iframe src="/lumen/frame/policy-body" title="Lumen Notes privacy policy" style="width:100%;height:2400px;border:0"></iframe>
    </article>`;
  written.push(write('/lumen/frame/privacy', page({ site: LUMEN, title: 'Privacy Policy – Lumen Notes', path: '/lumen/frame/privacy', main: framed })));
  written.push(write('/lumen/frame/policy-body', `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Lumen Notes privacy policy (embedded)</title></head>\n<body>\n${policy}\n</body>\n</html>\n`));
  index.push(['/lumen/frame/privacy', 'Lumen Notes: the policy inside a same-origin <iframe> (/lumen/frame/policy-body)']);

  // A huge policy page: the policy repeated until the text is about 3 MB, built by the page's
  // own script when it loads (so the 3 MB are generated at test time, not committed). Longer
  // than the extraction limit of 2 million characters: the popup must say it was truncated.
  const huge = `    <article class="policy" id="huge"></article>
    <template id="huge-part">
${policy}
    </template>
    <script>
      (function () {
        var out = document.getElementById('huge');
        var part = document.getElementById('huge-part').content;
        var size = (part.textContent || '').length;
        for (var i = 0, n = Math.ceil(3000000 / size); i < n; i++) {
          var copy = part.cloneNode(true);
          var h = document.createElement('h2');
          h.textContent = 'Part ' + (i + 1);
          out.append(h, copy);
        }
      })();
    </script>`;
  written.push(write('/lumen/huge/privacy', page({ site: LUMEN, title: 'Privacy Policy – Lumen Notes', path: '/lumen/huge/privacy', main: huge })));
  index.push(['/lumen/huge/privacy', 'Lumen Notes: a policy page of about 3 MB of text, generated by its script on load']);
}

// Pages in the six other languages the detector knows (scripts/fixture-pages-intl.mjs).
for (const [path, label, html] of INTL_PAGES) {
  written.push(write(path, html));
  index.push([path, label]);
}

written.push(
  write(
    '/index',
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Privacy Label – test pages</title><link rel="icon" href="data:,"></head>
<body>
  <h1>Privacy Label – test pages</h1>
  <p>Made-up sites around five real privacy policies, and pages that are not policies. Generated by <code>scripts/make-fixture-pages.mjs</code>.</p>
  <ul>
${index.map(([p, l]) => `    <li><a href="${p}">${esc(l)}</a> <code>${p}</code></li>`).join('\n')}
  </ul>
</body>
</html>
`,
  ),
);

for (const f of written) console.log(`wrote ${f.slice(ROOT.length + 1)}`);
