import { clockFactsOf, hasClock } from '../clock/deadline';
import type { KamerDocument } from '../corpus/model';
import type { DocumentSummary } from './types';

export function summarize(doc: KamerDocument): DocumentSummary {
  const summary: DocumentSummary = {
    id: doc.id,
    title: doc.title,
    submitters: doc.submitters,
    addressees: doc.addressees,
    status: doc.status,
    questionCount: doc.questions.length,
  };
  // Seed-format sets have no dates: their summaries stay as small as before.
  const facts = clockFactsOf(doc);
  if (hasClock(facts)) summary.clock = facts;
  if (doc.zaak) summary.zaak = doc.zaak;
  return summary;
}
