/**
 * Runs syncs for the background: one at a time, from the configured source (or the bundled
 * corpus), with the worker kept alive, the outcome recorded for the options page, the index
 * reloaded after a switch and the badge updated when answers arrived.
 */
import { failureOf } from '../../utils/bundle/errors';
import type { KamerDb } from '../../utils/store/db';
import {
  META_PENDING,
  META_STUCK,
  readActiveGeneration,
  readPendingSync,
} from '../../utils/store/generation';
import { httpFetcher, type FetchLimits } from '../../utils/store/http-fetcher';
import { syncBundle, type SyncOutcome } from '../../utils/store/sync';
import { readSourceUrl, writeSyncState, type StoredSyncState } from '../../utils/store/sync-status';
import { updateAnswersBadge } from './badge';
import type { IndexService } from './index-service';
import { withKeepAlive } from './keep-alive';
import type { StorageHealth } from './storage-health';
import { notifyWatchChanges } from './watch-notify';

/** The source name of the corpus shipped inside the extension. */
export const BUNDLED_SOURCE = 'bundled';

export interface RunOptions {
  /** The reader confirmed a much smaller index from the same source. */
  acceptSmaller?: boolean;
}

export class SyncRunner {
  private running: Promise<SyncOutcome | null> | null = null;
  private queued: Promise<SyncOutcome | null> | null = null;
  private controller: AbortController | null = null;
  private runningSource: string | null = null;
  private queuedOptions: RunOptions = {};
  /** The last completed sync's outcome (benchmarks read its timings). */
  lastOutcome: SyncOutcome | null = null;
  /**
   * What the store could not take (a full disk refuses even the status row): the surfaces are
   * shown this over the stored state until a write succeeds again.
   */
  unsavedState: StoredSyncState | null = null;

  constructor(
    private readonly db: KamerDb,
    private readonly service: IndexService,
    /** URL of the bundled manifest inside the extension. */
    private readonly bundledManifestUrl: string,
    private readonly health: StorageHealth | null = null,
    private readonly fetchLimits?: FetchLimits,
  ) {}

  get busy(): boolean {
    return this.running !== null;
  }

  /** Resolves when no sync is running. */
  async settled(): Promise<void> {
    while (this.running || this.queued) await (this.queued ?? this.running)!.catch(() => null);
  }

  /**
   * Sync from `source`, or from the configured one. While a sync runs, one more is queued to
   * run after it (the source may have changed meanwhile); further calls join that one.
   */
  run(source?: string, options: RunOptions = {}): Promise<SyncOutcome | null> {
    if (this.running) {
      this.queuedOptions = { ...this.queuedOptions, ...options };
      this.queued ??= this.running
        .catch(() => null)
        .then(() => {
          this.queued = null;
          const queuedOptions = this.queuedOptions;
          this.queuedOptions = {};
          return this.run(source, queuedOptions);
        });
      return this.queued;
    }
    this.running = this.runOnce(source, options).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * The reader chose another source: stop a sync from any other one now (it would otherwise
   * hold the new one up, up to its time limit) and forget an interrupted or given-up one.
   */
  async sourceChanged(source: string | null): Promise<void> {
    const next = source ?? BUNDLED_SOURCE;
    if (this.runningSource !== null && this.runningSource !== next) this.controller?.abort();
    const pending = await readPendingSync(this.db);
    await this.db.transaction('rw', this.db.meta, async () => {
      if (pending && pending.source !== next) await this.db.meta.delete(META_PENDING);
      await this.db.meta.delete(META_STUCK);
    });
  }

  /** After a service worker restart: finish a sync that was under way, or load the bundle on a fresh profile. */
  async resume(): Promise<SyncOutcome | null> {
    const pending = await readPendingSync(this.db);
    if (pending) return this.run(pending.source);
    if (!(await readActiveGeneration(this.db))) return this.run();
    return null;
  }

  private async writeState(patch: Partial<StoredSyncState>): Promise<void> {
    try {
      await writeSyncState(this.db, patch);
      this.unsavedState = null;
    } catch (error) {
      // A full disk refuses even this small row: keep it in memory for the surfaces.
      if (!(await this.health?.failed(error))) throw error;
      this.unsavedState = {
        progress: patch.progress ?? { state: 'idle', done: 0, total: 0 },
        lastError: patch.lastError ?? this.unsavedState?.lastError ?? null,
      };
    }
  }

  private async runOnce(requested?: string, options: RunOptions = {}): Promise<SyncOutcome | null> {
    const source = requested ?? (await readSourceUrl(this.db)) ?? BUNDLED_SOURCE;
    const fetcher = httpFetcher(
      source === BUNDLED_SOURCE ? this.bundledManifestUrl : source,
      this.fetchLimits,
    );
    const controller = new AbortController();
    this.controller = controller;
    this.runningSource = source;
    let neededBytes: number | null = null;
    try {
      await this.writeState({
        progress: { state: 'syncing', phase: 'manifest', done: 0, total: 0 },
      });
      const outcome = await withKeepAlive(() =>
        syncBundle(this.db, {
          source,
          fetcher,
          signal: controller.signal,
          acceptSmaller: options.acceptSmaller,
          onManifest: (manifest) => (neededBytes = estimateStoredBytes(manifest.bytes)),
        }),
      );
      this.health?.succeeded();
      const said = this.writeState({
        progress: {
          state: 'done',
          done: outcome.generation.shards.length,
          total: outcome.generation.shards.length,
        },
        lastError: null,
      });
      // The reload is announced before 'done' is said and reads once it is: a page or search asked
      // after 'done' waits for the new generation (IndexService.searchEngine) instead of being
      // answered from the one it replaces, and 'done' does not wait for the reload's read.
      const reloaded = outcome.changed ? this.service.reload(said) : null;
      await said;
      await reloaded;
      this.lastOutcome = outcome;
      if (outcome.answersArrived || outcome.watchChanges.length)
        await updateAnswersBadge(this.db).catch(() => {});
      if (outcome.watchChanges.length)
        await notifyWatchChanges(outcome.watchChanges).catch(() => 0);
      return outcome;
    } catch (caught) {
      const error = controller.signal.aborted
        ? new Error(`The sync from ${source} was stopped: another source was chosen`)
        : caught;
      const full = await this.health?.failed(error, neededBytes);
      const failure = failureOf(error);
      await this.writeState({
        progress: { state: 'error', done: 0, total: 0 },
        lastError: {
          at: new Date().toISOString(),
          source,
          message: failure.message,
          code: full ? 'quota' : failure.code,
          params: full
            ? { ...failure.params, neededMb: neededBytes ? Math.ceil(neededBytes / 1e6) : '?' }
            : failure.params,
        },
      }).catch(() => {});
      // A failed sync must not be resumed forever: forget it (its stored shards stay reusable).
      // A given-up one was forgotten already, and its "stuck" mark stays.
      await this.db.meta.delete(META_PENDING).catch(() => {});
      return null;
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.runningSource = null;
      }
    }
  }
}

/**
 * What an index takes on disk for `compressedBytes` of shards: measured 3.5–4× in Chromium
 * (the seed: 0.2 MB of shards, 0.8 MB stored; 50,000 sets: 80 MB, 273–329 MB stored).
 */
export function estimateStoredBytes(compressedBytes: number): number {
  return Math.ceil(compressedBytes * 4);
}
