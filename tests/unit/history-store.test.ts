import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getEntry, INDEX_KEY, MAX_CHARS, MAX_ENTRIES, putEntry, readIndex, removeEntry, takeNotice } from '../../utils/history-store';
import { createTracker } from '../../utils/policy-tracker';
import { analyze } from '../../analyzer/label';
import { blocksFromPlainText } from '../../analyzer/text';
import type { Label } from '../../analyzer/types';
import { handLabel } from './label-fixture';
import { memoryStorage } from './memory-storage';

const seed = readFileSync(new URL('../fixtures/seeds/000_c8463d4e3a407de9.txt', import.meta.url), 'utf8');
const analyse = (text: string, url = 'https://www.smartalpaca.example/privacy'): Label => analyze(text, { url, title: 'Privacy Policy | SmartAlpaca', blocks: blocksFromPlainText(text) });

const labelFor = (url: string, title = url): Label => {
  const l = handLabel();
  l.source = { ...l.source, url, title };
  return l;
};

describe('history store', () => {
  it('keeps a label by URL (without #fragment), without the policy text, and lists it by site', async () => {
    const area = memoryStorage();
    await putEntry(area, 'https://a.example/privacy#top', labelFor('https://a.example/privacy', 'A policy'), 1000);
    const index = await readIndex(area);
    expect(index.entries).toEqual([expect.objectContaining({ url: 'https://a.example/privacy', host: 'a.example', title: 'A policy', analysedAt: 1000, grade: expect.stringMatching(/^[A-E]$/) })]);
    const entry = (await getEntry(area, 'https://a.example/privacy'))!;
    expect(entry.label.text).toBe('');
    expect(entry.label.sections.find((s) => s.id === 'sharing')!.items[0]!.evidence[0]!.text).toBe('We do not sell your personal data.');
  });

  it('a new analysis of the same URL replaces the old one', async () => {
    const area = memoryStorage();
    await putEntry(area, 'https://a.example/p', labelFor('https://a.example/p', 'old'), 1);
    await putEntry(area, 'https://a.example/p', labelFor('https://a.example/p', 'new'), 2);
    const index = await readIndex(area);
    expect(index.entries.map((e) => e.title)).toEqual(['new']);
  });

  it(`keeps at most ${MAX_ENTRIES} labels, evicting the oldest`, async () => {
    const area = memoryStorage();
    for (let i = 0; i < MAX_ENTRIES + 5; i++) await putEntry(area, `https://s${i}.example/privacy`, labelFor(`https://s${i}.example/privacy`), i);
    const index = await readIndex(area);
    expect(index.entries).toHaveLength(MAX_ENTRIES);
    expect(index.entries.some((e) => e.url === 'https://s0.example/privacy')).toBe(false);
    expect(index.entries.some((e) => e.url === `https://s${MAX_ENTRIES + 4}.example/privacy`)).toBe(true);
    expect(await getEntry(area, 'https://s4.example/privacy')).toBeUndefined(); // its key is gone too
    expect([...area.data.keys()].filter((k) => k.startsWith('history:e:'))).toHaveLength(MAX_ENTRIES);
  });

  it(`keeps at most ${MAX_CHARS} characters, evicting the oldest`, async () => {
    const area = memoryStorage();
    const big = (url: string) => {
      const l = labelFor(url);
      l.sections[0]!.items[0]!.evidence[0]!.text = 'x'.repeat(900_000);
      return l;
    };
    for (let i = 0; i < 6; i++) await putEntry(area, `https://big${i}.example/p`, big(`https://big${i}.example/p`), i);
    const index = await readIndex(area);
    expect(index.entries.map((e) => e.url)).toEqual([5, 4, 3, 2].map((i) => `https://big${i}.example/p`));
    expect(index.entries.reduce((n, e) => n + e.size, 0)).toBeLessThanOrEqual(MAX_CHARS);
  });

  it('deletes one label', async () => {
    const area = memoryStorage();
    await putEntry(area, 'https://a.example/p', labelFor('https://a.example/p'), 1);
    await putEntry(area, 'https://b.example/p', labelFor('https://b.example/p'), 2);
    await removeEntry(area, 'https://a.example/p');
    expect((await readIndex(area)).entries.map((e) => e.host)).toEqual(['b.example']);
    expect(await getEntry(area, 'https://a.example/p')).toBeUndefined();
  });

  it.each([
    ['a damaged index', 'garbage', 'damaged'],
    ['an old-format index', { version: 0, items: [] }, 'old-format'],
  ])('resets %s, removes the stored labels and leaves a notice once', async (_, raw, why) => {
    const area = memoryStorage({ [INDEX_KEY]: raw, 'history:e:https://a.example/p': { junk: true }, settings: { keep: 'me' } });
    expect((await readIndex(area)).entries).toEqual([]);
    expect(area.data.has('history:e:https://a.example/p')).toBe(false);
    expect(area.data.get('settings')).toEqual({ keep: 'me' });
    expect(await takeNotice(area)).toBe(why);
    expect(await takeNotice(area)).toBeUndefined();
    // And it works again afterwards.
    await putEntry(area, 'https://a.example/p', labelFor('https://a.example/p'), 1);
    expect((await readIndex(area)).entries).toHaveLength(1);
  });

  it('drops unreadable rows of the index and a damaged label, keeping the rest', async () => {
    const area = memoryStorage();
    await putEntry(area, 'https://a.example/p', labelFor('https://a.example/p'), 1);
    const index = area.data.get(INDEX_KEY) as { entries: unknown[] };
    area.data.set(INDEX_KEY, { ...index, entries: [...index.entries, { url: 5 }] });
    expect((await readIndex(area)).entries).toHaveLength(1);
    area.data.set('history:e:https://a.example/p', { version: 1, url: 'x', analysedAt: 'then' });
    expect(await getEntry(area, 'https://a.example/p')).toBeUndefined();
    expect((await readIndex(area)).entries).toHaveLength(0);
    expect(await takeNotice(area)).toBe('damaged');
  });
});

