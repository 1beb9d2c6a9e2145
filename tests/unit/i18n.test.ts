import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { formatMessage, t } from '../../utils/i18n';
import { FLAG_NAMES, ITEM_NAMES, SECTION_NAMES } from '../../analyzer/names';
import { RESTRICTED_REASONS } from '../../utils/restricted';
import { RUBRIC } from '../../analyzer/rubric';

const RUBRIC_LINES = Object.values(RUBRIC).flat();

const ROOT = resolve(import.meta.dirname, '../..');
const KEYS = Object.keys(messages);

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...sources(path));
    else if (/\.(?:tsx?|html)$/.test(name)) out.push(path);
  }
  return out;
}
const FILES = ['components', 'entrypoints', 'utils'].flatMap(sources).concat('wxt.config.ts');
const CODE = FILES.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');

/** Keys built from data, with the data that builds them. */
const FAMILIES: Record<string, string[]> = {
  section_: Object.keys(SECTION_NAMES),
  item_: Object.keys(ITEM_NAMES).map((k) => k.replace(/[/-]/g, '_')),
  flag_: Object.keys(FLAG_NAMES).map((k) => k.replace(/-/g, '_')),
  rating_: ['good', 'caution', 'bad', 'unknown'],
  polarity_: ['yes', 'no', 'contradictory'],
  restricted_: RESTRICTED_REASONS.map((k) => k.replace(/-/g, '_')),
  rubric_: RUBRIC_LINES.map((l) => l.id.replace(/-/g, '_')),
};

describe('messages.json and the code agree', () => {
  it('every key the code names exists in _locales/en/messages.json', () => {
    const used = new Set<string>();
    for (const m of CODE.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) used.add(m[1]!);
    for (const m of CODE.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((k) => !KEYS.includes(k))).toEqual([]);
  });

  it('every message is used: named in the code, or one of a family built from the label\'s ids', () => {
    const unused = KEYS.filter((k) => {
      if (new RegExp(`['"\`]${k}['"\`]|__MSG_${k}__`).test(CODE)) return false;
      const family = Object.keys(FAMILIES).find((p) => k.startsWith(p) && CODE.includes(`\`${p}\${`));
      return !(family && FAMILIES[family]!.includes(k.slice(family.length)));
    });
    expect(unused).toEqual([]);
  });

  it('every section, item, flag and rubric line has its message, in the English of the analyzer (else: node scripts/i18n-sync.mjs)', () => {
    for (const [id, name] of Object.entries(SECTION_NAMES)) expect(t(`section_${id}` as never)).toBe(name);
    for (const [id, name] of Object.entries(ITEM_NAMES)) expect(t(`item_${id.replace(/[/-]/g, '_')}` as never)).toBe(name);
    for (const [id, name] of Object.entries(FLAG_NAMES)) expect(t(`flag_${id.replace(/-/g, '_')}` as never)).toBe(name);
    for (const line of RUBRIC_LINES) expect(t(`rubric_${line.id.replace(/-/g, '_')}` as never)).toBe(line.text);
  });

  it('each message is well-formed for browsers: a message, a description, placeholders it declares', () => {
    for (const [key, raw] of Object.entries(messages)) {
      const entry = raw as { message: string; description?: string; placeholders?: Record<string, { content: string }> };
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.length, key).toBeGreaterThan(0);
      expect(entry.description, key).toBeTruthy();
      for (const m of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) expect(entry.placeholders?.[m[1]!.toLowerCase()], `${key}: $${m[1]}$`).toBeTruthy();
    }
  });
});

describe('t()', () => {
  it('fills placeholders as browsers do', () => {
    expect(t('grade_why', 'B')).toBe('Why grade B?');
    expect(t('meta_reading', '9,500', 38)).toBe('9,500 words, 38 min to read — summarised in 1');
    expect(formatMessage({ message: 'Cost: $$5 for $WHO$', placeholders: { who: { content: '$1' } } }, ['you'])).toBe('Cost: $5 for you');
  });
});
