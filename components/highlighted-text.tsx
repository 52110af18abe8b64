/** Text with <mark> around the matched ranges; the text stays text (no HTML from the corpus). */
import type { HighlightRange } from '../utils/search/types';
import { splitHighlights } from '../utils/ui/highlight';

export function HighlightedText({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly HighlightRange[];
}) {
  return (
    <>
      {splitHighlights(text, ranges).map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
