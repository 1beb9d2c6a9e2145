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

/** The name of a language code in the UI's language ("de" → "German"). */
export function languageName(code: string): string {
  let ui = 'en';
  try {
    ui = api()?.getMessage('@@ui_locale')?.replace('_', '-') || 'en';
  } catch {
    // No extension context.
  }
  for (const locales of [[ui, 'en'], ['en']]) {
    try {
      return new Intl.DisplayNames(locales, { type: 'language' }).of(code) ?? code;
    } catch {
      // An invalid locale tag: try English.
    }
  }
  return code;
}
