/**
 * The Kamerlezer database. Opened by the background (which alone writes the index) and, read
 * only, by extension pages (liveQuery on history and sync status). Never by a content script:
 * its IndexedDB would belong to the visited site.
 */
import Dexie, { type Table } from 'dexie';
import type { HistoryEntry } from './types';
import type { SearchSegment } from '../index-build/segment';
import { declareSchema } from './schema';

export const DB_NAME = 'kamerlezer';

/**
 * Up to PAGE_SIZE sets as JSON text, keyed by a hash of their content hashes. Sets are stored in
 * pages, not one row each: Chromium writes a few hundred larger rows much faster than tens of
 * thousands of small ones, and a page (~100 kB) is still cheap to read for one set.
 */
export interface DocumentPageRow {
  hash: string;
  json: string[];
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

export class KamerDb extends Dexie {
  documents!: Table<DocumentPageRow, string>;
  shards!: Table<ShardRow, string>;
  segments!: Table<SegmentRow, string>;
  meta!: Table<MetaRow, string>;
  history!: Table<HistoryRow, number>;

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
