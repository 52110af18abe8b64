import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from './start';
import { buildSegment } from '../../utils/index-build/build-segment';
import { SEGMENT_VERSION } from '../../utils/index-build/segment';
import { createSearchEngine } from '../../utils/search/index';

export default defineBackground(() => {
  const background = startBackground({
    createEngine: createSearchEngine,
    // Segments this build cannot read are rebuilt from the stored sets (utils/store/segment-repair.ts).
    segmentBuilder: { version: SEGMENT_VERSION, build: buildSegment },
  });
  // Exposed for the browser tests and benchmarks, which drive the worker through Playwright.
  (globalThis as { kamerlezer?: unknown }).kamerlezer = background;
});
