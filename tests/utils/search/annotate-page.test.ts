// @vitest-environment happy-dom
/**
 * The background's one-message annotation of a page, over the real search engine and the parsed
 * seed: the fixture pages' sets are found among their siblings, with related sets and the prior
 * answers for the page's questions; an unrelated page gets nothing.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { KamerDocument } from '../../../utils/corpus/model';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { createSearchEngine, type SearchEngine } from '../../../utils/search';
import { annotatePage } from '../../../utils/search/annotate-page';
import { fingerprintOf } from '../../../utils/sites/extracted-page';
import { officielebekendmakingen } from '../../../utils/sites/officielebekendmakingen';
import { rijksoverheid } from '../../../utils/sites/rijksoverheid';
import { tweedekamer } from '../../../utils/sites/tweedekamer';
import type { SiteAdapter } from '../../../utils/sites/extracted-page';
import { memoryLookup } from '../../support/documents';
import { seedCorpus } from '../../support/seed';
import { loadFixture } from '../../support/load-fixture';

let docs: KamerDocument[];
let engine: SearchEngine;
let reads: number;

beforeAll(async () => {
  docs = seedCorpus().documents;
  engine = createSearchEngine(memoryLookup(docs));
  const half = Math.ceil(docs.length / 2);
  engine.setSegments([buildSegment('a', docs.slice(0, half)), buildSegment('b', docs.slice(half))]);
});

function request(fixture: string, adapter: SiteAdapter, url: string) {
  const page = adapter.extract(loadFixture(fixture));
  return {
    page,
    request: {
      fingerprint: fingerprintOf(url, page),
      questionNumbers: page.questions.map((q) => q.number),
    },
  };
}

const backend = () => {
  reads = 0;
  const lookup = memoryLookup(docs);
  return {
    engine,
    getDocuments: (ids: string[]) => {
      reads++;
      return lookup.getDocuments(ids);
    },
  };
};

describe('annotatePage', () => {
  test('the tweedekamer.nl page: the set to SZW among its siblings, with them in full, and prior answers as the engine gives them', async () => {
    const { page, request: req } = request(
      'tweedekamer-kamervragen-techgiganten-uwv.html',
      tweedekamer,
      'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z10883&did=2025D23456',
    );
    const answer = await annotatePage(backend(), req);
    const identified = answer.identified!;
    expect(identified.document.addressees.map((p) => p.name)).toContain('Eddy van Hijum');
    expect(identified.confidence).toBeGreaterThanOrEqual(0.6);
    expect(identified.siblings.length).toBeGreaterThanOrEqual(5);
    for (const sibling of identified.siblings)
      expect(sibling.title).toBe(identified.document.title);
    expect(reads).toBe(1); // the proposal and its siblings in one read
    const expected = await engine.priorAnswersForSet(
      identified.document.id,
      req.questionNumbers,
      3,
    );
    expect(answer.priorAnswerCounts).toEqual(
      req.questionNumbers
        .map((questionNumber, i) => ({ questionNumber, count: expected[i].length }))
        .filter((p) => p.count > 0),
    );
    expect(page.questions.length).toBeGreaterThan(5);
  });

  test('an answers page on rijksoverheid.nl is its set; an unrelated page is nothing and asks no prior answers', async () => {
    const emancipatie = request(
      'rijksoverheid-antwoorden-emancipatie.html',
      rijksoverheid,
      'https://www.rijksoverheid.nl/documenten/kamerstukken/2025/06/30/antwoorden-emancipatie',
    );
    const found = await annotatePage(backend(), emancipatie.request);
    expect(found.identified?.document.title.toLowerCase()).toContain('emancipatie');
    const unrelated = request(
      'rijksoverheid-unrelated.html',
      rijksoverheid,
      'https://www.rijksoverheid.nl/documenten/kamerstukken/2025/03/01/kamerbrief-fietsparkeren',
    );
    expect(await annotatePage(backend(), unrelated.request)).toMatchObject({
      identified: null,
      priorAnswerCounts: [],
    });
  });

  test('the kv-tk page on officielebekendmakingen is the set to OCW, not the SZW set of the other fixture', async () => {
    const duo = request(
      'ob-kv-tk-techgiganten-duo.html',
      officielebekendmakingen,
      'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10884.html',
    );
    const uwv = request(
      'tweedekamer-kamervragen-techgiganten-uwv.html',
      tweedekamer,
      'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z10883&did=2025D23456',
    );
    const [a, b] = await Promise.all([
      annotatePage(backend(), duo.request),
      annotatePage(backend(), uwv.request),
    ]);
    expect(a.identified).not.toBeNull();
    expect(b.identified).not.toBeNull();
    expect(a.identified!.document.id).not.toBe(b.identified!.document.id);
    expect(a.identified!.document.addressees.map((p) => p.name)).toContain('Eppo Bruins');
    expect(a.identified!.siblings.map((d) => d.id)).toContain(b.identified!.document.id);
  });

  test('the sets the proposal compared are not read again for the page check', async () => {
    const lookup = memoryLookup(docs);
    const engineReads: string[][] = [];
    const counted = createSearchEngine({
      getDocuments: (ids) => {
        engineReads.push(ids);
        return lookup.getDocuments(ids);
      },
    });
    const half = Math.ceil(docs.length / 2);
    counted.setSegments([
      buildSegment('a', docs.slice(0, half)),
      buildSegment('b', docs.slice(half)),
    ]);
    const backendReads: string[] = [];
    const { request: req } = request(
      'tweedekamer-kamervragen-techgiganten-uwv.html',
      tweedekamer,
      'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z10883&did=2025D23456',
    );
    const answer = await annotatePage(
      {
        engine: counted,
        getDocuments: (ids) => {
          backendReads.push(...ids);
          return lookup.getDocuments(ids);
        },
      },
      req,
    );
    expect(answer.identified?.siblings.length).toBeGreaterThanOrEqual(5);
    // The engine's first read is the proposal's: the sets it compared in full.
    const compared = engineReads[0];
    expect(compared.length).toBeGreaterThan(0);
    expect(backendReads.filter((id) => compared.includes(id))).toEqual([]);
  });
});
