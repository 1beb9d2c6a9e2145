import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/label';

/** The companies a label says data is shared with (sharing/named). */
const named = (text: string, options: { url?: string } = {}) =>
  analyze(text, options).sections.find((s) => s.id === 'sharing')?.items.filter((i) => i.id === 'named').map((i) => i.value) ?? [];

describe('the policy\'s owner is not a company it shares with', () => {
  it('a policy that names itself in its title ("Stripe Privacy Policy")', () => {
    const text = '# Stripe Privacy Policy\n\nWe share payment data with Stripe affiliates and with PayPal when you pay with PayPal.';
    expect(named(text)).toEqual(['PayPal']);
  });

  it('a page at the company\'s own address', () => {
    const text = 'We share payment data with Stripe affiliates and with PayPal when you pay with PayPal.';
    expect(named(text, { url: 'https://stripe.com/privacy' })).toEqual(['PayPal']);
    expect(named(text, { url: 'https://shop.example/privacy' }).sort()).toEqual(['PayPal', 'Stripe']);
  });

  it('a policy that says whose products it covers ("… offered by Acme")', () => {
    const text = 'Data Policy\n\nThis policy describes the information we process to support Acme Chat and other products and features offered by Acme.\n\nWe share information with Acme companies and with Stripe, which processes payments.';
    expect(analyze(text).source.company).toBe('Acme');
    expect(named(text)).toEqual(['Stripe']);
  });

  it('a site that uses Google is not Google, however often its cookie notice names it', () => {
    const cookies = Array.from({ length: 30 }, (_, i) => `Google sets the cookie _ga${i} to distinguish users; see Google's policy.`).join('\n\n');
    const text = `We use Google Analytics, provided by Google, to count visits.\n\n${cookies}`;
    expect(named(text)).toContain('Google');
  });
});

const corpus = new URL('../../../shared/corpus/privacy/', import.meta.url);
const policy = (name: string) => readFileSync(new URL(`${name}.md`, corpus), 'utf8');
if (!existsSync(corpus)) console.warn('owner.test: ../shared/corpus is absent; the corpus policies are skipped');

describe.skipIf(!existsSync(corpus))('corpus policies of companies named in their own text', () => {
  it.each<[string, string, string, string | undefined]>([
    // "Microsoft Privacy Statement"; Google Analytics is another company
    ['skype', 'Microsoft', 'Google Analytics', undefined],
    ['bing', 'Microsoft', 'Google Analytics', 'https://privacy.microsoft.com/en-us/privacystatement'],
    ['zoom-video-communications', 'Zoom', 'Facebook', undefined],
    // no title that names it: read at its address, as the extension reads it
    ['google', 'Google', 'YouTube', 'https://policies.google.com/privacy'],
    ['pinterest', 'Pinterest', 'Facebook', 'https://policy.pinterest.com/en/privacy-policy'],
  ])('%s: not shared with %s, still with %s', (name, owner, other, url) => {
    const found = named(policy(name), { url });
    expect(found).not.toContain(owner);
    expect(found).toContain(other);
  });

  it('facebook, read without its address: "products … offered by Facebook" names its owner', () => {
    expect(named(policy('facebook'))).not.toContain('Facebook');
  });

  it('alibaba, a site that names Google, still shares with Google', () => {
    expect(named(policy('alibaba'))).toContain('Google');
  });
});
