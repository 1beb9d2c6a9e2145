/**
 * The built extension (what users install), read from .output/: the fewest permissions, a
 * strict CSP, no way for web pages or other extensions to talk to it, no eval and no remote
 * code. Runs with the e2e tests because it needs the builds (`npx wxt build`, and
 * `npx wxt build -b firefox` for the Firefox part, as `npm test` does).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, checkPrerequisites } from './helpers';

/** The whole permission set the extension may ever ask for (see README "Permissions"). */
const ALLOWED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];
const ALLOWED_HOSTS = ['http://*/*', 'https://*/*'];
const STRICT_CSP = "script-src 'self'; object-src 'self'";

const builds = [
  { name: 'chrome-mv3', dir: join(ROOT, '.output/chrome-mv3') },
  { name: 'firefox-mv2', dir: join(ROOT, '.output/firefox-mv2') },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

checkPrerequisites();

describe.each(builds)('the built manifest of $name', ({ name, dir }) => {
  const built = existsSync(join(dir, 'manifest.json'));
  if (!built) console.warn(`manifest.test: ${name} is not built; run \`npx wxt build${name.startsWith('firefox') ? ' -b firefox' : ''}\` to check it`);
  const manifest = built ? (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>) : {};
  const perms = (manifest.permissions as string[] | undefined) ?? [];
  // In MV2 host permissions sit among the permissions.
  const apiPerms = perms.filter((p) => !p.includes('://') && p !== '<all_urls>');
  const hostPerms = [...((manifest.host_permissions as string[] | undefined) ?? []), ...perms.filter((p) => p.includes('://') || p === '<all_urls>')];

  it.runIf(built)('asks only for activeTab, storage and scripting, and hosts only http(s) pages', () => {
    for (const p of apiPerms) expect(ALLOWED_PERMISSIONS, `permission ${p}`).toContain(p);
    for (const h of hostPerms) expect(ALLOWED_HOSTS, `host permission ${h}`).toContain(h);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    // Content scripts, if declared, run on web pages only (not file://, not <all_urls>).
    for (const cs of (manifest.content_scripts as { matches: string[]; all_frames?: boolean }[] | undefined) ?? []) {
      for (const m of cs.matches) expect(ALLOWED_HOSTS).toContain(m);
    }
  });

  it.runIf(built)('has a strict CSP for its pages: its own scripts only, no eval, no remote code', () => {
    const csp = manifest.manifest_version === 3 ? (manifest.content_security_policy as { extension_pages?: string })?.extension_pages : manifest.content_security_policy;
    expect(csp).toBe(STRICT_CSP);
  });

  it.runIf(built)('cannot be reached by web pages or other extensions, and exposes no resources to pages', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });

  it.runIf(built)('ships no eval, no new Function and no script from anywhere but itself', () => {
    for (const f of files(dir)) {
      const rel = f.slice(dir.length + 1);
      if (f.endsWith('.js')) {
        const js = readFileSync(f, 'utf8');
        expect(js, rel).not.toMatch(/(?<![\w$.])eval\s*\(|\bnew\s+Function\s*\(|\bimportScripts\s*\(/);
        expect(js, rel).not.toMatch(/\b(?:XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/);
      }
      if (f.endsWith('.html')) {
        const html = readFileSync(f, 'utf8');
        for (const [, src] of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]*)"/g)) expect(src, `${rel}: ${src}`).toMatch(/^\/(?!\/)/);
        expect(html, rel).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
      }
    }
  });

  it.runIf(built && name === 'chrome-mv3')('runs its background without network code: no fetch in the service worker', () => {
    const bg = readFileSync(join(dir, 'background.js'), 'utf8');
    expect(bg).not.toMatch(/\bfetch\s*\(/);
  });
});
