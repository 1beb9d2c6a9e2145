// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../../analyzer/extract';
import { framesLoaded } from '../../utils/frames';

/**
 * Text the page holds outside its own DOM tree: a policy in a same-origin <iframe> (read), in a
 * cross-origin one (cannot be read: left out), in an open shadow root (read) and in a closed
 * shadow root (cannot be read by any script: left out — the popup's label then lacks it).
 */
const POLICY = `<h1>Privacy Policy</h1><h2>Information we collect</h2><p>We collect your name and email address when you sign up for an account.</p>
  <h2>Sharing</h2><p>We never sell your personal information to advertisers or data brokers.</p>`;

/** Puts parsed markup into a node (of this document, a frame's or a shadow root), replacing its children. */
function fill(target: Element | ShadowRoot, markup: string): void {
  const owner = target.ownerDocument ?? document;
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
  target.replaceChildren(...[...parsed.body.childNodes].map((n) => owner.adoptNode(n)));
}

function shell(): HTMLElement {
  document.title = 'Privacy Policy – Example';
  fill(document.body, `<header><nav><a href="/">Home</a></nav></header><main><p id="intro">Our privacy policy is shown below.</p></main><footer><a href="/terms">Terms</a></footer>`);
  return document.querySelector('main')!;
}

function frame(parent: HTMLElement, html: string, attrs: Record<string, string> = {}): HTMLIFrameElement {
  const f = document.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
  parent.append(f);
  fill(f.contentDocument!.body, html);
  return f;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('extract: frames', () => {
  it("reads a same-origin iframe's document in place, with its headings", () => {
    frame(shell(), POLICY, { title: 'Privacy policy' });
    const r = extract(document);
    expect(r.text).toContain('Our privacy policy is shown below.');
    expect(r.text).toContain('We never sell your personal information to advertisers or data brokers.');
    expect(r.text.indexOf('Our privacy policy is shown below.')).toBeLessThan(r.text.indexOf('We collect your name'));
    const headings = r.blocks.filter((b) => b.kind === 'heading').map((b) => r.text.slice(b.start, b.end));
    expect(headings).toEqual(expect.arrayContaining(['Privacy Policy', 'Information we collect', 'Sharing']));
    expect(r.text).not.toContain('Terms');
  });

  it('leaves out a frame it may not read (cross-origin: no contentDocument) without failing', () => {
    const f = frame(shell(), POLICY, { title: 'https://other.example/privacy' });
    Object.defineProperty(f, 'contentDocument', { get: () => null });
    const r = extract(document);
    expect(r.text).toContain('Our privacy policy is shown below.');
    expect(r.text).not.toContain('We never sell');
  });

  it('leaves out a frame that throws when read, and hidden or 1×1 frames', () => {
    const main = shell();
    const f = frame(main, '<p>Thrown frame text.</p>');
    Object.defineProperty(f, 'contentDocument', {
      get: () => {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    frame(main, '<p>Tracking pixel text.</p>', { width: '1', height: '1' });
    frame(main, '<p>Hidden frame text.</p>', { style: 'display:none' });
    const r = extract(document);
    expect(r.text).toContain('Our privacy policy is shown below.');
    for (const t of ['Thrown frame text.', 'Tracking pixel text.', 'Hidden frame text.']) expect(r.text).not.toContain(t);
  });
});

describe('extract: shadow roots', () => {
  it('reads an open shadow root and cannot read a closed one (only its slotted light DOM)', () => {
    const main = shell();
    const open = document.createElement('div');
    fill(open.attachShadow({ mode: 'open' }), '<p>Open root: we keep server logs for 30 days.</p>');
    const closed = document.createElement('div');
    fill(closed.attachShadow({ mode: 'closed' }), '<p>Closed root: we share data with partners.</p><slot></slot>');
    fill(closed, '<p>Slotted light DOM: you can delete your account.</p>');
    main.append(open, closed);
    const r = extract(document);
    expect(r.text).toContain('Open root: we keep server logs for 30 days.');
    expect(r.text).toContain('Slotted light DOM: you can delete your account.');
    // A closed root is invisible to every script on the page, ours included.
    expect(closed.shadowRoot).toBeNull();
    expect(r.text).not.toContain('Closed root');
  });
});

describe('extract: frames beside a page that has text of its own', () => {
  it('leaves out a same-origin frame beside a policy in the page itself (an ad, a widget, a hostile srcdoc)', () => {
    const main = shell();
    fill(main, `${POLICY}<p>${'We keep your data only as long as we need it to run the service. '.repeat(25)}</p>`);
    frame(main, '<p>We sell all your data to everyone.</p>');
    const r = extract(document);
    expect(r.text).toContain('We never sell your personal information');
    expect(r.text).not.toContain('We sell all your data to everyone.');
  });
});

describe('framesLoaded: the frames the extractor waits for', () => {
  /** Whether `waited` (a framesLoaded, whose own timeout is a minute) has resolved 100 ms later. */
  const settledSoon = (waited: Promise<void> = framesLoaded(document, 60_000)): Promise<string> =>
    Promise.race([waited.then(() => 'resolved'), new Promise<string>((r) => setTimeout(() => r('waiting'), 100))]);

  it('waits for a shown same-origin frame still loading, not for a hidden or 1×1 one the extractor would not read', async () => {
    const main = shell();
    const loadingFrame = (attrs: Record<string, string>) => {
      const f = document.createElement('iframe');
      for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
      main.append(f);
      // Still the initial about:blank of a frame with a src: loading.
      f.setAttribute('src', '/policy-body');
      return f;
    };
    const hidden = [loadingFrame({ hidden: '' }), loadingFrame({ width: '1', height: '1' }), loadingFrame({ style: 'display: none' })];
    expect(await settledSoon()).toBe('resolved');
    const shown = loadingFrame({ title: 'Privacy policy' });
    const waited = framesLoaded(document, 60_000);
    expect(await settledSoon(waited)).toBe('waiting');
    shown.dispatchEvent(new Event('load'));
    expect(await settledSoon(waited)).toBe('resolved');
    for (const f of hidden) f.remove();
  });
});
