import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests (Node, fake-indexeddb, WXT's fake browser). Browser tests live in tests/browser and
// run through vitest.browser.config.ts against the built extension in real Chromium.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/browser/**', 'tests/firefox/**', 'tests/release/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
