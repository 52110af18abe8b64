/**
 * The background's answers to every message of the protocol (utils/extension/protocol.ts).
 * Each handler is a few lines over the store, the index service or the sync runner.
 */
import { browser } from 'wxt/browser';
import type { Handlers } from '../../utils/extension/messaging';
import type { SyncStatus } from '../../utils/store/types';
import { corpusOverview } from '../../utils/search/overview';
import type { KamerDb } from '../../utils/store/db';
import {
  clearHistory,
  exportHistory,
  listHistory,
  markHistorySeen,
  removeHistory,
} from '../../utils/store/history';
import { StorageHealth } from './storage-health';
import { BundleError, isIndexUnavailable, isQuotaError } from '../../utils/bundle/errors';
import { readSyncStatus, writeSourceUrl, writeSyncState } from '../../utils/store/sync-status';
import {
  clearWatchlist,
  follow,
  listWatchlist,
  markWatchSeen,
  unfollow,
} from '../../utils/store/watchlist';
import { todayIn } from '../../utils/clock/days';
import { answerTimes } from '../../utils/clock/answer-times';
import { summarize } from '../../utils/search/summary';
import { updateAnswersBadge } from './badge';
import type { IndexService } from './index-service';
import type { SyncRunner } from './sync-runner';
import { checkSyncSource } from '../../utils/extension/sync-source';
import { annotatePage } from '../../utils/search/annotate-page';
import { readerUrl } from '../../utils/extension/reader-url';

export interface HandlerDeps {
  db: KamerDb;
  service: IndexService;
  runner: SyncRunner;
  /** Bytes the extension's origin stores (navigator.storage.estimate), or null when unknown. */
  storageUsage: () => Promise<number | null>;
  /** (Re)schedule periodic syncs. */
  scheduleSync: () => Promise<void>;
  /** A full disk: its state, kept visits, recovery (one per background). */
  health?: StorageHealth;
}

/**
 * Every handler's failure carries a code the surfaces act on: no IndexedDB here ("said plainly"
 * in popup and panel), or a full disk.
 */
function withCodes(handlers: Handlers): Handlers {
  const wrapped: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (p: unknown) => unknown][]) {
    wrapped[name] = async (payload: unknown) => {
      try {
        return await handler(payload);
      } catch (error) {
        if (error instanceof BundleError) throw error;
        if (isIndexUnavailable(error))
          throw new BundleError(
            `The local index is not available here: ${error instanceof Error ? error.message : String(error)}`,
            'index-unavailable',
          );
        if (isQuotaError(error))
          throw new BundleError(
            `The disk is full: ${error instanceof Error ? error.message : String(error)}`,
            'quota',
          );
        throw error;
      }
    };
  }
  return wrapped as Handlers;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return withCodes(createPlainHandlers(deps));
}

