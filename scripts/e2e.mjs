#!/usr/bin/env node
/**
 * `npm run test:e2e`: the end-to-end tests in Debian's Chromium with the built extension.
 * The extension must be built first (`npx wxt build`; `npm test` builds it before this).
 * Extra arguments go to vitest, e.g. `npm run test:e2e -- -t badge`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`e2e: Chromium was not found at ${chromium}.\n     Install Debian's Chromium: apt-get install -y chromium   (or set CHROMIUM_PATH)`);
  process.exit(1);
}
if (!existsSync(join(root, '.output/chrome-mv3/manifest.json'))) {
  console.error('e2e: the extension is not built (.output/chrome-mv3 is missing). Run `npx wxt build` first.');
  process.exit(1);
}

const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const child = spawn(process.execPath, [vitest, 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
const forward = (sig) => process.on(sig, () => child.kill(sig));
forward('SIGINT');
forward('SIGTERM');
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
