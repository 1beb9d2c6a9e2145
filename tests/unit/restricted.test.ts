import { describe, expect, it } from 'vitest';
import { restrictedReason } from '../../utils/restricted';

describe('restrictedReason', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['chrome://newtab/', 'new-tab'],
    ['about:newtab', 'new-tab'],
    ['about:addons', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'web-store'],
    ['https://example.com/files/privacy.pdf', 'pdf'],
    ['file:///home/me/policy.html', 'local-file'],
    ['ftp://example.com/', 'not-web'],
    [undefined, 'no-url'],
  ])('%s cannot be read: %s', (url, reason) => {
    expect(restrictedReason(url)).toBe(reason);
  });

  it.each(['https://example.com/privacy', 'http://127.0.0.1:8080/legal/privacy-policy', 'https://example.com/pdf-guide'])(
    '%s can be read',
    (url) => expect(restrictedReason(url)).toBeUndefined(),
  );
});
