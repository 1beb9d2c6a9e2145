/**
 * What a saved page says about itself beyond its visible text, for the CLI (cli/input.ts): its
 * own address when it has no <link rel=canonical>, the shadow trees a browser would attach, and
 * why a page shows almost no text (a single-page app's shell, a frameset) — with the page's
 * <noscript>, <template> or <noframes> text read instead when that is where its text is.
 */
import { countRuns } from '../analyzer/runs';

const ABSOLUTE = /^https?:\/\/[^\s/]+/i;

/** Chrome's and Internet Explorer's mark at the top of a saved page: `<!-- saved from url=(0041)https://… -->`. */
const SAVED_FROM = /<!--\s*saved from url=\(\d{1,5}\)\s*(https?:\/\/[^\s>]+?)\s*-->/i;

/** JSON-LD nodes of a page type (WebPage, AboutPage, FAQPage…) and their "url". */
function jsonLdPageUrl(document: Document): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > 200_000) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const nodes: unknown[] = Array.isArray(data) ? data : [data];
    for (const node of [...nodes]) {
      const graph = (node as { '@graph'?: unknown } | null)?.['@graph'];
      if (Array.isArray(graph)) nodes.push(...graph);
    }
    for (const node of nodes) {
      if (!node || typeof node !== 'object') continue;
      const { '@type': type, url } = node as { '@type'?: unknown; url?: unknown };
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && /Page$/.test(t)) && typeof url === 'string' && ABSOLUTE.test(url)) return url;
    }
  }
  return undefined;
}

/**
 * The page's own address: <link rel=canonical>; else <meta property="og:url"> in the head; else
 * the address the page was saved from (Chrome's "saved from url" comment, an archive's
 * Content-Location); else a JSON-LD WebPage's "url"; else an absolute <base href>. Never a
 * link's address. A relative canonical is resolved against the first absolute one of the others.
 */
export function pageUrl(document: Document, html: string, savedFrom?: string): string | undefined {
  const canonical = Array.from(document.querySelectorAll('link[rel][href]')).find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''))?.getAttribute('href')?.trim();
  const head = document.head;
  const og = head?.querySelector('meta[property="og:url"], meta[name="og:url"]')?.getAttribute('content')?.trim();
  const top = html.slice(0, 2048);
  const body = top.search(/<body[\s>]/i);
  const comment = SAVED_FROM.exec(body === -1 ? top : top.slice(0, body))?.[1];
  const base = head?.querySelector('base[href]')?.getAttribute('href')?.trim();
  const candidates = [canonical, og, savedFrom ?? comment, jsonLdPageUrl(document), base && ABSOLUTE.test(base) ? base : undefined].filter((u): u is string => !!u && (ABSOLUTE.test(u) || u.startsWith('/')));
  const first = candidates[0];
  if (!first || ABSOLUTE.test(first)) return first;
  const absolute = candidates.find((u) => ABSOLUTE.test(u));
  if (!absolute) return first;
  try {
    return new URL(first, absolute).href;
  } catch {
    return first;
  }
}

/**
 * Declarative shadow DOM (`<template shadowrootmode="open">`, Chrome's older `shadowroot`): a
 * browser attaches the template's content as the host's shadow root and shows it; a parser
 * without shadow DOM keeps an inert <template>. The content is put in the template's place.
 * Returns the number of shadow roots put in place.
 */
export function attachDeclarativeShadowRoots(document: Document): number {
  const templates = Array.from(document.querySelectorAll('template[shadowrootmode], template[shadowroot]'));
  // Innermost first, so that a shadow root inside another is put in place before its host's is.
  for (const t of templates.reverse()) {
    const content = (t as HTMLTemplateElement).content;
    const from: ParentNode = content && content.childNodes.length ? content : t;
    t.replaceWith(...Array.from(from.childNodes));
  }
  return templates.length;
}

/**
 * The inert <template>s, taken out of the document: a browser keeps their content out of the
 * tree (Readability, walking the tree, never sees it); linkedom keeps it in as children.
 */
export function detachTemplates(document: Document): Element[] {
  const templates = Array.from(document.querySelectorAll('template')).filter((t) => !t.parentElement?.closest('template'));
  for (const t of templates) t.remove();
  return templates;
}


/** Below this many words a page "has almost no text of its own". */
export const SHELL_WORDS = 60;

