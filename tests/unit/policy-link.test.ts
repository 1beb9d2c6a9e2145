// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findPolicyLink } from '../../analyzer/policy-link';

const PAGE = 'https://www.example.com/news/2024/story';
function find(body: string, head = '', url = PAGE) {
  const doc = new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
  return findPolicyLink(doc, url);
}

describe('findPolicyLink', () => {
  it.each([
    ['a footer link named "Privacy Policy"', '<nav><a href="/">Home</a></nav><footer><a href="/terms">Terms</a> <a href="/legal/privacy-policy">Privacy Policy</a></footer>', 'https://www.example.com/legal/privacy-policy'],
    ['rel="privacy-policy" over text', '<a href="/p/1" rel="privacy-policy">Legal</a><footer><a href="/privacy">Privacy</a></footer>', 'https://www.example.com/p/1'],
    ['a German "Datenschutz" link', '<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></footer>', 'https://www.example.com/datenschutz'],
    ['a French link', '<footer><a href="/mentions">Mentions légales</a> <a href="/confidentialite">Politique de confidentialité</a></footer>', 'https://www.example.com/confidentialite'],
    ['a policy slug with a vague text', '<footer><a href="/legal/privacy-notice.html">Legal notice</a></footer>', 'https://www.example.com/legal/privacy-notice.html'],
    ['the policy over "Privacy settings"', '<a href="/account/privacy">Privacy settings</a><footer><a href="/privacy-policy#top">Privacy</a></footer>', 'https://www.example.com/privacy-policy'],
  ])('finds %s', (_name, body, url) => {
    expect(find(body)?.url).toBe(url);
  });

  it('finds <link rel="privacy-policy"> in the head', () => {
    expect(find('<p>Text</p>', '<link rel="privacy-policy" href="/privacy">')).toMatchObject({ url: 'https://www.example.com/privacy', reason: 'rel' });
  });

  it.each([
    ['a link to another origin', '<footer><a href="https://tracker.example.net/privacy">Privacy Policy</a></footer>'],
    ['a javascript: link', '<footer><a href="javascript:void(0)">Privacy Policy</a></footer>'],
    ['no privacy link at all', '<footer><a href="/about">About</a> <a href="/terms">Terms of Use</a></footer>'],
    ['a link to the page itself', '<footer><a href="/news/2024/story#privacy">Privacy Policy</a></footer>'],
  ])('ignores %s', (_name, body) => {
    expect(find(body)).toBeUndefined();
  });
});

describe('the policy link in the protocol', () => {
  const page = { url: PAGE, text: 'x', blocks: [], headings: [], title: '', method: 'structural', truncated: false };
  it.each([
    [undefined, true],
    [{ url: 'https://www.example.com/privacy', text: 'Privacy', reason: 'text' }, true],
    [{ url: 'not a url', text: 'Privacy' }, false],
    [{ url: 42, text: 'Privacy' }, false],
    ['https://www.example.com/privacy', false],
  ])('cs:page-extracted with policyLink %j is accepted: %s', async (policyLink, ok) => {
    const { isMessage } = await import('../../utils/messages');
    expect(isMessage({ type: 'cs:page-extracted', page: { ...page, policyLink } })).toBe(ok);
  });
});
