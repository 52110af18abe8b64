/**
 * Delta bundles (utils/bundle/format.ts): a bundle written against the previous one carries the
 * changed sets in a few delta shards; a reader holding the previous version fetches only those,
 * and its index then answers exactly as after a full sync of the new bundle (a delta's copy of a
 * set supersedes the earlier one everywhere: documents, search, related, identify, counts).
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Corpus } from '../../../utils/corpus/model';
import type { KamerDb } from '../../../utils/store/db';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { MAX_DELTA_SHARE, type PreviousBundle } from '../../../utils/bundle/build';
import type { Bundle, ShardHeader } from '../../../utils/bundle/format';
import { gunzip } from '../../../utils/bundle/compress';
import { parseManifest } from '../../../utils/bundle/verify';
import { createSearchEngine } from '../../../utils/search';
import { IndexService } from '../../../entrypoints/background/index-service';
import {
  loadActiveIndex,
  readActiveGeneration,
  resolveDocumentId,
} from '../../../utils/store/generation';
import { countUnseenAnswers, recordVisit } from '../../../utils/store/history';
import { follow } from '../../../utils/store/watchlist';
import { officialKeysOf } from '../../../utils/corpus/official-keys';
import { syncBundle } from '../../../utils/store/sync';
import { bundleOf, freshDb, memoryFetcher, SMALL_SHARDS } from '../../support/bundles';
import { numberedCorpus, numberedDocument } from '../../support/documents';

let db: KamerDb;
afterEach(() => db?.close());

const SOURCE = 'https://example.org/bundle/manifest.json';
const OPTIONS = { ...SMALL_SHARDS, buildSegment };
/** Enough sets that a few changes stay within a delta's share (MAX_DELTA_SHARE). */
const N = 200;

/** What the writer reads of a previous bundle (utils/node/write-bundle.ts does it from disk). */
async function previousOf(bundle: Bundle): Promise<PreviousBundle> {
  const hashes = new Map<string, string>();
  for (const shard of bundle.manifest.shards) {
    const text = new TextDecoder().decode(await gunzip(bundle.files.get(shard.file)!));
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as ShardHeader;
    for (const [id, hash] of header.documents) hashes.set(id, hash);
  }
  return { version: bundle.manifest.version, hashes };
}

async function nextBundle(corpus: Corpus, previous: Bundle): Promise<Bundle> {
  return bundleOf(corpus, { ...OPTIONS, previous: await previousOf(previous) });
}

function changed(corpus: Corpus, numbers: number[]): Corpus {
  const documents = corpus.documents.map((doc) => {
    const n = Number(doc.id.slice('set-'.length));
    return numbers.includes(n) ? numberedDocument(n, 'answered', ' (beantwoord)') : doc;
  });
  return { ...corpus, documents };
}

async function sync(bundle: Bundle, source = SOURCE) {
  const fetcher = memoryFetcher(bundle);
  const outcome = await syncBundle(db, { source, fetcher });
  return { outcome, fetcher };
}

async function answers(service: IndexService) {
  const engine = await service.searchEngine();
  const search = await engine.search({ query: 'beantwoord', limit: 50 });
  const filtered = await engine.search({ query: '', filters: { status: 'answered' }, limit: 100 });
  return {
    search: search.hits.map((h) => [h.document.id, h.document.title]),
    searchIds: search.hits.map((h) => h.document.id),
    // Newest first: a set a delta changed keeps its place in corpus order.
    answered: filtered.hits.map((h) => h.document.id),
    answeredTotal: filtered.total,
  };
}

