/**
 * The watchlist ("Volg deze set"): sets the reader follows, keyed by set id like the history's
 * documentId, with each set's clock facts. Lives with the history: syncs and migrations never
 * remove a row; the reader's own actions (unfollow, clear) do. A sync compares each followed set
 * with what the reader was last told and flags it when it got answered, postponed, or went past
 * its deadline (utils/store/sync.ts calls flagWatchChanges inside the switch transaction).
 */
import {
  answerClock,
  clockFactsOf,
  mergeClockFacts,
  sanitizeClockFacts,
  type ClockFacts,
} from '../clock/deadline';
import type { IsoDate } from '../clock/days';
import type { KamerDocument } from '../corpus/model';
import type { WatchChange, WatchEntry } from './types';
import type { KamerDb, WatchRow } from './db';

export function toWatchEntry(row: WatchRow): WatchEntry {
  const { unseen: _unseen, ...entry } = row;
  return entry;
}

export async function follow(
  db: KamerDb,
  doc: KamerDocument,
  options: { pageFacts?: ClockFacts; at?: number; today: IsoDate },
): Promise<WatchEntry> {
  return db.transaction('rw', db.watchlist, async () => {
    const existing = await db.watchlist.get(doc.id);
    const pageFacts = sanitizeClockFacts(options.pageFacts) ?? existing?.pageFacts;
    const facts = clockFactsOf(doc);
    const clock = answerClock(mergeClockFacts(facts, pageFacts ?? {}), options.today);
    const row: WatchRow = {
      documentId: doc.id,
      title: doc.title,
      followedAt: existing?.followedAt ?? options.at ?? Date.now(),
      status: doc.status,
      facts,
      ...(pageFacts ? { pageFacts } : {}),
      changes: existing?.changes ?? [],
      ...(existing?.changedAt ? { changedAt: existing.changedAt } : {}),
      // Following a set that is already late is not news about it.
      overdueReported: existing?.overdueReported ?? clock.state === 'late',
      unseen: existing?.unseen ?? 0,
    };
    await db.watchlist.put(row);
    return toWatchEntry(row);
  });
}

export async function unfollow(db: KamerDb, documentId: string): Promise<void> {
  await db.watchlist.delete(documentId);
}

export async function listWatchlist(db: KamerDb): Promise<WatchEntry[]> {
  const rows = await db.watchlist.toArray();
  return rows.sort((a, b) => b.followedAt - a.followedAt).map(toWatchEntry);
}

export async function clearWatchlist(db: KamerDb): Promise<void> {
  await db.watchlist.clear();
}

export async function markWatchSeen(db: KamerDb, documentId?: string): Promise<void> {
  const unseen = db.watchlist.where('unseen').equals(1);
  await (documentId ? unseen.and((e) => e.documentId === documentId) : unseen).modify({
    unseen: 0,
    changes: [],
  });
}

export async function countUnseenWatch(db: KamerDb): Promise<number> {
  return db.watchlist.where('unseen').equals(1).count();
}

const RANK = { unanswered: 0, 'partially-answered': 1, answered: 2 } as const;

/**
 * What changed for a followed set between the row (what the reader was told) and the set as the
 * new index has it, on `today`: answered (status went up or an answer date appeared), postponed
 * (a new notice), overdue (the clock is past the deadline and that was not reported yet).
 */
export function watchChanges(
  row: WatchEntry,
  doc: KamerDocument,
  today: IsoDate,
): { changes: WatchChange[]; updated: WatchEntry } {
  const facts = clockFactsOf(doc);
  const merged = mergeClockFacts(facts, row.pageFacts ?? {});
  const before = mergeClockFacts(row.facts, row.pageFacts ?? {});
  const clock = answerClock(merged, today);
  const changes: WatchChange[] = [];
  if (RANK[doc.status] > RANK[row.status] || (merged.answeredOn && !before.answeredOn))
    changes.push('answered');
  // A postponement first heard of together with the answer is no news any more.
  if (
    !changes.includes('answered') &&
    (merged.postponements?.length ?? 0) > (before.postponements?.length ?? 0)
  )
    changes.push('postponed');
  const overdue = clock.state === 'late' && !row.overdueReported;
  if (overdue) changes.push('overdue');
  return {
    changes,
    updated: {
      ...row,
      title: doc.title,
      status: doc.status,
      facts,
      overdueReported: row.overdueReported || overdue,
    },
  };
}

/** Inside the sync's switch transaction: flag followed sets the new generation changed. */
export async function flagWatchChanges(
  db: KamerDb,
  lookup: (ids: string[]) => Promise<(KamerDocument | null)[]>,
  today: IsoDate,
  at: number,
): Promise<WatchEntry[]> {
  const rows = await db.watchlist.toArray();
  if (!rows.length) return [];
  const docs = await lookup(rows.map((r) => r.documentId));
  const changed: WatchEntry[] = [];
  const puts: WatchRow[] = [];
  rows.forEach((row, i) => {
    const doc = docs[i];
    // A set missing from the new index keeps its row as it was (it may come back, or be merged).
    if (!doc) return;
    const { changes, updated } = watchChanges(toWatchEntry(row), doc, today);
    const all = [...new Set([...row.changes, ...changes])];
    const next: WatchRow = {
      ...updated,
      changes: all,
      ...(changes.length ? { changedAt: at } : {}),
      unseen: all.length ? 1 : 0,
    };
    puts.push(next);
    if (changes.length) changed.push({ ...toWatchEntry(next), changes });
  });
  if (puts.length) await db.watchlist.bulkPut(puts);
  return changed;
}
