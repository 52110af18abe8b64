/**
 * The reader's history (side panel): visits to identified sets, newest first, bounded. Only a
 * reader's own actions remove entries; syncs and migrations never do.
 */
import {
  clockFactsOf,
  hasClock,
  mergeClockFacts,
  sanitizeClockFacts,
  type ClockFacts,
} from '../clock/deadline';
import type { KamerDocument } from '../corpus/model';
import type { HistoryEntry } from './types';
import type { HistoryRow, KamerDb } from './db';

export const HISTORY_LIMIT = 5_000;
/** A revisit within this window refreshes the last entry instead of adding one. */
export const REVISIT_WINDOW_MS = 30 * 60 * 1000;

export interface VisitInput {
  documentId: string;
  via: HistoryEntry['via'];
  url?: string;
  /** Dates the page states (a content script read them), for sets the corpus has no dates for. */
  pageFacts?: ClockFacts;
}

/** The clock facts to keep with a visit: the corpus's dates, else the page's; none when neither has any. */
function visitClock(doc: KamerDocument, visit: VisitInput): ClockFacts | undefined {
  const facts = mergeClockFacts(clockFactsOf(doc), sanitizeClockFacts(visit.pageFacts) ?? {});
  return hasClock(facts) ? facts : undefined;
}

export async function recordVisit(
  db: KamerDb,
  doc: KamerDocument,
  visit: VisitInput,
  at: number = Date.now(),
): Promise<HistoryEntry> {
  const clock = visitClock(doc, visit);
  return db.transaction('rw', db.history, async () => {
    // Entries recorded under an earlier id of this set (aliases) are visits to it too.
    const ids = [doc.id, ...(doc.aliases ?? [])];
    const last = await db.history
      .where('documentId')
      .anyOf(ids)
      .reverse()
      .sortBy('visitedAt')
      .then((rows) => rows[0]);
    if (last && at - last.visitedAt < REVISIT_WINDOW_MS && last.via === visit.via) {
      // Looking at the set again is seeing its answers.
      const refreshed: HistoryRow = {
        ...last,
        documentId: doc.id,
        visitedAt: at,
        url: visit.url ?? last.url,
        title: doc.title,
        answeredSinceVisit: false,
        unseen: 0,
        lastKnownStatus: doc.status,
        ...(clock ? { clock } : {}),
      };
      await db.history.put(refreshed);
      return toEntry(refreshed);
    }
    const row: HistoryRow = {
      documentId: doc.id,
      title: doc.title,
      visitedAt: at,
      via: visit.via,
      ...(visit.url ? { url: visit.url } : {}),
      statusAtVisit: doc.status,
      lastKnownStatus: doc.status,
      answeredSinceVisit: false,
      unseen: 0,
      ...(clock ? { clock } : {}),
    };
    row.id = await db.history.add(row);
    // Earlier visits to the same set have now been seen too.
    await db.history
      .where('documentId')
      .anyOf(ids)
      .and((e) => e.unseen === 1)
      .modify({ unseen: 0, answeredSinceVisit: false });
    const excess = (await db.history.count()) - HISTORY_LIMIT;
    if (excess > 0) await db.history.orderBy('visitedAt').limit(excess).delete();
    return toEntry(row);
  });
}

export function toEntry(row: HistoryRow): HistoryEntry {
  const { unseen: _unseen, lastKnownStatus: _known, ...entry } = row;
  return entry;
}

export async function listHistory(
  db: KamerDb,
  options: { limit?: number; offset?: number } = {},
): Promise<HistoryEntry[]> {
  const rows = await db.history
    .orderBy('visitedAt')
    .reverse()
    .offset(options.offset ?? 0)
    .limit(options.limit ?? HISTORY_LIMIT)
    .toArray();
  return rows.map(toEntry);
}

export async function removeHistory(db: KamerDb, ids: number[]): Promise<void> {
  await db.history.bulkDelete(ids);
}

export async function clearHistory(db: KamerDb): Promise<void> {
  await db.history.clear();
}

export interface HistoryExport {
  format: 'kamerlezer-history';
  version: 1;
  exportedAt: string;
  entries: HistoryEntry[];
}

export async function exportHistory(db: KamerDb, at: Date = new Date()): Promise<HistoryExport> {
  return {
    format: 'kamerlezer-history',
    version: 1,
    exportedAt: at.toISOString(),
    entries: await listHistory(db),
  };
}

/**
 * The reader has seen the arrived answers (of one set, or of all). A set is named by its id and
 * may be given with its earlier ids too (aliases), under which older entries were recorded.
 */
export async function markHistorySeen(
  db: KamerDb,
  documentId?: string | readonly string[],
): Promise<void> {
  const unseen = db.history.where('unseen').equals(1);
  const ids =
    documentId === undefined
      ? null
      : new Set(typeof documentId === 'string' ? [documentId] : documentId);
  await (ids ? unseen.and((e) => ids.has(e.documentId)) : unseen).modify({
    unseen: 0,
    answeredSinceVisit: false,
  });
}

export async function countUnseenAnswers(db: KamerDb): Promise<number> {
  return db.history.where('unseen').equals(1).count();
}
