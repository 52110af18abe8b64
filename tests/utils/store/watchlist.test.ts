import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, test } from 'vitest';
import type { Corpus, KamerDocument } from '../../../utils/corpus/model';
import { KamerDb } from '../../../utils/store/db';
import { getDocuments, loadActiveIndex } from '../../../utils/store/generation';
import { listHistory, recordVisit } from '../../../utils/store/history';
import { countSetsWithNews } from '../../../entrypoints/background/badge';
import { CURRENT_SCHEMA_VERSION, declareSchema } from '../../../utils/store/schema';
import { syncBundle } from '../../../utils/store/sync';
import {
  countUnseenWatch,
  follow,
  listWatchlist,
  markWatchSeen,
  unfollow,
  watchChanges,
} from '../../../utils/store/watchlist';
import { bundleOf, freshDb, memoryFetcher } from '../../support/bundles';
import { numberedCorpus, numberedDocument } from '../../support/documents';

let db: KamerDb;
afterEach(() => db?.close());

const SOURCE = 'https://example.org/bundle/manifest.json';

async function syncCorpus(corpus: Corpus, at = new Date('2025-06-01T10:00:00Z')) {
  const fetcher = memoryFetcher(await bundleOf(corpus));
  return syncBundle(db, { source: SOURCE, fetcher, now: () => at });
}

function dated(n: number, facts: Partial<KamerDocument>, status = facts.status): KamerDocument {
  return { ...numberedDocument(n, status ?? 'unanswered'), ...facts };
}

async function doc(id: string): Promise<KamerDocument> {
  return (await getDocuments(db, await loadActiveIndex(db), [id]))[0]!;
}

describe('watchlist', () => {
  test('follow, list, unfollow; following twice keeps the first date', async () => {
    db = freshDb();
    await syncCorpus(numberedCorpus(10));
    const set = await doc('set-00003');
    await follow(db, set, { at: 1_000, today: '2025-06-01' });
    await follow(db, set, { at: 2_000, today: '2025-06-01' });
    const list = await listWatchlist(db);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ documentId: 'set-00003', followedAt: 1_000, changes: [] });
    await unfollow(db, 'set-00003');
    expect(await listWatchlist(db)).toEqual([]);
  });

  test('a sync that answers a followed set flags it once; seeing it clears the flag', async () => {
    db = freshDb();
    const corpus = numberedCorpus(20);
    corpus.documents[4] = dated(5, { submittedOn: '2025-05-23' });
    await syncCorpus(corpus);
    await follow(db, await doc('set-00005'), { at: 1_000, today: '2025-06-01' });

    const next = structuredClone(corpus);
    next.documents[4] = dated(
      5,
      { submittedOn: '2025-05-23', answeredOn: '2025-06-10' },
      'answered',
    );
    const outcome = await syncCorpus(next, new Date('2025-06-11T10:00:00Z'));
    expect(outcome.watchChanges.map((e) => [e.documentId, e.changes])).toEqual([
      ['set-00005', ['answered']],
    ]);
    expect(await countUnseenWatch(db)).toBe(1);
    const [entry] = await listWatchlist(db);
    expect(entry).toMatchObject({ status: 'answered', changes: ['answered'] });
    expect(entry.facts.answeredOn).toBe('2025-06-10');

    // The same index again is no news.
    expect((await syncCorpus(structuredClone(next))).watchChanges).toEqual([]);
    await markWatchSeen(db, 'set-00005');
    expect(await countUnseenWatch(db)).toBe(0);
    expect((await listWatchlist(db))[0].changes).toEqual([]);
  });

  test('a postponement notice and a passed deadline are news too, the deadline only once', async () => {
    db = freshDb();
    const corpus = numberedCorpus(12);
    corpus.documents[1] = dated(2, { submittedOn: '2025-05-23' });
    await syncCorpus(corpus);
    await follow(db, await doc('set-00002'), { at: 1, today: '2025-06-01' });

    const postponed = structuredClone(corpus);
    postponed.documents[1] = dated(2, { submittedOn: '2025-05-23', postponements: ['2025-06-12'] });
    const first = await syncCorpus(postponed, new Date('2025-06-12T12:00:00Z'));
    expect(first.watchChanges[0].changes).toEqual(['postponed']);
    await markWatchSeen(db);

    // 5 July: past the six weeks (due 4 July). Reported once, not again at the next sync.
    const later = structuredClone(postponed);
    later.documents[0] = numberedDocument(1, 'answered'); // another change, so the index moves on
    const overdue = await syncCorpus(later, new Date('2025-07-05T12:00:00Z'));
    expect(overdue.watchChanges[0].changes).toEqual(['overdue']);
    await markWatchSeen(db);
    const again = structuredClone(later);
    again.documents[2] = numberedDocument(3, 'answered');
    expect((await syncCorpus(again, new Date('2025-07-06T12:00:00Z'))).watchChanges).toEqual([]);
  });

  test('a followed set missing from a new index keeps its row', async () => {
    db = freshDb();
    const corpus = numberedCorpus(10);
    await syncCorpus(corpus);
    await follow(db, await doc('set-00010'), { at: 1, today: '2025-06-01' });
    await syncCorpus(numberedCorpus(9));
    expect((await listWatchlist(db)).map((e) => e.documentId)).toEqual(['set-00010']);
  });

  test('page-read dates are kept for sets the corpus has no dates for', () => {
    const row = {
      documentId: 'set-00001',
      title: 't',
      followedAt: 1,
      status: 'unanswered' as const,
      facts: { submittedOn: null, postponements: [] },
      pageFacts: { submittedOn: '2025-05-23', postponements: [] },
      changes: [],
    };
    const { changes } = watchChanges(row, numberedDocument(1), '2025-06-20');
    expect(changes).toEqual(['overdue']);
    expect(watchChanges(row, numberedDocument(1), '2025-06-13').changes).toEqual([]);
    // Answered with a postponement heard of at the same time: only the answer is news.
    const answered = {
      ...numberedDocument(1, 'answered'),
      submittedOn: '2025-05-23',
      postponements: ['2025-06-12'],
      answeredOn: '2025-07-01',
    };
    expect(watchChanges(row, answered, '2025-07-02').changes).toEqual(['answered']);
  });

  test('following a set already late does not report it as news', async () => {
    db = freshDb();
    const corpus = numberedCorpus(6);
    corpus.documents[0] = dated(1, { submittedOn: '2025-01-02' });
    await syncCorpus(corpus);
    const entry = await follow(db, await doc('set-00001'), { at: 1, today: '2025-06-01' });
    expect(entry.overdueReported).toBe(true);
  });
});

