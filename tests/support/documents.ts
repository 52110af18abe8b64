/**
 * The one builder of test documents in the corpus model's shape, for tests that need sets the
 * seed does not have (the seed itself is read through the parser: ./seed.ts):
 *
 * - `kamerDocument(id, fields)`: any set, every field defaulted (an answered set, no questions);
 * - `makeDocument(spec)`: a set from a title and its questions (text, or [question, answer]),
 *   with the status that follows from its answers;
 * - `numberedDocument(n, status)` and `numberedCorpus(count)`: many plain sets told apart by a
 *   number, for the store and bundle tests, where only ids, content and status matter;
 * - `person`, `question` and the people the tests name; `summaryOf`; an in-memory
 *   DocumentLookup for the engine (the background's is IndexedDB).
 */
import type {
  Corpus,
  KamerDocument,
  Person,
  Question,
  Reference,
  SetStatus,
} from '../../utils/corpus/model';
import type { DocumentLookup } from '../../utils/search';
import type { DocumentSummary } from '../../utils/search/types';

export function person(name: string, party: string | null = null, roles: string[] = []): Person {
  return { name, party, partyAsWritten: party, roles };
}

export const kathmann = person('Barbara Kathmann', 'GroenLinks-PvdA');
export const sixDijkstra = person('Jesse Six Dijkstra', 'NSC');
export const szabo = person('Zsolt Szabó', 'VVD');
export const vanHijum = person('Eddy van Hijum', 'CDA', ['minister']);
export const bruins = person('Eppo Bruins', 'NSC', ['minister']);

export function question(
  number: number,
  text: string,
  answer: string | null,
  extra: Partial<Question> = {},
): Question {
  return {
    number,
    text,
    footnotes: [],
    answer,
    answerFootnotes: [],
    answeredWith: [],
    line: number * 2,
    ...extra,
  };
}

export function kamerDocument(id: string, fields: Partial<KamerDocument> = {}): KamerDocument {
  return {
    id,
    title: `Set ${id}`,
    submitters: [],
    addressees: [],
    status: 'answered',
    occurrences: 1,
    lines: [1],
    questions: [],
    references: [],
    warnings: [],
    ...fields,
  };
}

function statusOf(questions: Question[]): SetStatus {
  const answered = questions.filter((q) => q.answer).length;
  if (answered === 0) return 'unanswered';
  return answered === questions.length ? 'answered' : 'partially-answered';
}

export interface SetSpec {
  id: string;
  title: string;
  submitters?: Person[];
  addressees?: Person[];
  /** Question text, or [question, answer]. */
  questions: (string | [string, string])[];
  references?: Partial<Reference>[];
}

export function makeDocument(spec: SetSpec): KamerDocument {
  const questions = spec.questions.map((q, i) => {
    const [text, answer] = typeof q === 'string' ? [q, null] : q;
    return question(i + 1, text, answer, { line: i + 1 });
  });
  return kamerDocument(spec.id, {
    title: spec.title,
    submitters: spec.submitters ?? [kathmann],
    addressees: spec.addressees ?? [szabo],
    status: statusOf(questions),
    questions,
    references: (spec.references ?? []).map((r) => ({
      kind: 'kamerstuk',
      text: '',
      label: '',
      kamerstuk: null,
      url: null,
      question: 1,
      in: 'question',
      ...r,
    })) as Reference[],
  });
}

const techQuestions = [
  'Bent u bekend met het bericht: «Overheidsorganisaties blijven in de Amerikaanse cloud, ondanks zorgen in de Tweede Kamer»?',
  'Kunt u bevestigen dat het UWV en de SVB de overstap naar clouddiensten van Amerikaanse techgiganten overwegen?',
  'Kunt u deze vragen afzonderlijk beantwoorden vóór het notaoverleg over de initiatiefnota «Wolken aan de horizon» van 2 juni a.s.?',
];

/** A short, unanswered techgiganten sibling (three of the seed's questions) to `minister`. */
export function techgigantenSet(id: string, minister: Person): KamerDocument {
  return kamerDocument(id, {
    title: 'De groeiende afhankelijkheid van Amerikaanse techgiganten',
    submitters: [kathmann, sixDijkstra],
    addressees: [minister, szabo],
    status: 'unanswered',
    questions: techQuestions.map((text, i) => question(i + 1, text, null)),
  });
}

/** Set `n` ("set-00001"), two questions, answered as `status` says. */
export function numberedDocument(
  n: number,
  status: SetStatus = 'unanswered',
  extra = '',
): KamerDocument {
  const answer = status === 'unanswered' ? null : `Antwoord ${n}${extra}`;
  return kamerDocument(`set-${String(n).padStart(5, '0')}`, {
    title: `Vragen over onderwerp ${n}${extra}`,
    submitters: [{ name: `Kamerlid ${n % 7}`, roles: [], party: 'VVD', partyAsWritten: null }],
    addressees: [
      { name: `Minister ${n % 5}`, roles: ['minister'], party: null, partyAsWritten: null },
    ],
    status,
    lines: [n * 10 + 1],
    questions: [1, 2].map((q) =>
      question(
        q,
        `Vraag ${q} over onderwerp ${n}?`,
        status === 'answered' || (status === 'partially-answered' && q === 1) ? answer : null,
        { line: n * 10 + 2 + q },
      ),
    ),
  });
}

export function numberedCorpus(
  count: number,
  statusOf: (n: number) => SetStatus = () => 'unanswered',
): Corpus {
  return {
    documents: Array.from({ length: count }, (_, i) => numberedDocument(i + 1, statusOf(i + 1))),
    warnings: [],
  };
}

export function summaryOf(document: KamerDocument): DocumentSummary {
  const { id, title, submitters, addressees, status } = document;
  return { id, title, submitters, addressees, status, questionCount: document.questions.length };
}

export function memoryLookup(documents: KamerDocument[]): DocumentLookup & { calls: number } {
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const lookup = {
    calls: 0,
    async getDocuments(ids: string[]) {
      lookup.calls++;
      return ids.map((id) => byId.get(id) ?? null);
    },
  };
  return lookup;
}
