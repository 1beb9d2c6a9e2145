import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/label';
import { FLAG_COSTS, GRADE_THRESHOLDS, RUBRIC, gradeOf, rateSection, rubricLinesFor, sectionRatingReasons } from '../../analyzer/rubric';
import { SECTIONS } from '../../analyzer/schema';
import type { Item, Label, Polarity, SectionId } from '../../analyzer/types';

/** A hand-made item: `section/item:polarity` is enough for the rubric. */
function item(spec: string, value?: string | number): Item {
  const [id, polarity = 'yes'] = spec.split(':') as [string, Polarity?];
  const it: Item = { id, polarity, evidence: [{ text: spec, start: 0, end: spec.length }] };
  if (value !== undefined) it.value = value;
  return it;
}

/** A label from `section/item:polarity` specs (flags optional). */
function labelOf(specs: string[], flags: string[] = []): Pick<Label, 'sections' | 'flags'> {
  const by = new Map<SectionId, Item[]>();
  for (const s of specs) {
    const [section, rest] = s.split('/') as [SectionId, string];
    by.set(section, [...(by.get(section) ?? []), item(rest)]);
  }
  return {
    sections: SECTIONS.map(({ id }) => {
      const items = by.get(id) ?? [];
      return { id, stated: items.length > 0, rating: rateSection(id, items), items };
    }),
    flags: flags.map((id) => ({ id, detail: id, evidence: [] })),
  };
}

describe('section ratings', () => {
  it.each<[SectionId, string[], string]>([
    ['collection', [], 'unknown'],
    ['collection', ['contact', 'device', 'usage', 'cookies', 'identifiers', 'user-content', 'financial'], 'good'],
    ['collection', ['contact', 'location'], 'caution'],
    ['collection', ['contact', 'health'], 'bad'],
    ['collection', ['contact', 'health:no'], 'good'],
    ['sharing', ['service-providers', 'sale:no'], 'good'],
    ['sharing', ['service-providers'], 'caution'],
    ['sharing', ['service-providers', 'sale:no', 'advertisers'], 'bad'],
    ['sharing', ['sale'], 'bad'],
    ['sharing', ['sale:contradictory'], 'bad'],
    // "Will you share my information? No.": sharing with no one at all answers whether it sells.
    ['sharing', ['third-parties:no'], 'good'],
    ['sharing', ['third-parties'], 'caution'],
    ['sharing', ['third-parties:contradictory'], 'caution'],
    ['tracking', ['cookie-controls'], 'good'],
    ['tracking', ['cross-site-ads', 'cookie-controls'], 'bad'],
    ['tracking', ['do-not-track:no'], 'caution'],
    ['retention', ['period'], 'good'],
    ['retention', ['as-long-as-necessary'], 'caution'],
    ['retention', ['period', 'indefinite'], 'bad'],
    ['rights', ['access', 'deletion'], 'good'],
    ['rights', ['access'], 'caution'],
    ['security', ['no-guarantee'], 'caution'],
    ['security', ['encryption-in-transit', 'no-guarantee'], 'good'],
    ['audiences', ['children:no'], 'good'],
    ['audiences', ['children'], 'bad'],
    ['changes', ['posting-only'], 'caution'],
    ['changes', ['notice-email', 'posting-only'], 'good'],
  ])('%s with %j is %s', (section, specs, rating) => {
    expect(rateSection(section, specs.map((s) => item(s)))).toBe(rating);
  });

  it('rates an outdated transfer safeguard bad', () => {
    expect(rateSection('transfers', [item('safeguards', 'EU-US Privacy Shield')])).toBe('bad');
  });

  it('gives the reasons of a rating, and of silence', () => {
    expect(rubricLinesFor('sharing', [item('sale')]).map((l) => l.id)).toContain('sharing-sale');
    const silent = sectionRatingReasons({ id: 'retention', stated: false, rating: 'unknown', items: [] });
    expect(silent[0]).toMatch(/says nothing/);
    expect(silent.join(' ')).toMatch(/how long/);
  });
});

const BASE = ['collection/contact', 'collection/device', 'sharing/service-providers', 'retention/as-long-as-necessary', 'rights/access', 'rights/deletion', 'security/access-controls'];

