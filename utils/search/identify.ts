/**
 * Which set a page shows, judged from its text as a reader would: the title, the people named
 * and the questions. Pages are partial (an answer page quotes some questions) or reworded
 * ("Antwoord op vragen van het lid Kathmann over …"), so each part is compared by the share of
 * analysed words it has in common, and parts the page lacks drop out of the weighting. Sibling
 * sets with the same questions to other ministers are told apart by the people; when the page
 * cannot tell them apart the confidence drops instead of a guess being claimed.
 */
import type { KamerDocument } from '../corpus/model';
import type { PageFingerprint, PageIdentification } from './types';
import { analyze, fold } from '../text';
import type { DocumentLookup } from './api';
import type { IndexState } from './index-state';
import { walkPostings } from './postings';
import { UNIT_QUESTION, UNIT_TITLE } from '../index-build/segment';
import { summarize } from './summary';

export const IDENTIFY_THRESHOLD = 0.5;
const MAX_PAGE_QUESTIONS = 12;
/**
 * Sets kept after the word scores, and after weighing in the people: compared in full. Six, not
 * more: each is a document read, and the page side checks the proposal's same-question siblings
 * itself (the same 298/300 bench pages identified with 4, 6 or 12).
 */
const TEXT_CANDIDATES = 300;
const FULL_CANDIDATES = 6;
/** Best runner-up closer than this means the page cannot tell two sets apart. */
const AMBIGUITY_MARGIN = 0.03;

function termSet(text: string): Set<string> {
  return new Set(analyze(text));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}

/** Dice coefficient of two term sets. */
function dice(a: Set<string>, b: Set<string>): number {
  return a.size + b.size === 0 ? 0 : (2 * overlap(a, b)) / (a.size + b.size);
}

/**
 * Per engine state, buffers the size of the corpus's set count, made once: the sets a page's
 * words reach (tens of thousands on the bench corpus) and a copy of their scores for selection.
 */
interface Buffers {
  touched: Int32Array;
  values: Float32Array;
}
const buffersOf = new WeakMap<IndexState, Buffers>();

function buffers(state: IndexState): Buffers {
  let b = buffersOf.get(state);
  if (!b)
    buffersOf.set(
      state,
      (b = {
        touched: new Int32Array(state.stats.docs),
        values: new Float32Array(state.stats.docs),
      }),
    );
  return b;
}

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
  const { touched, values } = buffers(state);
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
  // still reach thousands of sets, and Map updates were most of identification's time.
  const score = state.scratch.docScore;
  const { touched } = buffers(state);
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

function titleScore(page: Set<string>, doc: KamerDocument): number | null {
  if (page.size === 0) return null;
  const title = termSet(doc.title);
  if (title.size === 0) return 0;
  const shared = overlap(page, title);
  // A page title often wraps the set's title ("Antwoord op vragen … over <title>").
  return 0.75 * (shared / title.size) + 0.25 * (shared / page.size);
}

function questionScore(page: Set<string>[], doc: KamerDocument): number | null {
  if (page.length === 0) return null;
  const docQuestions = doc.questions.map((q) => termSet(q.text));
  if (docQuestions.length === 0) return 0;
  let sum = 0;
  for (const q of page) sum += Math.max(0, ...docQuestions.map((d) => dice(q, d)));
  return sum / page.length;
}

function peopleScore(page: string, doc: KamerDocument): number | null {
  if (page.trim() === '') return null;
  const people = [...doc.submitters, ...doc.addressees];
  if (people.length === 0) return 0;
  const found = people.filter((p) => {
    const name = surname(p.name);
    return name.length > 1 && page.includes(name);
  }).length;
  return found / people.length;
}

export function matchConfidence(fingerprint: PageFingerprint, doc: KamerDocument): number {
  const parts: [number | null, number][] = [
    [titleScore(termSet(fingerprint.title), doc), 0.35],
    [
      questionScore(
        fingerprint.questions
          .slice(0, MAX_PAGE_QUESTIONS)
          .map(termSet)
          .filter((s) => s.size > 0),
        doc,
      ),
      0.45,
    ],
    [peopleScore(fingerprint.people.map(fold).join(' | '), doc), 0.2],
  ];
  let weight = 0;
  let sum = 0;
  for (const [score, w] of parts) {
    if (score === null) continue;
    weight += w;
    sum += w * score;
  }
  // People alone never identify a set: the same Kamerleden ask about everything.
  const textWeight = (parts[0][0] === null ? 0 : 0.35) + (parts[1][0] === null ? 0 : 0.45);
  return textWeight === 0 ? 0 : sum / weight;
}

export async function identify(
  state: IndexState,
  lookup: DocumentLookup,
  fingerprint: PageFingerprint,
): Promise<PageIdentification> {
  const page = fingerprint.people.map(fold).join(' | ');
  const globals = candidates(state, fingerprint, page);
  if (globals.length === 0) return { document: null, confidence: 0 };
  const docs = await lookup.getDocuments(globals.map((g) => state.idOf(g)));
  const scored = docs
    .filter((doc): doc is KamerDocument => doc !== null)
    .map((doc) => ({ doc, confidence: matchConfidence(fingerprint, doc) }))
    .sort((a, b) => b.confidence - a.confidence);
  const [best, second] = scored;
  if (!best) return { document: null, confidence: 0 };
  let confidence = best.confidence;
  if (second && best.confidence - second.confidence < AMBIGUITY_MARGIN) confidence *= 0.8;
  confidence = Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000;
  return { document: confidence >= IDENTIFY_THRESHOLD ? summarize(best.doc) : null, confidence };
}
