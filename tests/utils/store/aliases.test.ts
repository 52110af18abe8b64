/**
 * A seed-era set merged into an official one: its old id is an alias, and every lookup by id
 * (history, engine callers, the watchlist) goes through resolveDocumentId / getDocuments.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { KamerDocument } from '../../../utils/corpus/model';
import type { KamerDb } from '../../../utils/store/db';
import {
  getDocuments,
  loadActiveIndex,
  locateDocument,
  resolveDocumentId,
} from '../../../utils/store/generation';
import {
  countUnseenAnswers,
  listHistory,
  markHistorySeen,
  recordVisit,
} from '../../../utils/store/history';
import { syncBundle } from '../../../utils/store/sync';
import { mergeSets } from '../../../utils/corpus/official/merge';
import { bundleOf, freshDb, memoryFetcher } from '../../support/bundles';
import { numberedCorpus, numberedDocument } from '../../support/documents';

let db: KamerDb;
afterEach(() => db?.close());

function officialTwin(seed: KamerDocument, answered: boolean): KamerDocument {
  return {
    ...seed,
    id: 'zaak-2025Z10400',
    zaak: '2025Z10400',
    status: answered ? 'answered' : 'unanswered',
    questions: seed.questions.map((q) => ({ ...q, answer: answered ? 'Ja.' : null })),
    submittedOn: '2025-05-23',
  };
}

describe('aliases', () => {
  test('resolveDocumentId: the id itself, else the set an alias names, else null', () => {
    const index = {
      byId: new Map<string, [string, number]>([
        ['zaak-1', ['p', 0]],
        ['kv-2', ['p', 1]],
      ]),
      aliases: new Map([
        ['kv-1', 'zaak-1'],
        ['kv-x', 'zaak-gone'],
      ]),
    };
    expect(resolveDocumentId(index, 'zaak-1')).toBe('zaak-1');
    expect(resolveDocumentId(index, 'kv-1')).toBe('zaak-1');
    expect(resolveDocumentId(index, 'kv-2')).toBe('kv-2');
    expect(resolveDocumentId(index, 'kv-x')).toBeNull();
    expect(resolveDocumentId(index, 'nope')).toBeNull();
    expect(locateDocument(index, 'kv-1')).toEqual(['p', 0]);
  });

  test('a history entry recorded under the seed id survives the merge into the official set', async () => {
    db = freshDb();
    const seed = numberedCorpus(5);
    seed.documents[2].questions[0].text =
      'Bent u bekend met het bericht dat ministeries vertrouwelijke stukken in een Amerikaanse cloud bewaren?';
    seed.documents[2].questions[1].text =
      'Welke exitstrategie heeft het kabinet voor deze clouddiensten?';
    const seedDoc = seed.documents[2];
    await syncBundle(db, { source: 'bundled', fetcher: memoryFetcher(await bundleOf(seed)) });
    await recordVisit(db, seedDoc, { documentId: seedDoc.id, via: 'page' }, 1_000);

    // The official import has the same set (same questions), now answered.
    const official = [officialTwin(seedDoc, true), numberedDocument(90)];
    const merged = mergeSets(official, seed.documents);
    expect(merged.merged).toEqual([[seedDoc.id, 'zaak-2025Z10400']]);
    const twin = merged.documents.find((d) => d.id === 'zaak-2025Z10400')!;
    expect(twin.aliases).toEqual([seedDoc.id]);
    expect(merged.documents.some((d) => d.id === seedDoc.id)).toBe(false);
    expect(merged.kept).toBe(4);

    const outcome = await syncBundle(db, {
      source: 'https://example.org/official/manifest.json',
      fetcher: memoryFetcher(await bundleOf({ documents: merged.documents, warnings: [] })),
    });
    // The entry under the old id learned that its set was answered.
    expect(outcome.answersArrived).toBe(1);
    expect(await countUnseenAnswers(db)).toBe(1);

    const index = await loadActiveIndex(db);
    expect(resolveDocumentId(index, seedDoc.id)).toBe('zaak-2025Z10400');
    const [found] = await getDocuments(db, index, [seedDoc.id]);
    expect(found?.id).toBe('zaak-2025Z10400');
    expect(found?.status).toBe('answered');

    // Seeing the official set's answers clears the entry recorded under the seed id.
    await markHistorySeen(db, [found!.id, ...(found!.aliases ?? [])]);
    expect(await countUnseenAnswers(db)).toBe(0);

    // Visiting the set again refreshes the old entry (same set), under the official id.
    await recordVisit(db, found!, { documentId: found!.id, via: 'page' }, 2_000);
    const history = await listHistory(db);
    expect(history).toHaveLength(1);
    expect(history[0].documentId).toBe('zaak-2025Z10400');
    expect(await countUnseenAnswers(db)).toBe(0);
  });

  test('an alias never shadows a set that is itself in the index', async () => {
    db = freshDb();
    const docs = numberedCorpus(3).documents;
    docs[0] = { ...docs[0], aliases: [docs[1].id] };
    await syncBundle(db, {
      source: 'bundled',
      fetcher: memoryFetcher(await bundleOf({ documents: docs, warnings: [] })),
    });
    const index = await loadActiveIndex(db);
    expect(resolveDocumentId(index, docs[1].id)).toBe(docs[1].id);
  });
});
