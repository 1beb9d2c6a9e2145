import type { Item, Label, Rating, Section, SectionId } from './types';

/**
 * The rating rubric, written down as data (and in docs/rubric.md) so that the reader can see
 * why a section got its rating and where the grade comes from.
 *
 * Each line: a condition on one section's items, the rating it gives that section and the
 * points it adds to the overall score (negative: a concern; positive: a protection).
 * A section's rating is the worst rating among its lines that hold; a stated section with
 * no line holding is `good`; a section with nothing stated is `unknown` (but its `silent`
 * line, if any, still costs points: silence must not score better than a mild practice).
 */
export interface RubricLine {
  id: string;
  rating: Exclude<Rating, 'unknown'>;
  /** Points towards the overall score: negative for a concern, positive for a protection. */
  points: number;
  /** Plain-English statement shown to the reader. */
  text: string;
  when: (has: (item: string, polarity?: Item['polarity']) => boolean, items: readonly Item[]) => boolean;
}

type Has = (i: string, p?: Item['polarity']) => boolean;
/** Stated as a practice (a contradiction counts: the policy says it at least once). */
const yes = (has: Has, ...ids: string[]) => ids.some((id) => has(id, 'yes') || has(id, 'contradictory'));
/** Stated as a protection without contradiction. */
const only = (has: Has, ...ids: string[]) => ids.some((id) => has(id, 'yes'));
const silent = (_h: Has, items: readonly Item[]) => items.length === 0;

