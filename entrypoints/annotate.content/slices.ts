/**
 * Work on the page in slices: a huge page (thousands of paragraphs) or one that keeps changing
 * must never get a main-thread task over 50 ms from us. A slice runs until its time budget is
 * spent, then yields to the page (a macrotask, so input and rendering come first) and goes on.
 * Every pass is also capped: what no real page of the official sites reaches is left alone.
 */

/** Time one slice may take; well under the 50 ms of a long task, leaving room for the page. */
export const SLICE_MS = 8;
/** Text nodes one pass looks at; a long answers page has a few thousand. */
export const MAX_TEXT_NODES = 20_000;
/** Links one pass makes; a long answers page cites a few hundred times. */
export const MAX_LINKS = 2_000;

/** Yield to the page: a new task, after pending input and rendering. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for one pass: `due()` says the slice is spent; `next()` yields and starts a new one. */
export function sliceClock(budgetMs = SLICE_MS) {
  let start = performance.now();
  return {
    due: () => performance.now() - start > budgetMs,
    async next() {
      await yieldToPage();
      start = performance.now();
    },
  };
}