describe('changed policies (tracker)', () => {
  const url = 'https://www.smartalpaca.example/privacy';
  const sells = seed.replace('We will not rent or sell your personally identifiable information to others.', 'We sell your personally identifiable information to data brokers.');

  it('no change the first time; the same policy again is no change; an edited one is, with the date it is compared to', async () => {
    const t = createTracker(memoryStorage());
    expect(await t.record(1, url, analyse(seed), 1000)).toBeUndefined();
    t.forget(1);
    expect(await t.record(1, url, analyse(seed), 2000)).toBeUndefined();
    t.forget(1);
    const change = await t.record(1, url, analyse(sells), 3000);
    expect(change?.since).toBe(2000);
    expect(change?.diff.changes.find((c) => c.item === 'sale')).toMatchObject({ kind: 'flipped', before: { polarity: 'no' }, after: { polarity: 'yes' } });
  });

  it('within one page load (text arriving late), analyses compare with the label from before the load', async () => {
    const area = memoryStorage();
    const t = createTracker(area);
    await t.record(7, url, analyse(seed), 1000);
    t.forget(7);
    // The next visit: first a part of the page, then all of it — the same policy as before.
    const part = seed.slice(0, 1500);
    expect(await t.record(7, url, analyse(part), 2000)).toBeDefined();
    expect(await t.record(7, url, analyse(seed), 2100)).toBeUndefined();
  });

  it('the history entry keeps its last change, shown in the list', async () => {
    const area = memoryStorage();
    const t = createTracker(area);
    await t.record(1, url, analyse(seed), 1000);
    t.forget(1);
    await t.record(1, url, analyse(sells), 5000);
    const [row] = (await readIndex(area)).entries;
    expect(row!.changedAt).toBe(5000);
    expect((await getEntry(area, url))!.change!.since).toBe(1000);
  });
});
