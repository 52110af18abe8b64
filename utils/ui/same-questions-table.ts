/**
 * "The same questions to other ministers": one row per question, one column per set, each cell
 * that set's answer. Rows follow this set's questions; in each sibling the question that asks
 * the same is found by its words (numbering differs between siblings), and a question asked in
 * other words, or not at all, is flagged rather than silently merged.
 */
import type { KamerDocument, Person, Question } from '../corpus/model';
import { distinguishingAddressees } from './people';

export interface SameQuestionsColumn {
  documentId: string;
  addressees: Person[];
  status: KamerDocument['status'];
}

export interface SameQuestionsCell {
  answer: string | null;
  /** The numbers of the matching question(s) in that set (two when it split the question); empty when it does not ask it. */
  numbers: number[];
  /** The sibling asks this in other words, or not at all. */
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

/** Content words: folded, and at least four letters, so "de", "het", "u" do not make a match. */
function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length >= 4),
  );
}

function similarity(a: Set<string>, b: Set<string>): { overlap: number; jaccard: number } {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  const smaller = Math.min(a.size, b.size);
  const union = a.size + b.size - shared;
  return { overlap: smaller ? shared / smaller : 0, jaccard: union ? shared / union : 0 };
}

/** A sibling's question "asks the same" when most words of the shorter one are in the other. */
const SAME_QUESTION = 0.6;
/** Below this Jaccard the wording differs enough to say so (siblings name their own agencies). */
const SAME_WORDING = 0.6;

/** A neighbour that also lies wholly inside the question is the other half of a split one. */
const SPLIT_PART = 0.8;

/**
 * Siblings do not always number alike: one splits question 1 in two, another adds a question.
 * So each row finds, in each sibling, the question(s) that ask the same, not the same number:
 * the best match, plus a neighbour that is the other half of the same question split in two.
 */
export function matchQuestions(
  text: string,
  candidates: readonly Question[],
): { questions: Question[]; jaccard: number } | null {
  const words = contentWords(text);
  const scored = candidates.map((question) => ({
    question,
    ...similarity(words, contentWords(question.text)),
  }));
  let best: (typeof scored)[number] | null = null;
  for (const s of scored) {
    if (
      s.overlap >= SAME_QUESTION &&
      (!best ||
        s.overlap > best.overlap ||
        (s.overlap === best.overlap && s.jaccard > best.jaccard))
    )
      best = s;
  }
  if (!best) return null;
  const parts = scored.filter(
    (s) =>
      s === best ||
      (Math.abs(s.question.number - best.question.number) === 1 &&
        s.overlap >= SPLIT_PART &&
        s.question.text.length < text.length),
  );
  return {
    questions: parts.map((p) => p.question).sort((a, b) => a.number - b.number),
    jaccard: best.jaccard,
  };
}

export function sameQuestionsTable(
  base: KamerDocument,
  siblings: readonly KamerDocument[],
): SameQuestionsTable {
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
      const match =
        doc === base
          ? { questions: [question], jaccard: 1 }
          : matchQuestions(question.text, doc.questions);
      const questions = match?.questions ?? [];
      // A joint answer shared by both halves is one answer, shown once.
      const answers = [
        ...new Set(questions.map((q) => q.answer).filter((a): a is string => a !== null)),
      ];
      return {
        answer: answers.length ? answers.join('\n\n') : null,
        numbers: questions.map((q) => q.number),
        differs: !match || match.jaccard < SAME_WORDING,
        answeredWith: questions[0]?.answeredWith ?? [],
      };
    }),
  }));
  return { columns, rows };
}
