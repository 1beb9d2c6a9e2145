// Bundles the CLI (cli/index.ts + analyzer/) into dist-cli/ so that `npx privacy-label` runs
// on plain Node right after `npm ci` (postinstall) — no TypeScript loader at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/index.ts'],
  outfile: 'dist-cli/privacy-label.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
