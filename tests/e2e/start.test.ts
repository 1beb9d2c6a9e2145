/** `npm start`'s script, in its --check mode: what it serves and what it tells the reader. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from './helpers';

const run = promisify(execFile);

describe('scripts/start.mjs --check', () => {
  it('without a display: prints the folder to load unpacked and the sample policy URL, then exits', async () => {
    const env = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' };
    const { stdout } = await run(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--check', '--port', '0'], { cwd: ROOT, env, timeout: 15_000 });
    expect(stdout).toContain(EXTENSION_DIR);
    expect(stdout).toMatch(/http:\/\/127\.0\.0\.1:\d+\/smartalpaca\/privacy-policy/);
    expect(stdout).toContain('Load unpacked');
  });

  it('with a display: says it opens Chromium on the sample policy (without opening it in --check)', async () => {
    const env = { ...process.env, DISPLAY: ':0' };
    const { stdout } = await run(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--check', '--port', '0'], { cwd: ROOT, env, timeout: 15_000 });
    expect(stdout).toMatch(/Opening Chromium .* with a fresh profile and the extension from /);
    expect(stdout).toContain(EXTENSION_DIR);
  });
});
