import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isNeverRun, loadSettings, normaliseSettings, parseHostname, saveSettings, SETTINGS_KEY } from '../../utils/settings';
import { badgeWithSettings } from '../../utils/options-runtime';
import { stateFromExtract } from '../../utils/tab-state';
import { blocksFromPlainText } from '../../analyzer/text';
import { readFileSync } from 'node:fs';
import { memoryStorage } from './memory-storage';

describe('parseHostname: what a person types in "sites where it never runs"', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM ', 'www.example.com'],
    ['https://shop.example.co.uk/privacy?x=1', 'shop.example.co.uk'],
    ['*.tracker.example', 'tracker.example'],
    ['example.com.', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('%j → %s', (input, host) => {
    expect(parseHostname(input)).toEqual({ host });
  });

  it.each(['', '   ', 'not a site', 'example', 'ftp://example.com', 'exa_mple.com', 'http://', '-bad-.com', 'javascript:alert(1)'])('rejects %j', (input) => {
    expect(parseHostname(input)).toHaveProperty('error');
  });
});

describe('isNeverRun', () => {
  const s = { neverRun: ['example.com'] };
  it('covers the site and its subdomains, not look-alikes', () => {
    expect(isNeverRun(s, 'https://example.com/privacy')).toBe(true);
    expect(isNeverRun(s, 'https://www.example.com/privacy')).toBe(true);
    expect(isNeverRun(s, 'https://notexample.com/privacy')).toBe(false);
    expect(isNeverRun(s, 'https://example.com.evil.test/')).toBe(false);
    expect(isNeverRun(s, 'not a url')).toBe(false);
    expect(isNeverRun({ neverRun: [] }, 'https://example.com/')).toBe(false);
  });
});

describe('settings in storage', () => {
  it('defaults when nothing is stored, without writing', async () => {
    const area = memoryStorage();
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
    expect(area.data.has(SETTINGS_KEY)).toBe(false);
  });

  it('round-trips what is saved', async () => {
    const area = memoryStorage();
    await saveSettings(area, { version: 1, badge: false, badgeStyle: 'concerns', neverRun: ['example.com'] });
    expect(await loadSettings(area)).toEqual({ version: 1, badge: false, badgeStyle: 'concerns', neverRun: ['example.com'] });
  });

  it('repairs a damaged value field by field and writes the repair back', async () => {
    const area = memoryStorage({ [SETTINGS_KEY]: { version: 1, badge: 'yes', badgeStyle: 'stars', neverRun: ['Example.com', 42, 'not a site', 'example.com', 'ok.example'] } });
    const s = await loadSettings(area);
    expect(s).toEqual({ version: 1, badge: true, badgeStyle: 'grade', neverRun: ['example.com', 'ok.example'] });
    expect(area.data.get(SETTINGS_KEY)).toEqual(s);
  });

  it('migrates an old unversioned value, keeping what is valid', () => {
    const r = normaliseSettings({ badge: false, neverRun: ['a.example'] });
    expect(r.repaired).toBe(true);
    expect(r.settings).toEqual({ version: 1, badge: false, badgeStyle: 'grade', neverRun: ['a.example'] });
  });

  it.each([null, 'settings', 7, [1, 2]])('resets a value that is not an object (%j)', (raw) => {
    expect(normaliseSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
  });
});

describe('the badge under the settings', () => {
  const seed = readFileSync(new URL('../fixtures/seeds/000_c8463d4e3a407de9.txt', import.meta.url), 'utf8');
  const state = stateFromExtract({ url: 'https://www.smartalpaca.example/privacy', title: 'Privacy Policy', text: seed, blocks: blocksFromPlainText(seed), headings: ['Privacy Policy'], method: 'structural', truncated: false }, false);

  it('is the grade by default, the number of concerns when chosen, nothing when switched off', () => {
    expect(state.kind).toBe('policy');
    const grade = badgeWithSettings(state, DEFAULT_SETTINGS)!;
    expect(grade.text).toMatch(/^[A-E]$/);
    const concerns = badgeWithSettings(state, { ...DEFAULT_SETTINGS, badgeStyle: 'concerns' })!;
    expect(concerns.text).toMatch(/^\d+$/);
    expect(grade.title).toContain(`${concerns.text} concern`);
    expect(badgeWithSettings(state, { ...DEFAULT_SETTINGS, badge: false })).toBeUndefined();
  });

  it('carries a Δ, another colour and the date in its title when the policy changed', () => {
    if (state.kind !== 'policy') throw new Error('not a policy');
    const changed = { ...state, change: { since: Date.UTC(2026, 0, 5, 12), seenAt: Date.now(), diff: { changes: [], flagsAdded: [], flagsRemoved: [], ratings: [], gradeBefore: 'A', gradeAfter: 'B' } } };
    const look = badgeWithSettings(changed, DEFAULT_SETTINGS)!;
    expect(look.text).toMatch(/^[A-E]Δ$/);
    expect(look.color).not.toBe(badgeWithSettings(state, DEFAULT_SETTINGS)!.color);
    expect(look.title).toContain('changed since 5 Jan 2026');
  });
});
