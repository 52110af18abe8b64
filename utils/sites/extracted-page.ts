/**
 * What a site adapter reads from a page: the text that identifies the set (title, people,
 * question texts) and the elements the features annotate. Adapters read by text and structure
 * with fallbacks, never by one brittle selector, and return empty lists when nothing fits.
 */
import type { PageFingerprint } from '../search/types';

export interface ExtractedQuestion {
  /** The number as printed ("Vraag 7"), or the position when the page prints none. */
  number: number;
  /** Question text without footnote markers, whitespace collapsed. */
  text: string;
  /** The element holding the question; markers are added at its end. */
  element: Element;
}

export interface ExtractedAnswer {
  /** All questions this answer covers ("Antwoord 4 en 5" → [4, 5]). */
  numbers: number[];
  /** Where the answer starts (its label, or its block): the target of a jump. */
  element: Element;
  /** The elements holding the answer's text, `element` included when it holds text too. */
  body: Element[];
}

export interface ExtractedPage {
  title: string;
  /** Submitters and addressees as printed, surnames at least ("Kathmann", "Six Dijkstra"). */
  people: string[];
  questions: ExtractedQuestion[];
  answers: ExtractedAnswer[];
  /** Elements whose text may cite motions and Kamerstukken (body text, footnotes). */
  textRoots: Element[];
}

export interface SiteAdapter {
  site: 'tweedekamer' | 'officielebekendmakingen' | 'rijksoverheid';
  extract(doc: Document): ExtractedPage;
}

/** What the background identifies a page by: the page's text, capped (the page may be huge). */
const MAX_QUESTIONS = 60;
const MAX_QUESTION_CHARS = 600;

export function fingerprintOf(url: string, page: ExtractedPage): PageFingerprint {
  return {
    url,
    title: page.title,
    people: page.people,
    questions: page.questions
      .slice(0, MAX_QUESTIONS)
      .map((q) => q.text.slice(0, MAX_QUESTION_CHARS)),
  };
}
