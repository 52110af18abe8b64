/**
 * The contract between the pure search core (utils/search, utils/text) and its hosts: the
 * bundle writer (utils/bundle), the background (entrypoints/background/, utils/store) and
 * the benchmarks. Implementation lives beside this file; hosts import only what is here.
 *
 * Index data is built per *segment* — the sets of one bundle shard — so a sync that changes
 * one shard replaces one segment and nothing else. Segments are structured-clonable (plain
 * objects, strings, typed arrays), so they can be stored in IndexedDB as-is and loaded fast by
 * a cold service worker.
 */
import type { KamerDocument } from '../corpus/model';
import type { SearchSegment } from '../index-build/segment';
import type {
  DocumentSummary,
  PageFingerprint,
  PageIdentification,
  PriorAnswer,
  RelatedSet,
  SearchRequest,
  SearchResponse,
} from './types';

/** How the index reaches full documents (for snippets, highlights, relatedness details). */
export interface DocumentLookup {
  getDocuments(ids: string[]): Promise<(KamerDocument | null)[]>;
}

export interface SearchEngine {
  /**
   * Replace the whole set of segments (after a sync switched generations). `masked[i]`: sets
   * (local numbers) of segment i that a later segment's copy supersedes or a delta removed;
   * they are never answered.
   */
  setSegments(segments: SearchSegment[], masked?: readonly (readonly number[] | undefined)[]): void;
  search(request: SearchRequest): Promise<SearchResponse>;
  related(documentId: string, limit?: number): Promise<RelatedSet[]>;
  priorAnswers(documentId: string, questionNumber: number, limit?: number): Promise<PriorAnswer[]>;
  /** Prior answers for several questions of one set in one pass; result i is for questionNumbers[i]. */
  priorAnswersForSet(
    documentId: string,
    questionNumbers: readonly number[],
    limitPerQuestion?: number,
  ): Promise<PriorAnswer[][]>;
  /** How many prior answers each question has (≤ limit), reading no other set; i is for questionNumbers[i]. */
  priorAnswerCounts(
    document: KamerDocument,
    questionNumbers: readonly number[],
    limitPerQuestion?: number,
  ): number[];
  citing(kamerstuk: string): Promise<DocumentSummary[]>;
  identify(fingerprint: PageFingerprint): Promise<PageIdentification>;
  /** Ids of the sets known by these official identifiers (lower-case keys, utils/corpus/official-keys). */
  officialIds(keys: readonly string[]): string[];
  /**
   * Decode ahead what the first annotated page would (a stopped service worker woken by a page
   * that is still loading); yields between segments so messages are not held up.
   */
  prepareForPages(): Promise<void>;
}

export type CreateSearchEngine = (lookup: DocumentLookup) => SearchEngine;