describe('the grade', () => {
  it.each<[string, string[], string[], string]>([
    ['a careful policy', [...BASE, 'sharing/sale:no', 'retention/period', 'security/encryption-in-transit', 'changes/notice-email', 'rights/portability'], [], 'A'],
    ['an ordinary policy, nothing on sale', BASE, [], 'B'],
    ['silent on sale, ads and profiles, location, social networks', [...BASE, 'purposes/advertising', 'tracking/third-party-tracking', 'collection/location', 'collection/inferences', 'sharing/social-networks'], [], 'C'],
    ['ad-funded, shares with advertisers', [...BASE, 'purposes/advertising', 'sharing/advertisers', 'tracking/cross-site-ads', 'tracking/third-party-tracking'], [], 'D'],
    ['sells data, keeps it forever, children', [...BASE, 'sharing/sale', 'sharing/advertisers', 'tracking/cross-site-ads', 'retention/indefinite', 'audiences/children'], ['outdated-law'], 'E'],
    ['says nothing at all', [], [], 'D'],
  ])('%s (%j, flags %j) gets %s', (_name, specs, flags, letter) => {
    expect(gradeOf(labelOf(specs, flags)).letter).toBe(letter);
  });

  it('scores silence on a headline section below a mild practice', () => {
    const silentOnRetention = gradeOf(labelOf(BASE.filter((s) => !s.startsWith('retention'))));
    const vagueRetention = gradeOf(labelOf(BASE));
    expect(vagueRetention.points).toBeGreaterThan(silentOnRetention.points);
    const silentOnCollection = gradeOf(labelOf(BASE.filter((s) => !s.startsWith('collection'))));
    const collectsLocation = gradeOf(labelOf([...BASE, 'collection/location']));
    expect(collectsLocation.points).toBeGreaterThan(silentOnCollection.points);
  });

  it('does not punish a policy for listing the kinds of data it collects', () => {
    const short = gradeOf(labelOf(BASE));
    const thorough = gradeOf(labelOf([...BASE, 'collection/usage', 'collection/cookies', 'collection/identifiers', 'collection/user-content', 'collection/financial', 'collection/demographic']));
    expect(thorough.points).toBe(short.points);
  });

  it('counts each kind of flag once, and explains every point', () => {
    const g = gradeOf(labelOf(BASE, ['contradiction', 'contradiction', 'contradiction']));
    expect(g.lines.filter((l) => l.id === 'contradiction')).toHaveLength(1);
    expect(g.points).toBe(g.lines.reduce((n, l) => n + l.points, 0));
    expect(g.concerns).toBe(g.lines.filter((l) => l.points < 0).length);
  });

  it('takes one grade step off a stale policy, whatever its points', () => {
    const careful = [...BASE, 'sharing/sale:no', 'retention/period', 'security/encryption-in-transit', 'changes/notice-email', 'rights/portability'];
    const fresh = gradeOf(labelOf(careful));
    const stale = gradeOf(labelOf(careful, ['stale-policy']));
    expect(fresh.letter).toBe('A');
    expect(stale.letter).toBe('B');
    expect(stale.points).toBe(fresh.points);
    expect(stale.lines.find((l) => l.id === 'stale-policy')).toMatchObject({ steps: 1 });
    expect(stale.concerns).toBe(fresh.concerns + 1);
    expect(gradeOf(labelOf(BASE, ['stale-policy'])).letter).toBe('C');
    // E stays E.
    const worst = [...BASE, 'sharing/sale', 'sharing/advertisers', 'tracking/cross-site-ads', 'retention/indefinite', 'audiences/children'];
    expect(gradeOf(labelOf(worst, ['outdated-law', 'stale-policy'])).letter).toBe('E');
  });

  it('reads the stale step from a real policy\'s own date, not from a law\'s', () => {
    const text = (date: string) =>
      `Privacy Policy\n\nLast updated: ${date}\n\nEffective January 1, 2020, the California Consumer Privacy Act gives you rights. We collect your email address. We do not sell your personal information. We keep your data for 30 days. You can access and delete your data. We encrypt data in transit with TLS.`;
    const now = new Date('2026-11-30');
    const fresh = gradeOf(analyze(text('March 1, 2025'), { now }));
    const stale = gradeOf(analyze(text('March 1, 2015'), { now }));
    expect(fresh.lines.map((l) => l.id)).not.toContain('stale-policy');
    expect(stale.lines.find((l) => l.id === 'stale-policy')?.text).toMatch(/Not updated for 11 years \(effective 2015-03-01\)\. One grade lower\./);
    expect(stale.points).toBe(fresh.points);
    expect(GRADE_THRESHOLDS.findIndex((t) => t.letter === stale.letter)).toBe(GRADE_THRESHOLDS.findIndex((t) => t.letter === fresh.letter) + 1);
  });

  it('has thresholds from best to worst', () => {
    const mins = GRADE_THRESHOLDS.map((t) => t.min);
    expect([...mins].sort((a, b) => b - a)).toEqual(mins);
    expect(GRADE_THRESHOLDS.map((t) => t.letter).join('')).toBe('ABCDE');
  });
});

describe('docs/rubric.md', () => {
  const doc = readFileSync(new URL('../../docs/rubric.md', import.meta.url), 'utf8');
  const lines = Object.entries(RUBRIC).flatMap(([section, ls]) => ls.map((l) => [section, l] as const));
  it.each(lines.map(([s, l]) => [`${s}: ${l.id}`, l] as const))('states %s with its rating and points', (_n, l) => {
    const points = `${l.points > 0 ? '+' : ''}${l.points}`;
    expect(doc).toContain(`| \`${l.id}\` | ${l.rating} | ${points} | ${l.text} |`);
  });
  it.each(Object.entries(FLAG_COSTS))('states the cost of the flag %s', (id, cost) => {
    expect(doc).toContain(`| \`${id}\` | ${cost.points} | ${cost.steps} | ${cost.text} |`);
  });
  it('lists no flag that the code does not know', () => {
    const table = doc.slice(doc.indexOf('### flags'), doc.indexOf('## The grade'));
    const listed = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(FLAG_COSTS).sort());
  });
  it('states the thresholds', () => {
    for (const t of GRADE_THRESHOLDS.slice(0, -1)) expect(doc).toMatch(new RegExp(`\\| ${t.letter} \\| ≥ ${String(t.min).replace('-', '−').replace('.', '\\.')} \\|`));
  });
});

