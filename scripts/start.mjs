#!/usr/bin/env node
/**
 * `npm start` (after `wxt build`): try Privacy Label on the sample pages.
 *
 * Serves tests/fixtures/pages on http://127.0.0.1, then
 *  - with a display ($DISPLAY or $WAYLAND_DISPLAY set) and Chromium installed: opens Chromium
 *    with a fresh profile, the built extension loaded, on the sample privacy policy;
 *  - otherwise: prints the folder to load unpacked (chrome://extensions → Developer mode →
 *    Load unpacked) and the address of the sample policy.
 * Keeps serving until Ctrl-C.
 *
 *   node scripts/start.mjs [--check] [--port N] [--no-browser]
 *     --check       print what would happen, then exit (used by tests)
 *     --port N      serve on port N (default 5178, or any free port if it is taken)
 *     --no-browser  do not open Chromium even when a display is available
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURES, PAGES_DIR, startServer } from '../tests/e2e/static-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const args = process.argv.slice(2);
const check = args.includes('--check');
const noBrowser = args.includes('--no-browser');
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 5178;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('start: --port needs a number between 0 and 65535');
  process.exit(2);
}

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`start: the extension is not built (${EXTENSION_DIR} is missing). Run \`npx wxt build\` first, or \`npm start\`, which builds it.`);
  process.exit(1);
}

let server;
try {
  server = await startServer({ port });
} catch (e) {
  if (e?.code !== 'EADDRINUSE' || portArg >= 0) throw e;
  server = await startServer({ port: 0 }); // the default port is taken: any free one
}

const sample = server.url + FIXTURES.seeds[0].path;
const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
const canLaunch = !!display && !noBrowser && existsSync(CHROMIUM);

console.log(`Privacy Label — sample pages served from ${PAGES_DIR}`);
console.log(`  all sample pages:      ${server.url}/`);
console.log(`  sample privacy policy: ${sample}`);
console.log(`  a page that is not:    ${server.url}${FIXTURES.article}`);
console.log('');
if (canLaunch) {
  console.log(`Opening Chromium (${CHROMIUM}) with a fresh profile and the extension from ${EXTENSION_DIR}.`);
} else {
  if (!display) console.log('No display found ($DISPLAY is not set), so no browser is opened. To try the extension:');
  else if (noBrowser) console.log('To try the extension:');
  else console.log(`Chromium was not found at ${CHROMIUM} (apt-get install -y chromium). To try the extension in another Chromium-based browser:`);
  console.log('  1. open chrome://extensions and turn on Developer mode');
  console.log(`  2. "Load unpacked" and choose: ${EXTENSION_DIR}`);
  console.log(`  3. open ${sample} — the toolbar badge shows its grade; click the icon for the label`);
  console.log('  (Firefox: about:debugging → This Firefox → Load Temporary Add-on… → .output/firefox-mv2/manifest.json, after `npm run build:firefox`.)');
}

if (check) {
  await server.close();
  process.exit(0);
}

let profile;
let chromium;
function shutdown(code = 0) {
  if (chromium && chromium.exitCode === null) chromium.kill('SIGTERM');
  if (profile) rmSync(profile, { recursive: true, force: true });
  void server.close().then(() => process.exit(code));
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

if (canLaunch) {
  profile = mkdtempSync(join(tmpdir(), 'privacy-label-start-'));
  const flags = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    sample,
  ];
  chromium = spawn(CHROMIUM, flags, { stdio: 'ignore' });
  chromium.on('exit', (code) => {
    console.log(`Chromium closed${code ? ` (exit code ${code})` : ''}. Still serving the sample pages; Ctrl-C to stop.`);
    chromium = undefined;
  });
}
console.log('\nServing until Ctrl-C.');
