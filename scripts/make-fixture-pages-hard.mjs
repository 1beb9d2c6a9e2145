/**
 * More hard detection pages, for the families the detector still missed on real captures:
 * built in memory by scripts/eval-detect.mjs from the development side's corpus files only (the
 * held-out fifth's files are never used here) and counted on the development side, apart from
 * scripts/make-fixture-pages-stress.mjs's set so that its figures stay comparable.
 *
 * Policies (positive):
 *   fragment     the policy without its name: a help-centre article or an app's web view whose
 *                title, URL and first heading are neutral ("Help Center", "/articles/360012345",
 *                the app's name), the text starting after the policy's own title lines; 150–1 500
 *                words. What a person sees is only the text, which speaks of "this policy".
 *   menus        a capture that is mostly site chrome: a 40-language picker, a 70-link side
 *                menu, a 250-link sitemap footer, a cookie banner and inline scripts around the
 *                first 200–700 words of the policy
 *   passive      hand-written short notices in the passive or in the third person with a common
 *                noun ("the school", "the practice"): "Personal data is collected…", "information
 *                will be retained…" (a council, a dental practice, a school, a charity…)
 *   combined     one page named "Terms of Use and Privacy Policy" holding terms of service and a
 *                whole privacy policy, each under its heading. Counted as a policy: the page *is*
 *                the site's privacy policy (its footer's "Privacy" link leads here) and the
 *                label is read from its privacy part; a terms page whose *name* is only terms,
 *                with a privacy chapter that summarises and links to a separate policy, is not one
 *                (make-fixture-pages-stress.mjs, tos+privacy).
 *
 * Not policies (negative):
 *   topic        a news site's or blog's topic listing (`/topics/privacy`, `/tag/privacy`,
 *                `/category/data-protection`): title and heading "Privacy", 8–16 teasers about
 *                fines, leaks and policy changes, in the third person
 *   settings     a product's privacy settings page (`/settings/privacy`, heading "Privacy"):
 *                toggles described in the first person ("We use your activity to…")
 *   faq          a privacy FAQ for customers that answers in a few lines and sends the reader to
 *                the privacy policy for the details
 */
import { esc, hash, pick } from './page-kit.mjs';

const siteName = (f) => f.replace(/\.md$/, '').split('--')[0].replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
const hostOf = (site) => `https://www.${site.toLowerCase().replace(/\W+/g, '')}.example`;

// ---------------------------------------------------------------------------------------------
// Chrome

const LANGS = ['English', 'Deutsch', 'Français', 'Español', 'Italiano', 'Nederlands', 'Português', 'Polski', 'Svenska', 'Dansk', 'Norsk', 'Suomi', 'Čeština', 'Magyar', 'Română', 'Ελληνικά', 'Türkçe', 'Русский', 'Українська', '日本語', '한국어', '简体中文', '繁體中文', 'ไทย', 'Bahasa Indonesia', 'Tiếng Việt', 'עברית', 'العربية', 'हिन्दी', 'Slovenčina', 'Slovenščina', 'Hrvatski', 'Български', 'Lietuvių', 'Latviešu', 'Eesti', 'Català', 'Euskara', 'Galego', 'Íslenska'];
const SIDE = ['Getting started', 'Account', 'Billing', 'Payments', 'Orders', 'Shipping', 'Returns', 'Gift cards', 'Subscriptions', 'Notifications', 'Security', 'Two-step login', 'Devices', 'Apps', 'Integrations', 'Developers', 'API keys', 'Webhooks', 'Teams', 'Roles', 'Workspaces', 'Projects', 'Files', 'Sharing', 'Comments', 'Search', 'Reports', 'Exports', 'Imports', 'Templates', 'Mobile app', 'Desktop app', 'Browser extension', 'Accessibility', 'Keyboard shortcuts', 'Status', 'Release notes', 'Community', 'Contact support'];
const SITEMAP_GROUPS = ['Shop', 'Help', 'Company', 'Partners', 'Developers', 'Resources', 'Industries', 'Countries'];

