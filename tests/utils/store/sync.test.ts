import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Corpus } from '../../../utils/corpus/model';
import type { KamerDb } from '../../../utils/store/db';
import { buildSegment } from '../../../utils/index-build/build-segment';
import {
  getDocuments,
  loadActiveIndex,
  loadSegments,
  readActiveGeneration,
  readPendingSync,
} from '../../../utils/store/generation';
import {
  countUnseenAnswers,
  listHistory,
  markHistorySeen,
  recordVisit,
} from '../../../utils/store/history';
import { syncBundle } from '../../../utils/store/sync';
import { bundleOf, freshDb, memoryFetcher, SMALL_SHARDS } from '../../support/bundles';
import { numberedCorpus, numberedDocument } from '../../support/documents';

let db: KamerDb;
afterEach(() => db?.close());

const SOURCE = 'https://example.org/bundle/manifest.json';

async function syncCorpus(corpus: Corpus, source = SOURCE) {
  const bundle = await bundleOf(corpus);
  const fetcher = memoryFetcher(bundle);
  const outcome = await syncBundle(db, { source, fetcher });
  return { bundle, fetcher, outcome };
}

async function titleOf(id: string): Promise<string | undefined> {
  const index = await loadActiveIndex(db);
  return (await getDocuments(db, index, [id]))[0]?.title;
}

describe('syncBundle', () => {
  test('a first sync loads every set and makes generation 1 active', async () => {
    db = freshDb();
    const corpus = numberedCorpus(30);
    const { bundle, fetcher, outcome } = await syncCorpus(corpus, 'bundled');
    expect(outcome).toMatchObject({
      changed: true,
      fetchedShards: bundle.manifest.shards.length,
      writtenDocuments: 30,
    });
    // Pages of at most 16 sets, never spanning shards.
    expect(await db.documents.count()).toBe(
      bundle.manifest.shards.reduce((n, s) => n + Math.ceil(s.sets / 16), 0),
    );
    expect(fetcher.served).toHaveLength(bundle.manifest.shards.length);
    const generation = await readActiveGeneration(db);
    expect(generation).toMatchObject({
      number: 1,
      source: 'bundled',
      sets: 30,
      questions: 60,
      version: bundle.manifest.version,
    });
    const index = await loadActiveIndex(db);
    expect(index.byId.size).toBe(30);
    const docs = await getDocuments(db, index, ['set-00007', 'nope']);
    expect(docs[0]?.title).toBe('Vragen over onderwerp 7');
    expect(docs[1]).toBeNull();
    expect(await readPendingSync(db)).toBeNull();
  });

  test('the same version again fetches no shard and changes nothing', async () => {
    db = freshDb();
    const corpus = numberedCorpus(20);
    await syncCorpus(corpus);
    const again = await syncCorpus(corpus);
    expect(again.outcome.changed).toBe(false);
    expect(again.fetcher.served).toEqual([]);
    expect((await readActiveGeneration(db))?.number).toBe(1);
  });

  test('a re-sync with one set changed fetches one shard, rewrites one page and drops the old one', async () => {
    db = freshDb();
    const corpus = numberedCorpus(60);
    const first = await syncCorpus(corpus);
    const pagesBefore = await db.documents.count();
    const changed = structuredClone(corpus);
    changed.documents[41] = numberedDocument(42, 'answered');
    const second = await syncCorpus(changed);
    // The changed shard holds ≤ 8 sets (SMALL_SHARDS), so one page of them is written again.
    const shard = second.bundle.manifest.shards.find(
      (s) => !first.bundle.manifest.shards.some((f) => f.sha256 === s.sha256),
    )!;
    expect(second.outcome).toMatchObject({
      changed: true,
      fetchedShards: 1,
      writtenDocuments: shard.sets,
    });
    expect(second.fetcher.served).toEqual([shard.id]);
    expect((await readActiveGeneration(db))?.number).toBe(2);
    const [doc] = await getDocuments(db, await loadActiveIndex(db), ['set-00042']);
    expect(doc?.status).toBe('answered');
    // The superseded page and shard row are cleaned up.
    expect(await db.documents.count()).toBe(pagesBefore);
    expect(await db.shards.count()).toBe(first.bundle.manifest.shards.length);
    const index = await loadActiveIndex(db);
    const all = await getDocuments(db, index, [...index.byId.keys()]);
    expect(all.map((d) => d!.id).sort()).toEqual(changed.documents.map((d) => d.id).sort());
  });

  test('a set the old bundle lacked appears after the sync', async () => {
    db = freshDb();
    const corpus = numberedCorpus(12);
    await syncCorpus(corpus, 'bundled');
    expect(await titleOf('set-00500')).toBeUndefined();
    const grown = structuredClone(corpus);
    grown.documents.push(numberedDocument(500));
    await syncCorpus(grown);
    expect(await titleOf('set-00500')).toBe('Vragen over onderwerp 500');
    expect((await readActiveGeneration(db))?.source).toBe(SOURCE);
  });
});

