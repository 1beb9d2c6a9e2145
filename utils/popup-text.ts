import type { RestrictedReason } from './restricted';
import { t, type MessageKey } from './i18n';

/** The popup's messages for a restricted page and for an error code (no browser API: unit-testable). */
export const restrictedText = (reason: RestrictedReason): string => t(`restricted_${reason.replace(/-/g, '_')}` as MessageKey);

const ERROR_KEYS: Record<string, MessageKey> = {
  'no-content-script': 'error_no_content_script',
  'empty-page': 'error_empty_page',
  'not-html': 'error_not_html',
  'fetch-failed': 'error_fetch_failed',
  'other-origin': 'error_other_origin',
  'no-policy-link': 'error_no_policy_link',
};
export const errorText = (code: string): string => (ERROR_KEYS[code] ? t(ERROR_KEYS[code]) : t('error_unexpected', code));
