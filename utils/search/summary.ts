import type { KamerDocument } from '../corpus/model';
import type { DocumentSummary } from './types';

export function summarize(doc: KamerDocument): DocumentSummary {
  return {
    id: doc.id,
    title: doc.title,
    submitters: doc.submitters,
    addressees: doc.addressees,
    status: doc.status,
    questionCount: doc.questions.length,
  };
}