function sitemap(site) {
  return `<div class="sitemap">${SITEMAP_GROUPS.map((g, gi) => `<div class="sitemap-col"><div class="sitemap-title">${g}</div>${Array.from({ length: 31 }, (_, i) => `<a href="/${g.toLowerCase()}/${i}">${g} ${['overview', 'guide', 'pricing', 'stories', 'news', 'events', 'docs'][(i + gi) % 7]} ${i + 1}</a>`).join(' ')}</div>`).join('')}
<div class="legal-links"><a href="/terms">Terms</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a> <a href="/imprint">Imprint</a></div><p>© 2024 ${esc(site)}</p></div>`;
}

const BANNER = `<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><p id="onetrust-policy-text">We use cookies and similar technologies to run this site, to understand how it is used and to show you relevant ads. You can accept all cookies, reject those that are not necessary, or choose in the settings. <a href="/cookies">Cookie Notice</a></p><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>`;

const BUNDLE = `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.d=function(e,t,r){n.o(e,t)||Object.defineProperty(e,t,{enumerable:!0,get:r})},n.p="/static/",n(n.s=42)}([function(e,t){e.exports={track:function(a,b){window.dataLayer.push({event:a,props:b})}}}]);`;

/** A heavy capture: language picker, side menu, sitemap footer, banner and scripts. */
function menusPage({ site, title, url, heading, body }) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><link rel="canonical" href="${url}">
<script>${BUNDLE.repeat(6)}</script><script>window.__CONFIG__=${JSON.stringify({ locale: 'en-US', features: SIDE.map((s) => s.toLowerCase()), flags: { newNav: true } })}</script></head>
<body>${BANNER}
<div class="topbar"><a href="/">${esc(site)}</a><div class="lang-picker"><button>English ▾</button><ul>${LANGS.map((l, i) => `<li><a href="/${i}/" hreflang="x${i}">${l}</a></li>`).join('')}</ul></div><a href="/login">Sign in</a></div>
<div class="layout"><div class="sidenav"><ul>${SIDE.map((s) => `<li><a href="/help/${s.toLowerCase().replace(/\W+/g, '-')}">${s}</a><ul><li><a href="#">Overview</a></li></ul></li>`).join('')}</ul></div>
<div class="doc">${heading ? `<h1>${esc(heading)}</h1>` : ''}
${body}
</div></div>
${sitemap(site)}
<script>${BUNDLE.repeat(10)}</script></body></html>`;
}

const HELP_ARTICLES = ['How to reset your password', 'Update your billing details', 'Cancel your subscription', 'Two-step verification', 'Contact support', 'Download the app'];

/** A help centre's article page: search bar, breadcrumbs, article list, "Was this helpful?". */
function helpPage({ site, title, url, heading, body }) {
  return `<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8"><title>${esc(title)}</title><link rel="canonical" href="${url}"></head>
<body><header class="header"><a class="logo" href="/hc/en-us">${esc(site)} Help Center</a><nav class="user-nav"><a href="/hc/en-us/requests/new">Submit a request</a> <a href="/login">Sign in</a></nav></header>
<section class="section hero"><form class="search" action="/hc/en-us/search"><input type="search" placeholder="Search" name="query"></form></section>
<div class="container"><nav class="sub-nav"><ol class="breadcrumbs"><li><a href="/hc/en-us">${esc(site)} Help Center</a></li><li><a href="/hc/en-us/categories/1">Account &amp; Legal</a></li></ol></nav>
<div class="article-container"><section class="article-sidebar"><h3 class="sidenav-title">Articles in this section</h3><ul>${HELP_ARTICLES.map((a) => `<li><a href="/hc/en-us/articles/${hash(a) % 99999}">${a}</a></li>`).join('')}</ul></section>
<article class="article"><header class="article-header"><h1 title="${esc(heading)}" class="article-title">${esc(heading)}</h1><div class="article-meta">Updated 3 months ago</div></header>
<section class="article-info"><div class="article-body">
${body}
</div></section>
<footer><div class="article-votes"><span class="article-votes-question">Was this article helpful?</span><button>Yes</button><button>No</button><small>412 out of 530 found this helpful</small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div></footer></article></div></div>
<footer class="footer"><a href="/">${esc(site)}</a> <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>`;
}

/** An app's in-app web view: no chrome, a bundle, the text in a root div. */
function webviewPage({ title, url, heading, body }) {
  return `<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title><link rel="canonical" href="${url}">
