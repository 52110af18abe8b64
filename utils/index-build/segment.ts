/**
 * The stored layout of one segment (the index data of one bundle shard). Everything is a string
 * or a number, so the segment survives the bundle's JSON and IndexedDB as-is: lists of strings
 * are "\n"-joined and split when first used; numeric arrays are base64 of little-endian typed
 * arrays (codec.ts), decoded when first used; posting lists are read in place, never decoded.
 *
 * Units are what the inverted index points at: a set's title and each question. A set's units
 * are contiguous (docUnitStart), so scores roll up to sets cheaply. Answers are units of their
 * own, numbered apart, with their own posting lists over the same vocabulary (build-segment.ts).
 */
import type { KamerDocument } from '../corpus/model';

/** Opaque to hosts: store and hand back as-is. `id` is the shard's id, `version` its format. */
export interface SearchSegment {
  id: string;
  version: number;
  [field: string]: unknown;
}

export type BuildSegment = (id: string, documents: KamerDocument[]) => SearchSegment;

/** 7: answers indexed (own postings and units), vocabulary by tail for typos at a word's start. */
export const SEGMENT_VERSION = 7;

export const UNIT_TITLE = 0;
export const UNIT_QUESTION = 1;
/** Added to a question unit's kind when that question has an answer. */
export const UNIT_ANSWERED = 4;
/** Kind of an answer unit (length statistics); answer units are numbered apart from the others. */
export const UNIT_ANSWER = 2;
export const TOPIC_CANDIDATES = 32;
/** A title states the subject: its words count this many times in a topic vector. */
export const TITLE_TOPIC_WEIGHT = 3;
export const NO_TERM = 0xffffffff;
/**
 * The idf of topic vectors. Computed per segment (a shard of ~1,000 sets is a fair sample of the
 * corpus), so a set's vector length can be stored at build time; cosine similarity then needs
 * no pass over the other set's text.
 */
export function topicIdf(docs: number, docFreq: number): number {
  return Math.log(1 + docs / Math.max(1, docFreq));
}

/** Unit kinds with their own length statistics (title, question, answer). */
export const UNIT_KINDS = 3;

export const STATUS_CODES = ['answered', 'unanswered', 'partially-answered'] as const;

/** base64 of a typed array of the named type (codec.ts). */
type U8 = string;
type U16 = string;
type U32 = string;

export interface SegmentData extends SearchSegment {
  version: typeof SEGMENT_VERSION;
  /** Set ids in local order. */
  docIds: string;
  /** Index into STATUS_CODES per set. */
  docStatus: U8;
  /** Per set: folded submitter names "|"-joined. */
  docSubmitters: string;
  /** Per set: folded parties of the submitters "|"-joined. */
  docParties: string;
  /** Per set: folded addressee names "|"-joined. */
  docAddressees: string;
  /** First unit of each set (length = sets + 1). */
  docUnitStart: U32;
  /** Sorted vocabulary of analysed terms. */
  vocab: string;
  /** Offsets of every VOCAB_BLOCK-th term in `vocab` (vocabulary.ts). */
  vocabBlocks: U32;
  /** Per term: byte offset of its posting list in `postings` (length = terms + 1). */
  termStart: U32;
  /**
   * Term indices ordered by the term without its first two letters (then by term), 16-bit when
   * the vocabulary has at most 65,535 terms: typo candidates for a word whose start is mistyped.
   */
  vocabByTail: U16 | U32;
  /** Per term: number of sets holding it in a title or question (BM25's idf sums these over segments). */
  termDocFreq: U32;
  /** Posting lists back to back: varint(unit delta << 1 | tf > 1), then a tf byte if tf > 1. */
  postings: string;
  /** Width of local set numbers in unitDoc, bandDoc, refDoc, personDoc: 16 or 32 bits. */
  docWidth: 16 | 32;
  unitDoc: U16 | U32;
  /** 0 for a title, else the question number. */
  unitNumber: U16;
  unitKind: U8;
  /** Analysed terms in the unit, capped at 65535. */
  unitLength: U16;
  /** Answer postings per term, like termStart/postings, over answer units. */
  answerTermStart: U32;
  answerPostings: string;
  /** Per term: number of sets holding it in an answer. */
  answerDocFreq: U32;
  /** Per answer unit: local set, the (first) question it answers, analysed length. */
  answerDoc: U16 | U32;
  answerNumber: U16;
  answerLength: U16;
  /** Sum and count of unit lengths per kind (title, question, answer), for BM25's average lengths. */
  lengthSum: number[];
  unitCount: number[];
  /**
   * Per set: its TOPIC_CANDIDATES most distinctive terms (vocabulary indices, by tf × local
   * idf over title and topical questions), padded with NO_TERM; related() weighs them globally.
   */
  docTopicTerms: U32;
  /** Per set: the term frequency of each topic candidate (capped at 255). */
  docTopicTf: U8;
  /** Per set: length of its topic vector (tf × topicIdf over all its topical terms), base64 Float32. */
  docTopicNorm: string;
  /** MinHash signatures (low 16 bits of each minimum), MINHASH_SIZE per set. */
  docMinhash: U16;
  /** LSH band keys, sorted, with the set each came from. */
  bandKey: U32;
  bandDoc: U16 | U32;
  /** Reference keys ("kst:26643-1315", "news:…"), sorted; labels parallel. */
  refKeys: string;
  refLabels: string;
  /** Per key: 1 when some citation of it is a motion. */
  refIsMotion: U8;
  refStart: U32;
  refDoc: U16 | U32;
  /** Submitter names (folded), sorted, with the sets each submitted. */
  personKeys: string;
  personStart: U32;
  personDoc: U16 | U32;
}

export function isSegmentData(segment: SearchSegment): segment is SegmentData {
  return (
    segment.version === SEGMENT_VERSION &&
    typeof segment.vocab === 'string' &&
    typeof segment.postings === 'string'
  );
}
