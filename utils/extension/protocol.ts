/**
 * The typed protocol between content scripts / extension pages and the background service
 * worker, which alone owns the Dexie database (a content script's IndexedDB would belong to the
 * visited site): a map of message names to request and response types, which the domain owns.
 * `send` and `handle` (./messaging.ts) are typed from it.
 *
 * Payloads are plain JSON: they cross structured-clone boundaries and must stay small.
 */
import type { KamerDocument } from '../corpus/model';
import type { CorpusOverview } from '../corpus/overview';
import type {
  AnnotatePageRequest,
  AnnotatePageResponse,
  DocumentSummary,
  PageFingerprint,
  PageIdentification,
  PriorAnswer,
  RelatedSet,
  SearchRequest,
  SearchResponse,
} from '../search/types';
import type { HistoryEntry, SyncStatus } from '../store/types';

/** Every message: name → request and response. */
export interface Protocol {
  search: { request: SearchRequest; response: SearchResponse };
  getDocument: { request: { id: string }; response: KamerDocument | null };
  getDocuments: { request: { ids: string[] }; response: (KamerDocument | null)[] };
  related: { request: { id: string; limit?: number }; response: RelatedSet[] };
  priorAnswers: {
    request: { id: string; questionNumber: number; limit?: number };
    response: PriorAnswer[];
  };
  /** Prior answers for several questions of one set in one round trip; result i is for questionNumbers[i]. */
  priorAnswersForSet: {
    request: { id: string; questionNumbers: number[]; limitPerQuestion?: number };
    response: PriorAnswer[][];
  };
  /**
   * A content script's one round trip per page: identification (proposal, siblings, check against
   * the page's full text), related sets and prior answers for the page's questions.
   */
  annotatePage: { request: AnnotatePageRequest; response: AnnotatePageResponse };
  /** Open the reader view on a set in a new tab (content scripts cannot open extension pages). */
  openReader: { request: { id: string; active?: boolean }; response: { ok: true } };
  /**
   * Sent by the content script as a page starts loading: a stopped service worker starts and
   * loads the index while the page loads, instead of after it (Chrome stops an idle worker
   * after 30 s, so this is the common case for a reader going from page to page).
   */
  warmUp: { request: Record<string, never>; response: { ok: true } };
  /** Sets citing a Kamerstuk (motion) key like "26643-1315". */
  citing: { request: { kamerstuk: string }; response: DocumentSummary[] };
  identifyPage: { request: PageFingerprint; response: PageIdentification };
  recordVisit: {
    request: { documentId: string; via: HistoryEntry['via']; url?: string };
    response: { ok: true };
  };
  syncStatus: { request: Record<string, never>; response: SyncStatus };
  syncNow: { request: Record<string, never>; response: SyncStatus };
  setSyncSource: { request: { url: string | null }; response: SyncStatus };
  clearLocalData: { request: Record<string, never>; response: { ok: true } };
  /**
   * History (side panel, popup's empty state), newest first. Added by the surfaces area; the
   * background owns the table. `markHistorySeen` clears `answeredSinceVisit` (and the badge)
   * for one set, or for all when no id is given.
   */
  listHistory: { request: { limit?: number }; response: HistoryEntry[] };
  removeHistory: { request: { id: number }; response: { ok: true } };
  clearHistory: { request: Record<string, never>; response: { ok: true } };
  exportHistory: { request: Record<string, never>; response: HistoryEntry[] };
  markHistorySeen: { request: { documentId?: string }; response: { ok: true } };
  /** The overview page's figures over the whole local corpus (utils/ui/corpus-overview.ts computes them). */
  overview: { request: Record<string, never>; response: CorpusOverview };
}

export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = Protocol[N]['request'];
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

/** What travels over runtime messaging. */
export interface Envelope<N extends MessageName = MessageName> {
  kamerlezer: N;
  payload: RequestOf<N>;
}

/** Responses carry either a result or an error message, never a thrown exception. */
export type Reply<N extends MessageName> =
  { ok: true; result: ResponseOf<N> } | { ok: false; error: string };
