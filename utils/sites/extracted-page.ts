import type { OfficialDocumentKind } from '../corpus/model';

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

/**
 * What the page says it is: one of a set's official documents (docs/ARCHITECTURE.md, "Official corpus"), or 'not-a-set'
 * for what the same paths also serve (moties, committee "Lijst van vragen en antwoorden",
 * letters, reports).
 */
export type PageDocumentKind = OfficialDocumentKind | 'not-a-set';

/** The official identifiers a page carries in its address and head (docs/ARCHITECTURE.md, "Page recognition"). */
export interface PageIdentity {
  /** The Zaak number ("2025Z10400"): TK's id=, OB's kv-tk-<Zaak> and OVERHEIDop.vraagnummer. */
  zaak: string | null;
  /** Tweede Kamer document numbers ("2025D30461"): TK's did=, an id= that is one. */
  documentNumbers: string[];
  /** officielebekendmakingen ids: DC.identifier, OVERHEIDop.aanhangsel, the page's own name. */
  obIds: string[];
}

export const NO_IDENTITY: PageIdentity = { zaak: null, documentNumbers: [], obIds: [] };

export interface ExtractedPage {
  title: string;
  /** Submitters and addressees as printed, surnames at least ("Kathmann", "Six Dijkstra"). */
  people: string[];
  questions: ExtractedQuestion[];
  answers: ExtractedAnswer[];
  /** Elements whose text may cite motions and Kamerstukken (body text, footnotes). */
  textRoots: Element[];
  /** What the page says it is; absent or null when it does not say. */
  documentKind?: PageDocumentKind | null;
  identity?: PageIdentity;
  /** Submitters and addressees apart (surnames at least), for a set read from the page. */
  submitters?: string[];
  addressees?: string[];
  /** ISO dates the page states: questions submitted (ingezonden), document received (ontvangen). */
  submittedOn?: string | null;
  receivedOn?: string | null;
}

export interface SiteAdapter {
  site: 'tweedekamer' | 'officielebekendmakingen' | 'rijksoverheid';
  /** Read the page; `href` is its address (the content script's location; tests pass the real one). */
  extract(doc: Document, href?: string): ExtractedPage;
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
