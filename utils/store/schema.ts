/**
 * Every version of the database schema, in order, with its upgrade. Dexie replays them on open,
 * so a browser that skipped releases still migrates step by step. Rules:
 * - never edit a released version, add the next one;
 * - an upgrade never drops or rewrites history beyond what its comment says;
 * - index only what a query needs: every index slows every write (a multi-entry index roughly
 *   triples the cost of a put in Chromium).
 *
 * Tables:
 * - documents  immutable pages of up to 16 sets as JSON text, keyed by a hash of their content
 *              (v1–v2: one row per set, { hash, id, doc }). A changed page is a new row; pages
 *              shared by the old and new generation are written once.
 * - shards     immutable rows keyed by the shard file's sha256: where each of its sets lives.
 *              Present ⇔ completely written (one transaction with its documents and segment),
 *              which is what makes a sync resumable per shard.
 * - segments   the shard's search segment, keyed by the same sha256; apart from `shards` so that
 *              switching and cleaning up generations never reads the (larger) index data.
 * - meta       small keyed records: the active generation, a pending sync, sync status, source.
 * - history    the reader's visits (side panel). Survives every sync and every migration.
 * - watchlist  the sets the reader follows ("Volg deze set"), keyed by set id like the history's
 *              documentId; lives with the history: survives syncs and migrations, is cleared and
 *              exported with it.
 */
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    // First release.
    version: 1,
    stores: {
      documents: 'hash',
      shards: 'sha256',
      meta: 'key',
      history: '++id, documentId, visitedAt',
    },
  },
  {
    // "Answers arriving": the badge counts entries with unseen answers, so that flag becomes an
    // indexed 0/1 field (IndexedDB cannot index booleans). Existing entries keep every field.
    version: 2,
    stores: {
      history: '++id, documentId, visitedAt, unseen',
    },
    async upgrade(tx) {
      await tx
        .table('history')
        .toCollection()
        .modify((entry: { answeredSinceVisit?: boolean; unseen?: number }) => {
          entry.unseen = entry.answeredSinceVisit ? 1 : 0;
        });
    },
  },
  {
    // Bundle format 2 delivers sets as JSON text: keep them as text in pages (a put of a string
    // is a copy, of an object a deep clone; a few large rows beat many small ones), and keep
    // search segments apart from the shard rows that generation switches and clean-ups read.
    // History is not touched. An old row becomes a page of one.
    version: 3,
    stores: {
      segments: 'sha256',
    },
    async upgrade(tx) {
      await tx
        .table('documents')
        .toCollection()
        .modify((row: { doc?: unknown; id?: string; json?: string[] }) => {
          if (row.doc !== undefined) {
            row.json = [JSON.stringify(row.doc)];
            delete row.doc;
            delete row.id;
          }
        });
      const shards = (await tx.table('shards').toArray()) as {
        sha256: string;
        segment?: unknown;
      }[];
      await tx
        .table('segments')
        .bulkPut(
          shards
            .filter((row) => row.segment)
            .map((row) => ({ sha256: row.sha256, segment: row.segment })),
        );
      await tx
        .table('shards')
        .toCollection()
        .modify(
          (row: {
            segment?: unknown;
            docs?: string[][];
            ids?: string;
            pages?: string[];
            pageSize?: number;
          }) => {
            delete row.segment;
            // Each old set row became a page of one.
            row.ids = (row.docs ?? []).map(([id]) => id).join('\n');
            row.pages = (row.docs ?? []).map(([, hash]) => hash);
            row.pageSize = 1;
            delete row.docs;
          },
        );
    },
  },
  {
    // The watchlist: one row per followed set, keyed by its id; `unseen` (0/1, indexed) counts
    // the followed sets a sync changed (answered, postponed, past the deadline) for the badge.
    // A new table only: history, index and settings are not touched.
    version: 4,
    stores: {
      watchlist: 'documentId, unseen',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/** Declare the versions up to `upTo` (all by default; tests open older ones to make fixtures). */
export function declareSchema(db: Dexie, upTo: number = CURRENT_SCHEMA_VERSION): void {
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}
