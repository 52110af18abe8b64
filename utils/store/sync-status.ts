/**
 * Sync status as the options page and side panel see it, kept in meta so that they can follow
 * it live (liveQuery) and so that it survives a service worker restart.
 */
import type { SyncProgress, SyncStatus } from './types';
import type { KamerDb } from './db';
import { readActiveGeneration } from './generation';

export const META_STATUS = 'status';
export const META_SOURCE = 'source';

export interface StoredSyncState {
  progress: SyncProgress;
  lastError: SyncStatus['lastError'];
}

const IDLE: StoredSyncState = { progress: { state: 'idle', done: 0, total: 0 }, lastError: null };

export async function readSyncState(db: KamerDb): Promise<StoredSyncState> {
  return ((await db.meta.get(META_STATUS))?.value as StoredSyncState | undefined) ?? IDLE;
}

export async function writeSyncState(db: KamerDb, patch: Partial<StoredSyncState>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await readSyncState(db);
    await db.meta.put({ key: META_STATUS, value: { ...current, ...patch } });
  });
}

export async function readSourceUrl(db: KamerDb): Promise<string | null> {
  return ((await db.meta.get(META_SOURCE))?.value as string | undefined) ?? null;
}

export async function writeSourceUrl(db: KamerDb, url: string | null): Promise<void> {
  await db.meta.put({ key: META_SOURCE, value: url });
}

/** The protocol's SyncStatus; `indexBytes` comes from the host (navigator.storage.estimate). */
export async function readSyncStatus(
  db: KamerDb,
  indexBytes: number | null = null,
): Promise<SyncStatus> {
  const [state, generation, sourceUrl] = await Promise.all([
    readSyncState(db),
    readActiveGeneration(db),
    readSourceUrl(db),
  ]);
  return {
    progress: state.progress,
    last: generation
      ? {
          at: generation.activatedAt,
          source: generation.source,
          version: generation.version,
          sets: generation.sets,
          questions: generation.questions,
          bytes: generation.bytes,
          ...(generation.coverage ? { coverage: generation.coverage } : {}),
        }
      : null,
    lastError: state.lastError,
    sourceUrl,
    indexBytes,
  };
}
