/**
 * The reader's settings, kept in storage.local under one key. Pure functions over a storage
 * area passed in (browser.storage.local in the extension, a Map in tests): no browser import.
 */
import { hostnameOf } from './url';

export type BadgeStyle = 'grade' | 'concerns';

export interface Settings {
  version: 1;
  /** Show the automatic badge on policy pages. */
  badge: boolean;
  /** What the badge shows: the grade letter, or the number of concerns. */
  badgeStyle: BadgeStyle;
  /** Host names where Privacy Label never runs (a name covers its subdomains). */
  neverRun: string[];
}

export const SETTINGS_KEY = 'settings';
export const MAX_NEVER_RUN = 500;

export const DEFAULT_SETTINGS: Settings = { version: 1, badge: true, badgeStyle: 'grade', neverRun: [] };

/** The storage calls we use (a subset of browser.storage.StorageArea). */
export interface StorageLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * A host name from what a person typed: "https://www.Example.com/privacy" → "www.example.com".
 * Returns an error message instead when it is not one.
 */
export function parseHostname(input: string): { host: string } | { error: string } {
  let s = input.trim().toLowerCase();
  if (!s) return { error: 'empty' };
  if (s.startsWith('*.')) s = s.slice(2);
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `http://${s}`;
  let host: string;
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return { error: 'invalid' };
    host = u.hostname;
  } catch {
    return { error: 'invalid' };
  }
  host = host.replace(/\.$/, '');
  const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
  const name = /^(?=.{1,253}$)([a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?)(\.[a-z0-9\u00a1-\uffff]([a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?)*$/.test(host);
  if (!ipv4 && !name && !/^\[[0-9a-f:.]+\]$/.test(host)) return { error: 'invalid' };
  if (!ipv4 && !host.includes('.') && host !== 'localhost') return { error: 'invalid' };
  return { host };
}

/** Whether `url` is on a site where Privacy Label never runs. */
export function isNeverRun(settings: Pick<Settings, 'neverRun'>, url: string | undefined): boolean {
  if (!url || settings.neverRun.length === 0) return false;
  const host = hostnameOf(url).toLowerCase().replace(/\.$/, '');
  if (!host) return false;
  return settings.neverRun.some((h) => host === h || host.endsWith(`.${h}`));
}

/**
 * Any stored value → valid settings. Damaged fields (wrong type, unknown style, bad host names,
 * an old unversioned form) fall back field by field; `repaired` says whether anything was.
 */
export function normaliseSettings(raw: unknown): { settings: Settings; repaired: boolean } {
  if (raw === undefined) return { settings: { ...DEFAULT_SETTINGS, neverRun: [] }, repaired: false };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { settings: { ...DEFAULT_SETTINGS, neverRun: [] }, repaired: true };
  const r = raw as Record<string, unknown>;
  let repaired = r.version !== 1;
  const badge = typeof r.badge === 'boolean' ? r.badge : ((repaired = true), DEFAULT_SETTINGS.badge);
  const badgeStyle = r.badgeStyle === 'grade' || r.badgeStyle === 'concerns' ? r.badgeStyle : ((repaired = true), DEFAULT_SETTINGS.badgeStyle);
  const neverRun: string[] = [];
  if (Array.isArray(r.neverRun)) {
    for (const h of r.neverRun) {
      const parsed = typeof h === 'string' ? parseHostname(h) : { error: 'invalid' };
      if ('host' in parsed && parsed.host === h) {
        if (!neverRun.includes(parsed.host) && neverRun.length < MAX_NEVER_RUN) neverRun.push(parsed.host);
        else repaired = true;
      } else if ('host' in parsed && !neverRun.includes(parsed.host) && neverRun.length < MAX_NEVER_RUN) {
        neverRun.push(parsed.host);
        repaired = true;
      } else repaired = true;
    }
  } else if (r.neverRun !== undefined || r.version === 1) repaired = true;
  return { settings: { version: 1, badge, badgeStyle, neverRun }, repaired };
}

/** Reads the settings; a damaged stored value is repaired and written back. */
export async function loadSettings(area: StorageLike): Promise<Settings> {
  const raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  const { settings, repaired } = normaliseSettings(raw);
  if (repaired) await area.set({ [SETTINGS_KEY]: settings });
  return settings;
}

export async function saveSettings(area: StorageLike, settings: Settings): Promise<Settings> {
  const clean = normaliseSettings(settings).settings;
  await area.set({ [SETTINGS_KEY]: clean });
  return clean;
}
