// liveQuery observes only databases opened through the global indexedDB (as in the browser),
// not ones given their own factory, so this file installs fake-indexeddb globally.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import type { KamerDocument } from '../../../utils/corpus/model';
import { KamerDb } from '../../../utils/store/db';
import { markHistorySeen, recordVisit } from '../../../utils/store/history';
import { writeSyncState } from '../../../utils/store/sync-status';
import { watchStore } from '../../../utils/store/watch';
import { makeDocument } from '../../support/test-corpus';

// Two connections to one database, as the service worker (writer) and a side panel (watcher).
const opened: KamerDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
function pair(): { worker: KamerDb; page: KamerDb } {
  const name = `watch-${Math.random().toString(36).slice(2)}`;
  const worker = new KamerDb(name);
  const page = new KamerDb(name);
  opened.push(worker, page);
  return { worker, page };
}
const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchStore', () => {
  test('calls back when another connection writes the history or the sync status, not for the first reading', async () => {
    const { worker, page } = pair();
    await worker.open();
    let calls = 0;
    const stop = watchStore(page, () => calls++, { throttleMs: 0 });
    await settle();
    expect(calls).toBe(0);

    const doc: KamerDocument = makeDocument(1);
    await recordVisit(worker, doc, { documentId: doc.id, via: 'page' });
    await settle();
    expect(calls).toBe(1);

    // A changed row (not a new one) counts too: answers seen.
    await worker.history.toCollection().modify({ unseen: 1, answeredSinceVisit: true });
    await settle();
    expect(calls).toBe(2);
    await markHistorySeen(worker, doc.id);
    await settle();
    expect(calls).toBe(3);

    await writeSyncState(worker, {
      progress: { state: 'syncing', phase: 'shards', done: 1, total: 4 },
    });
    await settle();
    expect(calls).toBe(4);

    // Rows it does not show (the sync's snapshot, the index tables) do not wake it.
    await worker.meta.put({ key: 'active-snapshot', value: { big: true } });
    await worker.segments.put({ sha256: 'x', segment: {} as never });
    await settle();
    expect(calls).toBe(4);

    stop();
    await writeSyncState(worker, { progress: { state: 'done', done: 4, total: 4 } });
    await settle();
    expect(calls).toBe(4);
  });

  test('a burst of progress writes becomes a few calls, the last one after the burst', async () => {
    const { worker, page } = pair();
    await worker.open();
    const calls: number[] = [];
    const stop = watchStore(page, () => calls.push(Date.now()), { throttleMs: 100 });
    await settle();
    const start = Date.now();
    for (let done = 1; done <= 40; done++) {
      await writeSyncState(worker, {
        progress: { state: 'syncing', phase: 'shards', done, total: 40 },
      });
    }
    const end = Date.now();
    await settle(250);
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
