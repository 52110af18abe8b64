/**
 * What the store keeps for the surfaces: sync progress and status, the reading history.
 */
import type { BundleCoverage } from '../bundle/format';
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
}