<script>${BUNDLE.repeat(4)}</script><style>body{font:15px/1.5 system-ui;margin:16px}</style></head>
<body><div id="root"><div class="screen">${heading ? `<div class="nav-title">${esc(heading)}</div>` : ''}<div class="content">
${body}
</div><div class="bottom-bar"><button>Done</button></div></div></div><script>window.__APP__={"v":"8.14.2","screen":"legal"}</script></body></html>`;
}

/** A news or blog site's page: top navigation, a "trending" strip, a footer. */
function newsPage({ site, title, url, heading, body }) {
  const sections = ['World', 'Politics', 'Business', 'Technology', 'Science', 'Health', 'Sport', 'Culture', 'Opinion', 'Podcasts'];
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><link rel="canonical" href="${url}"><script>${BUNDLE}</script></head>
<body>${BANNER}<header class="masthead"><a href="/">${esc(site)}</a><nav>${sections.map((s) => `<a href="/${s.toLowerCase()}">${s}</a>`).join(' ')}</nav><a href="/subscribe">Subscribe</a></header>
<div class="trending">Trending: <a href="#">Election results</a> <a href="#">Heatwave</a> <a href="#">Cup final</a></div>
<main><h1>${esc(heading)}</h1>
${body}
</main>
<footer><nav>${['About us', 'Contact', 'Advertise', 'Careers', 'Privacy Policy', 'Cookie Policy', 'Terms of Use', 'Accessibility'].map((l) => `<a href="/${l.toLowerCase().replace(/\W+/g, '-')}">${l}</a>`).join(' ')}</nav><p>© 2024 ${esc(site)} Media Ltd</p></footer></body></html>`;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/**
 * The policy's text without the lines that name it: from the line before its first sentence on
 * privacy or personal data (captures may open with menus or a style sheet), less headings that
 * name the policy.
 */