describe('seeds that differ in substance get different grades', () => {
  const grade = (f: string) => gradeOf(analyze(readFileSync(new URL(`../fixtures/seeds/${f}`, import.meta.url), 'utf8')));
  it('002 (tailored advertising, marketing partners, nothing on sale) grades below 003 (no sale, no ad sharing, backups kept up to one year)', () => {
    // Read in the policies: 002 "Offer tailored content and advertising", "Marketing Partners";
    // 003 "not in the business of selling or renting user information", "We do not share your
    // information with third parties for the purpose of enabling them to deliver their
    // advertisements", "back-up and archiving systems for up to one year".
    const g002 = grade('002_1e5460b4680221d7.txt');
    const g003 = grade('003_e76dca881b1de927.txt');
    expect(g002.letter).not.toBe(g003.letter);
    expect(g003.points).toBeGreaterThan(g002.points);
    expect(g002.lines.map((l) => l.id)).toContain('sharing-advertisers');
    expect(g003.lines.map((l) => l.id)).toEqual(expect.arrayContaining(['sharing-no-sale', 'retention-period']));
  });
});

/**
 * Real policies (tests/fixtures/policies/, ToSBack / ToS;DR, ODC-By 1.0) that differ in
 * substance, read by a person: the better one must get a better letter, for the reasons read.
 * Each pair: [better, worse, what the reader found in the better one, in the worse one].
 */
describe('real policies that differ in substance get different grades', () => {
  const grade = (name: string) =>
    gradeOf(analyze(readFileSync(new URL(`../fixtures/policies/${name}.md`, import.meta.url), 'utf8'), { now: new Date('2021-03-01') }));
  it.each<[string, string, string[], string[]]>([
    // Marco Polo: "we don't sell your personal information", no ads ("we don't … use it to show
    // you ads"); CNN: shares with advertisers and ad networks, interest-based ads on other sites.
    ['marco-polo', 'cnn', ['sharing-no-sale', 'purposes-no-advertising'], ['sharing-advertisers', 'tracking-cross-site']],
    // PCPartPicker: "will not sell your personal information", data "stored by us in encrypted
    // form", stated periods; Upakka: ad servers and ad networks, nothing on retention or rights.
    ['pcpartpicker', 'upakka', ['sharing-no-sale', 'security-encryption', 'retention-period'], ['sharing-advertisers', 'retention-silent', 'rights-silent']],
    // freeCodeCamp: "we don't sell your data", "doesn't show you ads"; Fox News: shares with
    // advertisers, interest-based advertising, does not respond to Do Not Track.
    ['free-code-camp', 'fox-news', ['sharing-no-sale', 'purposes-no-advertising'], ['sharing-advertisers', 'tracking-cross-site', 'tracking-dnt-ignored']],
    // Mullvad: payment data "deleted 40 days after payment", deleted after the periods;
    // WebMD: health data, shares with advertisers, ads across sites.
    ['mullvad', 'webmd', ['retention-period', 'retention-deletion'], ['collection-sensitive', 'sharing-advertisers', 'tracking-cross-site']],
    // Steam: no sale, transactional data kept "for a period of up to ten (10) years", rights of access and objection;
    // Tumblr: shares with advertisers, cross-site ads, no stated retention period.
    ['steam', 'tumblr', ['sharing-no-sale', 'retention-period', 'rights-access'], ['sharing-advertisers', 'tracking-cross-site', 'retention-no-period']],
  ])('%s grades above %s', (better, worse, betterLines, worseLines) => {
    const b = grade(better);
    const w = grade(worse);
    expect(b.letter).not.toBe(w.letter);
    expect(b.letter < w.letter).toBe(true);
    expect(b.lines.map((l) => l.id)).toEqual(expect.arrayContaining(betterLines));
    expect(w.lines.map((l) => l.id)).toEqual(expect.arrayContaining(worseLines));
  });

  it('spreads the twenty hand-checked policies over at least four letters', () => {
    const names = ['alibaba', 'cnn', 'custom-ink', 'fox-news', 'free-code-camp', 'harpersbazaar', 'hautelook', 'human-rights-foundation', 'kickstarter', 'marco-polo',
      'match', 'mullvad', 'pastebin', 'pcpartpicker', 'posteo', 'steam', 'strava', 'tumblr', 'upakka', 'webmd'];
    const letters = new Set(names.map((n) => grade(n).letter));
    expect(letters.size).toBeGreaterThanOrEqual(4);
  });
});
