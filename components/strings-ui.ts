/**
 * The options, history, compare and changed-policy views take their strings from
 * `_locales/en/messages.json` through `t()` (utils/i18n.ts); dates are written in the UI's
 * language by `Intl.DateTimeFormat` (utils/i18n.ts), so the background's badge titles share them.
 */
export { uiDate, uiDay } from '../utils/i18n';
