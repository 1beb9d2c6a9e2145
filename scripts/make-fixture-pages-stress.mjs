/**
 * Harder detection pages: the corpus texts inside the heavy chrome that real saved pages carry,
 * and pages that are not policies but look more like one than the plain ordinary set does.
 * Built in memory by scripts/eval-detect.mjs from the corpus files of the development side only
 * (the held-out fifth's files are never used here), and counted on the development side.
 *
 * Policies (positive), one layout per corpus policy, chosen by a hash of its name:
 *   wiki       MediaWiki-like skin: sidebar portals with h3 headings, personal tools, a
 *              "Navigation menu" h2 before the content, table of contents, categories, footer
 *   megamenu   a div-only mega menu (no <nav>/<header>) with h2/h3 columns and 100 links with
 *              blurbs, a search box, a newsletter box and a 20-link footer of divs
 *   blog       a WordPress-like page without <main>: widget sidebar, related posts and comments
 *   tabs       the policy's sections split over tab panels (`hidden`) and an accordion
 *              (`display:none`), under a short intro
 *   scripts    big inline <script> (a hydration JSON with the page's text again, analytics),
 *              <style>, ld+json and a <noscript> notice around the text
 *   short      a short notice: the policy's first 150–1 400 words, under one of the layouts above
 *   neutral    any of the above with a neutral title and URL ("Legal | Site", /p/123)
 *   h1only     the site's name as title, a neutral URL: only the first heading names the policy
 * Plus hand-written short third-person notices (a university, a council, a clinic, a club…).
 *
 * Not policies (negative):
 *   tos+privacy  terms of service (corpus other-legal) with a privacy chapter of 150–500 words
 *                taken from a policy, inside the same layouts
 *   news         news articles about a company's privacy policy, quoting it, in a mega-menu page
 *                with a "most read" sidebar and comments
 *   consent      ordinary pages (news, shop, recipe) carrying an in-page consent dialog of a
 *                consent platform that our class list does not know (IAB purposes, 800 partners)
 *   encyclopedia wiki articles about privacy policies, the GDPR, cookies (in the wiki skin)
 *   company      the site's own help articles ("How does Example use my data?"), announcements
 *                ("We’re updating our Privacy Policy") and security page, in the first person
 */
import { esc, hash, pick } from './page-kit.mjs';

const siteName = (f) => f.replace(/\.md$/, '').split('--')[0].replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
const hostOf = (site) => `https://www.${site.toLowerCase().replace(/\W+/g, '')}.example`;

// ---------------------------------------------------------------------------------------------
// Chrome pieces

const MEGA = {
  Products: ['Analytics|Measure what matters to your business', 'Marketing Cloud|Campaigns across every channel', 'Commerce|Sell online and in store', 'Service Desk|Support customers at scale', 'Data Platform|One view of every customer', 'Mobile SDK|Build apps faster', 'Integrations|Connect 900+ tools', 'Security Suite|Protect every endpoint'],
  Solutions: ['Retail|Personalised shopping', 'Financial services|Compliance built in', 'Healthcare|Secure patient engagement', 'Public sector|Trusted by governments', 'Education|Engage students', 'Media|Grow your audience', 'Small business|Start free', 'Enterprise|Scale with confidence'],
  Resources: ['Blog|News and stories', 'Webinars|Live and on demand', 'Customer stories|See how teams win', 'Documentation|Guides and API reference', 'Community|Ask and answer', 'Events|Meet us in person', 'Partners|Find an expert', 'Trust center|Security, compliance and privacy'],
  Company: ['About us|Our mission', 'Careers|We are hiring', 'Newsroom|Press releases', 'Investors|Financial results', 'Contact sales|Talk to an expert', 'Sustainability|Our commitments', 'Leadership|Meet the team', 'Offices|Worldwide'],
};

function megaMenu(site) {
  const cols = Object.entries(MEGA)
    .map(([head, items]) => `<div class="gnav-col"><h2 class="gnav-title">${head}</h2><ul class="gnav-list">${items.map((it) => { const [t, d] = it.split('|'); return `<li><a href="/${t.toLowerCase().replace(/\W+/g, '-')}"><span class="gnav-item">${t}</span><span class="gnav-blurb">${d}</span></a></li>`; }).join('')}</ul></div>`)
    .join('');
  return `<div class="gnav-wrapper" id="globalnav"><div class="gnav-brand"><a href="/">${esc(site)}</a></div><div class="gnav-dropdowns">${cols}</div>
<form class="gnav-search" action="/search"><input type="search" placeholder="Search ${esc(site)}"><button>Search</button></form>
<div class="gnav-cta"><a href="/login">Log in</a> <a href="/signup">Start free trial</a></div></div>`;
}

