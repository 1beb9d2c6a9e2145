/**
 * The nine OPP-115 categories and what `classify` must report for each, exactly as
 * shared/LABEL.md states ("Segment classification"). Used to score `classify` and to turn a
 * category the statistical model finds back into sections and items.
 */
export const OPP115 = [
  'First Party Collection/Use',
  'Third Party Sharing/Collection',
  'User Choice/Control',
  'User Access, Edit and Deletion',
  'Data Retention',
  'Data Security',
  'International and Specific Audiences',
  'Do Not Track',
  'Policy Change',
] as const;
export type Category = (typeof OPP115)[number];

export const MAPPING: Record<Category, { sections?: string[]; items?: string[] }> = {
  'First Party Collection/Use': { sections: ['collection', 'purposes'] },
  'Third Party Sharing/Collection': { sections: ['sharing'], items: ['tracking/third-party-tracking', 'tracking/cross-site-ads', 'tracking/social-widgets'] },
  'User Choice/Control': { items: ['tracking/cookie-controls', 'rights/opt-out-marketing', 'rights/opt-out-sale', 'rights/withdraw-consent', 'rights/object', 'rights/restrict'] },
  'User Access, Edit and Deletion': { items: ['rights/access', 'rights/correction', 'rights/deletion', 'rights/portability'] },
  'Data Retention': { sections: ['retention'] },
  'Data Security': { sections: ['security'] },
  'International and Specific Audiences': { sections: ['audiences'] },
  'Do Not Track': { items: ['tracking/do-not-track'] },
  'Policy Change': { sections: ['changes'] },
};

/** The OPP-115 categories that a `classify` answer counts for. */
export function categoriesOf(c: { sections: readonly string[]; items: readonly string[] }): Category[] {
  return OPP115.filter((name) => {
    const m = MAPPING[name];
    return (m.sections ?? []).some((s) => c.sections.includes(s)) || (m.items ?? []).some((i) => c.items.includes(i));
  });
}
