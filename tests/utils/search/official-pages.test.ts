// @vitest-environment happy-dom
/**
 * The §4-shaped pages (tests/fixtures/pages, one per real page shape) through the site adapters
 * and the background's annotatePage over the real engine: each is recognised as its set (by an
 * official identifier where it carries one, by its text where not, and by its text alone when
 * the index knows no identifiers), left unclaimed when it is no set, or read as a set that is not
 * in the index yet. Sibling sets that differ in one organisation name are told apart by it; a
 * page that cannot tell them apart lists them.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import type { KamerDocument } from '../../../utils/corpus/model';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { createSearchEngine, type SearchEngine } from '../../../utils/search';
import { annotatePage, type AnnotateBackend } from '../../../utils/search/annotate-page';
import { fingerprintOf } from '../../../utils/sites/extracted-page';
import { detectPage } from '../../../utils/sites/detect';
import { pageSetOf } from '../../../utils/sites/page-set';
import { loadFixture } from '../../support/load-fixture';
import { memoryLookup } from '../../support/documents';
import { OFFICIAL_PAGES, type OfficialPage } from '../../support/official-pages';
import { officialIndexSets } from '../../support/official-sets';

let engine: SearchEngine;
let pageSets: KamerDocument[];
let backend: AnnotateBackend;

function setUp(sets: KamerDocument[]) {
  pageSets = [];
  const lookup = memoryLookup(sets);
  engine = createSearchEngine({
    getDocuments: async (ids) => {
      const found = await lookup.getDocuments(ids);
      return found.map((d, i) => d ?? pageSets.find((p) => p.id === ids[i]) ?? null);
    },
  });
  const base = buildSegment('official', sets);
  engine.setSegments([base]);
  backend = {
    engine,
    getDocuments: async (ids) => {
      const found = await lookup.getDocuments(ids);
      return found.map((d, i) => d ?? pageSets.find((p) => p.id === ids[i]) ?? null);
    },
    addPageSet: async (set) => {
      pageSets = [...pageSets.filter((p) => p.id !== set.id), set];
      engine.setSegments([base, buildSegment('page-sets', pageSets)]);
      return set;
    },
    indexedUntil: async () => '2026-11-28T09:00:00.000Z',
  };
}

function read(page: OfficialPage, { identifiers = true } = {}) {
  const detected = detectPage(page.url)!;
  const extracted = detected.adapter.extract(loadFixture(page.file), page.url);
  const pageSet = pageSetOf(page.url, extracted, '2026-12-01T10:00:00.000Z');
  return {
    extracted,
    request: {
      fingerprint: fingerprintOf(page.url, extracted),
      questionNumbers: extracted.questions.map((q) => q.number),
      ...(identifiers && extracted.identity ? { identity: extracted.identity } : {}),
      ...(pageSet ? { pageSet } : {}),
    },
  };
}

const pages = Object.entries(OFFICIAL_PAGES) as [string, OfficialPage][];

describe('each §4 page shape', () => {
  beforeEach(() => setUp(officialIndexSets));

  test.each(pages.filter(([, p]) => typeof p.expect === 'string' && p.expect !== 'not-in-index'))(
    '%s is recognised as its set',
    async (_, page) => {
      const answer = await annotatePage(backend, read(page).request);
      expect(answer.identified?.document.id).toBe(page.expect);
      expect(answer.identified?.by).toBe(page.by);
      expect(answer.identified?.inIndex).toBe(true);
    },
  );

  test.each(pages.filter(([, p]) => typeof p.expect === 'string' && p.expect !== 'not-in-index'))(
    '%s is recognised by its text alone when the index knows no identifiers',
    async (_, page) => {
      const answer = await annotatePage(backend, read(page, { identifiers: false }).request);
      expect(answer.identified?.document.id).toBe(page.expect);
    },
  );

  test.each(pages.filter(([, p]) => p.expect === null))(
    '%s is no set: it says so, and nothing is claimed or read',
    async (_, page) => {
      const { extracted, request } = read(page);
      expect(extracted.documentKind).toBe('not-a-set');
      expect(request.pageSet).toBeUndefined();
      // The content script does not ask for such a page (page-context mayShowASet); the
      // background, asked anyway, still claims nothing for the letter-like text.
      const answer = await annotatePage(backend, { ...request, identity: undefined });
      if (answer.identified) expect(answer.identified.by).not.toBe('page');
    },
  );
});

describe('a set page whose set is not in the index', () => {
  beforeEach(() => setUp(officialIndexSets));

  test('is read from the page, joins the local index, and gets prior answers and similar sets', async () => {
    const answer = await annotatePage(backend, read(OFFICIAL_PAGES.obQuestionsNew).request);
    const identified = answer.identified!;
    expect(identified).toMatchObject({ by: 'page', inIndex: false });
    expect(identified.document.id).toBe('page-2026z21000');
    expect(identified.document).toMatchObject({
      zaak: '2026Z21000',
      title: 'De migratie van gemeentelijke diensten naar Amerikaanse clouddiensten',
      fromPage: { url: OFFICIAL_PAGES.obQuestionsNew.url },
    });
    expect(identified.document.questions).toHaveLength(5);
    expect(answer.indexedUntil).toBe('2026-11-28T09:00:00.000Z');
    // Similar earlier sets from the local index, and prior answers per question.
    expect(identified.related.map((r) => r.document.id)).toContain('tg-szw-uwv');
    expect(answer.priorAnswerCounts.length).toBeGreaterThan(0);
    // It is searchable at once.
    const found = await engine.search({ query: 'gemeentelijke dienstverlening cloud' });
    expect(found.hits.map((h) => h.document.id)).toContain('page-2026z21000');
    // A second visit finds the reading by its Zaak (and refreshes it), still not in the index.
    const again = await annotatePage(backend, read(OFFICIAL_PAGES.obQuestionsNew).request);
    expect(again.identified).toMatchObject({ by: 'page', inIndex: false });
    expect(pageSets).toHaveLength(1);
  });

  test('once the official set (same Zaak) is in the index, the page is recognised as it', async () => {
    const { gemeentenCloudOfficial } = await import('../../support/official-sets');
    setUp([...officialIndexSets, gemeentenCloudOfficial]);
    const answer = await annotatePage(backend, read(OFFICIAL_PAGES.obQuestionsNew).request);
    expect(answer.identified).toMatchObject({ by: 'identifier', inIndex: true });
    expect(answer.identified!.document.id).toBe('gemeenten-cloud-2026Z21000');
  });
});

describe('sibling sets', () => {
  beforeEach(() => setUp(officialIndexSets));

  test('a postponement page reprinting questions without the organisation names lists the sets alike', async () => {
    const { extracted, request } = read(OFFICIAL_PAGES.tkPostponement, { identifiers: false });
    // Only questions 1 and 3: the same words in every sibling set.
    const questions = extracted.questions.filter((q) => q.number === 1 || q.number === 3);
    const answer = await annotatePage(backend, {
      ...request,
      fingerprint: { ...request.fingerprint, questions: questions.map((q) => q.text) },
      questionNumbers: [1, 3],
      pageSet: undefined,
    });
    expect(answer.identified).toBeNull();
    expect(answer.alike!.length).toBeGreaterThanOrEqual(6);
    expect(answer.alike!.map((d) => d.id)).toContain('tg-bzk-logius');
  });

  test('the Logius page is the BZK set, not the SZW or OCW sibling the old build claimed', async () => {
    const answer = await annotatePage(
      backend,
      read(OFFICIAL_PAGES.tkPostponement, { identifiers: false }).request,
    );
    expect(answer.identified?.document.id).toBe('tg-bzk-logius');
  });
});