export const RUBRIC: Record<SectionId, RubricLine[]> = {
  collection: [
    { id: 'collection-silent', rating: 'caution', points: -3, text: 'Does not say what data it collects.', when: silent },
    { id: 'collection-sensitive', rating: 'bad', points: -3, text: 'Collects health, biometric or other sensitive data.', when: (h) => yes(h, 'health', 'biometric', 'sensitive') },
    { id: 'collection-children', rating: 'bad', points: -1, text: 'Collects data of children.', when: (h) => h('children', 'yes') },
    { id: 'collection-profiling', rating: 'caution', points: -1, text: 'Builds inferences or profiles about you.', when: (h) => yes(h, 'inferences') },
    { id: 'collection-location', rating: 'caution', points: -1, text: 'Collects your location.', when: (h) => yes(h, 'location') },
  ],
  purposes: [
    { id: 'purposes-advertising', rating: 'caution', points: -1, text: 'Uses your data for advertising.', when: (h) => yes(h, 'advertising') },
    { id: 'purposes-no-advertising', rating: 'good', points: 1, text: 'Says it does not use your data for advertising.', when: (h) => h('advertising', 'no') },
  ],
  sharing: [
    { id: 'sharing-silent', rating: 'caution', points: -3, text: 'Does not say with whom it shares your data.', when: silent },
    { id: 'sharing-sale', rating: 'bad', points: -4, text: 'Sells or rents your data.', when: (h) => yes(h, 'sale') },
    { id: 'sharing-advertisers', rating: 'bad', points: -3, text: 'Shares your data with advertisers.', when: (h) => yes(h, 'advertisers') },
    { id: 'sharing-public', rating: 'caution', points: 0, text: 'Makes some of your data public.', when: (h) => yes(h, 'public') },
    { id: 'sharing-social', rating: 'caution', points: -1, text: 'Shares with social networks.', when: (h) => yes(h, 'social-networks') },
    { id: 'sharing-no-sale-unsaid', rating: 'caution', points: -1, text: 'Does not say whether it sells your data.', when: (h, items) => items.length > 0 && !h('sale') && !h('third-parties', 'no') },
    { id: 'sharing-no-sale', rating: 'good', points: 2, text: 'Says it does not sell your data.', when: (h) => h('sale', 'no') },
  ],
  tracking: [
    { id: 'tracking-cross-site', rating: 'bad', points: -3, text: 'Lets others track you across sites for advertising.', when: (h) => yes(h, 'cross-site-ads') },
    { id: 'tracking-third-party', rating: 'caution', points: -1, text: 'Allows third-party tracking.', when: (h) => yes(h, 'third-party-tracking', 'social-widgets') },
    { id: 'tracking-dnt-ignored', rating: 'caution', points: -1, text: 'Ignores Do Not Track signals.', when: (h) => h('do-not-track', 'no') },
    { id: 'tracking-dnt-honoured', rating: 'good', points: 1, text: 'Honours Do Not Track signals.', when: (h) => h('do-not-track', 'yes') },
    { id: 'tracking-controls', rating: 'good', points: 0.5, text: 'Tells you how to control cookies.', when: (h) => yes(h, 'cookie-controls') },
  ],
  retention: [
    { id: 'retention-silent', rating: 'caution', points: -2, text: 'Does not say how long it keeps your data.', when: silent },
    { id: 'retention-indefinite', rating: 'bad', points: -3, text: 'Keeps data indefinitely.', when: (h) => yes(h, 'indefinite') },
    { id: 'retention-no-period', rating: 'caution', points: -1, text: 'States no concrete retention period.', when: (h, items) => items.length > 0 && !yes(h, 'period') },
    { id: 'retention-period', rating: 'good', points: 2, text: 'States a concrete retention period.', when: (h) => yes(h, 'period') },
    { id: 'retention-deletion', rating: 'good', points: 1, text: 'Deletes or anonymises data when it is no longer needed.', when: (h) => only(h, 'deletion-or-anonymisation') },
  ],
  rights: [
    { id: 'rights-silent', rating: 'caution', points: -2, text: 'Does not say what you may do with your data.', when: silent },
    { id: 'rights-no-deletion', rating: 'caution', points: -1, text: 'Does not say you can delete your data.', when: (h, items) => items.length > 0 && !yes(h, 'deletion') },
    { id: 'rights-no-access', rating: 'caution', points: -1, text: 'Does not say you can access your data.', when: (h, items) => items.length > 0 && !yes(h, 'access') },
    { id: 'rights-deletion', rating: 'good', points: 1, text: 'You can have your data deleted.', when: (h) => only(h, 'deletion') },
    { id: 'rights-access', rating: 'good', points: 1, text: 'You can access your data.', when: (h) => only(h, 'access') },
    { id: 'rights-portability', rating: 'good', points: 0.5, text: 'You can take your data elsewhere (portability).', when: (h) => only(h, 'portability') },
    { id: 'rights-opt-out', rating: 'good', points: 0.5, text: 'You can opt out of marketing or of the sale of your data.', when: (h) => only(h, 'opt-out-marketing', 'opt-out-sale') },
  ],
  security: [
    { id: 'security-no-measures', rating: 'caution', points: -1, text: 'Names no concrete protection (encryption or access controls).', when: (h) => !yes(h, 'encryption-in-transit', 'encryption-at-rest', 'access-controls') },
    { id: 'security-encryption', rating: 'good', points: 1, text: 'Encrypts your data.', when: (h) => only(h, 'encryption-in-transit', 'encryption-at-rest') },
    { id: 'security-breach-notice', rating: 'good', points: 0.5, text: 'Says it will tell you of a data breach.', when: (h) => only(h, 'breach-notification') },
  ],
  audiences: [
    { id: 'audiences-children-collected', rating: 'bad', points: -3, text: 'Knowingly collects data of children.', when: (h) => h('children', 'yes') },
  ],
  transfers: [
    { id: 'transfers-outdated-safeguard', rating: 'bad', points: 0, text: 'Relies on Privacy Shield or Safe Harbor, both invalid.', when: (_h, items) => items.some((i) => i.id === 'safeguards' && typeof i.value === 'string' && /shield|safe harbor/i.test(i.value)) },
    { id: 'transfers-no-safeguard', rating: 'caution', points: 0, text: 'Transfers data abroad without naming a safeguard.', when: (h) => yes(h, 'countries') && !yes(h, 'safeguards') },
  ],
  changes: [
    { id: 'changes-posting-only', rating: 'caution', points: 0, text: 'Only posts changes on the page, without notifying you.', when: (h) => yes(h, 'posting-only') && !yes(h, 'notice-email', 'consent') },
    { id: 'changes-notice', rating: 'good', points: 1, text: 'Tells you of changes by e-mail or asks your consent.', when: (h) => only(h, 'notice-email', 'consent') },
  ],
  contact: [],
};

const ORDER: Record<Rating, number> = { unknown: 0, good: 1, caution: 2, bad: 3 };

/** The rubric lines that hold for a section's items (for an unstated section: its silence line). */
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

/**
 * What each kind of flag costs: points towards the score, and grade steps taken off the letter
 * after the score (a stale policy: one letter lower, whatever it says — its statements may no
 * longer describe what the service does). docs/rubric.md lists the same table.
 */
