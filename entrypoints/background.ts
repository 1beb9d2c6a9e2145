import { browser } from 'wxt/browser';
import { isMessage, type AnalyseReply, type ExtractReply, type Message, type PageExtract, type TabState } from '../utils/messages';
import { stateFromExtract } from '../utils/tab-state';
import { messageExtractor } from '../utils/inject';
import { validExtractReply } from '../utils/validate';
import { createOptionsRuntime } from '../utils/options-runtime';
import { SETTINGS_KEY } from '../utils/settings';
import { t } from '../utils/i18n';
import { tabStateKey } from '../utils/session-keys';

/**
 * Badge, per-tab state and message handlers. The analysis runs here, off the page's main
 * thread: the content script only runs the cheap check; when it passes (or the popup asks),
 * the extractor is injected into the tab and sends its text here.
 */
export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const states = new Map<number, TabState>();
  const session = browser.storage.session;
  const key = tabStateKey;
  /** Each tab's document generation: a label extracted before a navigation is not kept after it. */
  const generations = new Map<number, number>();
  const generation = (tabId: number) => generations.get(tabId) ?? 0;
  const nextGeneration = (tabId: number) => generations.set(tabId, generation(tabId) + 1);
  // Settings (badge, sites where it never runs) and the history of policies: utils/options-runtime.ts.
  const opts = createOptionsRuntime(browser.storage.local);

  async function setState(tabId: number, state: TabState | undefined): Promise<void> {
    if (state) states.set(tabId, state);
    else states.delete(tabId);
    await opts.ready;
    const look = opts.badge(state);
    await Promise.all([
      action.setBadgeText({ tabId, text: look?.text ?? '' }),
      action.setTitle({ tabId, title: look?.title ?? t('extName') }),
      look ? action.setBadgeBackgroundColor({ tabId, color: look.color }) : undefined,
      session ? (state ? session.set({ [key(tabId)]: state }) : session.remove(key(tabId))) : undefined,
    ]).catch(() => undefined); // the tab may be gone
  }

  async function getState(tabId: number): Promise<TabState | undefined> {
    const cached = states.get(tabId);
    if (cached || !session) return cached;
    const stored = (await session.get(key(tabId)))[key(tabId)] as TabState | undefined;
    if (stored) states.set(tabId, stored);
    return stored;
  }

  /** Asks the tab's extractor (injected when its document has none) for a page: its own, or the site's policy it fetches. */
  async function pageFromTab(tabId: number, msg: { type: 'bg:extract' } | { type: 'bg:fetch-policy'; url: string }): Promise<{ ok: true; page: PageExtract } | { ok: false; error: string }> {
    let reply: ExtractReply | undefined;
    try {
      reply = (await messageExtractor(tabId, msg)) as ExtractReply | undefined;
    } catch {
      return { ok: false, error: 'no-content-script' };
    }
    if (!reply) return { ok: false, error: 'no-content-script' };
    if (!reply.ok) return reply;
    if (!validExtractReply(reply)) return { ok: false, error: 'no-content-script' };
    if (!reply.page.text.trim()) return { ok: false, error: 'empty-page' };
    return reply;
  }

  async function analyseTab(tabId: number, force: boolean): Promise<AnalyseReply> {
    // A site where the reader switched it off: not even read (the URL is known after the click, activeTab).
    await opts.ready;
    const tabUrl = await browser.tabs.get(tabId).then((t) => t.url, () => undefined);
    if (opts.isOff(tabUrl)) return { ok: false, error: 'switched-off' };
    const got = await pageFromTab(tabId, { type: 'bg:extract' });
    if (!got.ok) return got;
    if (opts.isOff(got.page.url)) return { ok: false, error: 'switched-off' };
    const state = await opts.record(tabId, stateFromExtract(got.page, force));
    await setState(tabId, state);
    return { ok: true, state };
  }

  /** "Analyse this site's privacy policy": the link the tab's page reported, fetched by the page itself. */
  async function analyseSitePolicy(tabId: number): Promise<AnalyseReply> {
    const current = await getState(tabId);
    const link = current?.kind === 'not-policy' ? current.policyLink : undefined;
    if (!link) return { ok: false, error: 'no-policy-link' };
    const got = await pageFromTab(tabId, { type: 'bg:fetch-policy', url: link.url });
    if (!got.ok) return got;
    // The tab's own state (and badge) stay those of the page it shows.
    return { ok: true, state: await opts.record(undefined, stateFromExtract(got.page, true)) };
  }

  /** A page read without a click: labelled, recorded in the history, badged — unless its site is switched off. */
  async function automatic(tabId: number, page: PageExtract): Promise<void> {
    await opts.ready;
    if (opts.isOff(page.url)) return setState(tabId, undefined);
    await setState(tabId, await opts.record(tabId, stateFromExtract(page, false)));
  }

  async function handle(msg: Message, tabId: number | undefined, fromContent: boolean): Promise<unknown> {
    switch (msg.type) {
      case 'cs:maybe-policy': {
        if (!fromContent || tabId === undefined) return;
        await opts.ready;
        // A site where the reader switched Privacy Label off: not even read.
        if (opts.isOff(msg.url)) return setState(tabId, undefined);
        const before = generation(tabId);
        const got = await pageFromTab(tabId, { type: 'bg:extract' });
        if (got.ok && generation(tabId) === before) await automatic(tabId, got.page);
        return;
      }
      case 'cs:page-extracted':
        if (!fromContent || tabId === undefined) return;
        await automatic(tabId, msg.page);
        return;
      case 'cs:navigated':
        if (!fromContent || tabId === undefined) return;
        nextGeneration(tabId);
        await setState(tabId, undefined);
        return;
      case 'ui:get-tab-state':
        if (fromContent) return;
        return (await getState(msg.tabId)) ?? null;
      case 'ui:analyse-tab':
        if (fromContent) return;
        return analyseTab(msg.tabId, msg.force);
      case 'ui:analyse-site-policy':
        if (fromContent) return;
        return analyseSitePolicy(msg.tabId);
      case 'ui:clear-data': {
        if (fromContent) return;
        const tabs = [...states.keys()];
        opts.forgetAll();
        await browser.storage.local.clear();
        await session?.clear();
        for (const t of tabs) await setState(t, undefined);
        return { ok: true };
      }
    }
  }

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    // Only our own content scripts and pages may talk to us, and only in our protocol.
    if (sender.id !== browser.runtime.id || !isMessage(msg)) return undefined;
    const fromContent = sender.tab !== undefined && !sender.url?.startsWith(browser.runtime.getURL('/'));
    return handle(msg, sender.tab?.id, fromContent);
  });

  // The options page changed the settings: every open tab's badge follows at once.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    opts.update(changes[SETTINGS_KEY]!.newValue);
    for (const [tabId, state] of states) void setState(tabId, opts.isOff(state.url) ? undefined : state);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    generations.delete(tabId);
    opts.forgetTab(tabId);
    void setState(tabId, undefined);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading in the tab: the old label no longer applies.
    if (change.status !== 'loading') return;
    nextGeneration(tabId);
    opts.forgetTab(tabId);
    void setState(tabId, undefined);
  });
});
