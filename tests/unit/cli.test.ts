import { execFile, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
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

  it('reads a file that is not valid UTF-8, with U+FFFD for the bad bytes and a warning', async () => {
    const f = file('latin1.txt', Buffer.concat([Buffer.from('Privacy Policy\nWe collect your e-mail address and your caf'), Buffer.from([0xe9, 0xff]), Buffer.from(' order. We do not sell your personal information.\n')]));
    const { code, stdout, stderr } = await run(['analyze', f, '--json']);
    expect(code).toBe(0);
    const label = JSON.parse(stdout) as Label;
    expect(label.text).toContain('caf\uFFFD\uFFFD order');
    expect(label.text).toContain('We do not sell your personal information.');
    expect(stderr).toMatch(/warning: .*latin1\.txt is not valid UTF-8: 2 invalid byte sequences replaced by U\+FFFD/);
  });

  it('reads a .html file that holds only a fragment or bare text (no stack trace)', async () => {
    for (const [name, content] of [['bare.html', 'We collect your email address. We do not sell it.'], ['fragment.html', '<p>We collect your email address.</p><p>We do not sell it.</p>']]) {
      const { code, stdout, stderr } = await run(['analyze', file(name!, content!), '--json']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect((JSON.parse(stdout) as Label).text).toContain('We collect your email address.');
    }
  });

  it('reads an HTML page in the charset it declares', async () => {
    const html = Buffer.concat([Buffer.from('<!doctype html><html><head><meta charset="windows-1252"><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1><p>Soci'), Buffer.from([0xe9]), Buffer.from('t\u00e9 collects your email address.</p></main></body></html>', 'latin1')]);
    const { code, stdout, stderr } = await run(['analyze', file('legacy.html', html), '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Label).text).toContain('Soci\u00e9t\u00e9 collects your email address.');
    expect(stderr).toBe('');
  });

  it('analyses a 50 MB file with bounded memory: it reads the head and says what it cut', async () => {
    const p = join(tmp, 'huge.txt');
    const fd = openSync(p, 'w');
    const para = Buffer.from('We collect your email address when you register. We do not sell your personal information. We keep server logs for 30 days.\n'.repeat(1000));
    for (let n = 0; n < 50 * 1024 * 1024; n += para.length) writeSync(fd, para);
    closeSync(fd);
    const { code, stdout, stderr } = await run(['analyze', p, '--json']);
    expect(code).toBe(0);
    const label = JSON.parse(stdout) as Label;
    expect(label.text.length).toBeLessThanOrEqual(2_000_000);
    expect(label.text.length).toBeGreaterThan(1_900_000);
    expect(label.sections.find((s) => s.id === 'retention')!.items.length).toBeGreaterThan(0);
    expect(stderr).toMatch(/warning: .*huge\.txt is 50 MB: only its first 16 MB were read/);
    expect(stderr).toMatch(/only its first 2 million characters were analysed/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('stops quietly when the reader of its output goes away (EPIPE), with no stack trace', async () => {
    // An output of several MB, far more than a pipe holds, so the CLI is still writing.
    const long = file('long.txt', 'We collect your email address when you register. We keep server logs for 30 days.\n'.repeat(20_000));
    const child = spawn('node', [BIN, 'analyze', long, '--json']);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read one chunk, then close the pipe, as `| head -c 100` does.
    await new Promise<void>((ok) => child.stdout.once('data', () => ok()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((ok) => child.on('close', (c) => ok(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
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

  it('answers every good line around any kind of bad one, and an empty input with nothing', async () => {
    const input = [
      '[1, 2]',
      'null',
      '"just a string"',
      JSON.stringify({ id: 7, text: 42 }),
      '{"id": "x", "text": "We do not sell your personal information."',
      '\u0000\u0001 binary \uFFFD',
      JSON.stringify({ id: 'ok', text: 'You can request deletion of your data.' }),
      '',
      JSON.stringify({ text: '' }),
    ].join('\n');
    const { code, stdout, stderr } = await run(['classify'], input);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    // One answer per non-blank line, in order.
    expect(lines.map((l) => l.line ?? l.id)).toEqual([1, 2, 3, 4, 5, 6, 'ok', null]);
    for (const bad of lines.slice(0, 6)) expect(bad.error).toEqual(expect.any(String));
    expect(lines[3]).toMatchObject({ id: 7 });
    expect(lines[6]!.sections).toContain('rights');
    expect(lines[7]).toMatchObject({ sections: [], items: [] });
    expect((await run(['classify'], '')).stdout).toBe('');
  });
});