function createPlainHandlers(deps: HandlerDeps): Handlers {
  const { db, service, runner } = deps;
  const health =
    deps.health ??
    new StorageHealth(db, async () => ({ usage: await deps.storageUsage(), quota: null }));
  const status = async (): Promise<SyncStatus> => {
    // A surface asking is the moment to find out whether the disk has room again; when it has,
    // the sync the full disk stopped runs again, without a restart.
    if ((await health.probe().catch(() => false)) && !runner.busy) {
      const last = runner.unsavedState?.lastError ?? (await readSyncStatus(db)).lastError;
      const stopped = last?.code === 'quota';
      if (stopped && (await health.roomGrew())) void runner.run();
    }
    const stored = await readSyncStatus(db, await deps.storageUsage());
    const unsaved = runner.unsavedState;
    return {
      ...stored,
      ...(unsaved ? { progress: unsaved.progress, lastError: unsaved.lastError } : {}),
      storageFull: health.full ? { ...health.full } : null,
    };
  };
  // An id from before (a history entry's seed-era id) reaches the engine as the set it became.
  const canonical = async (id: string) => (await service.resolveId(id)) ?? id;

  return {
    async search(request) {
      return (await service.searchEngine()).search(request);
    },
    async getDocument({ id }) {
      return (await service.getDocuments([id]))[0];
    },
    async getDocuments({ ids }) {
      return service.getDocuments(ids);
    },
    async related({ id, limit }) {
      return (await service.searchEngine()).related(await canonical(id), limit);
    },
    async priorAnswers({ id, questionNumber, limit }) {
      return (await service.searchEngine()).priorAnswers(
        await canonical(id),
        questionNumber,
        limit,
      );
    },
    async priorAnswersForSet({ id, questionNumbers, limitPerQuestion }) {
      return (await service.searchEngine()).priorAnswersForSet(
        await canonical(id),
        questionNumbers,
        limitPerQuestion,
      );
    },
    async annotatePage(request) {
      const engine = await service.searchEngine();
      return annotatePage(
        {
          engine,
          getDocuments: (ids) => service.getDocuments(ids),
          addPageSet: (set) => service.addPageSet(set),
          indexedUntil: () => service.indexedUntil(),
        },
        request,
      );
    },
    async warmUp() {
      const engine = await service.searchEngine();
      // Not awaited: the page's own message may come before all of it is decoded.
      void engine.prepareForPages();
      return { ok: true };
    },
    async openReader({ id, active }) {
      await browser.tabs.create({ url: readerUrl(id), active: active ?? true });
      return { ok: true };
    },
    async recordVisit(visit) {
      const [doc] = await service.getDocuments([visit.documentId]);
      if (!doc) throw new Error(`Unknown set ${visit.documentId}`);
      await health.recordVisit(doc, visit);
      await updateAnswersBadge(db).catch(() => {});
      return { ok: true };
    },
    syncStatus: status,
    async syncNow(request) {
      // Answer at once with "syncing"; the page follows progress through syncStatus or liveQuery.
      await health.probe(true).catch(() => false);
      void runner.run(undefined, { acceptSmaller: request?.acceptSmaller === true });
      return status();
    },
    async setSyncSource({ url }) {
      let source: string | null = null;
      if (url !== null) {
        const check = checkSyncSource(url);
        if (!check.ok) throw new Error(`Not a usable sync source (${check.reason}): ${url}`);
        source = check.url;
      }
      await runner.sourceChanged(source);
      await writeSourceUrl(db, source);
      await deps.scheduleSync();
      void runner.run();
      return status();
    },
    async clearLocalData() {
      await runner.settled(); // never clear under a running sync
      await db.transaction(
        'rw',
        [db.documents, db.shards, db.segments, db.meta, db.history, db.watchlist],
        async () => {
          await Promise.all([
            db.documents.clear(),
            db.shards.clear(),
            db.segments.clear(),
            db.history.clear(),
            db.watchlist.clear(),
          ]);
          await db.meta.where('key').noneOf(['source']).delete();
        },
      );
      await writeSyncState(db, { progress: { state: 'idle', done: 0, total: 0 }, lastError: null });
      await service.reload();
      await updateAnswersBadge(db).catch(() => {});
      return { ok: true };
    },
    async listHistory({ limit }) {
      return listHistory(db, { limit });
    },
    async removeHistory({ id }) {
      await removeHistory(db, [id]);
      await updateAnswersBadge(db).catch(() => {});
      return { ok: true };
    },
    async clearHistory() {
      // The watchlist lives with the history and is cleared with it.
      await db.transaction('rw', db.history, db.watchlist, async () => {
        await clearHistory(db);
        await clearWatchlist(db);
      });
      await updateAnswersBadge(db).catch(() => {});
      return { ok: true };
    },
    async exportHistory() {
      return (await exportHistory(db)).entries;
    },
    async markHistorySeen({ documentId }) {
      // Entries may hold the set's id or an earlier one (an alias): both are the same set.
      const [doc] = documentId ? await service.getDocuments([documentId]) : [null];
      await markHistorySeen(
        db,
        documentId && doc ? [documentId, doc.id, ...(doc.aliases ?? [])] : documentId,
      );
      await updateAnswersBadge(db).catch(() => {});
      return { ok: true };
    },
    async summaries({ ids }) {
      const docs = await service.getDocuments(ids.slice(0, 500));
      return docs.map((doc) => (doc ? summarize(doc) : null));
    },
    async follow({ documentId, pageFacts }) {
      // The same lookup by id as the history's (aliases apply to both once merged).
      const [doc] = await service.getDocuments([documentId]);
      if (!doc) throw new Error(`Unknown set ${documentId}`);
      return follow(db, doc, { pageFacts, today: todayIn(new Date()) });
    },
    async unfollow({ documentId }) {
      await unfollow(db, documentId);
      await updateAnswersBadge(db).catch(() => {});
      return { ok: true };
    },
    async listWatchlist() {
      return listWatchlist(db);
    },
    async markWatchSeen({ documentId }) {
      await markWatchSeen(db, documentId);
      await updateAnswersBadge(db).catch(() => {});
      return { ok: true };
    },
    async overview() {
      const documents = await service.allDocuments();
      return {
        ...corpusOverview(documents),
        answerTimes: answerTimes(documents, todayIn(new Date())),
      };
    },
  };
}
