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

describe('findPolicyLink in the seven languages', () => {
  // A footer as sites in each language write it: the policy among the legal notice, terms,
  // cookie policy and cookie settings; the policy must win over each of them.
  it.each([
    ['en', '<a href="/terms">Terms of Use</a> <a href="/cookies">Cookie Policy</a> <a href="/legal/privacy-notice">Privacy Notice</a> <a href="#" class="cookie-settings">Cookie settings</a>', '/legal/privacy-notice'],
    ['de', '<a href="/impressum">Impressum</a> <a href="/agb">AGB</a> <a href="/cookie-richtlinie">Cookie-Richtlinie</a> <a href="/rechtliches/datenschutzerklaerung">Datenschutzerklärung</a> <a href="/datenschutz-einstellungen">Datenschutz-Einstellungen</a>', '/rechtliches/datenschutzerklaerung'],
    ['fr', '<a href="/mentions-legales">Mentions légales</a> <a href="/cgu">CGU</a> <a href="/cookies">Gestion des cookies</a> <a href="/donnees-personnelles">Données personnelles</a>', '/donnees-personnelles'],
    ['es', '<a href="/aviso-legal">Aviso legal</a> <a href="/condiciones">Condiciones de uso</a> <a href="/politica-de-cookies">Política de cookies</a> <a href="/politica-de-privacidad">Política de privacidad</a> <a href="/configuracion">Configuración de privacidad</a>', '/politica-de-privacidad'],
    ['it', '<a href="/note-legali">Note legali</a> <a href="/cookie-policy">Cookie policy</a> <a href="/privacy">Informativa sulla privacy</a> <a href="/impostazioni">Impostazioni privacy</a>', '/privacy'],
    ['nl', '<a href="/voorwaarden">Algemene voorwaarden</a> <a href="/cookiebeleid">Cookiebeleid</a> <a href="/privacyverklaring">Privacyverklaring</a> <a href="/instellingen">Privacy-instellingen</a>', '/privacyverklaring'],
    ['pt', '<a href="/termos">Termos de uso</a> <a href="/cookies">Política de cookies</a> <a href="/politica-de-privacidade">Política de Privacidade</a>', '/politica-de-privacidade'],
  ])('%s: finds the policy in a typical footer', (_lang, footer, path) => {
    expect(find(`<nav><a href="/">Home</a></nav><main><p>Article.</p></main><footer>${footer}</footer>`)?.url).toBe(`https://www.example.com${path}`);
  });

  it.each([
    ['de', '<a href="/s/4711">Datenschutz</a>'],
    ['fr', '<a href="/s/4711">Confidentialité</a>'],
    ['es', '<a href="/s/4711">Privacidad</a>'],
    ['it', '<a href="/s/4711">Privacy</a>'],
    ['nl', '<a href="/s/4711">Privacybeleid</a>'],
    ['pt', '<a href="/s/4711">Privacidade</a>'],
  ])('%s: finds a one-word link whose URL says nothing', (_lang, link) => {
    expect(find(`<footer>${link} <a href="/s/1">Kontakt</a></footer>`)).toMatchObject({ url: 'https://www.example.com/s/4711', reason: 'text' });
  });

  it.each([
    ['de', '/de/datenschutz'],
    ['fr', '/fr/politique-de-confidentialite'],
    ['es', '/es/privacidad'],
    ['it', '/it/informativa-privacy'],
    ['nl', '/nl/privacybeleid'],
    ['pt', '/pt/privacidade'],
  ])('%s: finds a link by its slug alone (an icon link)', (_lang, path) => {
    expect(find(`<footer><a href="${path}"><img alt=""></a></footer>`)).toMatchObject({ url: `https://www.example.com${path}`, reason: 'slug' });
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
