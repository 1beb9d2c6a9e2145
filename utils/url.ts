// The analyzer reads it too (owner.ts): one copy, there.
export { hostnameOf } from '../analyzer/url';

/** A URL's host with its port, as a page's "site" line shows it; `fallback` when it does not parse. */
export function hostOf(url: string | undefined, fallback = ''): string {
  try {
    return url ? new URL(url).host : fallback;
  } catch {
    return fallback;
  }
}
