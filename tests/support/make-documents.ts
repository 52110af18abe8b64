/**
 * Small hand-made sets for engine tests, written to the corpus model, plus an in-memory
 * DocumentLookup (the background's is IndexedDB; the engine only needs getDocuments).
 */
import type { KamerDocument, Person, Question, Reference } from '../../utils/corpus/model';
import type { DocumentLookup } from '../../utils/search';

export function person(name: string, party: string | null = null, roles: string[] = []): Person {
  return { name, party, partyAsWritten: party, roles };
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
  const questions: Question[] = spec.questions.map((q, i) => {
    const [text, answer] = typeof q === 'string' ? [q, null] : q;
    return {
      number: i + 1,
      text,
      footnotes: [],
      answer,
      answerFootnotes: [],
      answeredWith: [],
      line: i + 1,
    };
  });
  const answered = questions.filter((q) => q.answer).length;
  return {
    id: spec.id,
    title: spec.title,
    submitters: spec.submitters ?? [person('Barbara Kathmann', 'GroenLinks-PvdA')],
    addressees: spec.addressees ?? [person('Zsolt Szabó', 'VVD')],
    status:
      answered === 0
        ? 'unanswered'
        : answered === questions.length
          ? 'answered'
          : 'partially-answered',
    occurrences: 1,
    lines: [1],
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
    warnings: [],
  };
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
