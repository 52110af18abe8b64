/**
 * Document pages (utils/store/db.ts): written as UTF-8 bytes, read in that form and in the one
 * earlier builds wrote (one JS string per set), so an index synced before an update still reads.
 */
import { afterEach, expect, test } from 'vitest';
import { pageLines, type KamerDb } from '../../../utils/store/db';
import { getDocuments, loadActiveIndex } from '../../../utils/store/generation';
import { syncBundle } from '../../../utils/store/sync';
import { bundleOf, freshDb, memoryFetcher } from '../../support/bundles';
import { numberedCorpus } from '../../support/documents';

let db: KamerDb;
afterEach(() => db?.close());

test('pages are stored as UTF-8 and read back, as are pages of one string per set', async () => {
  db = freshDb();
  const corpus = numberedCorpus(40);
  // Characters past Latin-1, as the papers use them, and one past the BMP.
  corpus.documents[3].title = 'Vragen over het ‘risico’ – “deepfakes” en € 5 🇳🇱';
  await syncBundle(db, { source: 'bundled', fetcher: memoryFetcher(await bundleOf(corpus)) });
  const rows = await db.documents.toArray();
  expect(rows.every((row) => row.utf8 instanceof Uint8Array && row.json === undefined)).toBe(true);
  const ids = corpus.documents.map((d) => d.id);
  const index = await loadActiveIndex(db);
  expect(await getDocuments(db, index, ids)).toEqual(corpus.documents);

  // The same pages as an earlier build stored them.
  await db.documents.bulkPut(rows.map((row) => ({ hash: row.hash, json: pageLines(row) })));
  expect((await db.documents.toArray()).every((row) => row.utf8 === undefined)).toBe(true);
  expect(await getDocuments(db, index, ids)).toEqual(corpus.documents);
});
