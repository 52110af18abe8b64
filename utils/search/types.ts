/**
 * What the search core answers: result rows, related sets, prior answers and the identification
 * of a page. The surfaces and the message protocol (utils/extension/protocol.ts) import these.
 */
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
  /** Official identifiers on the page: recognised by these first, text matching as fallback. */
  identity?: PageIdentifiers;
  /**
   * The set as read from the page, sent when the page says it is one of a set's documents: when
   * no set in the index is the page's, it joins the local index as read (utils/store/page-sets).
   */
  pageSet?: KamerDocument;
}

export interface AnnotatePageResponse {
  /** The set the page shows (checked against the page's full text), or null below the threshold. */
  identified: null | {
    document: KamerDocument;
    confidence: number;
    /** The same question list put to other ministers, in full (for the side-by-side answers). */
    siblings: KamerDocument[];
    related: RelatedSet[];
    /** How it was recognised: by an official identifier, by its text, or read from the page. */
    by: 'identifier' | 'text' | 'page';
    /** False for a set not in the synced index: it was read from this page (or an earlier visit). */
    inIndex: boolean;
  };
  /** Sets the page fits alike and cannot tell apart ("one of N sets with these questions"). */
  alike?: DocumentSummary[];
  /** When the synced index was last brought up to date (ISO), for "not in your index yet". */
  indexedUntil?: string | null;
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
  /** Sets the page fits alike and cannot tell apart (then `document` is null), best first. */
  alike?: DocumentSummary[];
  /** The sets compared in full, best proposal first (read once: the page check reuses them). */
  candidates?: KamerDocument[];
}

/** The official identifiers a page carries (utils/sites reads them from its address and head). */
export interface PageIdentifiers {
  zaak: string | null;
  documentNumbers: string[];
  obIds: string[];
}
