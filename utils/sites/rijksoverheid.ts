/**
 * rijksoverheid.nl (also the bare host): ministries publish their answers to Kamervragen under
 * [/ministeries/<ministerie>]/documenten/kamerstukken/<yyyy>/<mm>/<dd>/<slug>. A real page holds
 * only a title ("Beantwoording Kamervragen over …"), one summary sentence ("Minister Van Weel
 * (JenV) beantwoordt vragen van de Kamerleden … over …") and a PDF link (docs/ARCHITECTURE.md, "Page recognition"): the set is
 * recognised from those. Some pages carry the text too; it is read when it is there. Letters
 * ("Kamerbrief over …") are published under the same path and are no set.
 */
import type { ExtractedPage, PageDocumentKind, SiteAdapter } from './extracted-page';
import { NO_IDENTITY } from './extracted-page';
import { hostsOf } from './official-sites';
import { hostIs, type PageDetector } from './page-detector';
import {
  addresseesFromText,
  cleanText,
  statedDates,
  subjectOf,
  submittersFromDescription,
  textBlocks,
} from './page-text';
import { questionsAndAnswers } from './question-sequence';
import { unique } from './tweedekamer';

export const kamerstukDocument: PageDetector = {
  kind: 'answers',
  name: 'rijksoverheid:kamerstuk',
  test: (url) =>
    hostIs(url, ...hostsOf('rijksoverheid')) &&
    /^\/(?:ministeries\/[\w-]+\/)?documenten\/kamerstukken\/\d{4}\/\d{2}\/\d{2}\/[\w-]+$/.test(
      url.pathname,
    ),
  examples: [
    'https://www.rijksoverheid.nl/documenten/kamerstukken/2025/05/12/beantwoording-kamervragen-over-het-sluiten-van-het-tijdelijk-noodfonds-energie',
    'https://www.rijksoverheid.nl/ministeries/ministerie-van-sociale-zaken-en-werkgelegenheid/documenten/kamerstukken/2025/05/12/antwoorden-kamervragen-noodfonds',
    'https://rijksoverheid.nl/documenten/kamerstukken/2025/06/17/beantwoording-kamervragen-over-techgiganten',
  ],
};

export const detectors = [kamerstukDocument];

/** "Beantwoording Kamervragen over …" / "… beantwoordt vragen …" are answers; "Kamerbrief …" is not. */
function documentKindOf(title: string, summary: string): PageDocumentKind | null {
  if (/^(?:kamerbrief|brief|verslag|rapport|nota|besluit)\b/i.test(title)) return 'not-a-set';
  if (/^uitstel\b|uitstel (?:van )?(?:de )?beantwoording/i.test(`${title} ${summary}`))
    return 'postponement';
  if (
    /\b(?:beantwoording|antwoord(?:en)?) (?:op )?(?:de )?kamervragen\b|\bbeantwoordt\b.*\bvragen\b/i.test(
      `${title} ${summary}`,
    )
  )
    return 'answer';
  return null;
}

export const rijksoverheid: SiteAdapter = {
  site: 'rijksoverheid',
  extract(doc: Document): ExtractedPage {
    const h1 = doc.querySelector('h1');
    const headline = h1 ? cleanText(h1) : doc.title;
    const title = subjectOf(headline);
    const article =
      doc.querySelector('main article') ??
      doc.querySelector('article, .article') ??
      doc.querySelector('main') ??
      doc.body;
    const intro = article.querySelector('.intro') ?? article.querySelector('p:not(.meta-data p)');
    const summary =
      (intro ? cleanText(intro) : '') ||
      (doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
    const { questions, answers } = questionsAndAnswers(
      textBlocks(article).filter((b) => b !== h1 && !b.closest('.download-list, .meta-data')),
    );
    const submitters = submittersFromDescription(summary);
    const addressees = addresseesFromText(summary);
    return {
      title,
      people: unique([...submitters, ...addressees]),
      questions,
      answers,
      textRoots: [article],
      documentKind: documentKindOf(headline, summary),
      identity: NO_IDENTITY,
      submitters,
      addressees,
      ...statedDates(summary),
    };
  },
};