export interface Fallback {
  /** HTML to read instead of the page's body. */
  html: string;
  /** Where it came from, for the note. */
  source: string;
}

/**
 * The text a page with almost no text of its own keeps elsewhere in its HTML for a browser to
 * show: <noscript> (shown without JavaScript) and <noframes> (a frameset's text for browsers
 * without frames). The source with the most words, if it has 100 or more and at least three
 * times the page's own. Not <template>: a single-page app keeps one per route (privacy, pricing,
 * not found) and only its script knows which one the URL shows.
 */
export function hiddenText(document: Document, ownWords: number, title = ''): Fallback | undefined {
  let best: (Fallback & { words: number }) | undefined;
  for (const [selector, source] of [
    ['noscript', '<noscript>'],
    ['noframes', '<noframes>'],
  ] as const) {
    const els = Array.from(document.querySelectorAll(selector)).filter((el) => !el.closest('head'));
    if (!els.length) continue;
    // A parser that runs scripts keeps <noscript> as raw text, linkedom as elements: either way its innerHTML is the markup.
    const html = els.map((el) => (el.children.length ? el.innerHTML : el.textContent ?? '')).join('\n');
    const n = countRuns(stripTags(html));
    if (n >= 100 && n >= 3 * ownWords && (!best || n > best.words)) best = { html, source, words: n };
  }
  if (!best) {
    const data = nextDataHtml(document, title);
    if (data && data.words >= 3 * ownWords) best = data;
  }
  return best && { html: best.html, source: best.source };
}

const stripTags = (html: string): string => html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
const squash = (s: string): string => s.replace(/&nbsp;|\s+/g, ' ').trim().toLowerCase();

/**
 * A Next.js page whose state (`<script id="__NEXT_DATA__">`, JSON) holds the page's content as
 * one HTML string (a CMS's body field) that its script renders: that string, the longest of the
 * state's strings that hold block markup (<p>, <h1>–<h6>, <li>) with 100 words or more. Only when
 * its first heading is in the page's <title> ("Privacy Policy" in "Privacy Policy | Site"): the
 * state of every page may also carry other pages' HTML (a footer's policy, a modal), which is not
 * the page's.
 */
export function nextDataHtml(document: Document, title: string): (Fallback & { words: number }) | undefined {
  const script = document.querySelector('script#__NEXT_DATA__');
  let state: unknown;
  try {
    state = JSON.parse(script?.textContent ?? '');
  } catch {
    return undefined;
  }
  let best: { html: string; path: string } | undefined;
  const walk = (v: unknown, path: string, depth: number): void => {
    if (depth > 40) return;
    if (typeof v === 'string') {
      if (v.length > (best?.html.length ?? 0) && /<(?:p|h[1-6]|li)\b/i.test(v)) best = { html: v, path };
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, depth + 1));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, depth + 1);
  };
  walk(state, '', 0);
  if (!best) return undefined;
  const { html, path } = best;
  const n = countRuns(stripTags(html));
  const heading = /<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]\s*>/i.exec(html);
  const name = heading ? squash(stripTags(heading[1]!)) : '';
  if (n < 100 || !name || !squash(title).includes(name)) return undefined;
  return { html, source: `Next.js page data (the HTML in __NEXT_DATA__'s ${path})`, words: n };
}

/** Single-page-app frameworks by the marks their shells carry. */
const FRAMEWORKS: [string, string][] = [
  ['script#__NEXT_DATA__', 'Next.js'],
  ['script#__NUXT_DATA__, #__nuxt', 'Nuxt'],
  ['#___gatsby', 'Gatsby'],
  ['[ng-version], app-root', 'Angular'],
  ['#svelte, [data-sveltekit-preload-data]', 'SvelteKit'],
  ['[data-reactroot], #root, #app', 'JavaScript'],
];

