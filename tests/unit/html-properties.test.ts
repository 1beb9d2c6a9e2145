/**
 * Properties over arbitrary HTML (fast-check): extraction (as the CLI runs it, on linkedom)
 * and analysis never throw; blocks lie in order inside the text; nothing of a script, style or
 * template reaches the text; every evidence offset points at its quote.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fromHtml } from '../../cli/input';
import { analyze } from '../../analyzer/label';
import type { Label } from '../../analyzer/types';

const WORDS = [
  'We', 'do', 'not', 'sell', 'share', 'collect', 'your', 'email', 'address', 'cookies', 'third', 'parties', 'retain', 'for',
  '30', 'days', 'Privacy', 'Policy', '?', 'No', '.', '<', '>', '&amp;', '&lt;script&gt;', '"', "'", '\u202E', '\u200B', '🙂', '\u0000',
];
const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((ws) => ws.join(' '));
const ATTRS = ['', ' hidden', ' aria-hidden="true"', ' role="navigation"', ' class="cookie-banner"', ' style="display:none"', ' onerror="window.x=1"', ' href="javascript:alert(1)"', ' id="main"', ' open'];
const TAGS = ['p', 'div', 'h1', 'h2', 'h3', 'li', 'ul', 'ol', 'main', 'article', 'section', 'nav', 'footer', 'header', 'details', 'summary', 'span', 'b', 'a', 'table', 'tr', 'td', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'svg', 'iframe', 'button', 'br'];
/** A marker that must never reach the text: it sits only inside script, style and template. */
const HIDDEN = 'ZQXHIDDENMARKER';

/**
 * Whether the marker is page text after all: a stray `<` before `<script>` makes the parser read
 * `<We<script>` as one tag, so the script's body is ordinary text, as it is in a browser.
 */
function markerIsText(html: string): boolean {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style, template')) el.remove();
  return (document.documentElement?.textContent ?? '').includes(HIDDEN);
}

const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom(`<script>var a = "${HIDDEN}";</script>`, `<style>.x{content:"${HIDDEN}"}</style>`, `<template><p>${HIDDEN}</p></template>`, '<img src=x onerror="window.x=1">', '<!-- comment -->', '</p>', '<<>>'),
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(
      ([tag, attr, kids, close]) => `<${tag}${attr}>${kids.join('')}${close ? `</${tag}>` : ''}`,
    ),
  ),
}));
const page = fc.oneof(
  fc.tuple(fc.option(text), fc.array(node, { maxLength: 6 })).map(([title, body]) => `<!doctype html><html><head>${title === null ? '' : `<title>${title}</title>`}</head><body>${body.join('')}</body></html>`),
  fc.string({ maxLength: 500 }),
  fc.array(node, { maxLength: 8 }).map((b) => b.join('')),
);

function checkLabel(label: Label, t: string) {
  for (const s of label.sections) {
    for (const item of s.items) {
      for (const e of item.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(t.length);
        expect(t.slice(e.start, e.end)).toBe(e.text);
      }
    }
  }
  for (const f of label.flags) for (const e of f.evidence) expect(t.slice(e.start, e.end)).toBe(e.text);
}

describe('extract + analyze over arbitrary HTML', () => {
  it('never throw; blocks in order inside the text; no script/style/template text; evidence at its quote', () => {
    fc.assert(
      fc.property(page, (html) => {
        const r = fromHtml(html);
        expect(typeof r.text).toBe('string');
        if (!markerIsText(html)) expect(r.text).not.toContain(HIDDEN);
        let last = 0;
        for (const b of r.blocks) {
          expect(b.start).toBeGreaterThanOrEqual(last);
          expect(b.end).toBeGreaterThan(b.start);
          expect(b.end).toBeLessThanOrEqual(r.text.length);
          expect(r.text.slice(b.start, b.end).trim()).toBe(r.text.slice(b.start, b.end));
          last = b.end;
        }
        checkLabel(analyze(r.text, { title: r.title, blocks: r.blocks, now: new Date('2026-01-01') }), r.text);
      }),
      { numRuns: 250 },
    );
  });
});
