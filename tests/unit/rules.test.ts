import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/label';
import { RULE_TABLES } from '../../analyzer/rules';
import type { Rule, RuleTable } from '../../analyzer/rules/types';
import { EXTENSIONS, SECTIONS } from '../../analyzer/schema';
import { findAll, mergeItems, type Finding } from '../../analyzer/engine';
import { sentencesOf } from '../../analyzer/text';
import type { Item, SectionId } from '../../analyzer/types';

/** One text as one paragraph, through the engine with every table. */
function run(text: string): { findings: Finding[]; items: Map<SectionId, Item[]> } {
  const sentences = sentencesOf(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
  const findings = findAll(RULE_TABLES, sentences);
  return { findings, items: mergeItems(findings) };
}

function itemOf(items: Map<SectionId, Item[]>, section: SectionId, item: string): Item[] {
  return (items.get(section) ?? []).filter((i) => i.id === item);
}

const ALL: { table: RuleTable; rule: Rule }[] = RULE_TABLES.flatMap((table) => table.rules.map((rule) => ({ table, rule })));

const EXAMPLES = ALL.map(({ table, rule }) => ({ id: rule.id, section: table.section, rule }));
const COUNTER_EXAMPLES = ALL.flatMap(({ table, rule }) =>
  (rule.counterExamples ?? []).map((text) => ({ id: rule.id, section: table.section, item: rule.item, text })),
);

describe('each rule example yields its item', () => {
  it.each(EXAMPLES)('$id', ({ section, rule }) => {
    const { findings, items } = run(rule.example);
    const expected = rule.examplePolarity ?? 'yes';
    // The rule itself fires, with the example's polarity …
    expect(findings.filter((f) => f.rule === rule.id).map((f) => f.polarity)).toContain(expected);
    // … and the item the label shows has it too.
    const merged = itemOf(items, section, rule.item);
    expect(merged.map((i) => i.polarity)).toContain(expected);
    if (rule.value) expect(merged.some((i) => i.value !== undefined || i.detail !== undefined)).toBe(true);
  });
});

describe('counter-examples do not yield the item as yes', () => {
  it.each(COUNTER_EXAMPLES)('$id: $text', ({ section, item, text }) => {
    const { items } = run(text);
    const said = itemOf(items, section, item).filter((i) => i.polarity === 'yes' || i.polarity === 'contradictory');
    expect(said).toEqual([]);
  });
});

/**
 * Examples that also speak for an item of another section, on purpose: the same sentence
 * states two facts. Each entry says which other items and why.
 */
const ALSO: Record<string, { items: string[]; why: string }> = {
  'collection/children/from-children': { items: ['audiences/children'], why: "collecting children's data is the children audience item too" },
  'collection/children/under-age': { items: ['audiences/children'], why: "collecting children's data is the children audience item too" },
  'audiences/children/collect-from': { items: ['collection/children'], why: "a denial of collecting from children is a collection item too" },
  'collection/cookies/technologies': { items: ['purposes/personalization'], why: '"to remember your settings" is a personalisation purpose' },
  'purposes/personalization/tailor': { items: ['collection/cookies'], why: 'the example says cookies are used' },
  'purposes/analytics/analyse': { items: ['collection/cookies'], why: 'the example says cookies are used' },
  'sharing/analytics-providers/analytics': { items: ['purposes/analytics'], why: 'analytics tools serve an analytics purpose' },
  'sharing/payment-processors/processors': {
    items: ['purposes/service', 'collection/financial'],
    why: '"to process your payments" is providing the service, with transaction data',
  },
  'sharing/named/parties': { items: ['sharing/payment-processors'], why: 'PayPal and Stripe are payment processors' },
  'tracking/third-party-tracking/tracker-services': { items: ['sharing/named', 'collection/cookies'], why: 'Google Analytics is a named analytics provider that sets cookies' },
  'tracking/third-party-tracking/partners-use': { items: ['collection/cookies'], why: 'partners using cookies is cookie use' },
  'tracking/third-party-tracking/used-by-partners': { items: ['collection/cookies'], why: 'cookies used by partners' },
  'tracking/cross-site-ads/behavioural': { items: ['purposes/advertising'], why: 'advertising on other websites is an advertising purpose' },
  'tracking/social-widgets/widgets': { items: ['sharing/named'], why: 'the Facebook Like button names Facebook' },
  'rights/complain/authority': { items: ['audiences/europe'], why: 'a supervisory authority is a GDPR notion' },
  'collection/financial/payment': { items: ['sharing/payment-processors'], why: 'the example names payment processors as collectors' },
  'sharing/sale/considered-sale': { items: ['audiences/california'], why: 'the example speaks of California law' },
  'contact/email/address': { items: ['rights/opt-out-marketing'], why: 'the example is an unsubscribe instruction' },
};

describe('tables', () => {
  it('every item id of the schema has at least one rule', () => {
    const missing = SECTIONS.flatMap((s) => s.items.filter((item) => !RULE_TABLES.some((t) => t.section === s.id && t.rules.some((r) => r.item === item))).map((i) => `${s.id}/${i}`));
    expect(missing).toEqual([]);
  });

  it('has one table a section, in the order of the schema', () => {
    expect(RULE_TABLES.map((t) => t.section)).toEqual(SECTIONS.map((s) => s.id));
  });

  it('rule ids are unique and read section/item/name', () => {
    const ids = ALL.map(({ rule }) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { table, rule } of ALL) expect(rule.id).toMatch(new RegExp(`^${table.section}/${rule.item}/[a-z0-9-]+$`));
  });

  it('rule items belong to their section', () => {
    const bad = ALL.filter(({ table, rule }) => !SECTIONS.find((s) => s.id === table.section)!.items.includes(rule.item)).map(({ rule }) => rule.id);
    expect(bad).toEqual([]);
  });

  it('patterns are case-insensitive and stateless (no g or y flag)', () => {
    for (const { rule } of ALL) {
      expect(rule.pattern.flags, rule.id).toBe('i');
      if (rule.context) expect(rule.context.flags, rule.id).not.toMatch(/[gy]/);
    }
  });

  it('patterns have no quantifier inside a repeated group (no catastrophic backtracking)', () => {
    const offenders = ALL.filter(({ rule }) => nestedQuantifier(rule.pattern.source)).map(({ rule }) => rule.id);
    expect(offenders).toEqual([]);
  });

  it('the rights and contact tables are not hedgeable ("you may request" is a permission)', () => {
    expect(RULE_TABLES.filter((t) => t.section === 'rights' || t.section === 'contact').map((t) => t.hedgeable)).toEqual([false, false]);
  });

  it('no example yields an item of another section, except those listed with a reason', () => {
    const surprises: string[] = [];
    for (const { table, rule } of ALL) {
      const { items } = run(rule.example);
      const allowed = new Set(ALSO[rule.id]?.items ?? []);
      for (const [section, list] of items) {
        if (section === table.section) continue;
        for (const item of list) if (!allowed.has(`${section}/${item.id}`)) surprises.push(`${rule.id} → ${section}/${item.id}`);
      }
    }
    expect(surprises).toEqual([]);
  });

  it('every listed overlap is real and explained (the list stays minimal)', () => {
    const stale: string[] = [];
    for (const [id, { items, why }] of Object.entries(ALSO)) {
      const entry = ALL.find(({ rule }) => rule.id === id);
      expect(entry, id).toBeDefined();
      expect(why, id).not.toBe('');
      const found = run(entry!.rule.example).items;
      for (const full of items) {
        const [section, item] = full.split('/') as [SectionId, string];
        if (!itemOf(found, section, item).length) stale.push(`${id} → ${full}`);
      }
    }
    expect(stale).toEqual([]);
  });
});

/**
 * Star height above one: a group repeated more than once (*, +, {n,m} with m > 1) that holds
 * a quantifier repeating more than once. Bounded repeats count too: a checker will.
 */
function nestedQuantifier(source: string): boolean {
  const stack: { quantified: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      const q = repeatAt(source, i + 1);
      if (q && stack.length) stack[stack.length - 1]!.quantified = true;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        if (repeatAt(source, i + 1) && stack.length) stack[stack.length - 1]!.quantified = true;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push({ quantified: false });
    else if (c === ')') {
      const inner = stack.pop()!;
      const outer = repeatAt(source, i + 1);
      if (outer && inner.quantified) return true;
      if ((outer || inner.quantified) && stack.length) stack[stack.length - 1]!.quantified ||= Boolean(outer) || inner.quantified;
    } else if (repeatAt(source, i + 1) && stack.length) stack[stack.length - 1]!.quantified = true;
  }
  return false;
}

/** Does a quantifier that repeats more than once start at `i`? */
function repeatAt(source: string, i: number): boolean {
  const c = source[i];
  if (c === '*' || c === '+') return true;
  if (c !== '{') return false;
  const m = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i));
  if (!m) return false;
  const max = m[2] === undefined ? Number(m[1]) : m[2] === '' ? Infinity : Number(m[2]);
  return max > 1;
}

