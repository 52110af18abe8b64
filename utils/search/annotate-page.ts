/**
 * The background's side of annotating a page, in one round trip (message annotatePage): the
 * engine proposes a set for a sample of the page's questions; that set and its same-question
 * siblings (which differ in an organisation name per question) are checked against the page's
 * full text; the best fit at or above THRESHOLD is claimed, with its related sets and how many
 * prior answers each page question has (the answers are read when a marker is opened). Before,
 * the content script did this in three to four messages plus one per question; each message
 * costs a hop to the service worker and back. Pure: the engine and the lookup are passed in.
 */
import type { KamerDocument } from '../corpus/model';
import type { AnnotatePageRequest, AnnotatePageResponse, RelatedSet } from './types';
import type { DocumentLookup, SearchEngine } from './api';
import { bestMatch, proposalFingerprint } from './identify-page';

export const RELATED_LIMIT = 12;
export const PRIOR_PER_QUESTION = 3;

export interface AnnotateBackend {
  engine: Pick<SearchEngine, 'identify' | 'related' | 'priorAnswerCounts'>;
  getDocuments: DocumentLookup['getDocuments'];
}

const isSibling = (r: RelatedSet) => r.reasons.some((reason) => reason.kind === 'same-questions');

export async function annotatePage(
  backend: AnnotateBackend,
  request: AnnotatePageRequest,
): Promise<AnnotatePageResponse> {
  const none: AnnotatePageResponse = { identified: null, priorAnswerCounts: [] };
  const { fingerprint } = request;
  const relatedLimit = request.relatedLimit ?? RELATED_LIMIT;
  if (!fingerprint.title && fingerprint.questions.length === 0) return none;
  const { engine } = backend;
  const took: Record<string, number> = {};
  let last = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    took[name] = Math.round(((took[name] ?? 0) + now - last) * 10) / 10;
    last = now;
  };
  const proposal = await engine.identify(proposalFingerprint(fingerprint));
  step('identify');
  if (!proposal.document) return { ...none, took };
  const related = await engine.related(proposal.document.id, relatedLimit);
  step('related');
  const siblingIds = related.filter(isSibling).map((r) => r.document.id);
  const documents = (await backend.getDocuments([proposal.document.id, ...siblingIds])).filter(
    (d): d is KamerDocument => d !== null,
  );
  step('documents');
  const best = bestMatch(fingerprint, documents);
  step('check');
  if (!best) return { ...none, took };
  const document = best.document;
  const known = new Set(document.questions.map((q) => q.number));
  const numbers = request.questionNumbers.filter((n) => known.has(n));
  const ownRelated =
    document.id === proposal.document.id
      ? related
      : await engine.related(document.id, relatedLimit);
  step('related');
  const counts = engine.priorAnswerCounts(
    document,
    numbers,
    request.priorLimitPerQuestion ?? PRIOR_PER_QUESTION,
  );
  step('priorAnswers');
  return {
    identified: {
      document,
      confidence: best.confidence,
      siblings: documents.filter((d) => d.id !== document.id),
      related: ownRelated,
    },
    priorAnswerCounts: numbers
      .map((questionNumber, i) => ({ questionNumber, count: counts[i] }))
      .filter((p) => p.count > 0),
    took,
  };
}
