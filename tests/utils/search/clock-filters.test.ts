/**
 * The popup's clock filters (late, postponed, answered within the term) and sorting by date, on
 * small hand-made sets with the official fields; sets without dates pass no clock filter.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { KamerDocument } from '../../../utils/corpus/model';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { createSearchEngine, type SearchEngine } from '../../../utils/search';
import { makeDocument, memoryLookup, person } from '../../support/documents';

const minister = person('Sophie Hermans', 'VVD', ['minister']);
const dated = (
  id: string,
  title: string,
  facts: Partial<KamerDocument>,
  answered = false,
): KamerDocument => ({
  ...makeDocument({
    id,
    title,
    submitters: [person('Henri Bontenbal', 'CDA')],
    addressees: [minister],
    questions: [
      answered
        ? ['Hoe staat het met de netcongestie?', 'Goed.']
        : 'Hoe staat het met de netcongestie?',
    ],
  }),
  ...facts,
});

const documents: KamerDocument[] = [
  // Asked 23 May, answered after 41 days: late.
  dated(
    'late-answered',
    'Netcongestie in Flevoland',
    { submittedOn: '2025-05-23', answeredOn: '2025-07-03' },
    true,
  ),
  // Postponed, still open on 1 December: late and postponed.
  dated('postponed-open', 'Netcongestie in Drenthe', {
    submittedOn: '2025-06-02',
    postponements: ['2025-06-20'],
  }),
  // Answered in two weeks.
  dated(
    'on-time',
    'Netcongestie in Zeeland',
    { submittedOn: '2025-09-01', answeredOn: '2025-09-15' },
    true,
  ),
  // Postponed and answered within the six weeks.
  dated(
    'postponed-on-time',
    'Netcongestie in Limburg',
    { submittedOn: '2025-10-01', postponements: ['2025-10-20'], answeredOn: '2025-11-05' },
    true,
  ),
  // No dates (a seed set): passes no clock filter.
  makeDocument({
    id: 'undated',
    title: 'Netcongestie in Groningen',
    addressees: [minister],
    questions: ['Hoe staat het met de netcongestie?'],
  }),
];

let engine: SearchEngine;
beforeEach(() => {
  engine = createSearchEngine(memoryLookup(documents));
  engine.setSegments([
    buildSegment('s1', documents.slice(0, 3)),
    buildSegment('s2', documents.slice(3)),
  ]);
});

const ids = (hits: { document: { id: string } }[]) => hits.map((h) => h.document.id);
const today = '2025-12-01';

describe('clock filters', () => {
  test('late: over the term, answered or not', async () => {
    const r = await engine.search({ query: 'netcongestie', filters: { clock: 'late' }, today });
    expect(ids(r.hits).sort()).toEqual(['late-answered', 'postponed-open']);
    expect(r.total).toBe(2);
  });

  test('postponed, and answered within the term, also without search words', async () => {
    const postponed = await engine.search({ query: '', filters: { clock: 'postponed' }, today });
    // Filters only: newest in corpus order first.
    expect(ids(postponed.hits)).toEqual(['postponed-on-time', 'postponed-open']);
    const onTime = await engine.search({ query: '', filters: { clock: 'on-time' }, today });
    expect(ids(onTime.hits)).toEqual(['postponed-on-time', 'on-time']);
  });

  test('combines with the other filters', async () => {
    const r = await engine.search({
      query: '',
      filters: { clock: 'late', status: 'unanswered' },
      today,
    });
    expect(ids(r.hits)).toEqual(['postponed-open']);
  });

  test('summaries carry the clock facts, so results can show the clock', async () => {
    const r = await engine.search({ query: 'Flevoland', today });
    expect(r.hits[0].document.clock).toMatchObject({
      submittedOn: '2025-05-23',
      answeredOn: '2025-07-03',
    });
    const undated = await engine.search({ query: 'Groningen', today });
    expect(undated.hits[0].document.clock).toBeUndefined();
  });
});

describe('sort by date', () => {
  test('newest submission first, undated sets after the dated ones', async () => {
    const r = await engine.search({ query: 'netcongestie', sort: 'date', today });
    expect(ids(r.hits)).toEqual([
      'postponed-on-time',
      'on-time',
      'postponed-open',
      'late-answered',
      'undated',
    ]);
    const listed = await engine.search({
      query: '',
      filters: { addressee: 'Hermans' },
      sort: 'date',
      today,
    });
    expect(ids(listed.hits)[0]).toBe('postponed-on-time');
    expect(ids(listed.hits).at(-1)).toBe('undated');
  });
});