/**
 * The label contract (../shared/LABEL.md), read from its table of sections and item ids: every
 * item has a rule, and a positive example (a sentence that must yield it as "yes", run by
 * "each rule example yields its item" above) — a denial alone does not show that the item is found.
 */
describe('coverage of ../shared/LABEL.md', () => {
  const path = new URL('../../../shared/LABEL.md', import.meta.url);
  const present = existsSync(path);
  if (!present) console.warn('../shared/LABEL.md is absent: the contract coverage test is skipped');
  const rows = present
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => /^\| `[a-z-]+` \|/.test(l))
        .map((l) => {
          const cells = l.split(' | ');
          const section = /`([a-z-]+)`/.exec(cells[0]!)![1]!;
          const items = [...cells[2]!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!);
          return { section, items };
        })
    : [];
  const ids = rows.flatMap((r) => r.items.map((item) => `${r.section}/${item}`));

  it.skipIf(!present)('lists the sections and items of the schema, in its order (the schema adds only its documented extensions)', () => {
    expect(rows.map((r) => r.section)).toEqual(SECTIONS.map((s) => s.id));
    expect(ids).toEqual(SECTIONS.flatMap((s) => s.items.map((i) => `${s.id}/${i}`)).filter((id) => !EXTENSIONS.includes(id)));
    for (const id of EXTENSIONS) expect(ids, `${id} extends the contract: not already in it`).not.toContain(id);
  });
  it('each extension of the contract is in the schema and documented in the README ("Accuracy")', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const id of EXTENSIONS) {
      const [section, item] = id.split('/') as [SectionId, string];
      expect(SECTIONS.find((s) => s.id === section)?.items).toContain(item);
      expect(readme).toContain(`\`${id}\``);
    }
  });
  it.skipIf(!present).each([...ids, ...EXTENSIONS])('%s has a rule with a positive example', (full) => {
    const [section, item] = full.split('/');
    const positive = ALL.filter(({ table, rule }) => table.section === section && rule.item === item && (rule.examplePolarity ?? 'yes') === 'yes');
    expect(positive.map(({ rule }) => rule.id)).not.toEqual([]);
  });
});

