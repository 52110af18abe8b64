import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { KamerDb } from '../../../utils/store/db';
import { getDocuments, loadActiveIndex, loadSegments } from '../../../utils/store/generation';
import { countUnseenAnswers, listHistory, recordVisit } from '../../../utils/store/history';
import { CURRENT_SCHEMA_VERSION, declareSchema } from '../../../utils/store/schema';
import { readSourceUrl } from '../../../utils/store/sync-status';

const fixture = JSON.parse(readFileSync(resolve(__dirname, 'fixtures/kamerlezer-v1.json'), 'utf8'));

/** Install the frozen v1 data into a database opened at schema version 1, as a v1 release would. */
async function installV1(factory: IDBFactory): Promise<void> {
  const v1 = new Dexie('kamerlezer-migration', { indexedDB: factory, IDBKeyRange });
  declareSchema(v1, fixture.schemaVersion);
  await v1.open();
  expect(v1.verno).toBe(1);
  for (const table of ['documents', 'shards', 'meta', 'history'])
    await v1.table(table).bulkAdd(fixture[table]);
  v1.close();
}

test('upgrading from the first release keeps every history entry, the index, its segments and the settings', async () => {
  const factory = new IDBFactory();
  await installV1(factory);
  const db = new KamerDb('kamerlezer-migration', { indexedDB: factory, IDBKeyRange });
  await db.open();
  expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);

  // Every entry, every field, in newest-first order; nothing added but the new index field.
  const rows = await db.history.orderBy('id').toArray();
  expect(rows).toHaveLength(3);
  fixture.history.forEach((old: Record<string, unknown>, i: number) =>
    expect(rows[i]).toMatchObject(old),
  );
  expect(rows.map((r) => r.unseen)).toEqual([0, 1, 0]);
  expect((await listHistory(db)).map((e) => e.id)).toEqual([7, 2, 1]);
  expect(await countUnseenAnswers(db)).toBe(1);

  // The v1 index is still the active one and readable.
  const index = await loadActiveIndex(db);
  expect(index.generation?.number).toBe(3);
  const [doc] = await getDocuments(db, index, ['kv-3f9a1c2b7d4e']);
  expect(doc?.questions[0].text).toBe('Bent u bekend met het bericht?');
  expect(await readSourceUrl(db)).toBe('https://kamerlezer.example/bundle/');
  // v3: a set row becomes a page of one, kept as JSON text; segments move out of the shard rows.
  expect(await db.documents.get(fixture.documents[0].hash)).toEqual({
    hash: fixture.documents[0].hash,
    json: [JSON.stringify(fixture.documents[0].doc)],
  });
  const sha = fixture.shards[0].sha256;
  expect((await db.segments.get(sha))?.segment).toEqual(fixture.shards[0].segment);
  expect(await db.shards.get(sha)).not.toHaveProperty('segment');
  expect(await db.shards.get(sha)).toMatchObject({
    ids: 'kv-3f9a1c2b7d4e',
    pages: [fixture.documents[0].hash],
    pageSize: 1,
  });
  expect((await loadSegments(db, [sha])).get(sha)).toEqual(fixture.shards[0].segment);

  // New writes after the migration get new ids after the old ones.
  await recordVisit(db, doc!, { documentId: doc!.id, via: 'page' }, 1_800_000_000_000);
  expect((await listHistory(db))[0].id).toBeGreaterThan(7);
  db.close();
});
