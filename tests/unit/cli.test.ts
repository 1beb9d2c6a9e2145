import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../../analyzer/schema';
import type { Label } from '../../analyzer/types';

const BIN = new URL('../../bin/privacy-label.js', import.meta.url).pathname;
const SEED = (n: string) => new URL(`../fixtures/seeds/${n}`, import.meta.url).pathname;

function run(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    if (stdin !== undefined) child.stdin!.end(stdin);
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'privacy-label-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

describe('privacy-label analyze', () => {
  it('--json prints the Label of shared/LABEL.md: all sections in order, evidence offsets into text', async () => {
    const { code, stdout } = await run(['analyze', SEED('003_e76dca881b1de927.txt'), '--json']);
    expect(code).toBe(0);
    const label = JSON.parse(stdout) as Label;
    expect(label.version).toBe(1);
    expect(label.sections.map((s) => s.id)).toEqual(SECTION_IDS);
    expect(label.detection.isPolicy).toBe(true);
    expect(Object.keys(label).sort()).toEqual(['detection', 'flags', 'sections', 'source', 'text', 'version']);
    for (const s of label.sections) {
      expect(s.stated).toBe(s.items.length > 0);
      for (const item of s.items) {
        expect(item.evidence.length).toBeGreaterThan(0);
        for (const e of item.evidence) expect(label.text.slice(e.start, e.end)).toBe(e.text);
      }
    }
  });

  it('prints a Markdown summary by default and with --markdown', async () => {
    const a = await run(['analyze', SEED('000_c8463d4e3a407de9.txt')]);
    const b = await run(['analyze', SEED('000_c8463d4e3a407de9.txt'), '--markdown']);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^# Privacy label: /);
    expect(a.stdout).toContain('## Sharing');
    expect(b.stdout).toBe(a.stdout);
  });

  it('reads HTML: the text of the page, not its markup or menus', async () => {
    const html = file(
      'policy.html',
      `<!doctype html><html><head><title>Privacy Policy | Acme</title></head><body><nav><a href="/">Home</a> <a href="/x">Catalogue</a></nav>
      <main><h1>Privacy Policy</h1><p>We collect your email address when you sign up. We do not sell your personal information.</p>
      <h2>Your rights</h2><p>You may request access to and deletion of your personal data at any time.</p>
      <p>${'We explain how personal data is collected, used, disclosed and retained by us under this privacy policy. '.repeat(10)}</p></main></body></html>`,
    );
    const { code, stdout } = await run(['analyze', html, '--json']);
    expect(code).toBe(0);
    const label = JSON.parse(stdout) as Label;
    expect(label.source.title).toBe('Privacy Policy | Acme');
    expect(label.text).toContain('We do not sell your personal information.');
    expect(label.text).not.toContain('Catalogue');
    expect(label.text).not.toContain('<p>');
  });

  it('gives a text that is not a policy a label with detection.isPolicy false', async () => {
    const f = file('recipe.txt', 'Banana bread\n' + 'Mash three ripe bananas, stir in melted butter, sugar, an egg and flour, then bake for an hour. '.repeat(20));
    const { code, stdout } = await run(['analyze', f, '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Label).detection.isPolicy).toBe(false);
  });

  it.each([
    ['a missing file', () => join(tmp, 'nope.txt'), /no such file/],
    ['a directory', () => tmp, /is a directory/],
    ['an empty file', () => file('empty.txt', ''), /is empty/],
    ['a binary file', () => file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])), /binary/],
  ])('rejects %s with a one-line error and a non-zero exit', async (_name, path, message) => {
    const { code, stdout, stderr } = await run(['analyze', path()]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown command or option with usage', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    const r = await run(['analyze', SEED('000_c8463d4e3a407de9.txt'), '--yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown option --yaml/);
  });
});

describe('privacy-label detect', () => {
  it('prints isPolicy, confidence and reasons', async () => {
    const { code, stdout } = await run(['detect', SEED('004_7b2fbf32e978e65f.txt')]);
    expect(code).toBe(0);
    const d = JSON.parse(stdout) as { isPolicy: boolean; confidence: number; reasons: string[] };
    expect(Object.keys(d)).toEqual(['isPolicy', 'confidence', 'reasons']);
    expect(d.isPolicy).toBe(true);
    expect(d.confidence).toBeGreaterThan(0.5);
    expect(d.reasons.length).toBeGreaterThan(0);
  });
});

describe('privacy-label classify', () => {
  it('answers each JSON line in order; a bad line gets an error with its line number', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'We do not sell your personal information to third parties.' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'We keep server logs for 30 days, then delete them.' }),
      JSON.stringify({ id: 'd' }),
    ].join('\n');
    const { code, stdout } = await run(['classify'], input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a' });
    expect(lines[0]!.sections).toContain('sharing');
    expect(lines[0]!.items).toContain('sharing/sale');
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(lines[1]!.error).toMatch(/invalid JSON/);
    expect(lines[2]).toMatchObject({ id: 'c' });
    expect(lines[2]!.sections).toContain('retention');
    expect(lines[3]).toMatchObject({ line: 4, id: 'd' });
  });
});
