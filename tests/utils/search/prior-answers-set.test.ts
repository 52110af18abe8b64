import { beforeAll, describe, expect, test } from 'vitest';
import type { KamerDocument } from '../../../utils/corpus/model';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { createSearchEngine, type SearchEngine, type DocumentLookup } from '../../../utils/search';
import { IndexState } from '../../../utils/search/index-state';
import { walkPostings } from '../../../utils/search/postings';
import { analyze } from '../../../utils/text';
import { memoryLookup } from '../../support/make-documents';
import { loadSeedCorpus } from '../../support/seed-corpus';

let docs: KamerDocument[];
let state: IndexState;

beforeAll(async () => {
  docs = (await loadSeedCorpus()).documents;
  const third = Math.ceil(docs.length / 3);
  state = new IndexState([
    buildSegment('a', docs.slice(0, third)),
    buildSegment('b', docs.slice(third, 2 * third)),
    buildSegment('c', docs.slice(2 * third)),
  ]);
});

describe('walkPostings', () => {
  test('visits, over all segments, exactly the title and question units holding the term', () => {
    // Words of one set's title and first question, as the analyser gives them.
    const sample = docs.find((d) => d.questions.length >= 3)!;
    const terms = [
      ...analyze(sample.title).slice(0, 2),
      ...analyze(sample.questions[0].text).slice(0, 3),
    ];
    expect(terms.length).toBeGreaterThan(2);
    for (const term of terms) {
      const visited: string[] = [];
      walkPostings(state, state.stats.term(term), (segment) => {
        const unitDoc = segment.unitDoc();
        const unitNumber = segment.unitNumber();
        const unitKind = segment.unitKind();
        return (local, tf) => {
          expect(tf).toBeGreaterThan(0);
          const doc = segment.ids()[unitDoc[local]];
          visited.push(`${doc}:${unitKind[local] & 3 ? unitNumber[local] : 'title'}`);
        };
      });
      const expected = docs.flatMap((d) => [
        ...(analyze(d.title).includes(term) ? [`${d.id}:title`] : []),
        ...d.questions
          .filter((q) => analyze(q.text).includes(term))
          .map((q) => `${d.id}:${q.number}`),
      ]);
      expect(expected.length).toBeGreaterThan(0);
      expect(visited.sort()).toEqual(expected.sort());
    }
  });

  test('a segment the visitor declines is skipped', () => {
    const info = state.stats.term(analyze(docs[0].title)[0]);
    const seen = new Set<string>();
    walkPostings(state, info, (segment) =>
      segment === state.segments[0] ? null : () => void seen.add(segment.data.id as string),
    );
    expect(seen.has(state.segments[0].data.id as string)).toBe(false);
  });
  test('a callback returning true ends the walk at once', () => {
    // The title word most sets share, so its list spans segments.
    const info = docs
      .flatMap((d) => analyze(d.title))
      .map((term) => state.stats.term(term))
      .reduce((a, b) => (b.docFreq > a.docFreq ? b : a));
    let all = 0;
    walkPostings(state, info, () => () => void all++);
    expect(all).toBeGreaterThan(2);
    let visited = 0;
    walkPostings(state, info, () => () => ++visited === 2);
    expect(visited).toBe(2);
  });
});

describe('priorAnswersForSet', () => {
  let engine: SearchEngine;
  let lookups: string[][];
  beforeAll(() => {
    const memory = memoryLookup(docs);
    const counting: DocumentLookup = {
      getDocuments: (ids) => {
        lookups.push(ids);
        return memory.getDocuments(ids);
      },
    };
    engine = createSearchEngine(counting);
    const half = Math.ceil(docs.length / 2);
    engine.setSegments([
      buildSegment('a', docs.slice(0, half)),
      buildSegment('b', docs.slice(half)),
    ]);
  });

  test('gives per question what priorAnswers gives for it alone, reading documents at most twice in all; the counts match without reading', async () => {
    // Sets with many questions, so words are shared between questions and results are many.
    const big = docs.filter((d) => d.questions.length >= 5);
    let found = 0;
    for (const doc of big) {
      const numbers = [...doc.questions.map((q) => q.number), 999];
      lookups = [];
      const batch = await engine.priorAnswersForSet(doc.id, numbers, 3);
      expect(lookups.length).toBeLessThanOrEqual(2);
      lookups = [];
      expect(engine.priorAnswerCounts(doc, numbers, 3)).toEqual(batch.map((list) => list.length));
      expect(lookups).toEqual([]);
      expect(batch).toHaveLength(numbers.length);
      expect(batch.at(-1)).toEqual([]); // no such question
      for (let i = 0; i < numbers.length; i++) {
        expect(batch[i]).toEqual(await engine.priorAnswers(doc.id, numbers[i], 3));
        for (const prior of batch[i]) expect(prior.document.id).not.toBe(doc.id);
        found += batch[i].length;
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  test('an unknown set has no prior answers for any question and reads nothing', async () => {
    lookups = [];
    expect(await engine.priorAnswersForSet('no-such-set', [1, 2], 3)).toEqual([[], []]);
    expect(lookups).toEqual([]);
  });
});
