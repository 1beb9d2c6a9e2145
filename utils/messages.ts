import type { Detection, Extracted, Label } from '../analyzer/types';
import type { PolicyLink } from '../analyzer/policy-link';
import { validateMessage } from './validate';
import type { PolicyChange } from './history-store';

export type { PolicyLink };

/**
 * The one typed protocol between content script (CS), background (BG) and the extension's
 * pages (UI). Names are grouped by direction, as in Dark Reader.
 */

/** What the content script extracted from its page. */
export interface PageExtract extends Extracted {
  url: string;
  headings: string[];
  method: 'readability' | 'structural';
  truncated: boolean;
  /** The page's best same-origin link to its site's privacy policy, when asked for (bg:extract). */
  policyLink?: PolicyLink;
}

export type TabState =
  /** `change`: what changed in the label since this policy was last analysed (options-runtime.ts). */
  | { kind: 'policy'; url: string; label: Label; analysedAt: number; truncated: boolean; change?: PolicyChange }
  | { kind: 'analysed'; url: string; label: Label; analysedAt: number; truncated: boolean; change?: PolicyChange }
  | { kind: 'not-policy'; url: string; reasons: string[]; detection?: Detection; policyLink?: PolicyLink }
  | { kind: 'unsupported-language'; url: string; language: string; detection: Detection };

export type MessageCStoBG =
  /** The cheap check passed: the background injects the extractor and asks it for the page. */
  | { type: 'cs:maybe-policy'; url: string }
  | { type: 'cs:page-extracted'; page: PageExtract }
  | { type: 'cs:navigated'; url: string };

export type MessageUItoBG =
  | { type: 'ui:get-tab-state'; tabId: number }
  | { type: 'ui:analyse-tab'; tabId: number; force: boolean }
  /** Fetch and analyse the policy the tab's page links to (same origin only); the tab's own state is kept. */
  | { type: 'ui:analyse-site-policy'; tabId: number }
  /** The options page: delete the history, the tabs' labels and the settings. */
  | { type: 'ui:clear-data' };

export type MessageBGtoCS = { type: 'bg:extract' } | { type: 'bg:fetch-policy'; url: string };

/** From the extension's pages straight to the tab's extractor (utils/extractor.ts): show the sentence behind an item; the policy's HTML for the reader. */
export type MessageUItoCS = { type: 'ui:highlight'; quote: string } | { type: 'ui:article-html' };

/** The content script's answer to `bg:extract`: the page, or why it cannot be read. */
export type ExtractReply =
  | { ok: true; page: PageExtract }
  | { ok: false; error: 'pdf' | 'not-html' | 'other-origin' | 'fetch-failed' };

export type Message = MessageCStoBG | MessageUItoBG;

export type AnalyseReply = { ok: true; state: TabState } | { ok: false; error: string };

/**
 * Shape check of an incoming message: one of the protocol's types, with the shape its
 * validator in utils/validate.ts accepts. Anything else is ignored.
 */
export function isMessage(m: unknown): m is Message {
  return validateMessage(m) === true;
}
