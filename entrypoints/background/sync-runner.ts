/**
 * Runs syncs for the background: one at a time, from the configured source (or the bundled
 * corpus), with the worker kept alive, the outcome recorded for the options page, the index
 * reloaded after a switch and the badge updated when answers arrived.
 */
import type { KamerDb } from '../../utils/store/db';
import { META_PENDING, readActiveGeneration, readPendingSync } from '../../utils/store/generation';
import { httpFetcher } from '../../utils/store/http-fetcher';
import { syncBundle, type SyncOutcome } from '../../utils/store/sync';
import { readSourceUrl, writeSyncState } from '../../utils/store/sync-status';
import { updateAnswersBadge } from './badge';
import type { IndexService } from './index-service';
import { withKeepAlive } from './keep-alive';

/** The source name of the corpus shipped inside the extension. */
export const BUNDLED_SOURCE = 'bundled';

export class SyncRunner {
  private running: Promise<SyncOutcome | null> | null = null;
  private queued: Promise<SyncOutcome | null> | null = null;
  /** The last completed sync's outcome (benchmarks read its timings). */
  lastOutcome: SyncOutcome | null = null;

  constructor(
    private readonly db: KamerDb,
    private readonly service: IndexService,
    /** URL of the bundled manifest inside the extension. */
    private readonly bundledManifestUrl: string,
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
  run(source?: string): Promise<SyncOutcome | null> {
    if (this.running) {
      this.queued ??= this.running
        .catch(() => null)
        .then(() => {
          this.queued = null;
          return this.run(source);
        });
      return this.queued;
    }
    this.running = this.runOnce(source).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** After a service worker restart: finish a sync that was under way, or load the bundle on a fresh profile. */
  async resume(): Promise<SyncOutcome | null> {
    const pending = await readPendingSync(this.db);
    if (pending) return this.run(pending.source);
    if (!(await readActiveGeneration(this.db))) return this.run();
    return null;
  }

  private async runOnce(requested?: string): Promise<SyncOutcome | null> {
    const source = requested ?? (await readSourceUrl(this.db)) ?? BUNDLED_SOURCE;
    const fetcher = httpFetcher(source === BUNDLED_SOURCE ? this.bundledManifestUrl : source);
    await writeSyncState(this.db, {
      progress: { state: 'syncing', phase: 'manifest', done: 0, total: 0 },
    });
    try {
      const outcome = await withKeepAlive(() => syncBundle(this.db, { source, fetcher }));
      await writeSyncState(this.db, {
        progress: {
          state: 'done',
          done: outcome.generation.shards.length,
          total: outcome.generation.shards.length,
        },
        lastError: null,
      });
      if (outcome.changed) await this.service.reload();
      this.lastOutcome = outcome;
      if (outcome.answersArrived) await updateAnswersBadge(this.db).catch(() => {});
      return outcome;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await writeSyncState(this.db, {
        progress: { state: 'error', done: 0, total: 0 },
        lastError: { at: new Date().toISOString(), source, message },
      });
      // A failed sync must not be resumed forever: forget it (its stored shards stay reusable).
      await this.db.meta.delete(META_PENDING);
      return null;
    }
  }
}
