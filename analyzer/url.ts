/** A URL's host name ("www.example.com"), or '' when there is none or it does not parse. */
export function hostnameOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}