function withoutName(md) {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => /privacy|personal|\bdata\b|information/i.test(l) && !/[{};]/.test(l) && !/^\s*(?:[*-]\s*)?\[/.test(l) && l.trim().split(/\s+/).length >= 8);
  return lines.slice(Math.max(0, start)).filter((l) => !/^#{1,6}\s.*\b(?:privacy|data protection)\b/i.test(l) || l.length > 100).join('\n');
}

/** The first `n` words of a Markdown text, cut at a line end. */
function firstWords(md, n) {
  const out = [];
  let words = 0;
  for (const line of md.split('\n')) {
    out.push(line);
    words += line.split(/\s+/).filter(Boolean).length;
    if (words >= n) break;
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Hand-written notices in the passive voice or with a common-noun subject

const PASSIVE_NOTICES = [
  { org: 'Westbrook Borough Council', title: 'How we look after your information', paras: [
    'Personal information is collected by the council when residents apply for services, pay council tax or contact customer services.',
    'Information is used only for the purpose for which it was provided and is shared with other departments where this is needed to deliver the service.',
    'Personal data will not be passed to third parties for marketing. It may be disclosed to the police or other public bodies where the law requires it.',
    'Records are retained in line with the retention schedule and are then securely destroyed.',
    'Requests for access to personal data should be made in writing to the information governance team at foi@{host}.',
  ] },
  { org: 'Brightsmile Dental Practice', title: 'Patient information notice', paras: [
    'The practice keeps records about patients’ health and the treatment provided, so that safe care can be given.',
    'Records are held on the practice’s computer system and in paper files, and are kept for at least eleven years after the last appointment.',
    'Information may be shared with other health professionals involved in a patient’s care, with the NHS for payment, and with laboratories that make dental appliances.',
    'Patient data is never sold and is not used for marketing without consent.',
    'Patients can see their records or ask for a copy by speaking to the practice manager or writing to reception@{host}.',
  ] },
  { org: 'St Anne’s Primary School', title: 'Privacy information for parents', paras: [
    'The school collects and holds information about pupils and their parents in order to support teaching and learning, to monitor progress and to keep children safe.',
    'The information collected includes names, addresses, dates of birth, attendance records, assessment results and, where relevant, medical needs.',
    'Pupil data is shared with the local authority and the Department for Education as the law requires, and with the school nurse and other services that support pupils.',
    'Data is stored securely and is retained until the pupil reaches the age of 25.',
    'Parents have the right to request access to the information the school holds about them and their child. Contact the school office at office@{host}.',
  ] },
  { org: 'Hope Street Food Bank', title: 'Data protection', paras: [
    'Names, addresses and household details are collected when a referral is made, so that food parcels can be provided and the charity can report on its work.',
    'This information is stored on a secure database that is accessible only to trained volunteers and staff.',
    'Details are shared with the referring agency and, in anonymised form, with the charity’s funders. Information is not shared with anyone else without consent.',
    'Client records are deleted three years after the last visit.',
    'Anyone who wishes to see the information held about them may ask the coordinator at hello@{host}.',
  ] },
  { org: 'Lakeside Public Library', title: 'Library privacy statement', paras: [
    'Library records are confidential. The library collects only the information needed to issue cards and to lend materials: name, address, telephone number and email address.',
    'Borrowing history is deleted when an item is returned, unless a patron chooses to keep a reading history.',
    'Records are not disclosed to any third party except as required by law or with the written consent of the patron.',
    'Computers in the library are cleared at the end of each session, and wireless network traffic is not monitored or logged beyond what is needed to keep the network secure.',
    'Questions may be directed to the library director at director@{host}.',
  ] },
  { org: 'Greenfield Housing Association', title: 'Fair processing notice', paras: [
    'The association processes tenants’ personal data to manage tenancies, collect rent, carry out repairs and provide support services.',
    'Tenant data is obtained from housing applications, from tenants themselves and, where relevant, from local authorities and support agencies.',
    'Data may be shared with contractors carrying out repairs, with utility companies when tenancies start or end, and with debt advice services with the tenant’s agreement.',
    'Information is kept for six years after a tenancy ends.',
    'Tenants may ask for a copy of the data held about them, have it corrected or object to its use by contacting the data protection officer at dpo@{host}.',
  ] },
];

// ---------------------------------------------------------------------------------------------
// Negatives

const TEASERS = [
  ['Regulator fines social network €40m over data collection', 'The authority found that the app collected location data without valid consent and shared it with advertisers.'],
  ['Health app leaked users’ records, researchers say', 'Security researchers found an unprotected database holding the records of 2 million users.'],
  ['Ride-hailing firm to change privacy policy after complaint', 'The company agreed to explain more clearly how long it keeps trip histories.'],
  ['What the new data protection bill means for you', 'Ministers say the bill cuts red tape; campaigners warn it weakens people’s rights.'],
  ['Smart TVs track what you watch. Here is how to stop it', 'Most sets send viewing data to the manufacturer unless you switch it off in the settings.'],
  ['Supermarket loyalty schemes: what they know about you', 'Shoppers trade their purchase histories for discounts, often without reading the terms.'],
  ['Court rules police must get warrant for phone location data', 'The judgment overturns a decade of practice and could affect thousands of cases.'],
  ['Search engine to delete incognito browsing records', 'The settlement ends a class action that accused the company of tracking users in private mode.'],
  ['Airline admits passport details were exposed', 'Customers who booked between March and May are being contacted by email.'],
  ['Cookie banners are getting simpler, regulator says', 'A survey found most large sites now offer a reject button on the first screen.'],
  ['Facial recognition in shops faces legal challenge', 'Campaigners say the cameras process biometric data of every customer without consent.'],
  ['Children’s app fined for collecting data of under-13s', 'The app failed to obtain parental consent before collecting names and voice recordings.'],
  ['Data brokers sold soldiers’ details, study finds', 'Researchers bought names, home addresses and health information for as little as 12 cents a record.'],
  ['Chatbot maker pauses training on users’ conversations', 'The company said users would be able to opt out from next month.'],
  ['Email provider to end scanning of messages for ads', 'The change follows years of criticism from privacy advocates.'],
  ['The week in privacy: fines, leaks and a new law', 'Our weekly round-up of the stories you may have missed.'],
];

const SETTINGS = [
  ['Activity history', 'We use your search and watch history to recommend content. Turn this off to stop saving new activity; your existing history is kept until you delete it.'],
  ['Personalised ads', 'We use information about your activity to show you ads that are more relevant. When this is off, you will still see ads, but they will be less relevant.'],
  ['Location', 'Allow the app to use your device’s location to show nearby results. We keep your location history for 18 months unless you turn it off.'],
  ['Profile visibility', 'Choose who can see your profile, your followers and the people you follow.'],
  ['Contacts sync', 'Upload your address book so we can suggest people you may know. You can remove uploaded contacts at any time.'],
  ['Download your data', 'Get a copy of the data we hold about you: profile, messages, purchases and activity.'],
  ['Delete account', 'Permanently delete your account and your data. This cannot be undone.'],
];

const FAQ = [
  ['Do you sell my personal data?', 'No. We do not sell your personal data. Read our Privacy Policy to learn how we use it.'],
  ['What data do you collect?', 'We collect the information you give us when you sign up, and information about how you use the app. Our Privacy Policy lists every category.'],
  ['How do I delete my data?', 'Go to Settings > Account > Delete account. Your data is removed within 30 days.'],
  ['Do you use cookies?', 'Yes, to keep you signed in and to measure traffic. See our Cookie Policy to change your choices.'],
  ['Who can I contact about privacy?', 'Write to our data protection officer at privacy@example.com.'],
  ['Is my payment information safe?', 'Payments are handled by our payment provider; we never see your full card number.'],
];

// ---------------------------------------------------------------------------------------------

const FRAGMENT_LAYOUTS = ['help', 'webview', 'menus'];

function wrapLayout(layout, args) {
  if (layout === 'help') return helpPage(args);
  if (layout === 'webview') return webviewPage(args);
  if (layout === 'news') return newsPage(args);
  return menusPage(args);
}

/**
 * @param {{ policies: {file: string, md: string}[], legal: {file: string, md: string}[], mdToHtml: (md: string) => string }} input
 *   corpus files of the development side only
 * @returns {{ name: string, positive: boolean, kind: string, html: string }[]}
 */
export function hardPages({ policies, legal, mdToHtml }) {
  const pages = [];
  for (const { file, md } of policies) {
    const site = siteName(file);
    const host = hostOf(site);
    const kind = hash(`hard:${file}`) % 3;
    if (kind === 0) {
      // An unnamed fragment: neutral title, URL and heading.
      const layout = pick(FRAGMENT_LAYOUTS, `fl:${file}`);
      const text = firstWords(withoutName(md), 150 + (hash(`fn:${file}`) % 1350));
      const title = pick([`${site} Help Center`, site, `Legal | ${site}`, `${site} – Help`], `ft:${file}`);
      const heading = layout === 'webview' ? '' : pick(['Legal', `${site} Help Center`, 'Before you continue', 'Information'], `fh:${file}`);
      const url = host + pick([`/hc/en-us/articles/${360000000 + (hash(file) % 99999)}`, `/app/webview/legal/${hash(file) % 40}`, `/legal?doc=${hash(file) % 9}`, `/info/${hash(file) % 500}`], `fu:${file}`);
      pages.push({ name: `fragment-${layout}/${file}`, positive: true, kind: 'fragment', html: wrapLayout(layout, { site, title, url, heading, body: mdToHtml(text) }) });
    } else if (kind === 1) {
      // Mostly chrome: little policy text in a heavy capture.
      const named = hash(`mn:${file}`) % 2 === 0;
      const text = firstWords(withoutName(md), 200 + (hash(`mw:${file}`) % 500));
      const title = named ? `Privacy Policy | ${site}` : `${site} | Official site`;
      const url = host + (named ? '/privacy' : `/s/${hash(file) % 800}`);
      pages.push({ name: `menus${named ? '' : '-neutral'}/${file}`, positive: true, kind: 'menus', html: menusPage({ site, title, url, heading: named ? 'Privacy Policy' : '', body: mdToHtml(text) }) });
    }
  }
  for (const [i, n] of PASSIVE_NOTICES.entries()) {
    const host = `${n.org.toLowerCase().replace(/\W+/g, '')}.example`;
    const body = n.paras.map((p) => `<p>${esc(p.replace('{host}', host))}</p>`).join('\n');
    for (const layout of ['help', 'menus', 'news', 'webview']) {
      const url = `https://www.${host}/${pick(['privacy', 'your-information', 'data-protection', 'about/privacy-notice'], n.org + layout)}`;
      pages.push({ name: `passive-${layout}/${i}`, positive: true, kind: 'passive', html: wrapLayout(layout, { site: n.org, title: `${n.title} | ${n.org}`, url, heading: n.title, body }) });
    }
  }
  // Terms of use and the privacy policy on one page, named for both.
  const tos = legal.filter((l) => /terms-of-(?:service|use)/.test(l.file));
  for (const [i, { file, md }] of tos.entries()) {
    if (i % 4) continue;
    const site = siteName(file);
    const donor = policies[hash(`combined:${file}`) % policies.length].md;
    const title = pick(['Terms of Use and Privacy Policy', 'Terms & Privacy', 'Terms of Service and Privacy Policy', 'Legal: Terms and Privacy Policy'], `ct:${file}`);
    const body = `${mdToHtml(md.replace(/^#\s/gm, '## '))}\n<h2>Privacy Policy</h2>\n${mdToHtml(withoutName(donor).replace(/^#{1,2}\s/gm, '### '))}`;
    pages.push({ name: `combined/${file}`, positive: true, kind: 'combined', html: newsPage({ site, title: `${title} | ${site}`, url: `${hostOf(site)}/legal/terms-and-privacy`, heading: title, body }) });
  }

  // A news site's or blog's topic page.
  for (let i = 0; i < 12; i++) {
    const site = pick(['Daily Courier', 'Tech Wire', 'The Ledger', 'Northern Post'], `ts:${i}`);
    const n = 8 + (hash(`tn:${i}`) % 9);
    const teasers = Array.from({ length: n }, (_, k) => TEASERS[(i * 5 + k) % TEASERS.length]);
    const body = `<p class="topic-intro">${pick(['The latest news and analysis on privacy, data protection and surveillance.', 'All our coverage of privacy and your data.', 'News, guides and opinion about online privacy.'], `ti:${i}`)}</p>
<div class="follow"><button>Follow this topic</button></div>
<ul class="stream">${teasers.map(([h, s], k) => `<li class="story"><a href="/technology/2024/0${1 + (k % 9)}/${h.toLowerCase().replace(/\W+/g, '-')}"><h2 class="story-title">${esc(h)}</h2></a><p class="standfirst">${esc(s)}</p><span class="meta">${3 + k} hours ago · ${pick(['Alex Morgan', 'Sam Lee', 'Priya Patel', 'Jon Berg'], `${i}/${k}`)}</span></li>`).join('\n')}</ul>
<div class="pagination"><a href="?page=2">More stories</a></div>`;
    const title = pick(['Privacy', 'Privacy news', 'Data protection', 'Privacy & security'], `tt:${i}`);
    const path = pick(['/topics/privacy', '/tag/privacy', '/category/data-protection', '/technology/privacy', '/hub/privacy'], `tp:${i}`);
    pages.push({ name: `topic/${i}`, positive: false, kind: 'topic', html: newsPage({ site, title: `${title} | ${site}`, url: `https://www.${site.toLowerCase().replace(/\W+/g, '')}.example${path}`, heading: title, body }) });
  }
  // A product's privacy settings page.
  for (const [i, layout] of ['help', 'menus', 'webview'].entries()) {
    const body = `<p>Manage how ${'Example'} uses your data. Changes apply to all your devices.</p>${SETTINGS.map(([h, s]) => `<div class="setting"><h3>${esc(h)}</h3><p>${esc(s)}</p><label class="switch"><input type="checkbox" checked> On</label></div>`).join('\n')}<p>To learn more, read our <a href="/privacy">Privacy Policy</a>.</p>`;
    pages.push({ name: `settings-${layout}/${i}`, positive: false, kind: 'settings', html: wrapLayout(layout, { site: 'Example', title: pick(['Privacy settings | Example', 'Privacy | Example', 'Settings – Privacy'], `st:${i}`), url: 'https://www.example.com/settings/privacy', heading: 'Privacy', body }) });
  }
  // A privacy FAQ.
  for (const [i, layout] of ['help', 'menus', 'news'].entries()) {
    const body = FAQ.map(([q, a]) => `<h3>${esc(q)}</h3><p>${esc(a)}</p>`).join('\n');
    pages.push({ name: `faq-${layout}/${i}`, positive: false, kind: 'faq', html: wrapLayout(layout, { site: 'Example', title: 'Privacy FAQ | Example', url: 'https://www.example.com/help/privacy-faq', heading: 'Privacy FAQ', body }) });
  }
  return pages;
}
