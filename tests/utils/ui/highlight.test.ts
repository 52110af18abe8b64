import { describe, expect, test } from 'vitest';
import { normaliseRanges, splitHighlights } from '../../../utils/ui/highlight';

const text = 'Het sluiten van het Tijdelijk Noodfonds Energie';

describe('splitHighlights', () => {
  test('marks the ranges and keeps the rest as plain text, losing nothing', () => {
    const segments = splitHighlights(text, [[30, 39]]);
    expect(segments).toEqual([
      { text: 'Het sluiten van het Tijdelijk ', marked: false },
      { text: 'Noodfonds', marked: true },
      { text: ' Energie', marked: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  test('merges overlapping and touching ranges, sorts them, clamps them to the text', () => {
    expect(
      normaliseRanges(
        [
          [40, 47],
          [4, 11],
          [8, 15],
          [15, 16],
          [45, 900],
          [-3, 0],
        ],
        text.length,
      ),
    ).toEqual([
      [4, 16],
      [40, 47],
    ]);
  });

  test('no ranges, or only empty ones, give the text unmarked', () => {
    expect(splitHighlights(text, [])).toEqual([{ text, marked: false }]);
    expect(splitHighlights(text, [[5, 5]])).toEqual([{ text, marked: false }]);
    expect(splitHighlights('', [])).toEqual([{ text: '', marked: false }]);
  });

  test('a range at the very start and end', () => {
    expect(splitHighlights('Noodfonds', [[0, 9]])).toEqual([{ text: 'Noodfonds', marked: true }]);
  });
});
