import messages from '../public/_locales/en/messages.json';

/**
 * Every user-facing string of the popup, the reader and their components: `t(key, …)` asks
 * `browser.i18n.getMessage` (the locale's `_locales/LANG/messages.json`; the browser itself
 * falls back to `default_locale` "en" for a key a locale lacks), so that a translation is a
 * file, not a code change. In unit tests, where there is no extension, the English file
 * answers with the same placeholder rules; the built extension does not carry that copy.
 */

export type MessageKey = keyof typeof messages;

// Only in tests (vitest's mode): the build replaces the mode, and the JSON is then left out.
const ENGLISH = import.meta.env.MODE === 'test' ? (messages as Record<string, Entry>) : undefined;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The English message with its placeholders filled in, as browsers do it. */
export function formatMessage(entry: Entry | undefined, subs: readonly string[]): string {
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const ph = entry.placeholders?.[name.toLowerCase()];
    return ph ? ph.content : whole;
  });
  return named.replace(/\$(\d)|\$\$/g, (whole, n?: string) => (n ? (subs[Number(n) - 1] ?? '') : '$'));
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const list = subs.map(String);
  try {
    const m = api()?.getMessage(key, list);
    if (m) return m;
  } catch {
    // No extension context: fall through to English.
  }
  return formatMessage(ENGLISH?.[key], list);
}

/** A key built from data (a section or item id); `fallback` when there is no such message. */
export function tDynamic(key: string, fallback: string): string {
  return t(key as MessageKey) || fallback;
}

/** The browser's UI language as a BCP 47 tag ("en-GB", "de"); "en" without an extension. */
export function uiLanguage(): string {
  const g = globalThis as { browser?: { i18n?: { getUILanguage?: () => string } }; chrome?: { i18n?: { getUILanguage?: () => string } } };
  try {
    const lang = (g.browser?.i18n ?? g.chrome?.i18n)?.getUILanguage?.() || api()?.getMessage('@@ui_locale');
    if (lang) return lang.replace(/_/g, '-');
  } catch {
    // No extension context.
  }
  return 'en';
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', ...options };
  try {
    return new Intl.DateTimeFormat(uiLanguage() === 'en' ? 'en-GB' : uiLanguage(), opts);
  } catch {
    return new Intl.DateTimeFormat('en-GB', opts); // an invalid locale tag
  }
}

/** A moment's date in the UI's language, the month as a word so it cannot be misread ("30 Nov 2026"). */
export function uiDate(ms: number): string {
  return dateFormat({}).format(new Date(ms));
}

/** A calendar date "YYYY-MM-DD" (a policy's effective date) in the UI's language; the text itself when it is not one. */
export function uiDay(iso: string): string {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN;
  return Number.isNaN(ms) ? iso : dateFormat({ timeZone: 'UTC' }).format(new Date(ms));
}

/** The name of a language code in the UI's language ("de" → "German"). */
export function languageName(code: string): string {
  const ui = uiLanguage();
  for (const locales of [[ui, 'en'], ['en']]) {
    try {
      return new Intl.DisplayNames(locales, { type: 'language' }).of(code) ?? code;
    } catch {
      // An invalid locale tag: try English.
    }
  }
  return code;
}
