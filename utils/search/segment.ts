/**
 * The stored layout of one segment (the index data of one bundle shard). Everything is a string
 * or a typed array, so IndexedDB stores it as-is and a cold service worker reads it without
 * parsing: big lists of strings are joined with "\n" and split only when first used.
 *
 * Units are what the inverted index points at: a set's title, each question, each answer. A
 * set's units are contiguous (docUnitStart), so scores roll up to sets cheaply.
 */
import type { SearchSegment } from './api';

export const SEGMENT_VERSION = 1;

export const UNIT_TITLE = 0;
export const UNIT_QUESTION = 1;
export const UNIT_ANSWER = 2;
/** Added to a question unit's kind when that question has an answer. */
export const UNIT_ANSWERED = 4;

export const STATUS_CODES = ['answered', 'unanswered', 'partially-answered'] as const;

export interface SegmentData extends SearchSegment {
  version: typeof SEGMENT_VERSION;
  /** Set ids, "\n"-joined, in local order. */
  docIds: string;
  docStatus: Uint8Array;
  /** Per set: folded submitter names "|"-joined; sets "\n"-joined. */
  docSubmitters: string;
  /** Per set: folded parties of the submitters. */
  docParties: string;
  /** Per set: folded addressee names. */
  docAddressees: string;
  docUnitStart: Uint32Array;
  /** Sorted vocabulary of analysed terms, "\n"-joined. */
  vocab: string;
  /** Per term: start in postUnit/postTf (length = terms + 1). */
  termStart: Uint32Array;
  /** Per term: number of sets holding it (BM25 idf is summed over segments from this). */
  termDocFreq: Uint32Array;
  postUnit: Uint32Array;
  /** Term frequency in the unit, capped at 255. */
  postTf: Uint8Array;
  unitDoc: Uint32Array;
  /** 0 for a title, else the question number. */
  unitNumber: Uint16Array;
  unitKind: Uint8Array;
  /** Analysed terms in the unit, capped at 65535. */
  unitLength: Uint16Array;
  /** Sums and counts of unit lengths per kind (title, question, answer), for BM25's averages. */
  lengthSum: Float64Array;
  unitCount: Uint32Array;
  /** MinHash signatures, MINHASH_SIZE per set. */
  docMinhash: Uint32Array;
  /** LSH band keys, sorted, with the set they came from. */
  bandKey: Uint32Array;
  bandDoc: Uint32Array;
  /** Reference keys ("kst:26643-1315", "news:…"), sorted, "\n"-joined; labels parallel. */
  refKeys: string;
  refLabels: string;
  /** Per key: 1 when some citation of it is a motion. */
  refIsMotion: Uint8Array;
  refStart: Uint32Array;
  refDoc: Uint32Array;
  /** Submitter names (folded), sorted, "\n"-joined, with the sets they submitted. */
  personKeys: string;
  personStart: Uint32Array;
  personDoc: Uint32Array;
}

export function isSegmentData(segment: SearchSegment): segment is SegmentData {
  return segment.version === SEGMENT_VERSION && typeof segment.vocab === 'string';
}
