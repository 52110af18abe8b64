/**
 * "The same questions to other ministers": one row per question, one column per set, each cell
 * that set's answer. Sibling sets share their question list, so rows align by question number;
 * a question whose wording differs in a sibling is flagged rather than silently merged.
 */
import type { KamerDocument, Person } from '../corpus/model';
import { distinguishingAddressees } from './people';

export interface SameQuestionsColumn {
  documentId: string;
  addressees: Person[];
  status: KamerDocument['status'];
}

export interface SameQuestionsCell {
  answer: string | null;
  /** The sibling asks this number in other words (or lacks it). */
  differs: boolean;
  /** Numbers sharing this answer in that set. */
  answeredWith: number[];
}

export interface SameQuestionsRow {
  number: number;
  question: string;
  cells: SameQuestionsCell[];
}

export interface SameQuestionsTable {
  columns: SameQuestionsColumn[];
  rows: SameQuestionsRow[];
}

function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

export function sameQuestionsTable(base: KamerDocument, siblings: readonly KamerDocument[]): SameQuestionsTable {
  const documents = [base, ...siblings.filter((s) => s.id !== base.id)];
  const columns = documents.map((doc) => ({
    documentId: doc.id,
    addressees: distinguishingAddressees(
      doc.addressees,
      documents.filter((d) => d !== doc).map((d) => d.addressees),
    ),
    status: doc.status,
  }));
  const rows = base.questions.map((question) => ({
    number: question.number,
    question: question.text,
    cells: documents.map((doc) => {
      const own = doc.questions.find((q) => q.number === question.number);
      return {
        answer: own?.answer ?? null,
        differs: !own || fold(own.text) !== fold(question.text),
        answeredWith: own?.answeredWith ?? [],
      };
    }),
  }));
  return { columns, rows };
}
