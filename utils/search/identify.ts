/**
 * The index's side of identifying a page: which sets are worth comparing in full, by the rare
 * words a page's title and questions share with them (BM25 weights over the segments' postings),
 * weighed by the people the page names. The decision is the one identifier's
 * (./identify-page.ts `judge`): one score, one threshold.
 */
import type { KamerDocument } from '../corpus/model';
import type { PageFingerprint, PageIdentification } from './types';
import { analyze, fold } from '../text';
import type { DocumentLookup } from './api';
import type { IndexState } from './index-state';
import { walkPostings } from './postings';
import { UNIT_QUESTION, UNIT_TITLE } from '../index-build/segment';
import { summarize } from './summary';
import { judge } from './identify-page';

const MAX_PAGE_QUESTIONS = 12;
/**
 * Sets kept after the word scores, and after weighing in the people: compared in full. Six, not
 * more: each is a document read, and the page side checks the proposal's same-question siblings
 * itself (the same 298/300 bench pages identified with 4, 6 or 12).
 */
const TEXT_CANDIDATES = 300;
const FULL_CANDIDATES = 6;

/**
 * Adds to `score` (a scratch array by global set number) the BM25 weight of a text's words on
 * units of one kind (titles or questions), normalised by the text's own best score so title and
 * questions count alike; sets raised from zero are appended to `touched` from `count` on, and
 * the new count is returned. Only the text's `maxTerms` rarest words are scanned: they decide,
 * and common words' lists are long.
 */
function addText(
  state: IndexState,
  text: string,
  kind: number,
  maxTerms: number,
  score: Float32Array,
  touched: Int32Array,
  count: number,
): number {
  const { stats } = state;
  const infos = [...new Set(analyze(text))]
    .map((term) => stats.term(term))
    .filter((info) => info.docFreq > 0 && info.docFreq <= Math.max(10, stats.docs * 0.2))
    .sort((a, b) => b.idf - a.idf)
    .slice(0, maxTerms);
  const total = infos.reduce((n, info) => n + info.idf, 0);
  if (total === 0) return count;
  let n = count;
  for (const info of infos) {
    const weight = info.idf / total;
    walkPostings(state, info, (segment) => {
      const unitKind = segment.unitKind();
      const unitDoc = segment.unitDoc();
      const docBase = segment.docBase;
      let last = -1;
      return (local) => {
        if ((unitKind[local] & 3) !== kind) return;
        const global = docBase + unitDoc[local];
        if (global === last) return; // once per set and word (a set's units are contiguous)
        last = global;
        if (score[global] === 0) touched[n++] = global;
        score[global] += weight;
      };
    });
  }
  return n;
}

/** The k-th largest of values[0, n) (1-based k ≤ n), by quickselect; reorders that prefix. */
function kthLargest(values: Float32Array, n: number, k: number): number {
  const target = k - 1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target];
}

/** The `k` best of touched[0, count) by score, best first (ties: lower set number first). */
function topScored(
  state: IndexState,
  count: number,
  score: Float32Array,
  k: number,
): [number, number][] {
  const { docTouched: touched, docValues: values } = state.scratch;
  const kept: [number, number][] = [];
  if (count <= k) {
    for (let i = 0; i < count; i++)
      if (state.isLive(touched[i])) kept.push([touched[i], score[touched[i]]]);
  } else {
    // Selection, not a sort of every reached set: the k-th best score, then what beats it and,
    // among the sets that tie with it (clones share scores), the lowest numbers.
    for (let i = 0; i < count; i++) values[i] = score[touched[i]];
    const floor = kthLargest(values, count, k);
    const ties: number[] = [];
    for (let i = 0; i < count; i++) {
      const global = touched[i];
      if (!state.isLive(global)) continue;
      if (score[global] > floor) kept.push([global, score[global]]);
      else if (score[global] === floor) ties.push(global);
    }
    ties.sort((a, b) => a - b);
    for (let i = 0; i < ties.length && kept.length < k; i++) kept.push([ties[i], floor]);
  }
  return kept.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/** Share of a set's people (submitters and addressees) whose surname the page names. */
function peopleShare(state: IndexState, global: number, page: string): number {
  const { segment, local } = state.doc(global);
  const names = [segment.submitters(local), segment.addressees(local)]
    .join('|')
    .split('|')
    .filter(Boolean);
  if (names.length === 0) return 0;
  return (
    names.filter((name) => {
      const last = surname(name);
      return last.length > 1 && page.includes(last);
    }).length / names.length
  );
}

/**
 * Sets worth comparing in full: the best by shared rare words of title and questions, then, among
 * many equal ones (the same questions put to several ministers), those whose people the page names.
 */
function candidates(state: IndexState, fingerprint: PageFingerprint, page: string): number[] {
  // The engine's scratch array (all zeros between calls) instead of a Map: a page's rare words
  // still reach thousands of sets, and Map updates would be most of identification's time.
  const score = state.scratch.docScore;
  const { docTouched: touched } = state.scratch;
  let count = 0;
  let byText: [number, number][];
  try {
    if (fingerprint.title.trim())
      count = addText(state, fingerprint.title, UNIT_TITLE, 8, score, touched, count);
    for (const q of fingerprint.questions.slice(0, MAX_PAGE_QUESTIONS))
      count = addText(state, q, UNIT_QUESTION, 6, score, touched, count);
    byText = topScored(state, count, score, TEXT_CANDIDATES);
  } finally {
    for (let i = 0; i < count; i++) score[touched[i]] = 0;
  }
  const withPeople = page
    ? byText.map(
        ([global, text]) =>
          [global, text * (0.5 + 0.5 * peopleShare(state, global, page))] as const,
      )
    : byText;
  return [...withPeople]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, FULL_CANDIDATES)
    .map(([global]) => global);
}

function surname(name: string): string {
  const parts = fold(name).split(/\s+/).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/**
 * The index's proposal for a page, judged by the one identifier (./identify-page.ts): the sets
 * worth comparing in full, read and scored with the same score and threshold as the page check.
 */
export async function identify(
  state: IndexState,
  lookup: DocumentLookup,
  fingerprint: PageFingerprint,
): Promise<PageIdentification> {
  const page = fingerprint.people.map(fold).join(' | ');
  const globals = candidates(state, fingerprint, page);
  if (globals.length === 0) return { document: null, confidence: 0, candidates: [] };
  const docs = (await lookup.getDocuments(globals.map((g) => state.idOf(g)))).filter(
    (doc): doc is KamerDocument => doc !== null,
  );
  const judgement = judge(fingerprint, docs);
  return {
    document: judgement.document ? summarize(judgement.document) : null,
    confidence: judgement.confidence,
    alike: judgement.alike.map(summarize),
    candidates: docs,
  };
}