/**
 * Tracking people across other sites (tracking/cross-site-ads/track-across-sites): sentences of
 * the corpus (named), the polarity read by hand; beside them, the look-alikes that track no
 * person across sites or deny something narrower.
 */
describe('tracking across other sites', () => {
  const crossSite = (text: string) => itemOf(run(text).items, 'tracking', 'cross-site-ads').map((i) => i.polarity);
  it.each<[string, string, 'yes' | 'no']>([
    ['pastebin', 'We do not track our users on third-party websites ourselves.', 'no'],
    ['keybase', 'Keybase does not collect personally identifiable information from you to track you across third-party websites.', 'no'],
    ['a CalOPPA disclosure', 'At this time, we do not track our Users\' personal information over time and across third-party online services.', 'no'],
    ['an ad-services paragraph', 'These third party ad services track your online activities over time and across multiple websites by collecting your information through cookies.', 'yes'],
    ['a cookie notice', 'Your browsing activity may be tracked across different websites and different devices or apps.', 'yes'],
    ['a cookie notice', 'They may track users across different websites and over time.', 'yes'],
  ])('%s: %j → %s', (_policy, text, polarity) => {
    expect(crossSite(text)).toEqual([polarity]);
  });

  it.each([
    ['the effectiveness of e-mails, not a person', 'We use cookies to track the effectiveness of our e-mails on different devices.'],
    ['tracking on the site itself', 'We track your activity on our site to improve it.'],
    ['the Do Not Track signal described', 'Some browsers signal that you do not wish such operators to track certain of your online activities over time and across different websites.'],
    ['a denial about some cookies only', 'The information these cookies collect may be anonymised and they cannot track your browsing activity on other websites.'],
  ])('%s: %j → nothing', (_case, text) => {
    expect(crossSite(text)).toEqual([]);
  });
});

