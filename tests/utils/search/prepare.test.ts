import { describe, expect, test } from 'vitest';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { createSearchEngine } from '../../../utils/search';
import { memoryLookup } from '../../support/make-documents';
import { loadSeedCorpus } from '../../support/seed-corpus';

describe('prepareForPages (a woken worker decodes ahead what the first page reads)', () => {
  test('changes no answer: identification, related sets and prior-answer counts are the same', async () => {
    const docs = (await loadSeedCorpus()).documents;
    const half = Math.ceil(docs.length / 2);
    const segments = [buildSegment('a', docs.slice(0, half)), buildSegment('b', docs.slice(half))];
    const cold = createSearchEngine(memoryLookup(docs));
    const prepared = createSearchEngine(memoryLookup(docs));
    cold.setSegments(segments);
    prepared.setSegments(segments);
    await prepared.prepareForPages();
    for (const doc of docs) {
      const fingerprint = {
        url: 'https://zoek.officielebekendmakingen.nl/kv-tk-1.html',
        title: doc.title,
        people: doc.submitters.map((p) => p.name),
        questions: doc.questions.slice(0, 8).map((q) => q.text),
      };
      expect(await prepared.identify(fingerprint)).toEqual(await cold.identify(fingerprint));
      expect(await prepared.related(doc.id, 8)).toEqual(await cold.related(doc.id, 8));
      const numbers = doc.questions.map((q) => q.number);
      expect(prepared.priorAnswerCounts(doc, numbers, 3)).toEqual(
        cold.priorAnswerCounts(doc, numbers, 3),
      );
    }
  });
});
