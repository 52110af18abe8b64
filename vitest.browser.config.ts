import { defineConfig } from 'vitest/config';

// Browser tests: Playwright drives Debian's Chromium with the built extension (.output/chrome-mv3).
// One browser per test file; files run one at a time because Chromium is heavy on 2 cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts', 'tests/release/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
