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

/**
 * Corrections for an unknown analysed `term` (typed as `word`, folded). When fuse.js finds none,
 * the longest vocabulary term that begins the typed word stands in: a typo near the end of a
 * long word changes its stem ("afhankelijkhed" is not stemmed to "afhank"), not its start.
 */
export function correctTypo(term: string, word: string, segments: LoadedSegment[], max = 2): Correction[] {
  const fuzzy = fuzzyCorrections(term, segments, max);
  return fuzzy.length > 0 ? fuzzy : stemPrefix(word, segments);
}

const MIN_STEM_PREFIX = 5;

function stemPrefix(word: string, segments: LoadedSegment[]): Correction[] {
  for (let length = word.length - 1; length >= MIN_STEM_PREFIX && length >= word.length * 0.4; length--) {
    const prefix = word.slice(0, length);
    if (segments.some((segment) => segment.term(prefix) >= 0)) return [{ term: prefix, similarity: length / word.length }];
  }
  return [];
}

function fuzzyCorrections(term: string, segments: LoadedSegment[], max: number): Correction[] {
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