describe('delta bundles', () => {
  test('the writer puts only changed and new sets in the delta, and names the removed ones', async () => {
    const base = await bundleOf(numberedCorpus(N), OPTIONS);
    const corpus = changed(numberedCorpus(N), [3, 27]);
    corpus.documents.splice(9, 1); // set 10 leaves
    corpus.documents.push(numberedDocument(N + 1));
    const next = await nextBundle(corpus, base);
    const delta = parseManifest(JSON.stringify(next.manifest)).delta!;
    expect(delta.base).toBe(base.manifest.version);
    expect(delta.removed).toEqual(['set-00010']);
    expect(delta.shards.reduce((n, s) => n + s.sets, 0)).toBe(3);
    // The full shards are what a bundle without a delta would hold: same version.
    expect(next.manifest.version).toBe((await bundleOf(corpus, OPTIONS)).manifest.version);
    // Nothing changed, or too much: no delta.
    expect((await nextBundle(numberedCorpus(N), base)).manifest.delta).toBeUndefined();
    const many = changed(
      numberedCorpus(N),
      Array.from({ length: Math.ceil(N * MAX_DELTA_SHARE) + 1 }, (_, i) => i + 1),
    );
    expect((await nextBundle(many, base)).manifest.delta).toBeUndefined();
  });

  test('a reader holding the base fetches only the delta, and answers as after a full sync', async () => {
    db = freshDb();
    const base = await bundleOf(numberedCorpus(N), OPTIONS);
    await sync(base);
    const corpus = changed(numberedCorpus(N), [7, 33]);
    corpus.documents.splice(19, 1); // set 20 leaves
    const next = await nextBundle(corpus, base);
    const { outcome, fetcher } = await sync(next);
    expect(fetcher.served).toEqual(next.manifest.delta!.shards.map((s) => s.id));
    expect(outcome.writtenDocuments).toBe(2);
    const generation = (await readActiveGeneration(db))!;
    expect(generation.version).toBe(next.manifest.version);
    expect(generation.shards).toHaveLength(base.manifest.shards.length + 1);

    const viaDelta = new IndexService(db, createSearchEngine);
    expect((await viaDelta.index()).byId.size).toBe(N - 1);
    const [seven, twenty] = await viaDelta.getDocuments(['set-00007', 'set-00020']);
    expect(seven?.title).toBe('Vragen over onderwerp 7 (beantwoord)');
    expect(twenty).toBeNull();
    const got = await answers(viaDelta);
    expect(new Set(got.searchIds).size).toBe(got.searchIds.length); // no set twice
    expect(got.answered).toEqual(['set-00033', 'set-00007']);
    expect((await viaDelta.allDocuments()).map((d) => d.id)).not.toContain('set-00020');
    const related = await (await viaDelta.searchEngine()).related('set-00007', 50);
    expect(related.map((r) => r.document.id)).not.toContain('set-00007');

    // The same bundle synced in full into another profile answers the same.
    db.close();
    db = freshDb();
    await sync(await bundleOf(corpus, OPTIONS));
    const full = await answers(new IndexService(db, createSearchEngine));
    expect(got.answered).toEqual(full.answered);
    expect(got.answeredTotal).toBe(full.answeredTotal);
    expect(got.search).toEqual(full.search);
    expect(got.searchIds.sort()).toEqual(['set-00007', 'set-00033']);
  });

  test('deltas chain; a reader holding another version reads the full shards', async () => {
    db = freshDb();
    const v1 = await bundleOf(numberedCorpus(N), OPTIONS);
    await sync(v1);
    const c2 = changed(numberedCorpus(N), [5]);
    c2.documents.splice(11, 1); // set 12 leaves in v2…
    const v2 = await nextBundle(c2, v1);
    await sync(v2);
    const c3 = changed(c2, [5, 30]);
    c3.documents[4] = numberedDocument(5, 'answered', ' (tweede keer)');
    c3.documents.push(numberedDocument(12)); // …and comes back in v3
    const v3 = await nextBundle(c3, v2);
    const { fetcher } = await sync(v3);
    expect(fetcher.served).toEqual(v3.manifest.delta!.shards.map((s) => s.id));
    const service = new IndexService(db, createSearchEngine);
    const [five, twelve] = await service.getDocuments(['set-00005', 'set-00012']);
    expect(five?.title).toBe('Vragen over onderwerp 5 (tweede keer)');
    expect(twelve?.id).toBe('set-00012');
    expect((await service.index()).byId.size).toBe(N);
    const hits = (await (await service.searchEngine()).search({ query: 'tweede keer', limit: 50 }))
      .hits;
    expect(hits.filter((h) => h.document.id === 'set-00005')).toHaveLength(1);

    // Another profile that holds v1 only cannot use v3's delta (against v2): full shards.
    db.close();
    db = freshDb();
    await sync(v1);
    const { fetcher: full } = await sync(v3);
    expect(full.served.every((file) => !file.includes('delta-'))).toBe(true);
    expect((await readActiveGeneration(db))!.shards).toEqual(
      v3.manifest.shards.map((s) => s.sha256),
    );
  });

  test('aliases, history, the watchlist and official identifiers follow the delta copy', async () => {
    db = freshDb();
    const official = (n: number, status: 'unanswered' | 'answered', extra = '') => ({
      ...numberedDocument(n, status, extra),
      zaak: `2026Z0${1000 + n}`,
      aliases: [`kv-old-${n}`],
    });
    const baseCorpus = numberedCorpus(N);
    baseCorpus.documents[3] = official(4, 'unanswered');
    baseCorpus.documents[8] = official(9, 'unanswered');
    const base = await bundleOf(baseCorpus, OPTIONS);
    await sync(base);
    // The reader visited set 4 under its old id and follows set 4.
    await recordVisit(
      db,
      { ...baseCorpus.documents[3], id: 'kv-old-4' },
      {
        documentId: 'kv-old-4',
        via: 'page',
      },
    );
    await follow(db, baseCorpus.documents[3], { today: '2026-11-01' });

    // The next day: set 4 is answered, set 9 leaves.
    const corpus = structuredClone(baseCorpus);
    corpus.documents[3] = official(4, 'answered', ' (beantwoord)');
    corpus.documents.splice(8, 1);
    const next = await nextBundle(corpus, base);
    expect(next.manifest.delta).toBeDefined();
    const { outcome, fetcher } = await sync(next);
    expect(fetcher.served).toEqual(next.manifest.delta!.shards.map((s) => s.id));
    expect(outcome.answersArrived).toBe(1);
    expect(await countUnseenAnswers(db)).toBe(1);
    expect(outcome.watchChanges.map((e) => [e.documentId, e.changes])).toEqual([
      ['set-00004', ['answered']],
    ]);

    const index = await loadActiveIndex(db);
    expect(index.masked?.size).toBeGreaterThan(0);
    expect(resolveDocumentId(index, 'kv-old-4')).toBe('set-00004');
    // The removed set's alias leads nowhere.
    expect(resolveDocumentId(index, 'kv-old-9')).toBeNull();
    const service = new IndexService(db, createSearchEngine);
    const [four] = await service.getDocuments(['kv-old-4']);
    expect(four?.title).toBe('Vragen over onderwerp 4 (beantwoord)');
    // A page naming the removed set's Zaak is not claimed by its superseded copy.
    const engine = await service.searchEngine();
    expect(engine.officialIds(officialKeysOf(official(4, 'answered')))).toEqual(['set-00004']);
    expect(engine.officialIds(officialKeysOf(official(9, 'unanswered')))).toEqual([]);
  });
});
