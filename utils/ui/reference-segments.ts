/**
 * Find where each reference stands in a text, so the reader view can turn a citation into a
 * link without touching HTML: the text is cut into plain runs and runs that carry a reference.
 */
import type { Reference } from '../corpus/model';

export interface ReferenceSegment {
  text: string;
  reference: Reference | null;
}

export function referenceSegments(
  text: string,
  references: readonly Reference[],
): ReferenceSegment[] {
  const spans: { start: number; end: number; reference: Reference }[] = [];
  // Longest first, so "motie-Kathmann c.s. (Kamerstuk 26 643, nr. 1315)" wins over a part of it.
  const ordered = [...references]
    .filter((r) => r.text)
    .sort((a, b) => b.text.length - a.text.length);
  for (const reference of ordered) {
    let from = 0;
    while (from <= text.length) {
      const start = text.indexOf(reference.text, from);
      if (start < 0) break;
      const end = start + reference.text.length;
      if (!spans.some((s) => start < s.end && end > s.start)) {
        spans.push({ start, end, reference });
        break;
      }
      from = start + 1;
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const segments: ReferenceSegment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), reference: null });
    segments.push({ text: text.slice(span.start, span.end), reference: span.reference });
    at = span.end;
  }
  if (at < text.length || segments.length === 0)
    segments.push({ text: text.slice(at), reference: null });
  return segments;
}

/** References of one question, split by where they stand. */
export function referencesOf(
  references: readonly Reference[],
  questionNumber: number,
  where: Reference['in'],
): Reference[] {
  return references.filter((r) => r.question === questionNumber && r.in === where);
}
