/**
 * Typo tolerance on the vocabulary, never on the corpus: for a query word the index does not
 * know, fuse.js ranks the vocabulary terms that share its first two letters and have about its
 * length (a few hundred strings, where a scan of all questions would take seconds). Typos in the
 * first two letters are not corrected; that is the price of a small candidate set.
 */
import Fuse from 'fuse.js';
import type { LoadedSegment } from './loaded-segment';

const PER_SEGMENT_LIMIT = 4000;
const MAX_SCORE = 0.35;

export interface Correction {
  term: string;
  /** 0..1, 1 = identical. */
  similarity: number;
}

export function correctTypo(term: string, segments: LoadedSegment[], max = 2): Correction[] {
  if (term.length < 4) return [];
  const prefix = term.slice(0, 2);
  const candidates = new Set<string>();
  for (const segment of segments) {
    for (const candidate of segment.termsWithPrefix(prefix, PER_SEGMENT_LIMIT)) {
      if (Math.abs(candidate.length - term.length) <= 2) candidates.add(candidate);
    }
  }
  if (candidates.size === 0) return [];
  const fuse = new Fuse([...candidates], {
    includeScore: true,
    threshold: MAX_SCORE,
    ignoreLocation: true,
    minMatchCharLength: 2,
  });
  return fuse
    .search(term, { limit: max })
    .filter((r) => r.item !== term)
    .map((r) => ({ term: r.item, similarity: 1 - (r.score ?? 1) }));
}
