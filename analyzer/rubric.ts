import type { Item, Label, Rating, Section, SectionId } from './types';

/**
 * The rating rubric, written down as data so that the reader can see why a section got
 * its rating. Each line: a condition on the section's items and the rating it gives.
 * The worst rating whose condition holds wins; with no line holding, a stated section is
 * `good`; a section with nothing stated is `unknown`.
 */
export interface RubricLine {
  id: string;
  rating: Exclude<Rating, 'unknown'>;
  /** Plain-English statement shown to the reader. */
  text: string;
  when: (has: (item: string, polarity?: Item['polarity']) => boolean, items: readonly Item[]) => boolean;
}

const yes = (has: (i: string, p?: Item['polarity']) => boolean, ...ids: string[]) =>
  ids.some((id) => has(id, 'yes') || has(id, 'contradictory'));

export const RUBRIC: Record<SectionId, RubricLine[]> = {
  collection: [
    { id: 'collection-sensitive', rating: 'bad', text: 'Collects health, biometric or other sensitive data.', when: (h) => yes(h, 'health', 'biometric', 'sensitive') },
    { id: 'collection-profiling', rating: 'caution', text: 'Builds inferences or profiles about you.', when: (h) => yes(h, 'inferences') },
    { id: 'collection-location', rating: 'caution', text: 'Collects your location.', when: (h) => yes(h, 'location') },
    { id: 'collection-broad', rating: 'caution', text: 'Collects six or more kinds of data.', when: (_h, items) => items.filter((i) => i.polarity !== 'no').length >= 6 },
  ],
  purposes: [
    { id: 'purposes-advertising', rating: 'caution', text: 'Uses your data for advertising.', when: (h) => yes(h, 'advertising') },
  ],
  sharing: [
    { id: 'sharing-sale', rating: 'bad', text: 'Sells or rents your data.', when: (h) => yes(h, 'sale') },
    { id: 'sharing-advertisers', rating: 'bad', text: 'Shares your data with advertisers.', when: (h) => yes(h, 'advertisers') },
    { id: 'sharing-public', rating: 'caution', text: 'Makes some of your data public.', when: (h) => yes(h, 'public') },
    { id: 'sharing-social', rating: 'caution', text: 'Shares with social networks.', when: (h) => yes(h, 'social-networks') },
    { id: 'sharing-affiliates', rating: 'caution', text: 'Shares with affiliated companies.', when: (h) => yes(h, 'affiliates') },
    { id: 'sharing-no-sale-unsaid', rating: 'caution', text: 'Does not say whether it sells your data.', when: (h) => !h('sale') },
  ],
  tracking: [
    { id: 'tracking-cross-site', rating: 'bad', text: 'Lets others track you across sites for advertising.', when: (h) => yes(h, 'cross-site-ads') },
    { id: 'tracking-third-party', rating: 'caution', text: 'Allows third-party tracking.', when: (h) => yes(h, 'third-party-tracking', 'social-widgets') },
    { id: 'tracking-dnt-ignored', rating: 'caution', text: 'Ignores Do Not Track signals.', when: (h) => h('do-not-track', 'no') },
  ],
  retention: [
    { id: 'retention-indefinite', rating: 'bad', text: 'Keeps data indefinitely.', when: (h) => yes(h, 'indefinite') },
    { id: 'retention-no-period', rating: 'caution', text: 'States no concrete retention period.', when: (h) => !yes(h, 'period') },
  ],
  rights: [
    { id: 'rights-no-deletion', rating: 'caution', text: 'Does not say you can delete your data.', when: (h) => !yes(h, 'deletion') },
    { id: 'rights-no-access', rating: 'caution', text: 'Does not say you can access your data.', when: (h) => !yes(h, 'access') },
  ],
  security: [
    { id: 'security-no-measures', rating: 'caution', text: 'Names no concrete protection (encryption or access controls).', when: (h) => !yes(h, 'encryption-in-transit', 'encryption-at-rest', 'access-controls') },
  ],
  audiences: [
    { id: 'audiences-children-collected', rating: 'bad', text: 'Knowingly collects data of children.', when: (h) => h('children', 'yes') },
  ],
  transfers: [
    { id: 'transfers-outdated-safeguard', rating: 'bad', text: 'Relies on Privacy Shield or Safe Harbor, both invalid.', when: (_h, items) => items.some((i) => i.id === 'safeguards' && typeof i.value === 'string' && /shield|safe harbor/i.test(i.value)) },
    { id: 'transfers-no-safeguard', rating: 'caution', text: 'Transfers data abroad without naming a safeguard.', when: (h) => yes(h, 'countries') && !yes(h, 'safeguards') },
  ],
  changes: [
    { id: 'changes-posting-only', rating: 'caution', text: 'Only posts changes on the page, without notifying you.', when: (h) => yes(h, 'posting-only') && !yes(h, 'notice-email', 'consent') },
  ],
  contact: [],
};

const ORDER: Record<Rating, number> = { unknown: 0, good: 1, caution: 2, bad: 3 };

/** The rubric lines that hold for a section's items. */
export function rubricLinesFor(id: SectionId, items: readonly Item[]): RubricLine[] {
  const has = (item: string, polarity?: Item['polarity']) =>
    items.some((i) => i.id === item && (polarity === undefined || i.polarity === polarity));
  return RUBRIC[id].filter((line) => line.when(has, items));
}

export function rateSection(id: SectionId, items: readonly Item[]): Rating {
  if (items.length === 0) return 'unknown';
  let rating: Rating = 'good';
  for (const line of rubricLinesFor(id, items)) if (ORDER[line.rating] > ORDER[rating]) rating = line.rating;
  return rating;
}

/** Points a section's rating costs towards the overall grade; headline sections weigh double. */
const COST: Record<Rating, number> = { good: 0, unknown: 1, caution: 2, bad: 5 };
const WEIGHT: Partial<Record<SectionId, number>> = { collection: 2, sharing: 2, retention: 2, rights: 2, tracking: 1.5 };

export interface Grade {
  letter: 'A' | 'B' | 'C' | 'D' | 'E';
  points: number;
  concerns: number;
}

/**
 * Overall grade: the weighted cost of the section ratings, plus 3 a flag.
 * A ≤ 6 < B ≤ 12 < C ≤ 19 < D ≤ 27 < E.
 */
export function gradeOf(label: Pick<Label, 'sections' | 'flags'>): Grade {
  let points = 0;
  let concerns = label.flags.length;
  for (const s of label.sections) {
    points += COST[s.rating] * (WEIGHT[s.id] ?? 1);
    if (s.rating === 'bad' || s.rating === 'caution') concerns++;
  }
  points += 3 * label.flags.length;
  const letter = points <= 6 ? 'A' : points <= 12 ? 'B' : points <= 19 ? 'C' : points <= 27 ? 'D' : 'E';
  return { letter, points, concerns };
}

export function sectionRatingReasons(section: Section): string[] {
  if (!section.stated) return ['The policy says nothing about this.'];
  const lines = rubricLinesFor(section.id, section.items);
  return lines.length ? lines.map((l) => l.text) : ['Nothing in the rubric counts against this section.'];
}