export const FLAG_COSTS: Readonly<Record<string, { points: number; steps: number; text: string }>> = {
  'outdated-law': { points: -1, steps: 0, text: 'Relies on outdated law: Privacy Shield, Safe Harbor or Directive 95/46/EC.' },
  contradiction: { points: -1, steps: 0, text: 'Says that it collects no information, and elsewhere what it collects.' },
  'contradiction-item': { points: 0, steps: 0, text: 'Says both yes and no about the same thing: shown with both quotes for the reader to weigh, not scored.' },
  'stale-policy': { points: 0, steps: 1, text: 'Not updated for five years or more.' },
  'vague-catch-all': { points: 0, steps: 0, text: 'Leaves a list open with "and other information".' },
};

/**
 * The FLAG_COSTS entry of a flag: an item's yes-and-no (reason 'item') is `contradiction-item`.
 * Read by people, 1 of 53 such flags over the corpus was a contradiction a reader would call
 * one (README, Accuracy): the rest set a general statement beside a narrower one the rules did
 * not see as narrower. The blanket "we collect no information" beside a collection still costs.
 */
function costKey(f: { id: string; reason?: string }): string {
  return f.id === 'contradiction' && f.reason === 'item' ? 'contradiction-item' : f.id;
}

/**
 * Score → letter. Thresholds calibrated on the 514 policies of the ToSBack corpus
 * (docs/rubric.md) so that roughly 10 / 25 / 30 / 25 / 10 % get A / B / C / D / E.
 */
export const GRADE_THRESHOLDS: readonly { letter: Grade['letter']; min: number }[] = [
  { letter: 'A', min: 1 },
  { letter: 'B', min: -4 },
  { letter: 'C', min: -7.5 },
  { letter: 'D', min: -12 },
  { letter: 'E', min: -Infinity },
];

export interface Grade {
  letter: 'A' | 'B' | 'C' | 'D' | 'E';
  /** The score: the sum of the points of every rubric line that holds, and of the flags. Higher is better. */
  points: number;
  /** Rubric lines and flags that count against the policy. */
  concerns: number;
  /** Every line that scored, section by section, for the reader; `steps`: grade steps it takes off. */
  lines: { section: SectionId | 'flags'; id: string; text: string; points: number; steps?: number }[];
  /** The letter the points alone give, before flags take grade steps off. */
  fromPoints: Grade['letter'];
}

/** Overall grade: the sum of the points of all rubric lines that hold, then GRADE_THRESHOLDS. */
export function gradeOf(label: Pick<Label, 'sections' | 'flags'>): Grade {
  const lines: Grade['lines'] = [];
  for (const s of label.sections) {
    for (const l of rubricLinesFor(s.id, s.items)) if (l.points !== 0) lines.push({ section: s.id, id: l.id, text: l.text, points: l.points });
  }
  // Each kind of flag counts once, however often it is raised.
  const seen = new Set<string>();
  let steps = 0;
  for (const f of label.flags) {
    const key = costKey(f);
    const cost = FLAG_COSTS[key];
    if (cost && (cost.points !== 0 || cost.steps !== 0) && !seen.has(key)) {
      const text = cost.steps ? `${f.detail} One grade lower.` : f.detail;
      lines.push(cost.steps ? { section: 'flags', id: f.id, text, points: cost.points, steps: cost.steps } : { section: 'flags', id: f.id, text, points: cost.points });
      steps += cost.steps;
    }
    seen.add(key);
  }
  const points = lines.reduce((n, l) => n + l.points, 0);
  const concerns = lines.filter((l) => l.points < 0 || (l.steps ?? 0) > 0).length;
  const at = GRADE_THRESHOLDS.findIndex((t) => points >= t.min);
  const fromPoints = GRADE_THRESHOLDS[at]!.letter;
  const letter = GRADE_THRESHOLDS[Math.min(GRADE_THRESHOLDS.length - 1, at + steps)]!.letter;
  return { letter, fromPoints, points, concerns, lines };
}

export function sectionRatingReasons(section: Section): string[] {
  if (!section.stated) {
    const silence = rubricLinesFor(section.id, []).map((l) => `${l.text} (${l.points} points)`);
    return ['The policy says nothing about this.', ...silence];
  }
  const lines = rubricLinesFor(section.id, section.items);
  return lines.length ? lines.map((l) => l.text) : ['Nothing in the rubric counts against this section.'];
}