function divFooter(site) {
  const links = ['About', 'Careers', 'Press', 'Blog', 'Help center', 'Developers', 'Status', 'Partners', 'Affiliates', 'Gift cards', 'Accessibility', 'Sitemap', 'Privacy Policy', 'Cookie Settings', 'Do Not Sell or Share My Personal Information', 'Terms of Service', 'Legal', 'Security', 'Contact', 'Investors'];
  return `<div class="global-footer"><div class="bottom-links">${links.map((l) => `<a href="/${l.toLowerCase().replace(/\W+/g, '-')}">${l}</a>`).join(' ')}</div>
<div class="newsletter"><h3>Stay in the loop</h3><p>Get product news and tips in your inbox. You can unsubscribe at any time.</p><input type="email" placeholder="Email"><button>Subscribe</button></div>
<p class="legal">© 2024 ${esc(site)}, Inc. All rights reserved. ${esc(site)} and the ${esc(site)} logo are trademarks of ${esc(site)}, Inc.</p></div>`;
}

function wikiSkin({ site, title, heading, body, categories = ['Policies', 'Site administration'] }) {
  const portal = (name, items) => `<div class="portal" role="navigation" id="p-${name.toLowerCase().replace(/\W+/g, '')}"><h3>${name}</h3><div class="body"><ul>${items.map((i) => `<li><a href="/wiki/${i.replace(/ /g, '_')}">${i}</a></li>`).join('')}</ul></div></div>`;
  return `<!DOCTYPE html>
<html lang="en" dir="ltr" class="client-nojs"><head><meta charset="UTF-8"><title>${esc(title)}</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"Project","wgPageName":"${esc(heading).replace(/ /g, '_')}","wgTitle":"${esc(heading)}","wgCurRevisionId":48213,"wgIsArticle":true,"wgUserName":null};</script>
<link rel="stylesheet" href="/load.php?modules=skins.monobook.styles"></head>
<body class="mediawiki ltr sitedir-ltr ns-4 skin-monobook">
<div id="globalWrapper">
<div id="column-one" class="noprint"><h2>Navigation menu</h2>
<div id="p-personal" class="portlet" role="navigation"><h3>Personal tools</h3><ul><li><a href="/wiki/Special:CreateAccount">Create account</a></li><li><a href="/wiki/Special:UserLogin">Log in</a></li></ul></div>
<div id="p-cactions" class="portlet"><h3>Views</h3><ul><li class="selected"><a href="#">Project page</a></li><li><a href="#">Discussion</a></li><li><a href="#">View source</a></li><li><a href="#">History</a></li></ul></div>
<div class="portlet" id="p-logo"><a href="/wiki/Main_Page" title="Visit the main page">${esc(site)}</a></div>
${portal('Navigation', ['Main Page', 'Community portal', 'Current events', 'Recent changes', 'Random page', 'Help'])}
${portal('Popular wikis', ['Star Trek Wiki', 'Lostpedia', 'Recipe Wiki', 'Anime Wiki', 'Gaming Wiki', 'Music Wiki', 'Film Wiki', 'Football Wiki'])}
${portal('Tools', ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'])}
</div>
<div id="column-content"><div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div class="sitenotice">Welcome to ${esc(site)}! Join our community of 40,000 editors.</div></div>
<h1 id="firstHeading" class="firstHeading">${esc(heading)}</h1>
<div id="bodyContent" class="mw-body-content"><div id="siteSub">From ${esc(site)}</div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#column-one">Jump to navigation</a> <a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-content-ltr"><div class="mw-parser-output">
${body}
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks"><a href="/wiki/Special:Categories">Categories</a>: <ul>${categories.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div></div>
</div></div></div>
<div id="footer" role="contentinfo"><ul id="f-list"><li id="lastmod">This page was last edited on 3 March 2024, at 14:02.</li><li id="privacy"><a href="/wiki/${esc(site)}:Privacy_policy">Privacy policy</a></li><li id="about"><a href="/wiki/About">About ${esc(site)}</a></li><li id="disclaimer"><a href="/wiki/General_disclaimer">Disclaimers</a></li></ul></div>
</div></body></html>`;
}

function megaPage({ site, title, url, body, aside = '' }) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<link rel="canonical" href="${url}"><meta name="viewport" content="width=device-width"></head>
<body class="page-legal">
<a class="skip" href="#content">Skip to main content</a>
${megaMenu(site)}
<div class="breadcrumb-trail"><a href="/">Home</a> › <a href="/legal">Legal</a> › <span>${esc(title.split('|')[0].trim())}</span></div>
<div class="page-grid"><div class="page-content" id="content">
${body}
</div>${aside}</div>
${divFooter(site)}
</body></html>`;
}

const RELATED = ['10 ways to grow your newsletter', 'What we learned from 1,000 customer calls', 'Introducing our new dashboard', 'Behind the scenes: our office move', 'How to write a great product update', 'Our 2023 year in review'];
const COMMENTS = [
  ['Mark', 'Thanks for making this so clear. Much easier to read than most.'],
  ['Jenny K.', 'Do you still use Google Analytics? I thought you had switched to something else.'],
  ['admin', 'Hi Jenny, we switched last year; the page is up to date.'],
  ['Tom', 'Great site, keep up the good work!'],
  ['Priya', 'Is there a way to get my old comments deleted? I posted under a different email.'],
];

function blogPage({ site, title, url, body, heading, comments = true }) {
  const widgets = `<div id="secondary" class="widget-area"><section class="widget widget_search"><form><input type="search"><button>Search</button></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${RELATED.map((r) => `<li><a href="/${r.toLowerCase().replace(/\W+/g, '-')}">${r}</a></li>`).join('')}</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${['March 2024', 'February 2024', 'January 2024', 'December 2023', 'November 2023'].map((m) => `<li><a href="#">${m}</a></li>`).join('')}</ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li>Travel</li><li>Food</li><li>Photography</li><li>Uncategorized</li></ul></section></div>`;
  const com = comments
    ? `<div id="comments" class="comments-area"><h2 class="comments-title">${COMMENTS.length} thoughts on “${esc(heading)}”</h2><ol class="comment-list">${COMMENTS.map(([who, text]) => `<li class="comment"><div class="comment-author"><b>${who}</b> says:</div><div class="comment-metadata">March 4, 2024 at 9:12 am</div><div class="comment-content"><p>${esc(text)}</p></div><div class="reply"><a href="#">Reply</a></div></li>`).join('')}</ol>
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><textarea></textarea><p><input type="checkbox"> Save my name, email, and website in this browser for the next time I comment.</p><button>Post Comment</button></div></div>`
    : '';
  return `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${esc(title)}</title><link rel="canonical" href="${url}">
