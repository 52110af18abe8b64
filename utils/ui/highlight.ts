/**
 * Split a text into plain and marked segments from [start, end) ranges, so a component can
 * render highlights as <mark> nodes around text — corpus text never becomes HTML.
 */
import type { HighlightRange } from '../search/types';

export interface TextSegment {
  text: string;
  marked: boolean;
}

/** Ranges may come unsorted, overlapping or out of bounds (an index built on older text): tidy them. */
export function normaliseRanges(
  ranges: readonly HighlightRange[],
  length: number,
): HighlightRange[] {
  const clamped = ranges
    .map(([start, end]): HighlightRange => [
      Math.max(0, Math.min(start, length)),
      Math.max(0, Math.min(end, length)),
    ])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: HighlightRange[] = [];
  for (const range of clamped) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export function splitHighlights(text: string, ranges: readonly HighlightRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of normaliseRanges(ranges, text.length)) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || segments.length === 0)
    segments.push({ text: text.slice(at), marked: false });
  return segments;
}
