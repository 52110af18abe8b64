/**
 * The background's side of annotating a page, in one round trip (message annotatePage):
 * 1. a page that carries official identifiers (Zaak, document number, officielebekendmakingen
 *    id) is recognised by them, in O(1) through the segments' id tables;
 * 2. else the one identifier (./identify-page.ts) judges the engine's proposal and its
 *    same-question siblings (which differ in an organisation name per question) against the
 *    page's full text: the best fit at or above THRESHOLD is claimed, or, when the page fits
 *    several alike and cannot tell them apart, those are listed instead;
 * 3. else, when the page says it is one of a set's documents, the set as read from the page joins
 *    the local index (backend.addPageSet) and is annotated like any other, marked not in the index.
 * With the set come its related sets and how many prior answers each page question has (the
 * answers are read when a marker is opened). Pure: the engine and the store are passed in.
 */
import type { KamerDocument } from '../corpus/model';
import { isPageSetId, pageKeys } from '../corpus/official-keys';
import type { AnnotatePageRequest, AnnotatePageResponse, RelatedSet } from './types';
import type { DocumentLookup, SearchEngine } from './api';
import { judge, proposalFingerprint } from './identify-page';
import { summarize } from './summary';

export const RELATED_LIMIT = 12;
export const PRIOR_PER_QUESTION = 3;

export interface AnnotateBackend {
  engine: Pick<SearchEngine, 'identify' | 'related' | 'priorAnswerCounts' | 'officialIds'>;
  getDocuments: DocumentLookup['getDocuments'];
  /** Put a set read from a page into the local index (or refresh it); returns it as stored. */
  addPageSet?: (set: KamerDocument) => Promise<KamerDocument>;
  /** When the synced index was last brought up to date (ISO), or null. */
  indexedUntil?: () => Promise<string | null>;
}

const isSibling = (r: RelatedSet) => r.reasons.some((reason) => reason.kind === 'same-questions');

export async function annotatePage(
  backend: AnnotateBackend,
  request: AnnotatePageRequest,
): Promise<AnnotatePageResponse> {
  const { fingerprint } = request;
  const relatedLimit = request.relatedLimit ?? RELATED_LIMIT;
  const { engine } = backend;
  const took: Record<string, number> = {};
  let last = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    took[name] = Math.round(((took[name] ?? 0) + now - last) * 10) / 10;
    last = now;
  };
  const none = async (alike?: KamerDocument[]): Promise<AnnotatePageResponse> => ({
    identified: null,
    priorAnswerCounts: [],
    ...(alike?.length ? { alike: alike.map(summarize) } : {}),
    took,
  });

  let document: KamerDocument | null = null;
  let confidence = 1;
  let by: 'identifier' | 'text' | 'page' = 'identifier';
  let related: RelatedSet[] | null = null;
  let siblings: KamerDocument[] = [];
  /** Sets already read for this page (the proposal's, the judged siblings): each is read once. */
  const read = new Map<string, KamerDocument>();

  // 1. Official identifiers: a synced set before a set read from an earlier visit.
  const keys = request.identity ? pageKeys(request.identity) : [];
  if (keys.length > 0) {
    const ids = engine.officialIds(keys);
    const id = ids.find((i) => !isPageSetId(i)) ?? ids[0];
    if (id) [document] = await backend.getDocuments([id]);
    step('identifier');
  }

  // 2. Text: the engine's proposal and its same-question siblings, judged on the full page.
  if (!document && (fingerprint.title || fingerprint.questions.length > 0)) {
    const proposal = await engine.identify(proposalFingerprint(fingerprint));
    step('identify');
    const seed = proposal.document?.id ?? proposal.candidates?.[0]?.id;
    if (seed) {
      related = await engine.related(seed, relatedLimit);
      step('related');
      // The proposal's sets are read already; only its same-question siblings are still to read.
      for (const d of proposal.candidates ?? []) read.set(d.id, d);
      const siblingIds = related.filter(isSibling).map((r) => r.document.id);
      const unread = [...new Set([seed, ...siblingIds])].filter((id) => !read.has(id));
      if (unread.length > 0)
        (await backend.getDocuments(unread)).forEach((d) => d && read.set(d.id, d));
      const ids = [
        ...new Set([seed, ...(proposal.candidates ?? []).map((d) => d.id), ...siblingIds]),
      ];
      // A set whose Zaak is not the page's is not the page's set, however alike the text.
      const zaak = request.identity?.zaak?.toUpperCase() ?? null;
      const candidates = ids
        .map((id) => read.get(id))
        .filter(
          (d): d is KamerDocument =>
            d !== undefined && !(zaak && d.zaak && d.zaak.toUpperCase() !== zaak),
        );
      step('documents');
      const judgement = judge(fingerprint, candidates);
      step('check');
      if (judgement.document) {
        document = judgement.document;
        confidence = judgement.confidence;
        by = 'text';
        if (document.id !== seed) related = null;
      } else if (judgement.alike.length > 1) return none(judgement.alike);
    }
  }

  // 3. Not in the index: the set as the page shows it joins the local index.
  if (!document && request.pageSet && backend.addPageSet) {
    document = await backend.addPageSet(request.pageSet);
    by = 'page';
    confidence = 1;
    related = null;
    step('pageSet');
  } else if (document && isPageSetId(document.id) && request.pageSet && backend.addPageSet) {
    // A later visit to a page of a set still not in the index: what this page shows is newer.
    document = await backend.addPageSet({ ...request.pageSet, id: document.id });
    by = 'page';
    step('pageSet');
  }
  if (!document) return none();

  related ??= await engine.related(document.id, relatedLimit);
  step('related');
  const siblingIds = related
    .filter(isSibling)
    .map((r) => r.document.id)
    .filter((id) => id !== document!.id);
  const unread = siblingIds.filter((id) => !read.has(id));
  if (unread.length > 0)
    (await backend.getDocuments(unread)).forEach((d) => d && read.set(d.id, d));
  siblings = siblingIds.map((id) => read.get(id)).filter((d): d is KamerDocument => !!d);
  step('documents');
  const known = new Set(document.questions.map((q) => q.number));
  const numbers = request.questionNumbers.filter((n) => known.has(n));
  const counts = engine.priorAnswerCounts(
    document,
    numbers,
    request.priorLimitPerQuestion ?? PRIOR_PER_QUESTION,
  );
  step('priorAnswers');
  const inIndex = !isPageSetId(document.id);
  return {
    identified: { document, confidence, siblings, related, by, inIndex },
    ...(inIndex ? {} : { indexedUntil: (await backend.indexedUntil?.()) ?? null }),
    priorAnswerCounts: numbers
      .map((questionNumber, i) => ({ questionNumber, count: counts[i] }))
      .filter((p) => p.count > 0),
    took,
  };
}
