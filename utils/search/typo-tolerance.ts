/**
 * Typo tolerance on the vocabulary, never on the corpus: for a query word the index does not
 * know, candidates come from two cheap routes over each segment's sorted vocabulary, and fuse.js
 * and an edit distance rank them (a few hundred strings, where a scan of all questions would
 * take seconds):
 *  - head route: terms sharing the word's first two letters and about its length;
 *  - tail route, when the head route finds nothing close: terms whose tail (all but their first
 *    two letters) starts with three letters of the word taken at positions 1, 2 or 3. A typo in
 *    the first two letters (a letter dropped, added, replaced or two swapped) leaves one of those
 *    keys intact ("oodfonds", "onodfonds" → "noodfond"). The segments store their vocabulary's
 *    order by tail (vocabByTail), so each key is a binary search, not a vocabulary scan.
 * Fuse.js's bitap counts a swap as two errors, so candidates are also scored by optimal string
 * alignment distance (a swap is one edit): "nodofnds" is two edits from "noodfonds".
 */
import Fuse from 'fuse.js';
import type { LoadedSegment } from './loaded-segment';

const PER_SEGMENT_LIMIT = 4000;
const PER_TAIL_KEY_LIMIT = 200;
const TAIL_KEY = 3;
const MAX_SCORE = 0.35;
/** A head-route correction at least this similar makes the tail route unnecessary. */
const GOOD_ENOUGH = 0.8;

export interface Correction {
  term: string;
  /** 0..1, 1 = identical. */
  similarity: number;
}

/**
 * Corrections for an unknown analysed `term` (typed as `word`, folded). When neither route finds
 * one, the longest vocabulary term that begins the typed word stands in: a typo near the end of a
 * long word changes its stem ("afhankelijkhed" is not stemmed to "afhank"), not its start.
 */
export function correctTypo(
  term: string,
  word: string,
  segments: LoadedSegment[],
  max = 2,
): Correction[] {
  if (term.length < 4) return stemPrefix(word, segments);
  const lengthOk = (candidate: string) => Math.abs(candidate.length - term.length) <= 2;
  const candidates = new Set<string>();
  const prefix = term.slice(0, 2);
  for (const segment of segments) {
    for (const candidate of segment.termsWithPrefix(prefix, PER_SEGMENT_LIMIT))
      if (lengthOk(candidate)) candidates.add(candidate);
  }
  let ranked = rank(term, candidates, max);
  if ((ranked[0]?.similarity ?? 0) < GOOD_ENOUGH && term.length >= TAIL_KEY + 2) {
    const keys = new Set(
      [1, 2, 3].map((at) => term.slice(at, at + TAIL_KEY)).filter((key) => key.length === TAIL_KEY),
    );
    for (const segment of segments) {
      for (const key of keys) {
        for (const candidate of segment.termsWithTail(key, PER_TAIL_KEY_LIMIT, lengthOk))
          candidates.add(candidate);
      }
    }
    ranked = rank(term, candidates, max);
  }
  return ranked.length > 0 ? ranked : stemPrefix(word, segments);
}

const MIN_STEM_PREFIX = 5;

function stemPrefix(word: string, segments: LoadedSegment[]): Correction[] {
  for (
    let length = word.length - 1;
    length >= MIN_STEM_PREFIX && length >= word.length * 0.4;
    length--
  ) {
    const prefix = word.slice(0, length);
    if (segments.some((segment) => segment.term(prefix) >= 0))
      return [{ term: prefix, similarity: length / word.length }];
  }
  return [];
}

/** Edits allowed by the edit-distance score: one in a short word, two from seven letters. */
function maxEdits(term: string): number {
  return term.length >= 7 ? 2 : 1;
}

/** The best `max` candidates by the better of fuse.js's score and the edit-distance similarity. */
function rank(term: string, candidates: Set<string>, max: number): Correction[] {
  candidates.delete(term);
  if (candidates.size === 0) return [];
  const best = new Map<string, number>();
  const fuse = new Fuse([...candidates], {
    includeScore: true,
    threshold: MAX_SCORE,
    ignoreLocation: true,
    minMatchCharLength: 2,
  });
  for (const r of fuse.search(term, { limit: max * 4 })) best.set(r.item, 1 - (r.score ?? 1));
  const limit = maxEdits(term);
  for (const candidate of candidates) {
    const d = editDistance(term, candidate, limit);
    if (d > limit) continue;
    const similarity = 1 - d / Math.max(term.length, candidate.length);
    if (similarity > (best.get(candidate) ?? 0)) best.set(candidate, similarity);
  }
  return [...best]
    .map(([candidate, similarity]) => ({ term: candidate, similarity }))
    .sort((a, b) => b.similarity - a.similarity || (a.term < b.term ? -1 : 1))
    .slice(0, max);
}

/**
 * Optimal string alignment distance (Levenshtein plus swaps of neighbours), or `limit + 1` as
 * soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  // Three rows reused across calls: ranking scores thousands of candidates per unknown word.
  if (rows.length < width * 3) rows = new Int32Array(width * 6);
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(
        rows[previous + j] + 1,
        rows[current + j - 1] + 1,
        rows[previous + j - 1] + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        d = Math.min(d, rows[before + j - 2] + 1);
      rows[current + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(rows[previous + b.length], limit + 1);
}

let rows = new Int32Array(64 * 3);
