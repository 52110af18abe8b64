/**
 * The Kamerlezer database. Opened by the background (which alone writes the index) and, read
 * only, by extension pages (liveQuery on history and sync status). Never by a content script:
 * its IndexedDB would belong to the visited site.
 */
import Dexie, { type Table } from 'dexie';
import type { HistoryEntry, WatchEntry } from './types';
import type { SearchSegment } from '../index-build/segment';
import { declareSchema } from './schema';

export const DB_NAME = 'kamerlezer';

/**
 * Up to PAGE_SIZE sets as JSON text, keyed by a hash of their content hashes. Sets are stored in
 * pages, not one row each: Chromium writes a few hundred larger rows much faster than tens of
 * thousands of small ones, and a page (~100 kB) is still cheap to read for one set.
 *
 * Pages are written as `utf8`: the sets' JSON lines joined by "\n" (a JSON line holds no raw
 * newline), encoded as UTF-8. As JS strings, the half of the sets whose text has one character
 * past Latin-1 (’ “ ” –, common in the papers) would be stored as UTF-16, two bytes a character:
 * the bytes are a third fewer, so the index is smaller and written faster. Pages written by
 * earlier builds keep `json`, one string per set; both are read (pageLines).
 */
export interface DocumentPageRow {
  hash: string;
  utf8?: Uint8Array;
  json?: string[];
}

const utf8Decoder = new TextDecoder();
/** The JSON lines of a page row, in either stored form. */
export function pageLines(row: DocumentPageRow): string[] {
  if (row.utf8) return utf8Decoder.decode(row.utf8).split('\n');
  return row.json ?? [];
}

export interface ShardRow {
  sha256: string;
  id: string;
  /**
   * The shard's set ids in shard order, joined by "\n": one string instead of thousands of small
   * arrays, because a cold service worker reads every shard row before its first answer.
   */
  ids: string;
  /**
   * Earlier ids of the shard's sets (merged seed or page-read sets), "alias\tid" lines; absent
   * when there are none. Not indexed: the background keeps them in memory with the ids.
   */
  aliases?: string;
  /** Page hashes: set i lives in pages[floor(i / pageSize)] at index i % pageSize. */
  pages: string[];
  pageSize: number;
  sets: number;
  questions: number;
  bytes: number;
}

/** Every set of a shard row with its page and index in the page. */
export function* locationsOf(row: ShardRow): Iterable<[string, string, number]> {
  const ids = row.ids ? row.ids.split('\n') : [];
  for (let i = 0; i < ids.length; i++)
    yield [ids[i], row.pages[Math.floor(i / row.pageSize)], i % row.pageSize];
}

/** [earlier id, set id] pairs of a shard row. */
export function* aliasesOf(row: ShardRow): Iterable<[string, string]> {
  if (!row.aliases) return;
  for (const line of row.aliases.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) yield [line.slice(0, tab), line.slice(tab + 1)];
  }
}

export interface SegmentRow {
  /** The shard's sha256. */
  sha256: string;
  segment: SearchSegment;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface HistoryRow extends HistoryEntry {
  /** 1 while answeredSinceVisit is set and not yet seen (indexed; booleans are not indexable). */
  unseen: 0 | 1;
  /** The best status the reader has been told about (statusAtVisit until answers arrive). */
  lastKnownStatus?: HistoryEntry['statusAtVisit'];
}

export interface WatchRow extends WatchEntry {
  /** 1 while `changes` holds something the reader has not seen (indexed; booleans are not indexable). */
  unseen: 0 | 1;
}

export class KamerDb extends Dexie {
  documents!: Table<DocumentPageRow, string>;
  shards!: Table<ShardRow, string>;
  segments!: Table<SegmentRow, string>;
  meta!: Table<MetaRow, string>;
  history!: Table<HistoryRow, number>;
  watchlist!: Table<WatchRow, string>;

  constructor(
    name: string = DB_NAME,
    options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    // Relaxed durability: a lost last write after a power cut is repaired by the next sync, and
    // Chromium commits several times faster without the fsync.
    // No Dexie query cache: it keeps (cloned) copies of what is written for optimistic liveQuery
    // updates, which for a sync of hundreds of megabytes costs more than the writes themselves.
    super(name, { ...options, chromeTransactionDurability: 'relaxed', cache: 'disabled' });
    declareSchema(this);
  }
}