test('segments travel with their shards and are cleaned up with them', async () => {
  db = freshDb();
  const options = { ...SMALL_SHARDS, buildSegment };
  const first = await bundleOf(numberedCorpus(30), options);
  await syncBundle(db, { source: SOURCE, fetcher: memoryFetcher(first) });
  expect(await db.segments.count()).toBe(first.manifest.shards.length);
  const changed = numberedCorpus(30);
  changed.documents[10] = numberedDocument(11, 'answered');
  const second = await bundleOf(changed, options);
  await syncBundle(db, { source: SOURCE, fetcher: memoryFetcher(second) });
  const active = second.manifest.shards.map((s) => s.sha256).sort();
  expect((await db.segments.toCollection().primaryKeys()).sort()).toEqual(active);
  const segments = await loadSegments(db, active);
  expect([...segments.values()].map((s) => s.id).sort()).toEqual(
    second.manifest.shards.map((s) => s.id).sort(),
  );
  // A cold reader gets the same segments with the id map, in one read transaction.
  const index = await loadActiveIndex(db);
  expect([...index.segments!.keys()].sort()).toEqual(active);
  expect(index.segments!.get(active[0])).toEqual(segments.get(active[0]));
  expect(index.byId.size).toBe(30);
});

describe('failed syncs leave the previous index and the history intact', () => {
  async function setUp() {
    db = freshDb();
    const corpus = numberedCorpus(40);
    const { bundle } = await syncCorpus(corpus, 'bundled');
    const [doc] = await getDocuments(db, await loadActiveIndex(db), ['set-00003']);
    await recordVisit(
      db,
      doc!,
      { documentId: doc!.id, via: 'page', url: 'https://www.tweedekamer.nl/x' },
      1_000,
    );
    // The next version: every set answered and one new set, so every shard differs.
    const next = numberedCorpus(41, () => 'answered');
    return { before: bundle, next: await bundleOf(next) };
  }

  async function expectUntouched(versionBefore: string) {
    const generation = await readActiveGeneration(db);
    expect(generation?.version).toBe(versionBefore);
    expect(generation?.number).toBe(1);
    const index = await loadActiveIndex(db);
    expect(index.byId.size).toBe(40);
    expect(index.byId.has('set-00041')).toBe(false);
    const [doc] = await getDocuments(db, index, ['set-00003']);
    expect(doc?.status).toBe('unanswered');
    const history = await listHistory(db);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      documentId: 'set-00003',
      statusAtVisit: 'unanswered',
      answeredSinceVisit: false,
    });
  }

  test('a corrupt shard (sha256 mismatch)', async () => {
    const { before, next } = await setUp();
    const bytes = next.files.get(next.manifest.shards[2].file)!.slice();
    bytes[bytes.length >> 1] ^= 0x01;
    const fetcher = memoryFetcher(next, {
      shard: (_entry, i) => (i === 2 ? Promise.resolve(bytes) : undefined),
    });
    await expect(syncBundle(db, { source: SOURCE, fetcher })).rejects.toThrow(/sha256 mismatch/);
    await expectUntouched(before.manifest.version);
  });

  test('a 404 for a shard', async () => {
    const { before, next } = await setUp();
    const missing = next.manifest.shards[3].file;
    const broken = {
      manifest: next.manifest,
      files: new Map([...next.files].filter(([file]) => file !== missing)),
    };
    await expect(
      syncBundle(db, { source: SOURCE, fetcher: memoryFetcher(broken) }),
    ).rejects.toThrow(/404/);
    await expectUntouched(before.manifest.version);
  });

  test('an abort half-way', async () => {
    const { before, next } = await setUp();
    const controller = new AbortController();
    const half = Math.floor(next.manifest.shards.length / 2);
    const fetcher = memoryFetcher(next, {
      shard: (_entry, i) => {
        if (i === half) controller.abort(new Error('Sync aborted by the test'));
        return undefined;
      },
    });
    await expect(
      syncBundle(db, { source: SOURCE, fetcher, signal: controller.signal, concurrency: 1 }),
    ).rejects.toThrow(/aborted/);
    await expectUntouched(before.manifest.version);
  });

  test('an invalid manifest', async () => {
    const { before } = await setUp();
    const fetcher = {
      manifest: async () => '<!doctype html><p>Not found</p>',
      shard: async () => new Uint8Array(),
    };
    await expect(syncBundle(db, { source: SOURCE, fetcher })).rejects.toThrow(
      /manifest is not valid JSON/,
    );
    await expectUntouched(before.manifest.version);
  });
});

