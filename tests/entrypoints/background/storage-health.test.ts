/**
 * A full disk as the background sees it (issue 17): writes refused with QuotaExceededError or
 * Chromium's "Failed to write blobs (IOError)", reads fine. Visits are kept until there is room,
 * then written with their own time; the full state clears without a restart.
 */
import { afterEach, expect, test } from 'vitest';
import { isQuotaError } from '../../../utils/bundle/errors';
import type { KamerDb } from '../../../utils/store/db';
import { listHistory } from '../../../utils/store/history';
import { StorageHealth } from '../../../entrypoints/background/storage-health';
import { freshDb } from '../../support/bundles';
import { numberedDocument } from '../../support/documents';

let db: KamerDb;
afterEach(() => db?.close());

/** Make every write of `db` fail as a full disk does while `full()` is true. */
function diskFullWhile(db: KamerDb, full: () => boolean) {
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            full()
              ? Promise.reject(new DOMException('Failed to write blobs (IOError)', 'DataError'))
              : table.mutate(req),
        };
      },
    }),
  });
}

test('both ways a full disk shows count as one', () => {
  expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
  expect(isQuotaError(new DOMException('Failed to write blobs (IOError)', 'DataError'))).toBe(true);
  expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
  expect(isQuotaError(new DOMException('Key path', 'DataError'))).toBe(false);
  expect(isQuotaError(new Error('HTTP 404'))).toBe(false);
});

test('visits are kept while the disk is full and written, with their time, once there is room', async () => {
  db = freshDb();
  let full = true;
  let now = 1_000_000;
  diskFullWhile(db, () => full);
  const health = new StorageHealth(
    db,
    async () => ({ usage: 10, quota: 12 }),
    () => now,
  );
  const doc = numberedDocument(3, 'answered');
  expect(await health.recordVisit(doc, { documentId: doc.id, via: 'page' })).toEqual({
    saved: false,
  });
  expect(health.full).toMatchObject({ unsavedVisits: 1, usageBytes: 10, quotaBytes: 12 });
  expect(await listHistory(db)).toEqual([]);
  now += 5_000;
  expect(await health.probe()).toBe(false); // still full
  full = false;
  now += 5_000;
  expect(await health.probe()).toBe(true);
  expect(health.full).toBeNull();
  const history = await listHistory(db);
  expect(history.map((h) => [h.documentId, h.visitedAt])).toEqual([[doc.id, 1_000_000]]);
});

test('a sync stopped by the full disk is retried once per clear growth of free space', async () => {
  db = freshDb();
  let free = 1e6;
  const health = new StorageHealth(db, async () => ({ usage: 0, quota: free }));
  await health.failed(new DOMException('x', 'QuotaExceededError'));
  expect(await health.roomGrew()).toBe(false);
  free = 40e6;
  expect(await health.roomGrew()).toBe(true);
  expect(await health.roomGrew()).toBe(false); // not again for the same room
});
