/**
 * All references of one set, with the question they stand under and whether in the question
 * text or its answer. A joint answer's references are listed once, under its first question.
 */
import type { KamerDocument, Reference } from './model';
import { extractReferences } from './references';

export function documentReferences(doc: KamerDocument): Reference[] {
  const refs: Reference[] = [];
  for (const r of extractReferences(doc.title)) refs.push({ ...r, question: null, in: 'title' });
  for (const q of doc.questions) {
    for (const r of extractReferences(q.text))
      refs.push({ ...r, question: q.number, in: 'question' });
    if (q.answer !== null && (q.answeredWith.length === 0 || q.answeredWith[0] === q.number)) {
      for (const r of extractReferences(q.answer))
        refs.push({ ...r, question: q.number, in: 'answer' });
    }
  }
  return refs;
}
