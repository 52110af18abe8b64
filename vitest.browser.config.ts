import { defineConfig } from 'vitest/config';

// Browser tests: Playwright drives Debian's Chromium with the built extension (.output/chrome-mv3).
// One browser per test file; files run one at a time because Chromium is heavy on 2 cores.
// Generous timeouts: the tests wait on conditions, and these shared machines can be slow.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts', 'tests/release/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
