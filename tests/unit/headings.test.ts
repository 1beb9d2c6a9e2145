// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cheapCheck } from '../../analyzer/cheap-check';
import { firstHeadings } from '../../utils/headings';
import { inBanner } from '../../utils/banner';

const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><title>Acme</title><body>${body}</body>`, 'text/html');
const MENU = ['Products', 'Solutions', 'Resources', 'Company', 'Support'].map((t) => `<h2>${t}</h2>`).join('');

describe('firstHeadings (what the content script weighs)', () => {
  it('puts the page\'s h1 first when a mega menu\'s h2s stand before it, so the badge sees the policy\'s name', () => {
    const doc = page(`<nav>${MENU}</nav><main><h1>Privacy Notice</h1><h2>What we collect</h2></main>`);
    const headings = firstHeadings(doc, inBanner);
    expect(headings).toEqual(['Privacy Notice', 'Products', 'Solutions', 'Resources']);
    expect(cheapCheck({ url: 'https://acme.example/legal/notice', title: 'Acme', headings }).maybePolicy).toBe(true);
  });

  it('keeps document order when the h1 is among the first four, and without an h1', () => {
    expect(firstHeadings(page('<h2>Intro</h2><h1>Privacy Policy</h1><h2>Data</h2>'))).toEqual(['Privacy Policy', 'Intro', 'Data']);
    expect(firstHeadings(page(MENU))).toEqual(['Products', 'Solutions', 'Resources', 'Company']);
  });

  it('leaves a cookie banner\'s heading out, h1 or not, and gives a shop page no policy name', () => {
    const doc = page(`<div id="onetrust-banner-sdk"><h1>We value your privacy</h1></div>${MENU}<h1>Blue kettle, 1.7 l</h1>`);
    const headings = firstHeadings(doc, inBanner);
    expect(headings).toEqual(['Blue kettle, 1.7 l', 'Products', 'Solutions', 'Resources']);
    expect(cheapCheck({ url: 'https://shop.example/kettle', title: 'Blue kettle', headings }).maybePolicy).toBe(false);
  });
});
