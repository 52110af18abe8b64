import { describe, expect, test } from 'vitest';
import type { HighlightRange } from '../../../utils/search/types';
import { snippet } from '../../../utils/search/snippet';

const marked = (text: string, ranges: HighlightRange[]) => ranges.map(([a, b]) => text.slice(a, b));

describe('answer snippets', () => {
  test('a short text stays whole, line breaks become spaces, offsets unchanged', () => {
    const text = 'Ja.\n\nDe minister antwoordt.';
    expect(snippet(text, [[8, 16]])).toEqual({
      text: 'Ja.  De minister antwoordt.',
      highlights: [[8, 16]],
    });
  });

  test('a long text is cut around the densest run of matches, at words, with ellipses, offsets shifted', () => {
    const filler = 'Dit is een zin zonder de gezochte woorden erin. ';
    const text = `${filler.repeat(6)}Eerst steenkool, dan nog eens steenkool en weer steenkool. ${filler.repeat(6)}Laat nog één keer steenkool. ${filler}`;
    const ranges: HighlightRange[] = [...text.matchAll(/steenkool/g)].map((m) => [
      m.index!,
      m.index! + 9,
    ]);
    const cut = snippet(text, ranges, 160);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(162);
    expect(marked(cut.text, cut.highlights)).toEqual(['steenkool', 'steenkool', 'steenkool']);
    // Cut at word boundaries: the text after the ellipsis starts a word.
    expect(text).toContain(cut.text.slice(1, -1));
    expect(text[text.indexOf(cut.text.slice(1, -1)) - 1]).toBe(' ');
  });

  test('no matches: the opening of the text', () => {
    const text = 'Woord '.repeat(100);
    const cut = snippet(text, [], 50);
    expect(cut.text.startsWith('Woord')).toBe(true);
    expect(cut.highlights).toEqual([]);
  });
});
