/** The history as a JSON file the reader downloads: local only, theirs to keep. */
import type { HistoryEntry, WatchEntry } from '../store/types';
import { localDayKey } from './history-by-day';

export interface HistoryExport {
  format: 'kamerlezer-history';
  version: 1;
  exportedAt: string;
  entries: HistoryEntry[];
  /** The followed sets, exported with the history (absent in files from before the watchlist). */
  watchlist?: WatchEntry[];
}

export function historyExport(
  entries: readonly HistoryEntry[],
  now: number,
  watchlist?: readonly WatchEntry[],
): HistoryExport {
  return {
    format: 'kamerlezer-history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    entries: [...entries].sort((a, b) => b.visitedAt - a.visitedAt),
    ...(watchlist ? { watchlist: [...watchlist].sort((a, b) => b.followedAt - a.followedAt) } : {}),
  };
}

export function historyExportFileName(now: number): string {
  return `kamerlezer-geschiedenis-${localDayKey(now)}.json`;
}
