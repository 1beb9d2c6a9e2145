import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../analyzer/language';
import { analyze } from '../../analyzer/label';

/**
 * The language guess reads the policy's prose, not the page around it: a long menu of short
 * links and the inline scripts saved before the policy do not decide. (The six other languages
 * on real fixture pages are checked in detect.test.ts.)
 */
const PT_MENU = ['Início', 'Sobre nós', 'Os nossos produtos', 'Para casa e jardim', 'As ofertas da semana', 'Contactos e lojas', 'O seu carrinho', 'A sua conta', 'Que novidades?', 'Não perca']
  .map((t) => `* [${t}](https://example.pt/${encodeURIComponent(t)})`)
  .join('\n');
const SCRIPT = 'var a = {"o":1,"e":2,"que":3}; function f(o, e) { return o || e; } (function(w,d,s,l,i){w[l]=w[l]||[];})(window,document);';
const EN_POLICY = [
  'We collect the information you give us when you create an account, such as your name and e-mail address.',
  'We use your information to provide the service, to answer your questions and to keep your account secure.',
  'We do not sell your personal information to anyone, and we share it only with the service providers that host our site.',
].join('\n\n');
const DE_POLICY = [
  'Wir verarbeiten Ihre personenbezogenen Daten nur, soweit dies für die Bereitstellung unserer Dienste erforderlich ist.',
  'Die Daten werden nicht an Dritte weitergegeben, es sei denn, wir sind gesetzlich dazu verpflichtet oder Sie haben eingewilligt.',
  'Sie haben das Recht, Auskunft über die von uns gespeicherten Daten zu verlangen und deren Löschung zu fordern.',
].join('\n\n');
const EN_MENU = ['Home', 'About us', 'The shop', 'Your account', 'Help and contact', 'Privacy and cookies', 'Terms of use', 'Jobs']
  .map((t) => `* [${t}](https://example.de/${t.replace(/\s/g, '-')})`)
  .join('\n');

describe('the language of the prose, not of the page around it', () => {
  it.each([
    ['a Portuguese menu and a script before an English policy', `${PT_MENU}\n${SCRIPT}\n${PT_MENU}\n\n${EN_POLICY}`, 'en'],
    ['an English menu before a German policy', `${EN_MENU}\n\n${DE_POLICY}`, 'de'],
    ['the English policy alone', EN_POLICY, 'en'],
    ['the German policy alone', DE_POLICY, 'de'],
    ['a short text of short lines (no line of prose): every line counts', 'Datenschutz\nWir und die Daten\nIhre Rechte und die Löschung\nDie Daten der Kunden und die Cookies\nSie und wir\nDie Dienste und die Daten', 'de'],
    ['a script alone', `${SCRIPT}\n${SCRIPT}\n${SCRIPT}`, 'und'],
  ])('%s → %s', (_name, text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('an inline SVG image (data URI) in a line is not read as words', () => {
    const svg = `[![logo](data:image/svg+xml,%3C?xml version='1.0' encoding='UTF-8'?%3E %3Csvg width='155px' viewBox='0 0 155 39' xmlns='http://www.w3.org/2000/svg'%3E %3Cdesc%3EO e a o e a%3C/desc%3E %3C/svg%3E)](https://example.org/)`;
    expect(detectLanguage(`${svg}\n${svg}\n${svg}\n\n${EN_POLICY}`)).toBe('en');
  });
});

const CORPUS = new URL('../../../shared/corpus/privacy/', import.meta.url).pathname;
const corpus = (name: string) => readFileSync(`${CORPUS}${name}.md`, 'utf8');
if (!existsSync(CORPUS)) console.warn('language.test: ../shared/corpus is absent; corpus checks skipped');

describe.skipIf(!existsSync(CORPUS))('real saved pages of ../shared/corpus/privacy', () => {
  it.each([
    // Several hundred lines of menus, SVG logos and scripts, then the English policy
    // ("Identifiers, including contact information, name, email address …").
    ['consumer-reports', 'en'],
    // A script line of several thousand characters, then "General Motors Company U.S. Consumer
    // Privacy Statement" in English.
    ['acdelco', 'en'],
    ['chevrolet', 'en'],
    // A store's long English product menu, then the English policy ("We collect information
    // from you when you register on the site, place an order …").
    ['storemorestore', 'en'],
    // The policy inside one Markdown table cell, its paragraphs joined by <br> and pipes.
    ['cocorahs', 'en'],
    // Saved pages without the policy's text: a redirect notice, only scripts.
    ['twitch', 'und'],
    ['vimeo', 'und'],
    // Policies in German and Italian stay so.
    ['houzz', 'de'],
    ['xmlninja', 'it'],
  ])('%s → %s', (name, lang) => {
    expect(detectLanguage(corpus(name))).toBe(lang);
  });

  it('the label of consumer-reports is read (it was taken for Portuguese and left empty)', () => {
    const label = analyze(corpus('consumer-reports'));
    expect(label.source.language).toBe('en');
    const collection = label.sections.find((s) => s.id === 'collection')!;
    expect(collection.items.some((i) => i.id === 'contact' && i.polarity === 'yes')).toBe(true);
  });
});