describe('generations and resume', () => {
  test('readers see the old generation until the switch, then the new one', async () => {
    db = freshDb();
    const corpus = numberedCorpus(40);
    await syncCorpus(corpus);
    const next = await bundleOf(numberedCorpus(40, () => 'answered'));
    const seen: string[] = [];
    const fetcher = memoryFetcher(next);
    const shard = fetcher.shard;
    fetcher.shard = async (entry, signal) => {
      // Mid-sync, after some shards of the new generation are already written.
      if (fetcher.served.length === 3) {
        const index = await loadActiveIndex(db);
        const docs = await getDocuments(db, index, [...index.byId.keys()]);
        seen.push(...new Set(docs.map((d) => d!.status)));
      }
      return shard(entry, signal);
    };
    await syncBundle(db, { source: SOURCE, fetcher, concurrency: 1 });
    expect(seen).toEqual(['unanswered']);
    const index = await loadActiveIndex(db);
    const after = await getDocuments(db, index, [...index.byId.keys()]);
    expect(new Set(after.map((d) => d!.status))).toEqual(new Set(['answered']));
  });

  test('shards that arrive faster than they are written go several to a transaction; every one is stored', async () => {
    db = freshDb();
    const corpus = numberedCorpus(60);
    const bundle = await bundleOf(corpus);
    const total = bundle.manifest.shards.length;
    expect(total).toBeGreaterThan(8);
    const writes: number[] = [];
    const outcome = await syncBundle(db, {
      source: SOURCE,
      fetcher: memoryFetcher(bundle),
      batchSize: 4,
      concurrency: 8,
      onProgress: (p) => p.phase === 'shards' && p.done > 0 && writes.push(p.done),
    });
    expect(outcome.fetchedShards).toBe(total);
    expect(await db.shards.count()).toBe(total);
    // Progress is reported per written batch: fewer reports than shards, none over 4 apart.
    expect(writes.length).toBeLessThan(total);
    expect(writes[writes.length - 1]).toBe(total);
    writes.forEach((done, i) => expect(done - (writes[i - 1] ?? 0)).toBeLessThanOrEqual(4));
    expect((await getDocuments(db, await loadActiveIndex(db), ['set-00060']))[0]?.title).toBe(
      'Vragen over onderwerp 60',
    );
  });

  test('an interrupted sync resumes: stored shards are not fetched again', async () => {
    db = freshDb();
    await syncCorpus(numberedCorpus(40));
    const next = await bundleOf(numberedCorpus(40, () => 'answered'));
    const total = next.manifest.shards.length;
    // The worker "dies" while fetching the fourth shard: that promise never settles.
    const dying = memoryFetcher(next, {
      shard: (_e, i) => (i === 3 ? new Promise(() => {}) : undefined),
    });
    void syncBundle(db, { source: SOURCE, fetcher: dying, concurrency: 1 });
    // Three shards of the new bundle are stored beside the old generation's, then it hangs.
    await vi.waitFor(async () => expect(await db.shards.count()).toBe(total + 3), {
      timeout: 10_000,
    });
    const pending = await readPendingSync(db);
    expect(pending?.manifest.version).toBe(next.manifest.version);
    expect((await readActiveGeneration(db))?.number).toBe(1);

    // The restarted worker runs the pending sync again.
    const resumed = memoryFetcher(next);
    const outcome = await syncBundle(db, { source: pending!.source, fetcher: resumed });
    expect(outcome.fetchedShards).toBe(total - 3);
    expect(resumed.served).toHaveLength(total - 3);
    expect((await readActiveGeneration(db))?.version).toBe(next.manifest.version);
    expect(await readPendingSync(db)).toBeNull();
  });
});

describe('answers arriving', () => {
  test('a sync that answers a visited set flags its history entry until seen', async () => {
    db = freshDb();
    const corpus = numberedCorpus(20);
    await syncCorpus(corpus);
    const index = await loadActiveIndex(db);
    const [a, b] = await getDocuments(db, index, ['set-00004', 'set-00009']);
    await recordVisit(db, a!, { documentId: a!.id, via: 'page' }, 1_000);
    await recordVisit(db, b!, { documentId: b!.id, via: 'reader' }, 2_000);

    const next = structuredClone(corpus);
    next.documents[3] = numberedDocument(4, 'partially-answered');
    const { outcome } = await syncCorpus(next);
    expect(outcome.answersArrived).toBe(1);
    expect(await countUnseenAnswers(db)).toBe(1);
    const [newest, oldest] = await listHistory(db);
    expect(newest).toMatchObject({ documentId: 'set-00009', answeredSinceVisit: false });
    expect(oldest).toMatchObject({
      documentId: 'set-00004',
      statusAtVisit: 'unanswered',
      answeredSinceVisit: true,
    });

    // Fully answered later: flagged again (the reader knew it only as partially answered).
    await markHistorySeen(db, 'set-00004');
    expect(await countUnseenAnswers(db)).toBe(0);
    const later = structuredClone(next);
    later.documents[3] = numberedDocument(4, 'answered');
    expect((await syncCorpus(later)).outcome.answersArrived).toBe(1);
    // The same status again is no news.
    const same = structuredClone(later);
    same.documents.push(numberedDocument(99));
    expect((await syncCorpus(same)).outcome.answersArrived).toBe(0);
    expect(await countUnseenAnswers(db)).toBe(1);
  });
});
