/** The history as a JSON file the reader downloads: local only, theirs to keep. */
import type { HistoryEntry } from '../store/types';
import { localDayKey } from './history-by-day';

export interface HistoryExport {
  format: 'kamerlezer-history';
  version: 1;
  exportedAt: string;
  entries: HistoryEntry[];
}

export function historyExport(entries: readonly HistoryEntry[], now: number): HistoryExport {
  return {
    format: 'kamerlezer-history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    entries: [...entries].sort((a, b) => b.visitedAt - a.visitedAt),
  };
}

export function historyExportFileName(now: number): string {
  return `kamerlezer-geschiedenis-${localDayKey(now)}.json`;
}