/**
 * Sharing in general (sharing/third-parties, the extension of shared/LABEL.md documented in the
 * README): sentences of the corpus (named), the polarity read by hand. Beside them, denials
 * narrower than "we share with no one", which must not read as a general "no".
 */
describe('sharing with anyone at all', () => {
  const general = (text: string) => itemOf(run(text).items, 'sharing', 'third-parties').map((i) => i.polarity);
  it.each<[string, string, 'yes' | 'no']>([
    ['women-also-know-stuff', 'We will not share your information with any third party outside of our organization.', 'no'],
    ['pricecharting', 'We do not sell, rent, or give away any of your personal information to any other third parties.', 'no'],
    ['fosstodon (the CalOPPA template)', 'We do not sell, trade, or otherwise transfer to outside parties your personally identifiable information.', 'no'],
    ['libreoffice', 'A transfer of data to third parties does not take place.', 'no'],
    ['duckduckgo (no recipient named: nobody)', 'DuckDuckGo does not collect or share personal information.', 'no'],
    ['newsblur (an exception that names no sharing: a scoped no)', 'We do not share your personal information with outside parties except to the extent necessary to accomplish NewsBlur’s functionality.', 'no'],
    ['storyfire', 'We may share Usage Data about our users with third parties for various purposes, including to help us better understand our customer needs.', 'yes'],
    ['economist', 'In some instances, we disclose personal information to third parties when it is necessary to deliver a service or product.', 'yes'],
  ])('%s: %j → %s', (_policy, text, polarity) => {
    expect(general(text)).toEqual([polarity]);
  });

  it.each([
    ['citsci: only in connection with e-mails', 'We do not share your personal information with any third parties in connection with our email communications.'],
    ['classlink: only vendors', 'ClassLink will not share the customer’s data with third party vendors.'],
    ['ifttt: only this information', 'We do not use your email address or contact information to send commercial or marketing messages nor do we give or sell this information to any third parties.'],
    ['health: the service providers\' act', 'We do not authorize our service providers to share or use your personal information with any other third parties.'],
    ['youtube-kids: the child\'s act', 'YouTube Kids does not allow your child to share personal information with third parties or make it publicly available.'],
    ['zendesk: a term of the CCPA', 'We do not share personal information with Third Parties as the term is defined under the CCPA.'],
    ['community-data-solutions: only unrelated parties', 'We will not disclose or sell your personal information to unrelated third parties under any circumstances.'],
    ['flipgrid: only marketers', 'Flipgrid does not share Students’ personal information with third party marketers.'],
    ['gladly: a kind of third party, named', 'You can opt out of sharing personal information with third-party advertisers.'],
    ['selling is the sale item', 'We do not sell your personal information to third parties.'],
    ['ruqqus: an exception pointing at a list', 'Ruqqus will not release your information to third parties, except in the following circumstances:'],
    ['wanikani: an exception pointing at the sharing it describes', 'We will not use or share your information with anyone except as described in this Privacy Policy.'],
  ])('%s: %j → no general item', (_case, text) => {
    expect(general(text)).toEqual([]);
  });
});

/** A period whose deletion is in the sentence before (libreoffice), under a heading of storage, with plain-text headings. */
describe('retention: "this takes place after N days" under a storage heading', () => {
  const periods = (text: string) => analyze(text).sections.find((s) => s.id === 'retention')!.items.filter((i) => i.id === 'period').map((i) => i.value);
  it.each<[string, string, number[]]>([
    ['libreoffice', '### 4.Duration of storage\n\nThe data will be deleted as soon as is is no longer required for our recording purposes. In our case, this takes place after 180 days.', [180]],
    ['libreoffice (logs)', '### 4.Duration of storage\n\nFor data storage in log files, this takes place after fourteen days at the latest.', [14]],
    ['a refund, not a storage heading', '### Refunds\n\nThe refund is sent when the goods are back. In our case, this takes place after 14 days.', []],
  ])('%s → %j', (_policy, text, days) => {
    expect(periods(text)).toEqual(days);
  });
});
