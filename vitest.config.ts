import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Some checks walk the whole corpus or every short string; on a shared 2-core machine under
    // load they took 5–8 s, past vitest's 5 s default. No test asserts a time (benchmarks do).
    testTimeout: 30_000,
  },
});
