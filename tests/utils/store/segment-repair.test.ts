import { afterEach, describe, expect, test } from 'vitest';
import { IndexService } from '../../../entrypoints/background/index-service';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { SEGMENT_VERSION } from '../../../utils/index-build/segment';
import { createSearchEngine } from '../../../utils/search';
import type { BuildSegment } from '../../../utils/index-build/segment';
import type { KamerDb } from '../../../utils/store/db';
import { loadActiveIndex } from '../../../utils/store/generation';
import { syncBundle } from '../../../utils/store/sync';
import { bundleOf, freshDb, memoryFetcher, SMALL_SHARDS } from '../../support/bundles';
import { numberedCorpus } from '../../support/documents';

let db: KamerDb;
afterEach(() => db?.close());

const builder = { version: SEGMENT_VERSION, build: buildSegment };
/** Segments as an earlier release wrote them: readable data, another format number. */
const olderFormat: BuildSegment = (id, documents) => ({
  ...buildSegment(id, documents),
  version: SEGMENT_VERSION - 1,
});

async function syncWith(segments: BuildSegment | undefined) {
  const corpus = numberedCorpus(24);
  const bundle = await bundleOf(corpus, { ...SMALL_SHARDS, buildSegment: segments });
  await syncBundle(db, { source: 'bundled', fetcher: memoryFetcher(bundle) });
  return bundle;
}

async function firstHit(service: IndexService, query: string) {
  return (await (await service.searchEngine()).search({ query, limit: 3 })).hits[0]?.document.id;
}

describe('segments this build cannot read', () => {
  test('of an older format: rebuilt from the stored sets on first use, stored, and read from the segment rows after a cold start', async () => {
    db = freshDb();
    const bundle = await syncWith(olderFormat);
    const shards = bundle.manifest.shards.length;
    expect(shards).toBeGreaterThan(2);

    // Without a builder (the gap this closes): the engine skips them and finds nothing.
    expect(
      await firstHit(new IndexService(db, createSearchEngine), 'onderwerp 17'),
    ).toBeUndefined();

    const service = new IndexService(db, createSearchEngine, builder);
    expect(await firstHit(service, 'onderwerp 17')).toBe('set-00017');
    expect(service.rebuiltSegments).toBe(shards);
    const stored = await db.segments.toArray();
    expect(stored.map((row) => row.segment.version)).toEqual(stored.map(() => SEGMENT_VERSION));
    const snapshot = await loadActiveIndex(db);
    expect(
      [...snapshot.segments!.values()].every((segment) => segment.version === SEGMENT_VERSION),
    ).toBe(true);

    // A cold worker reads the rebuilt ones and builds nothing.
    const cold = new IndexService(db, createSearchEngine, builder);
    expect(await firstHit(cold, 'onderwerp 13')).toBe('set-00013');
    expect(cold.rebuiltSegments).toBe(0);
  });

  test('missing from the bundle: built locally, and a re-sync of unchanged shards keeps them', async () => {
    db = freshDb();
    await syncWith(undefined);
    const service = new IndexService(db, createSearchEngine, builder);
    expect(await firstHit(service, 'onderwerp 21')).toBe('set-00021');
    const rebuilt = service.rebuiltSegments;
    expect(rebuilt).toBeGreaterThan(0);
    // The next sync brings one changed set: only its shard comes without a segment.
    const corpus = numberedCorpus(24);
    corpus.documents[2] = { ...corpus.documents[2], title: 'Vragen over een heel ander onderwerp' };
    const next = await bundleOf(corpus);
    await syncBundle(db, { source: 'bundled', fetcher: memoryFetcher(next) });
    await service.reload();
    expect(service.rebuiltSegments).toBe(rebuilt + 1);
    expect(await firstHit(service, 'heel ander')).toBe('set-00003');
  });
});
