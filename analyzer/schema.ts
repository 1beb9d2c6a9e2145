import type { SectionId } from './types';

/**
 * The sections of shared/LABEL.md, in its order, with their item ids.
 * The four headline sections are marked: the UI shows them first.
 */
export const SECTIONS: readonly { id: SectionId; headline: boolean; items: readonly string[] }[] = [
  {
    id: 'collection',
    headline: true,
    items: [
      'contact', 'identifiers', 'device', 'location', 'financial', 'usage', 'cookies', 'user-content',
      'demographic', 'health', 'biometric', 'sensitive', 'social', 'children', 'inferences',
    ],
  },
  {
    id: 'purposes',
    headline: false,
    items: ['service', 'account', 'marketing', 'advertising', 'analytics', 'personalization', 'security', 'legal', 'research'],
  },
  {
    id: 'sharing',
    headline: true,
    items: [
      'service-providers', 'payment-processors', 'advertisers', 'analytics-providers', 'affiliates',
      'business-transfer', 'law-enforcement', 'public', 'social-networks', 'sale', 'named',
      // Extension of shared/LABEL.md (README "Accuracy"): sharing in general, with anyone at all.
      'third-parties',
    ],
  },
  {
    id: 'tracking',
    headline: false,
    items: ['third-party-tracking', 'cross-site-ads', 'do-not-track', 'cookie-controls', 'social-widgets'],
  },
  {
    id: 'retention',
    headline: true,
    items: ['period', 'as-long-as-necessary', 'account-lifetime', 'legal-obligation', 'indefinite', 'deletion-or-anonymisation'],
  },
  {
    id: 'rights',
    headline: true,
    items: [
      'access', 'correction', 'deletion', 'portability', 'opt-out-marketing', 'opt-out-sale', 'object',
      'restrict', 'withdraw-consent', 'complain', 'non-discrimination', 'response-time',
    ],
  },
  {
    id: 'security',
    headline: false,
    items: ['encryption-in-transit', 'encryption-at-rest', 'access-controls', 'breach-notification', 'no-guarantee'],
  },
  { id: 'audiences', headline: false, items: ['children', 'california', 'europe'] },
  { id: 'transfers', headline: false, items: ['countries', 'safeguards'] },
  { id: 'changes', headline: false, items: ['notice-email', 'notice-on-site', 'posting-only', 'consent'] },
  { id: 'contact', headline: false, items: ['email', 'postal-address', 'phone', 'form', 'dpo'] },
];

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id);

/** Sections in display order: the headline four first, then the others in table order. */
export const DISPLAY_ORDER: readonly SectionId[] = [
  ...SECTIONS.filter((s) => s.headline).map((s) => s.id),
  ...SECTIONS.filter((s) => !s.headline).map((s) => s.id),
];

export function isItemOf(section: SectionId, item: string): boolean {
  return SECTIONS.some((s) => s.id === section && s.items.includes(item));
}

/**
 * Items this project adds to shared/LABEL.md (extend only: no id of the contract changes). Each
 * is documented, with its reason, in the README section "Accuracy".
 */
export const EXTENSIONS: readonly string[] = ['sharing/third-parties'];
