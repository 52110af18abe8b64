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
import type { Corpus } from '../../../utils/corpus/model';
import { bundleOf, freshDb, memoryFetcher, SMALL_SHARDS } from '../../support/bundles';
import { numberedCorpus, numberedDocument } from '../../support/documents';

let db: KamerDb;
afterEach(() => db?.close());

const first = numberedCorpus(12);
/** The next generation: one set more, the only one about a waterstofnetwerk. */
const next: Corpus = {
  ...first,
  documents: [...first.documents, numberedDocument(13, 'unanswered', ' waterstofnetwerk')],
};

async function sync(corpus: Corpus) {
  const bundle = await bundleOf(corpus, { ...SMALL_SHARDS, buildSegment });
  await syncBundle(db, { source: 'bundled', fetcher: memoryFetcher(bundle) });
}

async function firstHit(service: IndexService): Promise<string | undefined> {
  const engine = await service.searchEngine();
  return (await engine.search({ query: 'waterstofnetwerk', limit: 5 })).hits[0]?.document.id;
}

test('a search asked while the service reloads after a sync is answered from the new generation', async () => {
  db = freshDb();
  await sync(first);
  const service = new IndexService(db, createSearchEngine);
  expect(await firstHit(service)).toBeUndefined();
  await sync(next);
  const reloaded = service.reload();
  // Asked before the reload has fed the engine: answered once it has.
  expect(await firstHit(service)).toBe('set-00013');
  await reloaded;
});

test('an engine made while a reload is under way answers from the new generation', async () => {
  db = freshDb();
  await sync(first);
  const service = new IndexService(db, createSearchEngine);
  // The worker read the index (a visit was recorded, say) but made no engine yet.
  expect((await service.index()).byId.size).toBe(12);
  await sync(next);
  let said!: () => void;
  const reloaded = service.reload(new Promise<void>((resolve) => (said = resolve)));
  const hit = firstHit(service);
  said();
  expect(await hit).toBe('set-00013');
  await reloaded;
});
