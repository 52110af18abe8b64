// liveQuery observes only databases opened through the global indexedDB (as in the browser),
// not ones given their own factory, so this file installs fake-indexeddb globally.
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { KamerDocument } from '../../../utils/corpus/model';
import { KamerDb } from '../../../utils/store/db';
import { META_SNAPSHOT } from '../../../utils/store/generation';
import { markHistorySeen, recordVisit } from '../../../utils/store/history';
import { META_STATUS, writeSyncState } from '../../../utils/store/sync-status';
import { watchStore } from '../../../utils/store/watch';
import { numberedDocument } from '../../support/documents';

// Two connections to one database, as the service worker (writer) and a side panel (watcher).
const opened: KamerDb[] = [];
const subscriptions: { unsubscribe(): void }[] = [];
afterEach(() => {
  for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
  for (const db of opened.splice(0)) db.close();
});
function pair(): { worker: KamerDb; page: KamerDb } {
  const name = `watch-${Math.random().toString(36).slice(2)}`;
  const worker = new KamerDb(name);
  const page = new KamerDb(name);
  opened.push(worker, page);
  return { worker, page };
}

/**
 * A second observer on the page's connection, subscribed after the watch: Dexie tells its
 * observers of a write in the order they subscribed, so once this one has read a write (or its
 * first reading), the watch has had its turn too. That is the signal before asserting that the
 * watch did not call back. Resolves after the first reading.
 */
async function observer<T>(db: KamerDb, query: (db: KamerDb) => Promise<T>) {
  const values: T[] = [];
  subscriptions.push(liveQuery(() => query(db)).subscribe({ next: (value) => values.push(value) }));
  await vi.waitFor(() => expect(values.length).toBeGreaterThan(0));
  return {
    /** Wait until a reading satisfies `check`. */
    until: (check: (value: T) => boolean) =>
      vi.waitFor(() => expect(values.some(check)).toBe(true)),
  };
}
const progressDone = (db: KamerDb) =>
  db.meta.get(META_STATUS).then((row) => (row?.value as { progress?: { done: number } })?.progress);

describe('watchStore', () => {
  test('calls back when another connection writes the history or the sync status, not for the first reading', async () => {
    const { worker, page } = pair();
    await worker.open();
    let calls = 0;
    const stop = watchStore(page, () => calls++, { throttleMs: 0 });
    // The watch has made its first reading once a later observer has made its own.
    await observer(page, (db) => db.history.count());
    expect(calls).toBe(0);

    const doc: KamerDocument = numberedDocument(1);
    await recordVisit(worker, doc, { documentId: doc.id, via: 'page' });
    await vi.waitFor(() => expect(calls).toBe(1));

    // A changed row (not a new one) counts too: answers seen.
    await worker.history.toCollection().modify({ unseen: 1, answeredSinceVisit: true });
    await vi.waitFor(() => expect(calls).toBe(2));
    await markHistorySeen(worker, doc.id);
    await vi.waitFor(() => expect(calls).toBe(3));

    await writeSyncState(worker, {
      progress: { state: 'syncing', phase: 'shards', done: 1, total: 4 },
    });
    await vi.waitFor(() => expect(calls).toBe(4));

    // Rows it does not show (the sync's snapshot, the index tables) do not wake it.
    const unshown = await observer(page, async (db) => [
      await db.meta.get(META_SNAPSHOT),
      await db.segments.get('x'),
    ]);
    await worker.meta.put({ key: META_SNAPSHOT, value: { big: true } });
    await worker.segments.put({ sha256: 'x', segment: {} as never });
    await unshown.until(([snapshot, segment]) => snapshot !== undefined && segment !== undefined);
    expect(calls).toBe(4);

    stop();
    const status = await observer(page, progressDone);
    await writeSyncState(worker, { progress: { state: 'done', done: 4, total: 4 } });
    await status.until((progress) => progress?.done === 4);
    expect(calls).toBe(4);
  });

  test('a burst of progress writes becomes a few calls, the last one after the burst', async () => {
    const { worker, page } = pair();
    await worker.open();
    const calls: number[] = [];
    const stop = watchStore(page, () => calls.push(Date.now()), { throttleMs: 100 });
    const status = await observer(page, progressDone);
    const start = Date.now();
    for (let done = 1; done <= 40; done++) {
      await writeSyncState(worker, {
        progress: { state: 'syncing', phase: 'shards', done, total: 40 },
      });
    }
    const end = Date.now();
    // The watch has been told of the last write once the later observer has read it; a call it
    // still owes is due within the interval after the call before it. Wait for that quiet.
    await status.until((progress) => progress?.done === 40);
    await vi.waitFor(
      () => {
        expect(calls.length).toBeGreaterThan(0);
        expect(Date.now() - calls[calls.length - 1]).toBeGreaterThan(100 + 20);
      },
      { timeout: 2_000, interval: 10 },
    );
    stop();
    expect(calls.length).toBeGreaterThan(0);
    // Throttled: never two calls closer than the interval (a little slack for timers)…
    for (let i = 1; i < calls.length; i++)
      expect(calls[i] - calls[i - 1]).toBeGreaterThanOrEqual(90);
    expect(calls.length).toBeLessThanOrEqual(Math.ceil((end - start) / 100) + 2);
    // …and the last write is never left unreported.
    expect(calls[calls.length - 1]).toBeGreaterThanOrEqual(end - 5);
  });
});