describe('the badge count', () => {
  test('a set both read and followed, answered by a sync, counts once', async () => {
    db = freshDb();
    const corpus = numberedCorpus(8);
    await syncCorpus(corpus);
    const set = await doc('set-00004');
    await recordVisit(db, set, { documentId: set.id, via: 'page' }, 1_000);
    await follow(db, set, { at: 1_000, today: '2025-06-01' });
    await follow(db, await doc('set-00006'), { at: 1_000, today: '2025-06-01' });
    const next = structuredClone(corpus);
    next.documents[3] = numberedDocument(4, 'answered');
    next.documents[5] = numberedDocument(6, 'answered');
    await syncCorpus(next);
    expect(await countSetsWithNews(db)).toBe(2);
    await markWatchSeen(db, 'set-00006');
    expect(await countSetsWithNews(db)).toBe(1);
  });
});

describe('schema v4 migration', () => {
  test('a v3 database keeps its history and gains an empty, writable watchlist', async () => {
    const factory = new IDBFactory();
    const v3 = new Dexie('kamerlezer-v3', { indexedDB: factory, IDBKeyRange });
    declareSchema(v3, 3);
    await v3.open();
    await v3.table('history').bulkAdd([
      {
        documentId: 'a',
        title: 'A',
        visitedAt: 1,
        via: 'page',
        statusAtVisit: 'unanswered',
        answeredSinceVisit: true,
        unseen: 1,
      },
      {
        documentId: 'b',
        title: 'B',
        visitedAt: 2,
        via: 'reader',
        statusAtVisit: 'answered',
        unseen: 0,
      },
    ]);
    v3.close();

    db = new KamerDb('kamerlezer-v3', { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBe(4);
    expect((await listHistory(db)).map((e) => [e.documentId, e.answeredSinceVisit])).toEqual([
      ['b', undefined],
      ['a', true],
    ]);
    expect(await db.watchlist.count()).toBe(0);
    await follow(db, numberedDocument(1), { at: 5, today: '2025-06-01' });
    expect(await countUnseenWatch(db)).toBe(0);
    expect(await db.watchlist.count()).toBe(1);
  });
});
