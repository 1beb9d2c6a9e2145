import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectText } from '../../analyzer/detect';
import { cheapCheck } from '../../analyzer/cheap-check';

const seeds = readdirSync(new URL('../fixtures/seeds/', import.meta.url)).filter((f) => f.endsWith('.txt'));
const read = (f: string) => readFileSync(new URL(`../fixtures/seeds/${f}`, import.meta.url), 'utf8');

const ARTICLE = `City council approves new bike lanes
The city council voted on Tuesday to add twelve kilometres of protected bike lanes downtown. ${'Residents spoke for and against the plan at a long public meeting, and the mayor said construction starts in spring. '.repeat(15)}
Subscribe to our newsletter. Read our Privacy Policy and Cookie Policy. © 2024 Daily News`;

const TERMS = `Terms of Service
By using our website you agree to these Terms. ${'You may not misuse the service. We may terminate your account. The service is provided as is, without warranty. Limitation of liability applies. Governing law is the law of Delaware. Disputes go to arbitration. '.repeat(8)}
Our Privacy Policy explains how we collect and use personal information.`;

describe('detectText', () => {
  it.each(seeds)('recognises seed %s as a privacy policy', (f) => {
    const d = detectText(read(f));
    expect(d.isPolicy).toBe(true);
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it.each([
    ['a news article that links to the policy', ARTICLE, 'https://news.example/city/bike-lanes'],
    ['terms of service that mention the policy', TERMS, 'https://example.com/terms'],
    ['a short text', 'Privacy policy: we care.', undefined],
  ])('does not take %s for a policy', (_name, text, url) => {
    expect(detectText(text, { url }).isPolicy).toBe(false);
  });

  it('uses the URL and title as evidence, and says so', () => {
    const d = detectText(read(seeds[2]!), { url: 'https://example.com/legal/privacy-policy', title: 'Privacy Notice | Example' });
    expect(d.reasons.join(' ')).toMatch(/URL/);
    expect(d.reasons.join(' ')).toMatch(/title/);
    expect(d.confidence).toBeGreaterThan(detectText(read(seeds[2]!)).confidence);
  });
});

describe('cheapCheck', () => {
  it.each([
    ['https://example.com/privacy', '', []],
    ['https://example.com/legal/privacy-policy', '', []],
    ['https://example.de/datenschutz', '', []],
    ['https://example.fr/politique-de-confidentialite', '', []],
    ['https://example.com/page?id=3', 'Privacy Notice – Example', []],
    ['https://example.com/p/123', 'Example', ['Data Protection Policy']],
  ])('passes %s %s %j', (url, title, headings) => {
    expect(cheapCheck({ url, title, headings }).maybePolicy).toBe(true);
  });

  it.each([
    ['https://news.example/sport/cup-final', 'Cup final: home team wins', ['Cup final']],
    ['https://shop.example/product/blue-kettle', 'Blue kettle – Shop', ['Blue kettle', 'Reviews']],
  ])('stops at %s', (url, title, headings) => {
    expect(cheapCheck({ url, title, headings }).maybePolicy).toBe(false);
  });
});

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
describe.skipIf(!existsSync(CORPUS))('detection over ../shared/corpus (as text)', () => {
  it('recognises most policies and few other legal documents', () => {
    const rate = (dir: string) => {
      const files = readdirSync(new URL(`${dir}/`, CORPUS));
      const hits = files.filter((f) => detectText(readFileSync(new URL(`${dir}/${f}`, CORPUS), 'utf8')).isPolicy).length;
      return hits / files.length;
    };
    // Floors of the current detector on raw Markdown (menus included); issue 4 raises them.
    expect(rate('privacy')).toBeGreaterThan(0.85);
    expect(rate('other-legal')).toBeLessThan(0.05);
  });
});
if (!existsSync(CORPUS)) console.warn('detect.test: ../shared/corpus is absent; corpus checks skipped');
