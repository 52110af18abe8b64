/**
 * A snippet of a long text (an answer) around its matched words, for a search hit: the window of
 * at most `length` characters holding the most highlights, widened to word boundaries, with "…"
 * where it was cut. Highlight ranges come back relative to the snippet. Line breaks (answers
 * join paragraphs with blank lines) become spaces, one for one, so offsets stay put.
 */
import type { HighlightRange } from './types';

export const SNIPPET_LENGTH = 220;
/** Characters of context kept before the first highlight of the window. */
const LEAD = 50;
const ELLIPSIS = '…';

export interface Snippet {
  text: string;
  highlights: HighlightRange[];
}

export function snippet(
  text: string,
  ranges: readonly HighlightRange[],
  length = SNIPPET_LENGTH,
): Snippet {
  if (text.length <= length)
    return {
      text: text.replace(/\s/g, ' '),
      highlights: ranges.map(([a, b]): HighlightRange => [a, b]),
    };
  // The window starting at some highlight that covers the most highlights entirely.
  let bestFirst = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < ranges.length; i++) {
    if (j < i) j = i;
    while (j < ranges.length && ranges[j][1] - ranges[i][0] <= length - LEAD) j++;
    if (j - i > bestCount) {
      bestCount = j - i;
      bestFirst = i;
    }
  }
  let start = ranges.length > 0 ? Math.max(0, ranges[bestFirst][0] - LEAD) : 0;
  // Start at a word: after the nearest space before `start` (or cut inside one long word).
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    if (space >= 0 && start - space < 20) start = space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const highlights = ranges
    .filter(([a, b]) => a >= start && b <= end)
    .map(([a, b]): HighlightRange => [a + shift, b + shift]);
  return { text: prefix + text.slice(start, end).replace(/\s/g, ' ') + suffix, highlights };
}