/** Why a page shows almost no text: a frameset (with its frames' files), or a script-built page (with its framework). */
export function whyLittleText(document: Document, html: string, ownWords: number, templates: readonly Element[] = []): string | undefined {
  const frames = Array.from(document.querySelectorAll('frameset frame[src], frameset iframe[src]')).map((f) => f.getAttribute('src') ?? '');
  if (document.querySelector('frameset')) {
    const list = frames.slice(0, 5).join(', ') + (frames.length > 5 ? ', …' : '');
    return `the page is a frameset: its text is in the frames it loads${list ? ` (${list})` : ''}, which are other files; give the frame that holds the policy`;
  }
  const templated = templates.reduce((n, t) => n + countRuns(t.textContent ?? ''), 0);
  if (templated >= 100) {
    const n = templates.length;
    return `the page has almost no text of its own (${ownWords} word${ownWords === 1 ? '' : 's'}): its text is in ${n === 1 ? 'a <template>' : `${n} <template>s`} (${templated} words) that a script puts in the page${n > 1 ? ' (one per view, and only the script knows which one this URL shows)' : ''}; save the page once it has rendered (in the browser: Save as, "Webpage, Complete" or "Single File") or copy its text into a .txt file`;
  }
  const built = scriptBuilt(document, html, ownWords);
  if (!built) return undefined;
  return `the page has almost no text of its own (${ownWords} word${ownWords === 1 ? '' : 's'}): ${built.why}; save the page once it has rendered (in the browser: Save as, "Webpage, Complete" or "Single File") or copy its text into a .txt file`;
}

/**
 * A page with almost no text of its own that its scripts build in the browser (a single-page
 * app's shell): what builds it (`by`, for the detector's reason) and why we think so (`why`, for
 * the warning). Undefined for a frameset and for a short page without scripts, which is simply short.
 */
export function scriptBuilt(document: Document, html: string, ownWords: number): { by: string; why: string } | undefined {
  if (document.querySelector('frameset')) return undefined;
  const framework = FRAMEWORKS.find(([sel]) => document.querySelector(sel))?.[1] ?? (/\bwindow\.__(?:NUXT|INITIAL_STATE|APOLLO_STATE|PRELOADED_STATE)__\s*=/.test(html) ? 'JavaScript' : undefined);
  const scripts = Array.from(document.querySelectorAll('script')).reduce((n, s) => n + (s.textContent ?? '').length, 0);
  const external = document.querySelectorAll('script[src]').length;
  if (!framework && scripts < 5000 && !(external && ownWords < 20)) return undefined;
  if (framework) {
    const app = framework === 'JavaScript' ? 'single-page app' : `${framework} app`;
    return { by: `a ${app}'s scripts`, why: `it looks like a ${app} whose scripts write the text in the browser` };
  }
  return scripts >= 5000
    ? { by: 'its scripts', why: `its ${Math.round(scripts / 1000)} K characters of script may write the text in the browser` }
    : { by: 'its scripts', why: 'it may load its text with a script' };
}

/** A path that names a privacy policy, for a frame's address. */
const POLICY_PATH = /(?:^|[/_.=-])(?:privacy|privacy-?policy|privacy-?notice|data-?protection|datenschutz\w*|confidentialite|privacidad|informativa-?privacy|privacybeleid|privacyverklaring|privacidade)(?:$|[/_.?&#-])/i;

/**
 * Where a page's policy comes from when a script or a frame puts it in: the policy generators'
 * embeds (iubenda's `a.iubenda-embed` to `/privacy-policy/N`, Termly's `termly-embed`, OneTrust's
 * `otnotice-` privacy notice) or an <iframe> whose address names a policy. The saved HTML does
 * not hold the text. The same iubenda link opens the policy from every page's footer: only a
 * page that names itself a policy and has little text of its own is judged by it (analyzer/detect.ts).
 */
export function embeddedPolicy(document: Document): string | undefined {
  const iubenda = Array.from(document.querySelectorAll('a[href*="iubenda.com/privacy-policy/"]')).find((a) => /\biubenda-embed\b/.test(a.getAttribute('class') ?? ''));
  if (iubenda) return `iubenda (${iubenda.getAttribute('href')})`;
  if (document.querySelector('[name="termly-embed"], script[src*="app.termly.io/embed-policy"]')) return 'Termly';
  if (document.querySelector('[id^="otnotice-"], script[src*="otnotice"]')) return 'OneTrust';
  const frame = Array.from(document.querySelectorAll('iframe[src]')).find((f) => {
    try {
      const u = new URL(f.getAttribute('src') ?? '', 'http://page.invalid/');
      return POLICY_PATH.test(u.pathname + u.search);
    } catch {
      return false;
    }
  });
  return frame ? `a frame (${frame.getAttribute('src')})` : undefined;
}
