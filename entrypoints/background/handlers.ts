/**
 * The background's answers to every message of the protocol (utils/messages/protocol.ts).
 * Each handler is a few lines over the store, the index service or the sync runner.
 */
import { browser } from 'wxt/browser';
import type { Handlers } from '../../utils/extension/messaging';
import type { SyncStatus } from '../../utils/store/types';
import { corpusOverview } from '../../utils/corpus/overview';
import type { KamerDb } from '../../utils/store/db';
import {
  clearHistory,
  exportHistory,
  listHistory,
  markHistorySeen,
  recordVisit,
  removeHistory,
} from '../../utils/store/history';
import { readSyncStatus, writeSourceUrl, writeSyncState } from '../../utils/store/sync-status';
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
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, service, runner } = deps;
  const status = async (): Promise<SyncStatus> => readSyncStatus(db, await deps.storageUsage());
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
      return annotatePage({ engine, getDocuments: (ids) => service.getDocuments(ids) }, request);
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
    async citing({ kamerstuk }) {
      return (await service.searchEngine()).citing(kamerstuk);
    },
    async identifyPage(fingerprint) {
      return (await service.searchEngine()).identify(fingerprint);
    },
    async recordVisit(visit) {
      const [doc] = await service.getDocuments([visit.documentId]);
      if (!doc) throw new Error(`Unknown set ${visit.documentId}`);
      await recordVisit(db, doc, visit);
      await updateAnswersBadge(db).catch(() => {});
      return { ok: true };
    },
    syncStatus: status,
    async syncNow() {
      // Answer at once with "syncing"; the page follows progress through syncStatus or liveQuery.
      void runner.run();
      return status();
    },
    async setSyncSource({ url }) {
      let source: string | null = null;
      if (url !== null) {
        const check = checkSyncSource(url);
        if (!check.ok) throw new Error(`Not a usable sync source (${check.reason}): ${url}`);
        source = check.url;
      }
      await writeSourceUrl(db, source);
      await deps.scheduleSync();
      void runner.run();
      return status();
    },
    async clearLocalData() {
      await runner.settled(); // never clear under a running sync
      await db.transaction(
        'rw',
        [db.documents, db.shards, db.segments, db.meta, db.history],
        async () => {
          await Promise.all([
            db.documents.clear(),
            db.shards.clear(),
            db.segments.clear(),
            db.history.clear(),
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
      await clearHistory(db);
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
    async overview() {
      return corpusOverview(await service.allDocuments());
    },
  };
}
