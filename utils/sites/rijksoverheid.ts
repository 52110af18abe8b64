/**
 * rijksoverheid.nl: ministries publish their answers to Kamervragen under
 * /documenten/kamerstukken/<yyyy>/<mm>/<dd>/<slug>, with the h1 "Antwoorden op Kamervragen over
 * …" (or "Beantwoording …") and the text in the article body.
 */
import type { ExtractedPage, SiteAdapter } from './extracted-page';
import { hostIs, type PageDetector } from './page-detector';
import { cleanText, subjectOf, submittersFromDescription, textBlocks } from './page-text';
import { questionsAndAnswers } from './question-sequence';

export const kamerstukDocument: PageDetector = {
  kind: 'answers',
  name: 'rijksoverheid:kamerstuk',
  test: (url) =>
    hostIs(url, 'www.rijksoverheid.nl', 'rijksoverheid.nl') &&
    /^\/(?:ministeries\/[\w-]+\/)?documenten\/kamerstukken\/\d{4}\/\d{2}\/\d{2}\/[\w-]+$/.test(
      url.pathname,
    ),
  examples: [
    'https://www.rijksoverheid.nl/documenten/kamerstukken/2025/05/12/beantwoording-kamervragen-over-het-sluiten-van-het-tijdelijk-noodfonds-energie',
    'https://www.rijksoverheid.nl/ministeries/ministerie-van-sociale-zaken-en-werkgelegenheid/documenten/kamerstukken/2025/05/12/antwoorden-kamervragen-noodfonds',
  ],
};

export const detectors = [kamerstukDocument];

export const rijksoverheid: SiteAdapter = {
  site: 'rijksoverheid',
  extract(doc: Document): ExtractedPage {
    const h1 = doc.querySelector('h1');
    const title = subjectOf(h1 ? cleanText(h1) : doc.title);
    const article = doc.querySelector('main article, article, main') ?? doc.body;
    const intro = article.querySelector('.intro, p');
    const { questions, answers } = questionsAndAnswers(textBlocks(article).filter((b) => b !== h1));
    return {
      title,
      people: intro ? submittersFromDescription(cleanText(intro)) : [],
      questions,
      answers,
      textRoots: [article],
    };
  },
};
