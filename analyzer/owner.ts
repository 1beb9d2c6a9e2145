import type { Item } from './types';
import { hostnameOf } from './url';

/**
 * The policy's owner among the companies it names: "shared with: Microsoft" on Microsoft's own
 * statement is no sharing. A named company is the owner when the policy names itself so
 * (source.company: "Microsoft Privacy Statement", "Zoom Video Communications, Inc. ("Zoom",
 * "we")") or when the page's address is the company's (privacy.microsoft.com,
 * stripe.com/privacy). How often a company is named tells nothing safe: a cookie table names
 * Google in every row.
 */
export function ownerOf(named: readonly Item[], company?: string, url?: string): string | undefined {
  if (named.length === 0) return undefined;
  const names = [...new Set(named.map((i) => String(i.value)))];
  const word = (n: string) => new RegExp(`(?<![\\w.-])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i');
  if (company) {
    const own = names.find((n) => word(n).test(company));
    if (own) return own;
  }
  const host = hostnameOf(url).toLowerCase();
  if (host) {
    const own = names.find((n) => host.split('.').includes(n.toLowerCase().replace(/[^a-z0-9]/g, '')));
    if (own) return own;
  }
  return undefined;
}
