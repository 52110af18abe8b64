/**
 * Group history entries by the reader's local calendar day, newest first, for the side panel.
 * Days are labelled relative to `now` (today, yesterday) so the list reads like a diary.
 */
import type { HistoryEntry } from '../store/types';

export type DayLabel = { kind: 'today' } | { kind: 'yesterday' } | { kind: 'date'; date: Date };

export interface HistoryDay {
  /** Local date as yyyy-mm-dd, stable for keys. */
  key: string;
  label: DayLabel;
  entries: HistoryEntry[];
}

export function localDayKey(time: number | Date): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function dayBefore(time: number): number {
  const d = new Date(time);
  // Stepping the calendar date (not subtracting 24 h) stays right across DST changes.
  d.setDate(d.getDate() - 1);
  return d.getTime();
}

export function groupHistoryByDay(entries: readonly HistoryEntry[], now: number): HistoryDay[] {
  const today = localDayKey(now);
  const yesterday = localDayKey(dayBefore(now));
  const sorted = [...entries].sort((a, b) => b.visitedAt - a.visitedAt);
  const days: HistoryDay[] = [];
  for (const entry of sorted) {
    const key = localDayKey(entry.visitedAt);
    let day = days[days.length - 1];
    if (!day || day.key !== key) {
      const label: DayLabel =
        key === today
          ? { kind: 'today' }
          : key === yesterday
            ? { kind: 'yesterday' }
            : { kind: 'date', date: new Date(entry.visitedAt) };
      day = { key, label, entries: [] };
      days.push(day);
    }
    day.entries.push(entry);
  }
  return days;
}

/**
 * The most recent visit per set: a reader who opened one set five times wants it once in
 * "recent", at its latest visit.
 */
export function latestVisitPerDocument(entries: readonly HistoryEntry[]): HistoryEntry[] {
  const seen = new Set<string>();
  const result: HistoryEntry[] = [];
  for (const entry of [...entries].sort((a, b) => b.visitedAt - a.visitedAt)) {
    if (seen.has(entry.documentId)) continue;
    seen.add(entry.documentId);
    result.push(entry);
  }
  return result;
}
