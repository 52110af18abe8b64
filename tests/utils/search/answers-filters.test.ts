/**
 * Search over answers (weighed below questions, shown with a snippet), filter-only requests
 * (newest first), and typo corrections at a word's start, on small hand-made sets.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { KamerDocument } from '../../../utils/corpus/model';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { createSearchEngine, type SearchEngine } from '../../../utils/search';
import { editDistance } from '../../../utils/search/typo-tolerance';
import { makeDocument, memoryLookup, person } from '../../support/make-documents';

const longAnswer =
  'Het kabinet heeft de afgelopen jaren veel gedaan om de netcapaciteit te vergroten. ' +
  'Netbeheerders investeren fors, en de Autoriteit Consument en Markt houdt toezicht op de tarieven. '.repeat(
    3,
  ) +
  'Voor windturbines op zee geldt een apart aansluitregime, dat de netbeheerder van het hoogspanningsnet uitvoert. ' +
  'Daarnaast worden de vergunningen voor nieuwe kabels sneller verleend. '.repeat(4);

const documents: KamerDocument[] = [
  makeDocument({
    id: 'wind-vraag',
    title: 'Netcongestie in Flevoland',
    submitters: [person('Henri Bontenbal', 'CDA')],
    addressees: [person('Sophie Hermans', 'VVD', ['minister'])],
    questions: [
      'Hoeveel windturbines wachten op een aansluiting?',
      'Wanneer is het net uitgebreid?',
    ],
  }),
  makeDocument({
    id: 'wind-antwoord',
    title: 'Wachtrijen voor aansluitingen op het stroomnet',
    submitters: [person('Suzanne Kröger', 'GroenLinks-PvdA')],
    addressees: [person('Sophie Hermans', 'VVD', ['minister'])],
    questions: [
      ['Hoeveel bedrijven staan op een wachtlijst?', 'Ruim achtduizend.'],
      ['Wat doet het kabinet aan de wachtrijen?', longAnswer],
    ],
  }),
  makeDocument({
    id: 'paling',
    title: 'Visserij op paling in de Noordzee',
    submitters: [person('Caroline van der Plas', 'BBB')],
    addressees: [person('Femke Wiersma', 'BBB', ['minister'])],
    questions: [
      ['Hoeveel palingvissers zijn er nog actief?', 'Er zijn nog 180 palingvissers actief.'],
    ],
  }),
  // Second segment from here: later in corpus order, so newer.
  makeDocument({
    id: 'glasaal',
    title: 'De glasaalvangst',
    submitters: [person('Caroline van der Plas', 'BBB')],
    addressees: [person('Femke Wiersma', 'BBB', ['minister'])],
    questions: ['Wat is de stand van de glasaalvangst?'],
  }),
  makeDocument({
    id: 'mest',
    title: 'Mestproductierechten',
    submitters: [person('Caroline van der Plas', 'BBB'), person('Henri Bontenbal', 'CDA')],
    addressees: [person('Femke Wiersma', 'BBB', ['minister'])],
    questions: [['Hoeveel mestproductierechten zijn opgekocht?', 'Ongeveer vierduizend.']],
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

describe('answers', () => {
  test('a word only an answer holds finds the set, with that answer as a highlighted snippet and the question it answers', async () => {
    const response = await engine.search({ query: 'aansluitregime' });
    expect(ids(response.hits)).toEqual(['wind-antwoord']);
    const [hit] = response.hits;
    expect(hit.question?.number).toBe(2);
    expect(hit.question?.highlights).toEqual([]);
    expect(hit.answer?.numbers).toEqual([2]);
    const { snippet, highlights } = hit.answer!;
    expect(highlights.map(([a, b]) => snippet.slice(a, b))).toEqual(['aansluitregime']);
    // A snippet of a long answer, cut at words and marked where it was cut.
    expect(snippet.length).toBeLessThan(longAnswer.length);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
  });

  test('answers weigh less than questions: the set asking about a word comes before the set whose answer uses it', async () => {
    const response = await engine.search({ query: 'windturbines' });
    expect(ids(response.hits)).toEqual(['wind-vraag', 'wind-antwoord']);
    expect(response.hits[0].answer).toBeNull();
    expect(response.hits[0].question?.number).toBe(1);
    expect(response.hits[1].answer?.highlights).toHaveLength(1);
    expect(response.hits[1].score).toBeLessThan(response.hits[0].score);
  });

  test('a question hit shows its question; a matching answer elsewhere in the set adds its snippet', async () => {
    const [hit] = (await engine.search({ query: 'palingvissers' })).hits;
    expect(hit.document.id).toBe('paling');
    expect(hit.question?.highlights.length).toBe(1);
    expect(hit.answer?.snippet).toBe('Er zijn nog 180 palingvissers actief.');
  });
});

describe('filters without words', () => {
  test('an empty query with a filter lists every matching set, newest (last in corpus order) first', async () => {
    const response = await engine.search({
      query: '',
      filters: { person: 'Caroline van der Plas' },
    });
    expect(ids(response.hits)).toEqual(['mest', 'glasaal', 'paling']);
    expect(response.total).toBe(3);
    expect(response.hits[0].question).toBeNull();
  });

  test('each filter alone, and together; limit keeps the newest and total counts all', async () => {
    expect(ids((await engine.search({ query: '', filters: { party: 'CDA' } })).hits)).toEqual([
      'mest',
      'wind-vraag',
    ]);
    expect(
      ids((await engine.search({ query: ' ', filters: { addressee: 'Hermans' } })).hits),
    ).toEqual(['wind-antwoord', 'wind-vraag']);
    expect(
      ids((await engine.search({ query: '', filters: { status: 'unanswered' } })).hits),
    ).toEqual(['glasaal', 'wind-vraag']);
    const both = await engine.search({
      query: '',
      filters: { person: 'bontenbal', addressee: 'wiersma' },
    });
    expect(ids(both.hits)).toEqual(['mest']);
    const limited = await engine.search({ query: '', filters: { addressee: 'Wiersma' }, limit: 2 });
    expect(ids(limited.hits)).toEqual(['mest', 'glasaal']);
    expect(limited.total).toBe(3);
  });

  test('no words and no filters: nothing', async () => {
    expect((await engine.search({ query: '' })).hits).toEqual([]);
    expect((await engine.search({ query: '', filters: { person: '  ' } })).hits).toEqual([]);
  });
});

describe('typos at the start of a word', () => {
  test.each([
    ['lasaalvangst', 'first letter dropped'],
    ['lgasaalvangst', 'first two letters swapped'],
    ['ghlasaalvangst', 'a letter added in front'],
    ['klasaalvangst', 'first letter replaced'],
  ])('"%s" (%s) finds the glasaalvangst set', async (query) => {
    const response = await engine.search({ query: `${query} ` });
    expect(ids(response.hits)).toEqual(['glasaal']);
    expect(response.terms).toEqual(['glasaalvangst']);
  });

  test('optimal string alignment: a swap of neighbours is one edit, and the bound stops early', () => {
    expect(editDistance('noodfond', 'noodfond', 2)).toBe(0);
    expect(editDistance('oodfond', 'noodfond', 2)).toBe(1);
    expect(editDistance('onodfond', 'noodfond', 2)).toBe(1);
    expect(editDistance('nodofnd', 'noodfond', 2)).toBe(2);
    expect(editDistance('paling', 'noodfond', 2)).toBe(3);
  });
});
