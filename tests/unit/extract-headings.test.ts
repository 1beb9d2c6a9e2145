// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extract } from '../../analyzer/extract';
import { pageHeadings } from '../../analyzer/page-headings';
import { detectText } from '../../analyzer/detect';

/**
 * Real pages put h2/h3 titles in their menus and dialogs before the content's <h1>. The headings
 * detection weighs are the page's own: its first <h1> outside the chrome, then the content's.
 */
const MEGA_MENU = `<div class="gnav-wrapper">${['Products', 'Solutions', 'Resources', 'Company']
  .map((h) => `<div class="gnav-col"><h2>${h}</h2><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/${h}/${i}">${h} ${i}</a></li>`).join('')}</ul></div>`)
  .join('')}</div><div class="consent" role="dialog"><h2>We value your privacy</h2><p>We and our partners use cookies.</p></div>`;

const POLICY = `<h1>Privacy Policy</h1><p>Last updated 1 March 2024.</p>
  <h2>What we collect</h2><p>We collect your name and email address when you register, and your IP address when you visit.</p>
  <h2>How we use it</h2><p>We use your personal information to run the service. We do not sell your personal data.</p>
  <h2>Your rights</h2><p>You can ask us for a copy of your data or to delete it at any time.</p>`;

const NEWS = `<h1>City council approves new bike lanes</h1><p>By Alex Morgan, 4 March 2024.</p>
  <h2>What happens next</h2><p>Construction starts in spring and will last about a year, the mayor said on Tuesday.</p>
  <h2>Reactions</h2><p>Residents spoke for and against the plan at a long public meeting.</p>`;

function doc(body: string, title: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head><title>${title}</title></head><body>${MEGA_MENU}<div class="page">${body}</div></body></html>`, 'text/html');
}

describe('pageHeadings', () => {
  it("puts the page's <h1> before the menu's and the consent dialog's headings", () => {
    const d = doc(POLICY, 'Acme');
    const h = pageHeadings(d, extract(d));
    expect(h[0]).toBe('Privacy Policy');
    expect(h).not.toContain('We value your privacy');
    expect(h.length).toBeLessThanOrEqual(4);
  });

  it('lets the first heading decide when the title is only the site name: a policy is one, a news page is not', () => {
    const judge = (body: string) => {
      const d = doc(body, 'Acme');
      const r = extract(d);
      return detectText(r.text, { title: r.title, url: 'https://acme.example/p/123', headings: pageHeadings(d, r) });
    };
    const policy = judge(POLICY);
    expect(policy.isPolicy).toBe(true);
    expect(policy.reasons.join(' ')).toMatch(/heading "Privacy Policy" names a privacy policy/);
    expect(judge(NEWS).isPolicy).toBe(false);
  });

  it("takes only the first <h1>: a later one (a terms page's privacy part) is not the page's name", () => {
    const d = doc(`<h1>Terms of Service</h1><p>By using the service you agree to these terms, which govern your use of it.</p><h2>Accounts</h2><p>You are responsible for your account.</p><h1>Privacy Policy</h1><p>We collect your email address.</p>`, 'Acme');
    const h = pageHeadings(d, extract(d));
    expect(h[0]).toBe('Terms of Service');
    expect(h.indexOf('Privacy Policy')).toBeGreaterThan(1);
  });
});
