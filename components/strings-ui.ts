/**
 * The options, history, compare and changed-policy views take their strings from
 * `_locales/en/messages.json` through `t()` (utils/i18n.ts); this is the one formatting helper
 * they share.
 */

/** A date written out so that it cannot be misread (30 Nov 2026; English month names for now). */
export function uiDate(t: number): string {
  return new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}
