/**
 * A tiny static file server for tests/fixtures/pages, on 127.0.0.1 and a free port.
 * `/a/b` serves `a/b.html` (or `a/b/index.html`), so fixtures live under policy-like paths
 * such as /smartalpaca/privacy-policy. Used by the end-to-end tests, the Firefox check and
 * `npm start`. Plain JavaScript so that node runs it without a build step.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function resolveFile(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const base = normalize(join(root, path));
  if (base !== root && !base.startsWith(root + sep)) return undefined; // no ../ escapes
  const candidates = extname(base) ? [base] : [`${base.replace(/[\\/]$/, '')}.html`, join(base, 'index.html')];
  for (const c of candidates) if (await isFile(c)) return c;
  return undefined;
}

/**
 * Starts the server. Resolves to { url, port, close() }; `url` has no trailing slash.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 */
export async function startServer(options = {}) {
  const root = resolve(options.root ?? PAGES_DIR);
  const host = options.host ?? '127.0.0.1';
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = await resolveFile(root, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Not found</title><h1>Not found</h1>');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, ok);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok(undefined));
      }),
  };
}

/** The fixture pages, by role. Paths are on the server above. */
export const FIXTURES = {
  seeds: [
    { seed: '000', site: 'SmartAlpaca', path: '/smartalpaca/privacy-policy' },
    { seed: '001', site: 'allsmart', path: '/allsmart/privacy-policy' },
    { seed: '002', site: 'Smarct', path: '/smarct/legal/privacy' },
    { seed: '003', site: 'Smartjac', path: '/smartjac/privacy' },
    { seed: '004', site: 'SmarterTools', path: '/smartertools/company/privacy-policy' },
  ],
  article: '/dailycourier/news/2024/05/14/council-approves-riverside-bike-lanes',
  product: '/northwind/shop/trailblazer-40l-backpack',
  spa: { policy: '/lumen/privacy', other: '/lumen/pricing' },
};
