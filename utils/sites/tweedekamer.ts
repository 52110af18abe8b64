/**
 * tweedekamer.nl: Kamervragen, moties and other Kamerstuk detail pages.
 * Known markup (docs/ARCHITECTURE.md, "Page recognition"): the title is the page's h1 and meta[name="dcterms.title"];
 * submitters are `ul.m-list` items; the document text follows in the main content.
 */
import type { ExtractedPage, SiteAdapter } from './extracted-page';
import { hostIs, type PageDetector } from './page-detector';
import { cleanText, personName, subjectOf, textBlocks } from './page-text';
import { questionsAndAnswers } from './question-sequence';

const HOSTS = ['www.tweedekamer.nl', 'tweedekamer.nl'];

function detailUnder(url: URL, section: string | null): boolean {
  if (!hostIs(url, ...HOSTS) || !url.searchParams.has('id')) return false;
  return section === null
    ? url.pathname === '/kamerstukken/detail'
    : url.pathname === `/kamerstukken/${section}/detail`;
}

export const kamervragenDetail: PageDetector = {
  kind: 'questions',
  name: 'tweedekamer:kamervragen',
  test: (url) => detailUnder(url, 'kamervragen'),
  examples: [
    'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z10883&did=2025D23456',
    'https://tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z07716',
  ],
};

export const motieDetail: PageDetector = {
  kind: 'motion',
  name: 'tweedekamer:motie',
  test: (url) => detailUnder(url, 'moties'),
  examples: ['https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2025Z04512&did=2025D10327'],
};

/** Other Kamerstuk detail pages: letters, amendments, reports ("kamerstukken/<kind>/detail"). */
export const kamerstukDetail: PageDetector = {
  kind: 'kamerstuk',
  name: 'tweedekamer:kamerstuk',
  test: (url) =>
    detailUnder(url, null) ||
    (/^\/kamerstukken\/(?!kamervragen\/|moties\/)[a-z_]+\/detail$/.test(url.pathname) &&
      hostIs(url, ...HOSTS) &&
      url.searchParams.has('id')),
  examples: [
    'https://www.tweedekamer.nl/kamerstukken/detail?id=2025D21933&did=2025D21933',
    'https://www.tweedekamer.nl/kamerstukken/amendementen/detail?id=2025Z01234&did=2025D05678',
    'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2025Z08001&did=2025D18002',
  ],
};

export const detectors = [kamervragenDetail, motieDetail, kamerstukDetail];

export const tweedekamer: SiteAdapter = {
  site: 'tweedekamer',
  extract(doc: Document): ExtractedPage {
    const h1 = doc.querySelector('main h1, h1');
    const metaTitle =
      doc.querySelector('meta[name="dcterms.title"]')?.getAttribute('content') ?? '';
    const title = subjectOf(metaTitle || (h1 ? cleanText(h1) : doc.title));
    const people = [...doc.querySelectorAll('ul.m-list li')]
      .map((li) => personName(cleanText(li)))
      .filter(Boolean);
    const main = doc.querySelector('main') ?? doc.body;
    const body = main.querySelector('.m-document, article, .m-content') ?? main;
    const { questions, answers } = questionsAndAnswers(
      textBlocks(body).filter((b) => !b.closest('ul.m-list')),
    );
    return {
      title,
      people,
      questions,
      answers,
      // Footnotes (where the Kamerstuk citations stand) may sit outside the document text.
      textRoots: [
        body,
        ...[...main.querySelectorAll('.m-footnotes, #noten, .noten')].filter(
          (n) => !body.contains(n),
        ),
      ],
    };
  },
};
