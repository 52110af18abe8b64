/**
 * The typed protocol between content scripts / extension pages and the background service
 * worker, which alone owns the Dexie database (a content script's IndexedDB would belong to the
 * visited site). Declared once here; `send` and `handle` (./runtime.ts) are typed from it.
 *
 * Payloads are plain JSON: they cross structured-clone boundaries and must stay small.
 */
import type { AnswerTimes } from '../clock/answer-times';
import type { ClockFacts } from '../clock/deadline';
import type { KamerDocument, Person, SetStatus } from '../corpus/model';

/** A compact view of a set, enough for a result row or a history entry. */
export interface DocumentSummary {
  id: string;
  title: string;
  submitters: Person[];
  addressees: Person[];
  status: SetStatus;
  questionCount: number;
  /** The answer clock's facts (utils/clock): only when the corpus has dates (the official import). */
  clock?: ClockFacts;
  /** The Zaak number, when the corpus has it. */
  zaak?: string;
}

export interface SearchFilters {
  person?: string;
  party?: string;
  /** Name (or part of one) of an addressed minister / staatssecretaris. */
  addressee?: string;
  status?: SetStatus;
  /**
   * The answer clock (utils/clock): 'late' = past its term (unanswered and overdue, or answered
   * late), 'postponed' = a postponement notice came, 'on-time' = answered within the term. Only
   * sets with dates (the official import) can pass.
   */
  clock?: ClockFilter;
}

export type ClockFilter = 'late' | 'postponed' | 'on-time';

export interface SearchRequest {
  query: string;
  filters?: SearchFilters;
  limit?: number;
  /** 'relevance' (default) or 'date': newest submission first, undated sets by corpus order. */
  sort?: 'relevance' | 'date';
  /** ISO date the clock filters count from; today in Amsterdam by default (tests fix it). */
  today?: string;
}

/** A span [start, end) in a text to highlight, in UTF-16 code units. */
export type HighlightRange = [number, number];

export interface SearchHit {
  document: DocumentSummary;
  score: number;
  /** The best-matching question, or null when only the title matched. */
  question: { number: number; text: string; highlights: HighlightRange[] } | null;
  titleHighlights: HighlightRange[];
  /**
   * When an answer matched: the answer to question(s) `numbers` (a joint answer has several),
   * as a snippet around the matched words ("…" where it was cut), highlights relative to it.
   */
  answer?: { numbers: number[]; snippet: string; highlights: HighlightRange[] } | null;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Total matching sets before `limit`. */
  total: number;
  /** Query terms after analysis, for "did you mean" and empty-state help. */
  terms: string[];
  tookMs: number;
}

export type RelationKind =
  | 'same-questions' // the same question list put to another minister
  | 'same-motion'
  | 'same-kamerstuk'
  | 'same-news'
  | 'same-topic'
  | 'same-submitters';

export interface RelatedSet {
  document: DocumentSummary;
  score: number;
  /** Best reason first; each with a reader-facing detail ("motie-Kathmann c.s., Kamerstuk 26643-1315"). */
  reasons: { kind: RelationKind; detail: string }[];
}

export interface PriorAnswer {
  document: DocumentSummary;
  questionNumber: number;
  questionText: string;
  /** The opening of the answer (first sentences, ≤ 300 chars). */
  answerOpening: string;
  /** Who gave it: the addressees of that set. */
  answeredBy: Person[];
  score: number;
}

/** What a content script extracted from a page, for identification against the corpus. */
export interface PageFingerprint {
  url: string;
  title: string;
  people: string[];
  questions: string[];
}

/** What a content script sends once per page (annotatePage). */
export interface AnnotatePageRequest {
  /** The page's full fingerprint; the background samples it for the proposal and checks the full text. */
  fingerprint: PageFingerprint;
  /** Numbers of the questions on the page, for their prior answers. */
  questionNumbers: number[];
  relatedLimit?: number;
  priorLimitPerQuestion?: number;
}

