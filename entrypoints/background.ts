import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../utils/background/start';

export default defineBackground(() => {
  const background = startBackground({ createEngine: null });
  // Exposed for the browser tests and benchmarks, which drive the worker through Playwright.
  (globalThis as { kamerlezer?: unknown }).kamerlezer = background;
});
