import { defineConfig } from 'vitest/config';

// Browser tests in Firefox: puppeteer-core drives Debian's firefox-esr over WebDriver BiDi with
// the built extension (.output/firefox-mv2) as a temporary add-on. The core checks are shared
// with Chromium (tests/browser/core/core-checks.ts). One browser per file, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
