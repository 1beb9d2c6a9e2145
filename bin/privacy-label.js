#!/usr/bin/env node
// The `privacy-label` command: runs the CLI bundle that `npm ci` builds (postinstall).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist-cli/privacy-label.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  console.error('privacy-label: the CLI is not built yet; run `npm run cli:build` (npm ci does it).');
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
