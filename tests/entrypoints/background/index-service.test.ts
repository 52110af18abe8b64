/**
 * The background's index service right after a sync: until the engine holds the new generation,
 * a question is answered from it, not from the index it replaces (a page judged against the old
 * one would be read into the local index as "not in your index").
 */
import { afterEach, expect, test } from 'vitest';
import { IndexService } from '../../../entrypoints/background/index-service';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { createSearchEngine } from '../../../utils/search';
import type { KamerDb } from '../../../utils/store/db';
import { syncBundle } from '../../../utils/store/sync';
import { bundleOf, freshDb, memoryFetcher, SMALL_SHARDS } from '../../support/bundles';
import { numberedCorpus, numberedDocument } from '../../support/documents';

let db: KamerDb;
afterEach(() => db?.close());

test('a search asked while the service reloads after a sync is answered from the new generation', async () => {
  db = freshDb();
  const options = { ...SMALL_SHARDS, buildSegment };
  const first = numberedCorpus(12);
  await syncBundle(db, {
    source: 'bundled',
    fetcher: memoryFetcher(await bundleOf(first, options)),
  });
  const service = new IndexService(db, createSearchEngine);
  const engine = await service.searchEngine();
  expect((await engine.search({ query: 'waterstofnetwerk', limit: 5 })).hits).toEqual([]);

  const next = {
    ...first,
    documents: [...first.documents, numberedDocument(13, 'unanswered', ' waterstofnetwerk')],
  };
  await syncBundle(db, {
    source: 'bundled',
    fetcher: memoryFetcher(await bundleOf(next, options)),
  });
  const reloaded = service.reload();
  // Asked before the reload has fed the engine: answered once it has.
  const hits = (
    await (await service.searchEngine()).search({ query: 'waterstofnetwerk', limit: 5 })
  ).hits;
  expect(hits.map((h) => h.document.id)[0]).toBe('set-00013');
  await reloaded;
});

test('an engine made while a reload is under way answers from the new generation', async () => {
  db = freshDb();
  const options = { ...SMALL_SHARDS, buildSegment };
  const first = numberedCorpus(12);
  await syncBundle(db, {
    source: 'bundled',
    fetcher: memoryFetcher(await bundleOf(first, options)),
  });
  const service = new IndexService(db, createSearchEngine);
  // The worker read the index (a visit was recorded, say) but made no engine yet.
  expect((await service.index()).byId.size).toBe(12);
  const next = {
    ...first,
    documents: [...first.documents, numberedDocument(13, 'unanswered', ' waterstofnetwerk')],
  };
  await syncBundle(db, {
    source: 'bundled',
    fetcher: memoryFetcher(await bundleOf(next, options)),
  });
  let said!: () => void;
  const reloaded = service.reload(new Promise<void>((resolve) => (said = resolve)));
  const engine = service.searchEngine();
  said();
  const hits = (await (await engine).search({ query: 'waterstofnetwerk', limit: 5 })).hits;
  expect(hits.map((h) => h.document.id)[0]).toBe('set-00013');
  await reloaded;
});
