import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../utils/background/start';
import { createSearchEngine } from '../utils/search/index';

export default defineBackground(() => {
  const background = startBackground({ createEngine: createSearchEngine });
  // Exposed for the browser tests and benchmarks, which drive the worker through Playwright.
  (globalThis as { kamerlezer?: unknown }).kamerlezer = background;
});
