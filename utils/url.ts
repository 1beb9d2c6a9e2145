/** A URL's host name ("www.example.com"), or '' when there is none or it does not parse. */
export function hostnameOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** A URL's host with its port, as a page's "site" line shows it; `fallback` when it does not parse. */
export function hostOf(url: string | undefined, fallback = ''): string {
  try {
    return url ? new URL(url).host : fallback;
  } catch {
    return fallback;
  }
}
