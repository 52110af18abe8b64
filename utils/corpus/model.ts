/**
 * The parsed corpus model (docs/ARCHITECTURE.md, "Corpus model"). Everything downstream — bundle, index, search,
 * annotations, surfaces — reads these shapes, so they change only by adding fields.
 *
 * Dutch domain words kept where they are the real name of the thing:
 * Kamervraag (a written question), motie (motion), Kamerstuk (a numbered parliamentary paper
 * in a dossier), fractie (parliamentary party group).
 */

/** A submitter (Kamerlid) or addressee (minister, staatssecretaris) as written in a header. */
export interface Person {
  /** "David van Weel", or a bare surname as written ("Struycken"). */
  name: string;
  /** Distinct roles in order of appearance: ["minister"], ["minister zonder portefeuille"]. */
  roles: string[];
  /**
   * Normalised fractie ("GroenLinks-PvdA" for "GL", "PvdA", …). When the record writes none, the
   * one party the rest of the corpus gives this name (party-inference.ts), else null.
   */
  party: string | null;
  /** The party exactly as written, when it differs from `party` or to keep provenance. */
  partyAsWritten: string | null;
  /** Set when `party` was not written in this record but inferred from the rest of the corpus. */
  partyInferred?: true;
}

export interface Question {
  /** 1-based position in the set. */
  number: number;
  /** Question text with footnote markers removed. */
  text: string;
  /** Footnote numbers removed from the question text, in order. */
  footnotes: number[];
  /** Answer paragraphs joined by a blank line; null when unanswered. Footnote markers removed. */
  answer: string | null;
  /** Footnote numbers removed from the answer text. */
  answerFootnotes: number[];
  /**
   * Numbers of all questions that share this answer (a joint answer), including this one;
   * empty when the answer is this question's alone or there is none.
   */
  answeredWith: number[];
  /** 1-based source line of the question (first occurrence). */
  line: number;
}

export type ReferenceKind = 'motion' | 'kamerstuk' | 'written-questions' | 'question' | 'news';

export interface Reference {
  kind: ReferenceKind;
  /** The span exactly as written (footnote markers removed). */
  text: string;
  /** A normalised, human label: "motie-Kathmann c.s.", "Kamerstuk 26643-1315", "vragen 1 t/m 11". */
  label: string;
  /** "26643-1315", "21501-32-1740", or a dossier alone "36574"; null when not (yet) known. */
  kamerstuk: string | null;
  /** Official page: https://zoek.officielebekendmakingen.nl/kst-26643-1315.html or …/dossier/36574 */
  url: string | null;
  /** Number of the question in (or under whose answer) the reference stands; null for the title. */
  question: number | null;
  /** Whether it stands in the question text or in its answer. */
  in: 'question' | 'answer' | 'title';
  /** Motion/written-questions: the people named ("Kathmann", "Six Dijkstra"). */
  people?: string[];
  /** kind "question": the question numbers referred to. */
  questions?: number[];
  /** kind "news": outlet and date as written after the title, "BNR, 20 mei 2025". */
  source?: string;
  /**
   * How `kamerstuk` was found when it was not written right here:
   * 'citation' (written next to it), 'sibling' (same motion with a citation in a sibling set
   * with the same wording), 'typo-corrected' (dossier corrected from a near-identical citation),
   * 'nota-title' (an initiatiefnota named by its title, cited with one number everywhere else).
   */
  resolvedBy?: 'citation' | 'sibling' | 'typo-corrected' | 'nota-title' | null;
  /** For 'sibling' / 'typo-corrected' / 'nota-title': the id of the set that supplied the citation. */
  resolvedFrom?: string | null;
}

export interface Warning {
  /** 1-based line in the source file. */
  line: number;
  /** Machine-readable kind, e.g. 'merged-record', 'answer-drift', 'malformed-header', 'truncated'. */
  code: string;
  message: string;
}

export type SetStatus = 'answered' | 'unanswered' | 'partially-answered';

/** One set of Kamervragen ("document" in the CLI contract). */
export interface KamerDocument {
  /** Stable, content-derived id (independent of position, encoding, line endings). */
  id: string;
  title: string;
  submitters: Person[];
  addressees: Person[];
  status: SetStatus;
  /** Times the record appears in the source. */
  occurrences: number;
  /** 1-based first line of each occurrence. */
  lines: number[];
  questions: Question[];
  references: Reference[];
  warnings: Warning[];
  /*
   * What the official open data knows (docs/ARCHITECTURE.md, "Official corpus"); absent for sets
   * read from seed-format text, which has no dates or identifiers.
   */
  /** The Zaak number, the hub of a set's documents: "2025Z10400". */
  zaak?: string;
  /** Date the questions were submitted (ingezonden), ISO "2025-05-23". */
  submittedOn?: string | null;
  /** Date of the (first) answer (ontvangen), ISO; null while unanswered. */
  answeredOn?: string | null;
  /** Dates of the postponement notices (Mededeling (uitstel antwoord)), ISO, in order. */
  postponements?: string[];
  /** The questions were withdrawn (a Mededeling of withdrawal). */
  withdrawn?: boolean;
  /** The set's official documents, in date order. */
  documents?: OfficialDocument[];
  /** Earlier ids this set was known by (a seed or page-read set merged into it), for history. */
  aliases?: string[];
  /** Footnote texts of the official publications, by the numbers in `footnotes`. */
  notes?: { number: number; text: string }[];
  /**
   * Set for a set read from an official page because the index did not hold it yet
   * (utils/store/page-sets.ts): the page it was read from and when (ISO). A sync that brings the
   * official set (same Zaak) replaces it.
   */
  fromPage?: { url: string; readAt: string };
}

export type OfficialDocumentKind =
  'questions' | 'answer' | 'nader-answer' | 'postponement' | 'withdrawal';

/** One official document of a set (a TK Document with its officielebekendmakingen publication). */
export interface OfficialDocument {
  kind: OfficialDocumentKind;
  /** Tweede Kamer document number: "2025D30461"; null when unknown. */
  number: string | null;
  /** officielebekendmakingen id: "kv-tk-2025Z10400", "ah-tk-20242025-1028"; null when unknown. */
  obId: string | null;
  /** The official page of the document. */
  url: string | null;
  /** ISO date of the document. */
  date: string | null;
  /** Answers and notices: the Aanhangsel's vergaderjaar ("2024-2025") and number. */
  vergaderjaar?: string | null;
  aanhangsel?: number | null;
}

export interface Corpus {
  documents: KamerDocument[];
  /** Warnings not tied to one set (truncated file, unparseable stretch). */
  warnings: Warning[];
}
