/**
 * Sets read from official pages (utils/store/page-sets.ts) through the background's IndexService:
 * searchable and readable at once, recorded in the history, merged with a later reading, and
 * replaced by the official set (same Zaak) when a sync brings it, history entries moved along.
 */
import { afterEach, expect, test } from 'vitest';
import { IndexService } from '../../../entrypoints/background/index-service';
import type { KamerDocument } from '../../../utils/corpus/model';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { SEGMENT_VERSION } from '../../../utils/index-build/segment';
import { createSearchEngine } from '../../../utils/search';
import type { KamerDb } from '../../../utils/store/db';
import { listHistory, recordVisit } from '../../../utils/store/history';
import { mergeReadings, readPageSets } from '../../../utils/store/page-sets';
import { syncBundle } from '../../../utils/store/sync';
import { gemeentenCloudOfficial } from '../../support/official-sets';
import { bundleOf, freshDb, memoryFetcher, SMALL_SHARDS } from '../../support/bundles';
import { numberedCorpus } from '../../support/documents';

let db: KamerDb;
afterEach(() => db?.close());

const reading: KamerDocument = {
  ...gemeentenCloudOfficial,
  id: 'page-2026z21000',
  title: 'De migratie van gemeentelijke diensten naar Amerikaanse clouddiensten',
  documents: [
    {
      kind: 'questions',
      number: null,
      obId: 'kv-tk-2026Z21000',
      url: 'https://zoek.officielebekendmakingen.nl/kv-tk-2026Z21000.html',
      date: '2026-11-26',
    },
  ],
  fromPage: {
    url: 'https://zoek.officielebekendmakingen.nl/kv-tk-2026Z21000.html',
    readAt: '2026-12-01T10:00:00.000Z',
  },
};

const builder = { version: SEGMENT_VERSION, build: buildSegment };

test('a page reading joins the local index at once and gives way to the official set a sync brings', async () => {
  db = freshDb();
  const corpus = numberedCorpus(12);
  await syncBundle(db, {
    source: 'bundled',
    fetcher: memoryFetcher(await bundleOf(corpus, SMALL_SHARDS)),
  });
  const service = new IndexService(db, createSearchEngine, builder);
  const stored = await service.addPageSet(reading);
  expect((await service.getDocuments([stored.id]))[0]?.title).toBe(reading.title);
  const engine = await service.searchEngine();
  const hits = await engine.search({ query: 'gemeentelijke diensten clouddiensten' });
  expect(hits.hits[0]?.document.id).toBe('page-2026z21000');
  await recordVisit(db, stored, { documentId: stored.id, via: 'page', url: reading.fromPage!.url });

  // A second reading (the answer page) merges into the first.
  const answered = await service.addPageSet({
    ...reading,
    questions: reading.questions.map((q) => ({ ...q, answer: `Antwoord ${q.number}.` })),
  });
  expect(answered.status).toBe('answered');
  expect(await readPageSets(db)).toHaveLength(1);

  // The sync that brings the official set (same Zaak) replaces the reading.
  await syncBundle(db, {
    source: 'bundled',
    fetcher: memoryFetcher(
      await bundleOf(
        { ...corpus, documents: [...corpus.documents, gemeentenCloudOfficial] },
        SMALL_SHARDS,
      ),
    ),
  });
  await service.reload();
  expect(await readPageSets(db)).toEqual([]);
  const history = await listHistory(db, {});
  expect(history.map((h) => h.documentId)).toEqual([gemeentenCloudOfficial.id]);
  expect(history[0].url).toBe(reading.fromPage!.url);
  const after = await (
    await service.searchEngine()
  ).search({
    query: 'gemeentelijke diensten clouddiensten',
  });
  expect(after.hits.map((h) => h.document.id)).toContain(gemeentenCloudOfficial.id);
  expect(after.hits.map((h) => h.document.id)).not.toContain('page-2026z21000');
  expect((await service.getDocuments(['page-2026z21000']))[0]).toBeNull();
});

test('a later reading adds answers and documents, keeps questions by number', () => {
  const later = mergeReadings(reading, {
    ...reading,
    questions: [{ ...reading.questions[1], answer: 'Ja.' }],
    postponements: ['2026-12-10'],
    documents: [
      {
        kind: 'postponement',
        number: null,
        obId: 'ah-tk-20262027-300',
        url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20262027-300.html',
        date: '2026-12-10',
      },
    ],
  });
  expect(later.questions).toHaveLength(reading.questions.length);
  expect(later.questions[1].answer).toBe('Ja.');
  expect(later.status).toBe('partially-answered');
  expect(later.documents?.map((d) => d.kind)).toEqual(['questions', 'postponement']);
  expect(later.postponements).toEqual(['2026-12-10']);
});