<style id="wp-block-library-inline-css">.wp-block-button__link{color:#fff;background-color:#32373c;border-radius:9999px}</style></head>
<body class="page-template-default page">
<div id="page" class="site"><div class="site-branding"><p class="site-title"><a href="/">${esc(site)}</a></p><p class="site-description">Stories from the road</p></div>
<div id="site-navigation" class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/blog">Blog</a></li><li><a href="/contact">Contact</a></li></ul></div>
<div id="content" class="site-content"><div id="primary" class="content-area"><div class="post type-page"><header class="entry-header"><h1 class="entry-title">${esc(heading)}</h1></header>
<div class="entry-content">
${body}
</div><div class="sharedaddy"><h3>Share this:</h3><a href="#">Twitter</a> <a href="#">Facebook</a></div>
<div class="related-posts"><h3>You might also like</h3><ul>${RELATED.slice(0, 3).map((r) => `<li>${r}</li>`).join('')}</ul></div></div>
${com}</div>${widgets}</div>
<div class="site-info"><a href="/privacy-policy">Privacy Policy</a> | Proudly powered by WordPress</div></div></body></html>`;
}

/** Sections of the body (by h2/h3) split over tab panels and an accordion. */
function tabsBody(html) {
  const parts = html.split(/(?=<h[23]>)/);
  const intro = parts.shift() ?? '';
  if (parts.length < 2) return html;
  const half = Math.ceil(parts.length / 2);
  const tabs = parts.slice(0, half);
  const acc = parts.slice(half);
  const label = (p) => (/<h[23]>(.*?)<\/h[23]>/.exec(p)?.[1] ?? 'Section').replace(/<[^>]+>/g, '');
  const tabList = `<div role="tablist">${tabs.map((p, i) => `<button role="tab" aria-selected="${i === 0}" aria-controls="tab-${i}">${label(p)}</button>`).join('')}</div>`;
  const panels = tabs.map((p, i) => `<div role="tabpanel" id="tab-${i}"${i ? ' hidden' : ''}>${p}</div>`).join('\n');
  const accordion = acc.map((p, i) => `<div class="accordion-item"><button class="accordion-toggle" aria-expanded="false" aria-controls="acc-${i}">${label(p)}</button><div class="accordion-panel" id="acc-${i}" style="display:none">${p.replace(/<h[23]>.*?<\/h[23]>/, '')}</div></div>`).join('\n');
  return `${intro}\n${tabList}\n${panels}\n<div class="accordion">${accordion}</div>`;
}

/** A hydration blob and other inline scripts that repeat the page's words (as Next.js pages do). */
function scriptPage({ site, title, url, body, md }) {
  const props = { props: { pageProps: { page: { slug: url.replace(/^https?:\/\/[^/]+/, ''), title, seo: { description: `${title}. Learn how ${site} collects, uses and shares personal information.` }, blocks: md.split(/\n\n+/).slice(0, 400).map((t, i) => ({ id: `b${i}`, type: 'paragraph', text: t })) } } }, page: '/[...slug]', buildId: 'x8HdK2', isFallback: false };
  const analytics = `(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-XXXX');`;
  const css = Array.from({ length: 300 }, (_, i) => `.c${i}{margin:${i % 7}px;padding:${i % 5}px;color:#${(i * 4099).toString(16).padStart(6, '0').slice(0, 6)}}`).join('\n');
  const ld = { '@context': 'https://schema.org', '@type': 'WebPage', name: title, url, publisher: { '@type': 'Organization', name: site } };
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><link rel="canonical" href="${url}">
<style>${css}</style><script type="application/ld+json">${JSON.stringify(ld)}</script><script>${analytics}</script></head>
<body><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-XXXX" height="0" width="0"></iframe>You need to enable JavaScript to run this app. Without JavaScript, some features of ${esc(site)} will not work.</noscript>
<div id="__next"><div class="Layout_root__x1"><div class="Header_bar__a9">${megaMenu(site)}</div>
<div class="Layout_main__q2"><div class="RichText_root__k3">
${body}
</div></div>${divFooter(site)}</div></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(props).replace(/</g, '\\u003c')}</script>
<script>window.__APOLLO_STATE__=${JSON.stringify({ ROOT_QUERY: { viewer: null, consent: { purposes: ['analytics', 'advertising', 'personalisation'], vendors: 812 } } })};</script>
</body></html>`;
}

// ---------------------------------------------------------------------------------------------
// Markdown helpers

/**
 * The first `n` words of a Markdown text, cut at a line end, from the line before the first
 * sentence that speaks of privacy or personal data (captures may open with menus or a style sheet).
 */
function firstWords(md, n) {
  const all = md.split('\n');
  // The first sentence-like line (not a menu's link list, not a style sheet) on privacy or personal data.
  const first = all.findIndex((l) => /privacy|personal|\bdata\b/i.test(l) && !/[{};]/.test(l) && !/^\s*(?:[*-]\s*)?\[/.test(l) && l.trim().split(/\s+/).length >= 8);
  const lines = all.slice(Math.max(0, first - 1));
  const out = [];
  let words = 0;
  for (const line of lines) {
    out.push(line);
    words += line.split(/\s+/).filter(Boolean).length;
    if (words >= n) break;
  }
  return out.join('\n');
}

/** A stretch of a policy from its first heading on, about `n` words: the privacy chapter of terms. */
function privacyChapter(md, n) {
  const start = md.search(/^#{1,3} |\n[^\n]+\n-{3,}/m);
  return firstWords(start > 0 ? md.slice(start) : md, n).replace(/^#\s/gm, '### ').replace(/^##\s/gm, '### ');
}

// ---------------------------------------------------------------------------------------------
// Hand-written third-person notices (short; a university, a council, a clinic, a club, a
// conference, a research study). {org} and {host} are filled in.

const THIRD_PERSON_NOTICES = [
  { org: 'Northfield University', title: 'Website Privacy Notice', paras: [
    'This notice describes how Northfield University gathers and uses information about visitors to its websites.',
    'The University collects the information that visitors submit through web forms, such as names, email addresses and enquiries, and uses it only to respond to those enquiries.',
    'The University’s web servers automatically record the IP address, browser type and pages requested by each visitor. These logs are kept for 90 days and are used to maintain the security and performance of the sites.',
    'Some pages use cookies to remember preferences and to measure traffic with an analytics service. Visitors may disable cookies in their browser settings.',
    'The University does not sell personal information. It may disclose information to service providers acting on its behalf or where required by law.',
    'Questions about this notice may be directed to the Office of Information Security at privacy@{host}.',
  ] },
  { org: 'Harbour District Council', title: 'Privacy notice', paras: [
    'Harbour District Council is the data controller for the personal data it processes to deliver council services.',
    'The Council processes personal data such as names, addresses, contact details and, where needed, information about households, in order to collect council tax, manage waste collection and answer requests.',
    'Personal data is processed under the lawful bases of public task and legal obligation.',
    'The Council shares personal data with other public bodies only where the law allows it, and with contractors that provide services on its behalf.',
    'Records are retained in line with the Council’s retention schedule and then securely destroyed.',
    'Residents have the right to access their personal data, to ask for it to be corrected and, in some cases, to object to its processing. Requests can be made to the Data Protection Officer at dpo@{host}.',
  ] },
  { org: 'Riverside Family Clinic', title: 'Notice of Privacy Practices', paras: [
    'This notice describes how medical information about patients may be used and disclosed and how patients can get access to this information.',
    'Riverside Family Clinic uses health information to provide treatment, to obtain payment for services and for its health care operations.',
    'The Clinic may disclose information to other providers involved in a patient’s care, to insurers for payment, and to public health authorities when the law requires it.',
    'Patients have the right to inspect and copy their records, to request corrections, to request restrictions on certain uses, and to receive an accounting of disclosures.',
    'The Clinic is required by law to maintain the privacy of protected health information and to notify affected patients following a breach of unsecured information.',
    'Complaints may be filed with the Clinic’s Privacy Officer at privacy@{host}.',
  ] },
  { org: 'Millbrook Tennis Club', title: 'Data protection policy', paras: [
    'Millbrook Tennis Club holds personal data about its members in order to manage memberships, court bookings and competitions.',
    'The Club collects members’ names, addresses, dates of birth, telephone numbers and email addresses on the membership form.',
    'This information is stored securely by the membership secretary and is shared with the county association only for competition entries.',
    'Members’ data is kept for as long as they remain members and for one year afterwards.',
    'Members may ask to see the data the Club holds about them or to have it corrected by writing to the secretary at secretary@{host}.',
  ] },
  { org: 'The Open Data Summit', title: 'Privacy statement', paras: [
    'The Open Data Summit (the “Organiser”) processes the personal data of attendees to run the event.',
    'The Organiser collects names, email addresses, affiliations and dietary requirements at registration, and uses them to issue badges, plan catering and send practical information about the event.',
    'Photographs may be taken during the event; attendees who do not wish to be photographed can ask for a red lanyard.',
    'Registration data is processed by the ticketing provider on the Organiser’s behalf and is deleted six months after the event.',
    'Attendees may exercise their rights of access, rectification and erasure by contacting privacy@{host}.',
  ] },
  { org: 'Sleep and Memory Study', title: 'Participant privacy notice', paras: [
    'This notice explains how the Sleep and Memory Study, run by the Department of Psychology, uses the personal data of participants.',
    'The research team collects participants’ age, sex, sleep diaries and the results of memory tests. Names and contact details are kept separately from research data.',
    'The data is processed for the purpose of scientific research, a task in the public interest. Anonymised results may be published.',
    'Identifiable data is stored on encrypted university servers and is destroyed five years after the end of the study.',
    'Participants may withdraw at any time and may ask for access to their data by contacting the study’s data protection lead at sleepstudy@{host}.',
  ] },
];

// ---------------------------------------------------------------------------------------------
// Negatives: news about privacy, consent dialogs, encyclopedia articles

const NEWS = [
  { title: 'Messaging app changes its privacy policy: what you need to know', paras: [
    'The messaging app has updated its privacy policy, and users must accept the new terms by 15 May to keep using the service.',
    'The new policy says the company "may share information with our parent company, including your phone number, transaction data and how you interact with others".',
    'Privacy advocates say the change lets the company combine data across its services for advertising. The company denies this and says messages remain end-to-end encrypted.',
    '"We do not keep logs of who everyone is messaging or calling," a spokesperson said. "We cannot see your shared location and we do not share your contacts."',
    'Regulators in several countries have asked the company to explain how the changes comply with data protection law, including the GDPR.',
    'Users who do not accept the policy will gradually lose access to features, according to a help page. Many have switched to rival apps that collect less personal data.',
    'Experts advise users to read the policy, review their privacy settings and decide whether they are comfortable with the data collection described.',
    'The update follows a fine of 225 million euros imposed last year by the Irish regulator for failing to explain how the app processes personal information.',
  ] },
  { title: 'Streaming service fined over cookie consent', paras: [
    'The data protection authority has fined the streaming service 5 million euros for placing advertising cookies without consent.',
    'The authority found that the cookie banner did not allow users to refuse cookies as easily as to accept them, and that third-party trackers were loaded before any choice was made.',
    'Its decision says the company collected personal data, including device identifiers and viewing history, and shared it with advertising partners.',
    'The company said it had already changed its consent banner and would review its privacy policy. It said it takes the protection of its subscribers’ personal data seriously.',
    'Under the ePrivacy rules, consent is required for cookies that are not strictly necessary. Users must be able to withdraw consent at any time.',
    'Consumer groups welcomed the fine and urged other regulators to look at how streaming platforms track their users.',
  ] },
  { title: 'We read the privacy policies of 20 popular apps. Here is what they collect', paras: [
    'Privacy policies are long, vague and rarely read. We read twenty of them so you do not have to.',
    'Most of the apps collect your location, contacts and device identifiers, and almost all share data with third parties for advertising and analytics.',
    'The fitness app’s policy says it "may share aggregated and de-identified data with partners". The dating app keeps your messages for as long as your account exists.',
    'Only four of the twenty let you delete your account and your data from within the app. Six do not say how long they retain personal information at all.',
    'If you live in California, the CCPA gives you the right to opt out of the sale of your personal information; in the EU, the GDPR gives you the right to access and erase your data.',
    'Our advice: check the permissions an app asks for, turn off ad personalisation and use the privacy settings that each app offers.',
    'Methodology: we read the policies in March 2024 and asked each company to comment. Three did not respond.',
  ] },
  { title: 'Carmaker admits it shared drivers’ data with insurers', paras: [
    'The carmaker has admitted that it shared data on drivers’ speed, braking and mileage with data brokers, who sold it on to insurers.',
    'Drivers say they never knowingly agreed to the data sharing. The company says consent was given when owners enrolled in a driving feedback programme.',
    'The company’s privacy notice says that it "may disclose driving data to third parties for research and product development", but does not name insurers.',
    'Senators have asked the Federal Trade Commission to investigate. The company said it has stopped sharing driving data with brokers.',
    'Privacy lawyers say owners can ask the company for a copy of their data and, in some states, demand its deletion.',
  ] },
];

/** A company's own pages about its data practices that are not its policy: help articles and announcements. */
const COMPANY_ABOUT_DATA = [
  { path: '/help/articles/how-we-use-your-data', title: 'How does Example use my data?', paras: [
    'We use the information in your account to run the service: your email address to sign you in and send receipts, your payment details to bill you.',
    'We use your viewing history to recommend shows you might like. You can turn recommendations off in Settings > Privacy.',
    'We do not sell your personal information. For the full details, read our Privacy Policy.',
    'Was this article helpful? 1,204 people found this helpful.',
    'Related articles: Download your data · Delete your account · Manage cookie preferences',
  ] },
  { path: '/help/articles/download-your-data', title: 'Download a copy of your data', paras: [
    'You can request a copy of the personal data we hold about you at any time.',
    'Go to Settings > Privacy > Download your data and choose what to include: profile, messages, purchase history.',
    'We will email you a link when your archive is ready, usually within 48 hours. The link expires after 7 days.',
    'If you live in the EU, this is your right of access under the GDPR. Learn more in our Privacy Policy.',
    'Still need help? Contact support.',
  ] },
  { path: '/blog/2024/03/updating-our-privacy-policy', title: 'We’re updating our Privacy Policy', paras: [
    'On 1 April we are updating our Privacy Policy. Here is what is changing and why.',
    'We are making it easier to read: shorter sections, plain language and a summary at the top.',
    'We are explaining in more detail how we use your data to personalise recommendations and how you can turn this off.',
    'We are not changing what data we collect, and we still do not sell your personal information.',
    'If you continue to use Example after 1 April, the updated policy will apply. Questions? Write to privacy@example.com.',
    'Posted by the Example team · 4 min read · Share on Twitter',
  ] },
  { path: '/blog/2024/01/our-commitment-to-privacy', title: 'Our commitment to your privacy', paras: [
    'Privacy has been part of Example since day one. Today we want to share what that means in practice.',
    'We collect only the data we need to run the service, and we delete your data within 30 days when you close your account.',
    'We use end-to-end encryption for your messages, so not even we can read them.',
    'We publish a transparency report twice a year showing how many government requests for user data we received.',
    'This year we are adding a privacy dashboard where you can see and control the data we hold about you.',
    'Thanks for trusting us. — Jane, CEO',
  ] },
  { path: '/security', title: 'Security at Example', paras: [
    'Keeping your data safe is our top priority. Our infrastructure runs on certified data centres with 24/7 monitoring.',
    'All data is encrypted in transit with TLS 1.3 and at rest with AES-256.',
    'We run a bug bounty programme and commission annual penetration tests from independent firms.',
    'Our staff access customer data only when needed to provide support, and every access is logged.',
    'We are SOC 2 Type II certified and ISO 27001 compliant. Request our reports from your account manager.',
  ] },
];

const CONSENT_DIALOG = `<div class="pm-overlay"><div class="pm-dialog" aria-label="Privacy choices"><h2>We value your privacy</h2>
<p>We and our 842 partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.</p>
<p>With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our 842 partners’ processing as described above. Alternatively you may click to refuse to consent or access more detailed information and change your preferences before consenting.</p>
<p>Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing. Your preferences will apply to this website only. You can change your preferences or withdraw your consent at any time by returning to this site and clicking the "Privacy" button at the bottom of the webpage.</p>
<h3>We and our partners process data to provide:</h3><ul><li>Store and/or access information on a device</li><li>Use limited data to select advertising</li><li>Create profiles for personalised advertising</li><li>Use profiles to select personalised content</li><li>Measure advertising performance</li><li>Understand audiences through statistics or combinations of data from different sources</li><li>Develop and improve services</li><li>Use precise geolocation data</li></ul>
<p><a href="#">List of Partners (vendors)</a></p><button>I Accept</button><button>Reject all</button><button>Show Purposes</button></div></div>`;

const ORDINARY = [
  { kind: 'recipe', title: 'Easy weeknight lasagne', paras: ['This lasagne takes 20 minutes to assemble and an hour in the oven.', 'Brown the mince with onion and garlic, then add tomatoes and simmer for 15 minutes.', 'Layer the sauce with lasagne sheets and béchamel, finishing with cheese.', 'Bake at 190°C until golden and bubbling. Rest for ten minutes before cutting.', 'Leftovers keep for three days in the fridge and freeze well.'] },
  { kind: 'sport', title: 'United come from behind to win derby', paras: ['United scored twice in the last ten minutes to beat City 2–1 in a dramatic derby.', 'City had led since the 23rd minute through a header from a corner.', 'The equaliser came from a deflected shot, and the winner from a penalty in stoppage time.', 'The manager said his team never stopped believing.', 'United move up to third in the table.'] },
  { kind: 'shop', title: 'Trail running shoes — men’s', paras: ['Lightweight trail shoes with a grippy outsole and a breathable mesh upper.', 'Free returns within 60 days. Ships in 1–2 business days.', 'Rated 4.4 out of 5 by 1,208 customers.', 'Drop: 6 mm. Weight: 290 g (size 9).', 'Pay in 4 interest-free instalments.'] },
];

const ENCYCLOPEDIA = [
  { title: 'Privacy policy', paras: [
    'A privacy policy is a statement or legal document that discloses some or all of the ways a party gathers, uses, discloses, and manages a customer or client’s data.',
    'Personal information can be anything that can be used to identify an individual, not limited to the person’s name, address, date of birth, marital status, contact information, ID issue, and expiry date, financial records, credit information, medical history, where one travels, and intentions to acquire goods and services.',
    'In the case of a business, it is often a statement that declares a party’s policy on how it collects, stores, and releases personal information it collects. It informs the client what specific information is collected, and whether it is kept confidential, shared with partners, or sold to other firms or enterprises.',
    'Privacy policies typically represent a broader, more generalized treatment, as opposed to data use statements, which tend to be more detailed and specific.',
    'The exact contents of a certain privacy policy will depend upon the applicable law and may need to address requirements across geographical boundaries and legal jurisdictions. Most countries have their own legislation and guidelines of who is covered, what information can be collected, and what it can be used for.',
    'Studies have found that privacy policies are long and written at a reading level that most users find difficult; one study estimated that reading every policy a person encounters would take 76 working days a year.',
  ] },
  { title: 'HTTP cookie', paras: [
    'An HTTP cookie is a small block of data created by a web server while a user is browsing a website and placed on the user’s computer or other device by the user’s web browser.',
    'Cookies enable web servers to store stateful information on the user’s device or to track the user’s browsing activity. They can also be used to save information that the user previously entered into form fields.',
    'Third-party cookies are commonly used in advertising to track users across websites. Because of privacy concerns, some browsers block third-party cookies by default.',
    'The ePrivacy Directive and the GDPR require websites to obtain consent before storing non-essential cookies, which led to the spread of cookie banners.',
  ] },
  { title: 'General Data Protection Regulation', paras: [
    'The General Data Protection Regulation is a European Union regulation on information privacy in the European Union and the European Economic Area.',
    'It enhances individuals’ control and rights over their personal information and simplifies the regulations for international business.',
    'Controllers of personal data must put in place appropriate technical and organisational measures to implement the data protection principles. Processing is lawful only on one of six bases, such as consent, contract or legitimate interests.',
    'Data subjects have the rights of access, rectification, erasure, restriction of processing, data portability and objection.',
    'Violators of the GDPR may be fined up to €20 million or up to 4% of the annual worldwide turnover of the preceding financial year, whichever is greater.',
  ] },
];

// ---------------------------------------------------------------------------------------------

const LAYOUTS = ['wiki', 'megamenu', 'blog', 'tabs', 'scripts'];

function wrap(layout, { site, title, url, heading, bodyHtml, md }) {
  if (layout === 'wiki') return wikiSkin({ site, title, heading, body: bodyHtml });
  if (layout === 'blog') return blogPage({ site, title, url, heading, body: bodyHtml });
  if (layout === 'scripts') return scriptPage({ site, title, url, body: `<h1>${esc(heading)}</h1>\n${bodyHtml}`, md });
  if (layout === 'tabs') return megaPage({ site, title, url, body: `<h1>${esc(heading)}</h1>\n${tabsBody(bodyHtml)}` });
  return megaPage({ site, title, url, body: `<h1>${esc(heading)}</h1>\n${bodyHtml}`, aside: `<div class="page-aside"><h2>On this page</h2><ul><li>Overview</li><li>Details</li><li>Contact</li></ul><h2>Related</h2><ul><li><a href="/terms">Terms of Service</a></li><li><a href="/cookies">Cookie Policy</a></li><li><a href="/security">Security</a></li></ul></div>` });
}

/**
 * @param {{ policies: {file: string, md: string}[], legal: {file: string, md: string}[], mdToHtml: (md: string) => string }} input
 *   corpus files of the development side only
 * @returns {{ name: string, positive: boolean, kind: string, html: string }[]}
 */
export function stressPages({ policies, legal, mdToHtml }) {
  const pages = [];
  for (const { file, md } of policies) {
    const site = siteName(file);
    const host = hostOf(site);
    const layout = pick(LAYOUTS, `layout:${file}`);
    // One page in four: a neutral title, URL and first heading. One in six: a title that is the
    // site's name only and a neutral URL, with the policy named by its first heading alone.
    const neutral = hash(`neutral:${file}`) % 4 === 0;
    const h1Only = !neutral && hash(`h1only:${file}`) % 5 === 0;
    const short = hash(`short:${file}`) % 3 === 0;
    const text = short ? firstWords(md, 150 + (hash(`n:${file}`) % 1250)) : md;
    const name = pick(['Privacy Policy', 'Privacy Notice', 'Privacy Statement', 'Privacy'], `name:${file}`);
    const title = h1Only ? site : neutral ? (layout === 'wiki' ? `${site}:Legal - ${site}` : `Legal | ${site}`) : layout === 'wiki' ? `${name} - ${site}` : `${name} | ${site}`;
    const url = host + (neutral || h1Only ? `/p/${hash(file) % 9000}` : pick(['/privacy', '/legal/privacy-policy', '/privacy-notice', '/about/privacy'], `url:${file}`));
    const heading = neutral ? `${site} legal information` : name;
    pages.push({ name: `${layout}${short ? '-short' : ''}${neutral ? '-neutral' : ''}${h1Only ? '-h1only' : ''}/${file}`, positive: true, kind: layout, html: wrap(layout, { site, title, url, heading, bodyHtml: mdToHtml(text), md: text }) });
  }
  for (const [i, n] of THIRD_PERSON_NOTICES.entries()) {
    const host = `${n.org.toLowerCase().replace(/\W+/g, '')}.example`;
    const body = n.paras.map((p) => `<p>${esc(p.replace('{host}', host))}</p>`).join('\n');
    for (const layout of LAYOUTS) {
      const title = `${n.title} | ${n.org}`;
      pages.push({ name: `third-person-${layout}/${i}`, positive: true, kind: 'third-person', html: wrap(layout, { site: n.org, title, url: `https://www.${host}/${pick(['privacy', 'privacy-notice', 'legal/privacy', 'about/data-protection'], n.org + layout)}`, heading: n.title, bodyHtml: body, md: n.paras.join('\n\n') }) });
    }
  }

  // Terms of service with a privacy chapter.
  const tos = legal.filter((l) => /terms-of-service/.test(l.file));
  for (const [i, { file, md }] of tos.entries()) {
    if (i % 2) continue;
    const site = siteName(file);
    const donor = policies[hash(`donor:${file}`) % policies.length].md;
    const chapter = `\n\n## Privacy\n\nYour privacy is important to us. This section summarises how we handle personal information; our Privacy Policy has the details.\n\n${privacyChapter(donor, 150 + (hash(`c:${file}`) % 350))}\n\n`;
    const paras = md.split(/\n(?=#{1,3} )/);
    const at = Math.max(1, Math.floor(paras.length / 2));
    const joined = [...paras.slice(0, at), chapter, ...paras.slice(at)].join('\n');
    const layout = pick(LAYOUTS, `layout:${file}`);
    pages.push({ name: `tos+privacy-${layout}/${file}`, positive: false, kind: 'tos+privacy', html: wrap(layout, { site, title: `Terms of Service | ${site}`, url: `${hostOf(site)}/terms`, heading: 'Terms of Service', bodyHtml: mdToHtml(joined), md: joined }) });
  }

  // News about privacy, in heavy chrome.
  for (const [i, n] of NEWS.entries()) {
    for (const layout of ['megamenu', 'blog', 'scripts']) {
      const body = `<p class="byline">By Alex Morgan · 4 March 2024 · 6 min read</p>${n.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}<div class="most-read"><h2>Most read</h2><ol><li>Storm warning for the weekend</li><li>Shares slide after results</li><li>Museum reopens</li></ol></div>`;
      const slug = n.title.toLowerCase().replace(/\W+/g, '-');
      pages.push({ name: `news-${layout}/${i}`, positive: false, kind: 'news', html: wrap(layout, { site: 'Daily Courier', title: `${n.title} | Daily Courier`, url: `https://www.dailycourier.example/technology/2024/03/${slug}`, heading: n.title, bodyHtml: body, md: n.paras.join('\n\n') }) });
    }
  }

  // Ordinary pages with an in-page consent dialog.
  for (const [i, o] of ORDINARY.entries()) {
    for (const layout of ['megamenu', 'blog', 'scripts', 'tabs']) {
      const body = `${CONSENT_DIALOG}\n${o.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}`;
      const html = wrap(layout, { site: 'Example', title: `${o.title} | Example`, url: `https://www.example.com/${o.kind}/${i}`, heading: o.title, bodyHtml: `<p>${esc(o.paras[0])}</p>`, md: o.paras.join('\n\n') }).replace(/(<body[^>]*>)/, `$1${CONSENT_DIALOG}`);
      pages.push({ name: `consent-${layout}/${i}`, positive: false, kind: 'consent', html });
      pages.push({ name: `consent-inline-${layout}/${i}`, positive: false, kind: 'consent', html: wrap(layout, { site: 'Example', title: `${o.title} | Example`, url: `https://www.example.com/${o.kind}/${i}`, heading: o.title, bodyHtml: body, md: o.paras.join('\n\n') }) });
    }
  }

  // A company's help articles and announcements about its data practices.
  for (const [i, c] of COMPANY_ABOUT_DATA.entries()) {
    for (const layout of ['megamenu', 'blog', 'scripts']) {
      pages.push({ name: `company-${layout}/${i}`, positive: false, kind: 'company', html: wrap(layout, { site: 'Example', title: `${c.title} | Example`, url: `https://www.example.com${c.path}`, heading: c.title, bodyHtml: c.paras.map((p) => `<p>${esc(p)}</p>`).join('\n'), md: c.paras.join('\n\n') }) });
    }
  }

  // Encyclopedia articles about privacy, in the wiki skin.
  for (const [i, e] of ENCYCLOPEDIA.entries()) {
    const body = e.paras.map((p) => `<p>${esc(p)}</p>`).join('\n') + '<h2>See also</h2><ul><li>Information privacy</li><li>Terms of service</li><li>Data protection</li></ul><h2>References</h2><ol><li>Smith, J. (2019). "Reading the fine print". Journal of Law.</li></ol>';
    pages.push({ name: `encyclopedia/${i}`, positive: false, kind: 'encyclopedia', html: wikiSkin({ site: 'Wikipedia', title: `${e.title} - Wikipedia`, heading: e.title, body, categories: ['Privacy', 'Internet law'] }) });
  }
  return pages;
}
