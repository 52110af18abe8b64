/**
 * What the store keeps for the surfaces: sync progress and status, the reading history.
 */
import type { BundleCoverage } from '../bundle/format';
import type { ClockFacts } from '../clock/deadline';
import type { SetStatus } from '../corpus/model';

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
    /** What the index covers, when its bundle says (bundles built with `build --official`). */
    coverage?: BundleCoverage;
  };
  lastError: null | SyncFailure;
  sourceUrl: string | null;
  indexBytes: number | null;
  /**
   * The disk is full (a write failed with QuotaExceededError) and has not had room since: the
   * surfaces say so, with what the index needs. Null while writes succeed.
   */
  storageFull?: null | StorageFull;
}

export interface SyncFailure {
  at: string; // ISO time
  source: string;
  /** English sentence (logs, older surfaces). */
  message: string;
  /** What the surfaces translate (utils/i18n/strings-sync.ts), with its figures. */
  code?: string;
  params?: Record<string, string | number>;
}

export interface StorageFull {
  since: string; // ISO time
  /** Bytes the index needs (estimated from the manifest), when a sync hit the full disk. */
  neededBytes: number | null;
  /** Bytes the extension's origin uses and may use (navigator.storage.estimate), when known. */
  usageBytes: number | null;
  quotaBytes: number | null;
  /** Visits kept in memory until they can be written. */
  unsavedVisits: number;
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
