/**
 * The command line of Debian's Chromium with the built extension, shared by the e2e harness
 * (tests/e2e/helpers.ts) and the browser benchmark (bench/browser.bench.mjs): the extension
 * loaded unpacked, no sandbox (root), a closed network (no background requests, no component
 * updates), a fresh profile, and `*.example` hosts resolved to the local fixture server.
 */
export function chromiumArgs({ extensionDir, profile, examplePort, extra = [] }) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--no-default-browser-check',
    `--user-data-dir=${profile}`,
    '--window-size=1280,900',
    ...(examplePort ? [`--host-resolver-rules=MAP *.example 127.0.0.1:${examplePort}`] : []),
    ...extra,
  ];
}
