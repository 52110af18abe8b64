/**
 * zoek.officielebekendmakingen.nl (also served at www.): Kamervragen (kv-tk-…), answers in the
 * Aanhangsel van de Handelingen (ah-tk-…), Kamerstukken and motions (kst-…), dossiers.
 * Known markup (docs/ARCHITECTURE.md, "Page recognition"): meta DC.identifier / DC.title; questions in div.vraag, answers in
 * div.antwoord (numbers in h2 or p.nummer, joint answers "Vraag 2, 3"); footnotes in div#noten.
 * When those classes are missing the text-based reading of ./question-sequence takes over.
 */
import type {
  ExtractedAnswer,
  ExtractedPage,
  ExtractedQuestion,
  SiteAdapter,
} from './extracted-page';
import { hostIs, type PageDetector } from './page-detector';
import {
  cleanText,
  numbersIn,
  subjectOf,
  submittersFromDescription,
  textBlocks,
} from './page-text';
import { questionsAndAnswers } from './question-sequence';

const HOSTS = ['zoek.officielebekendmakingen.nl', 'www.officielebekendmakingen.nl'];

const page = (pattern: RegExp) => (url: URL) => hostIs(url, ...HOSTS) && pattern.test(url.pathname);

export const kamervragen: PageDetector = {
  kind: 'questions',
  name: 'officielebekendmakingen:kv-tk',
  test: page(/^\/kv-tk-[\w-]+(?:\.html)?$/),
  examples: [
    'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10883.html',
    'https://www.officielebekendmakingen.nl/kv-tk-2025Z10883.html',
    'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z07716',
  ],
};

export const aanhangsel: PageDetector = {
  kind: 'answers',
  name: 'officielebekendmakingen:ah-tk',
  test: page(/^\/ah-tk-\d{8}-\d+(?:\.html)?$/),
  examples: [
    'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2345.html',
    'https://www.officielebekendmakingen.nl/ah-tk-20242025-1987.html',
  ],
};

export const kamerstuk: PageDetector = {
  kind: 'kamerstuk',
  name: 'officielebekendmakingen:kst',
  test: page(/^\/kst-[\w-]+(?:\.html)?$/),
  examples: [
    'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
    'https://zoek.officielebekendmakingen.nl/kst-21501-32-1740.html',
    'https://www.officielebekendmakingen.nl/kst-36800-XVI-12.html',
  ],
};

export const dossier: PageDetector = {
  kind: 'dossier',
  name: 'officielebekendmakingen:dossier',
  test: page(/^\/dossier\/[\w-]+$/),
  examples: ['https://zoek.officielebekendmakingen.nl/dossier/26643'],
};

export const detectors = [kamervragen, aanhangsel, kamerstuk, dossier];

function numberOf(block: Element, fallback: number): number[] {
  const label = block.querySelector('h2, h3, p.nummer, .nummer, .vraagnummer, .antwoordnummer');
  const numbers = label ? numbersIn(cleanText(label)) : [];
  return numbers.length > 0 ? numbers : [fallback];
}

/** Text of a div.vraag without its "Vraag 3" label. */
function bodyText(block: Element): string {
  return cleanText(block).replace(
    /^(?:vraag|antwoord)(?:\s+op\s+vraag)?\s+[\d\s,en]+[:.]?\s*/i,
    '',
  );
}

export const officielebekendmakingen: SiteAdapter = {
  site: 'officielebekendmakingen',
  extract(doc: Document): ExtractedPage {
    const meta = (name: string) =>
      doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim() ?? '';
    const h1 = doc.querySelector('h1');
    const description = doc.querySelector('.kamervraagomschrijving, .vraagomschrijving');
    const title = subjectOf(
      (description ? cleanText(description) : '') ||
        meta('DC.title') ||
        (h1 ? cleanText(h1) : doc.title),
    );
    const indieners = [...doc.querySelectorAll('meta[name="OVERHEIDop.indiener"]')]
      .map(
        (m) =>
          m
            .getAttribute('content')
            ?.replace(/^(?:[A-Z]\.\s*)+/, '')
            .trim() ?? '',
      )
      .filter(Boolean);
    const people =
      indieners.length > 0
        ? indieners
        : submittersFromDescription(description ? cleanText(description) : meta('DC.title'));

    const content = doc.querySelector('#broodtekst, .broodtekst, main, article') ?? doc.body;
    const vraagBlocks = [...content.querySelectorAll('div.vraag')];
    const antwoordBlocks = [...content.querySelectorAll('div.antwoord')];
    let questions: ExtractedQuestion[];
    let answers: ExtractedAnswer[];
    if (vraagBlocks.length > 0 || antwoordBlocks.length > 0) {
      questions = vraagBlocks.map((element, i) => ({
        number: numberOf(element, i + 1)[0],
        text: bodyText(element),
        element,
      }));
      answers = antwoordBlocks.map((element, i) => ({
        numbers: numberOf(element, i + 1),
        element,
        body: [element],
      }));
    } else {
      ({ questions, answers } = questionsAndAnswers(
        textBlocks(content).filter((b) => !b.closest('#noten')),
      ));
    }
    const notes = doc.querySelector('#noten, .noten');
    return {
      title,
      people,
      questions,
      answers,
      textRoots: notes && !content.contains(notes) ? [content, notes] : [content],
    };
  },
};