export interface AnnotatePageResponse {
  /** The set the page shows (checked against the page's full text), or null below the threshold. */
  identified: null | {
    document: KamerDocument;
    confidence: number;
    /** The same question list put to other ministers, in full (for the side-by-side answers). */
    siblings: KamerDocument[];
    related: RelatedSet[];
  };
  /**
   * How many prior answers each page question of the identified set has; questions without any
   * are left out. The answers themselves are asked (priorAnswersForSet) when a marker is opened:
   * reading every answering set up front cost more than the rest of the page's annotation.
   */
  priorAnswerCounts: { questionNumber: number; count: number }[];
  /** Where the background's time went, in ms per step (the benchmark prints it). */
  took?: Record<string, number>;
}

export interface PageIdentification {
  /** The identified set, or null below the confidence threshold. */
  document: DocumentSummary | null;
  confidence: number;
}

export interface SyncProgress {
  state: 'idle' | 'syncing' | 'error' | 'done';
  phase?: string;
  done: number;
  total: number;
}

export interface SyncStatus {
  progress: SyncProgress;
  /** Last successful sync. */
  last: null | {
    at: string; // ISO time
    source: string; // 'bundled' or the URL
    version: string;
    sets: number;
    questions: number;
    bytes: number;
  };
  lastError: null | { at: string; source: string; message: string };
  sourceUrl: string | null;
  indexBytes: number | null;
}

export interface HistoryEntry {
  id?: number;
  documentId: string;
  title: string;
  visitedAt: number; // epoch ms
  via: 'page' | 'reader';
  url?: string;
  /** Status at the time of the visit, to notice answers arriving later. */
  statusAtVisit: SetStatus;
  /** Set when a sync brought answers after the visit and the reader has not looked since. */
  answeredSinceVisit?: boolean;
  /** The clock's facts at the visit: the corpus's dates, else the page's. */
  clock?: ClockFacts;
}

/** What a sync found changed in a followed set since the reader last looked. */
export type WatchChange = 'answered' | 'postponed' | 'overdue';

/** A followed set (watchlist): kept with the history, keyed by the set's id. */
export interface WatchEntry {
  documentId: string;
  title: string;
  followedAt: number; // epoch ms
  status: SetStatus;
  /** The clock's facts as the corpus has them at the last sync. */
  facts: ClockFacts;
  /** Dates read from the page the set was followed on, for sets the corpus has no dates for. */
  pageFacts?: ClockFacts;
  /** Changes a sync brought that the reader has not seen yet (empty when seen). */
  changes: WatchChange[];
  changedAt?: number;
  /** The deadline passing was already reported once. */
  overdueReported?: boolean;
}

/** Sets per fractie / addressee, answered share and most-cited motions (overview page). */
export interface CorpusOverview {
  sets: number;
  questions: number;
  status: Record<SetStatus, number>;
  byParty: { label: string; count: number }[];
  byAddressee: { label: string; count: number }[];
  /** Motions by the number of sets citing them; `label` is the most frequent way of writing it. */
  topMotions: { kamerstuk: string; label: string; url: string; sets: number }[];
  /** Answer times per ministry, minister and fractie (sets with dates only; utils/clock/answer-times.ts). */
  answerTimes?: AnswerTimes;
}

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
    request: {
      documentId: string;
      via: HistoryEntry['via'];
      url?: string;
      /** Dates the page states, for sets the corpus has no dates for. */
      pageFacts?: ClockFacts;
    };
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
  /** Compact views of sets by id (null for ids not in the index), e.g. for the side panel's clocks. */
  summaries: { request: { ids: string[] }; response: (DocumentSummary | null)[] };
  /** Watchlist ("Volg deze set"): follow, unfollow, list, mark seen; cleared and exported with the history. */
  follow: {
    request: { documentId: string; pageFacts?: ClockFacts };
    response: WatchEntry;
  };
  unfollow: { request: { documentId: string }; response: { ok: true } };
  listWatchlist: { request: Record<string, never>; response: WatchEntry[] };
  markWatchSeen: { request: { documentId?: string }; response: { ok: true } };
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
