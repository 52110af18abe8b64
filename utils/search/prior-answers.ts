/**
 * Prior answers: answered questions in other sets that ask the same or nearly the same thing as
 * one question. The question's own words are the query; only answered question units are scored,
 * and a candidate must reach a share of the score the question would get against itself, so a
 * question that shares one word with ours is not offered as an answer to it.
 */
import type { KamerDocument } from '../corpus/model';
import type { PriorAnswer } from './types';
import { analyze } from '../text';
import type { DocumentLookup } from './api';
import { bm25, termScale, type CorpusStats, type TermInfo } from './corpus-stats';
import type { IndexState } from './index-state';
import { walkPostings } from './postings';
import { isProceduralQuestion } from '../index-build/procedural';
import { UNIT_ANSWERED, UNIT_QUESTION } from '../index-build/segment';
import { summarize } from './summary';

export const PRIOR_ANSWER_THRESHOLD = 0.4;
const PRIOR_TERMS = 8;
const OPENING_CHARS = 300;

/** The first sentences of an answer, at most 300 characters, cut at a sentence or word end. */
export function answerOpening(answer: string): string {
  const text = answer.replace(/\s+/g, ' ').trim();
  if (text.length <= OPENING_CHARS) return text;
  const head = text.slice(0, OPENING_CHARS);
  const sentenceEnd = Math.max(
    head.lastIndexOf('. '),
    head.lastIndexOf('? '),
    head.lastIndexOf('! '),
  );
  if (sentenceEnd >= 80) return head.slice(0, sentenceEnd + 1);
  return `${head.slice(0, head.lastIndexOf(' '))} …`;
}

/** One question's plan: its most distinctive words and the score it would get against itself. */
interface QuestionPlan {
  chosen: { info: TermInfo; count: number }[];
  selfScore: number;
}

/** A term's answered-question postings, read once per request and shared by the questions using it. */
interface Gathered {
  units: number[];
  weights: number[];
}

function planQuestion(stats: CorpusStats, text: string): QuestionPlan {
  const tf = new Map<string, number>();
  const terms = analyze(text);
  for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
  // The question's most distinctive words decide; its common ones barely move a BM25 score and
  // their long posting lists would cost most of the time. The bar (selfScore) uses the same words.
  const chosen = [...tf]
    .map(([term, count]) => ({ info: stats.term(term), count }))
    .filter(({ info }) => info.docFreq > 0)
    .sort((a, b) => b.info.idf - a.info.idf)
    .slice(0, PRIOR_TERMS);
  let selfScore = 0;
  for (const { info, count } of chosen)
    selfScore += stats.weight(info.idf, count, UNIT_QUESTION, terms.length);
  return { chosen, selfScore };
}

/** Answered question units holding the term, with the term's BM25 weight in each. */
function gather(state: IndexState, info: TermInfo): Gathered {
  const normByLength = state.stats.lengthNorms(UNIT_QUESTION);
  const scale = termScale(info.idf);
  const out: Gathered = { units: [], weights: [] };
  walkPostings(state, info, (segment) => {
    const unitKind = segment.unitKind();
    const unitLength = segment.unitLength();
    return (local, tf) => {
      if (unitKind[local] !== (UNIT_QUESTION | UNIT_ANSWERED)) return;
      out.units.push(segment.unitBase + local);
      out.weights.push(bm25(scale, tf, normByLength[unitLength[local]]));
    };
  });
  return out;
}

/**
 * Adds the term's weight in every answered question unit to unitScore, listing in `touched` each
 * unit raised from zero; returns the new count of touched units. Reads the postings, or the
 * gathered copy when several questions share the term.
 */
function addTerm(
  state: IndexState,
  info: TermInfo,
  shared: Gathered | null,
  unitScore: Float32Array,
  count: number,
): number {
  const { unitTouched: touched } = state.scratch;
  const normByLength = state.stats.lengthNorms(UNIT_QUESTION);
  let n = count;
  if (shared) {
    const { units, weights } = shared;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i];
      if (unitScore[unit] === 0) touched[n++] = unit;
      unitScore[unit] += weights[i];
    }
    return n;
  }
  const scale = termScale(info.idf);
  walkPostings(state, info, (segment) => {
    const unitKind = segment.unitKind();
    const unitLength = segment.unitLength();
    const { unitBase } = segment;
    return (local, tf) => {
      if (unitKind[local] !== (UNIT_QUESTION | UNIT_ANSWERED)) return;
      const unit = unitBase + local;
      if (unitScore[unit] === 0) touched[n++] = unit;
      unitScore[unit] += bm25(scale, tf, normByLength[unitLength[local]]);
    };
  });
  return n;
}

/** The best other sets for one question: global set number, unit and similarity, best first. */
function rankForQuestion(
  state: IndexState,
  plan: QuestionPlan,
  sharedOf: (info: TermInfo) => Gathered | null,
  scanned: (info: TermInfo) => boolean,
  sourceGlobal: number,
  limit: number,
): { global: number; unit: number; similarity: number }[] {
  const { unitScore, unitTouched: touched } = state.scratch;
  let count = 0;
  for (const { info } of plan.chosen) {
    if (scanned(info)) count = addTerm(state, info, sharedOf(info), unitScore, count);
  }
  const best = new Map<number, { unit: number; similarity: number }>();
  // Only units at or above the bar are placed in their set; the rest are just reset.
  const bar = PRIOR_ANSWER_THRESHOLD * plan.selfScore;
  for (let i = 0; i < count; i++) {
    const unit = touched[i];
    const score = unitScore[unit];
    unitScore[unit] = 0;
    if (plan.selfScore <= 0 || score < bar) continue;
    const similarity = Math.min(1, score / plan.selfScore);
    if (similarity < PRIOR_ANSWER_THRESHOLD) continue;
    const segment = state.segmentOfUnit(unit);
    const global = segment.docBase + segment.unitDoc()[unit - segment.unitBase];
    if (global === sourceGlobal || !state.isLive(global)) continue;
    const current = best.get(global);
    if (!current || current.similarity < similarity) best.set(global, { unit, similarity });
  }
  return [...best]
    .map(([global, { unit, similarity }]) => ({ global, unit, similarity }))
    .sort((a, b) => b.similarity - a.similarity || a.global - b.global)
    .slice(0, limit);
}

/**
 * How many other sets (at most `limit`) have a unit at or above the bar for one question. Scores
 * only grow as words are added, so the count is settled once `limit` sets have crossed the bar,
 * and also once no unit can still cross it: a word adds less than idf·(k1+1) to any unit, so
 * when the best score still under the bar plus that much for every word left stays under it,
 * the rest of the postings are not read. Equals the length of rankForQuestion's list.
 */
function countForQuestion(
  state: IndexState,
  plan: QuestionPlan,
  sharedOf: (info: TermInfo) => Gathered | null,
  scanned: (info: TermInfo) => boolean,
  sourceGlobal: number,
  limit: number,
): number {
  if (limit <= 0 || plan.selfScore <= 0) return 0;
  const { unitScore, unitTouched: touched } = state.scratch;
  const normByLength = state.stats.lengthNorms(UNIT_QUESTION);
  const self = plan.selfScore;
  const bar = PRIOR_ANSWER_THRESHOLD * self;
  const sets = new Set<number>();
  let n = 0;
  // The same test as rankForQuestion's, on the stored (float32) score.
  const passes = (score: number) => Math.min(1, score / self) >= PRIOR_ANSWER_THRESHOLD;
  const words = plan.chosen.filter(({ info }) => scanned(info));
  // Most each word can still add, summed from the last word back.
  const left = new Float64Array(words.length + 1);
  for (let j = words.length - 1; j >= 0; j--) left[j] = left[j + 1] + termScale(words[j].info.idf);
  let bestUnder = 0;
  let settled = false;
  for (let j = 0; j < words.length && !settled; j++) {
    // A margin for float rounding: stopping late is safe, stopping early is not.
    if (bestUnder + left[j] < bar * (1 - 1e-6)) break;
    const { info } = words[j];
    const shared = sharedOf(info);
    if (shared) {
      const { units, weights } = shared;
      for (let i = 0; i < units.length; i++) {
        const unit = units[i];
        const before = unitScore[unit];
        if (before === 0) touched[n++] = unit;
        unitScore[unit] += weights[i];
        const after = unitScore[unit];
        if (passes(before)) continue;
        if (!passes(after)) {
          if (after > bestUnder) bestUnder = after;
          continue;
        }
        const segment = state.segmentOfUnit(unit);
        const global = segment.docBase + segment.unitDoc()[unit - segment.unitBase];
        if (global !== sourceGlobal && state.isLive(global)) sets.add(global);
        if (sets.size >= limit) {
          settled = true;
          break;
        }
      }
      continue;
    }
    const scale = termScale(info.idf);
    walkPostings(state, info, (segment) => {
      const unitKind = segment.unitKind();
      const unitLength = segment.unitLength();
      const unitDoc = segment.unitDoc();
      const { unitBase, docBase } = segment;
      return (local, tf) => {
        if (unitKind[local] !== (UNIT_QUESTION | UNIT_ANSWERED)) return false;
        const unit = unitBase + local;
        const before = unitScore[unit];
        if (before === 0) touched[n++] = unit;
        unitScore[unit] += bm25(scale, tf, normByLength[unitLength[local]]);
        const after = unitScore[unit];
        if (passes(before)) return false;
        if (!passes(after)) {
          if (after > bestUnder) bestUnder = after;
          return false;
        }
        const global = docBase + unitDoc[local];
        if (global !== sourceGlobal && state.isLive(global)) sets.add(global);
        settled = sets.size >= limit;
        return settled;
      };
    });
  }
  for (let i = 0; i < n; i++) unitScore[touched[i]] = 0;
  return sets.size;
}

type PerQuestion<T> = (
  state: IndexState,
  plan: QuestionPlan,
  sharedOf: (info: TermInfo) => Gathered | null,
  scanned: (info: TermInfo) => boolean,
  sourceGlobal: number,
  limit: number,
) => T;

/** Per question number (aligned), `score` over the question's plan, with shared postings read once. */
function forEachQuestion<T>(
  state: IndexState,
  doc: KamerDocument,
  sourceGlobal: number,
  questionNumbers: readonly number[],
  limit: number,
  score: PerQuestion<T>,
  none: T,
): T[] {
  const { stats } = state;
  const maxScannedDocFreq = Math.max(10, stats.docs * 0.2);
  const scanned = (info: TermInfo) => info.docFreq <= maxScannedDocFreq;
  const plans = questionNumbers.map((number) => {
    const question = doc.questions.find((q) => q.number === number);
    return !question || isProceduralQuestion(question.text)
      ? null
      : planQuestion(stats, question.text);
  });
  // Words several questions share (sibling-style lists repeat them) are read once and kept;
  // the others are read straight into the scores, which costs less than keeping a copy.
  const uses = new Map<string, number>();
  for (const plan of plans)
    for (const { info } of plan?.chosen ?? [])
      if (scanned(info)) uses.set(info.term, (uses.get(info.term) ?? 0) + 1);
  const gathered = new Map<string, Gathered>();
  const sharedOf = (info: TermInfo): Gathered | null => {
    if ((uses.get(info.term) ?? 0) < 2) return null;
    let postings = gathered.get(info.term);
    if (!postings) gathered.set(info.term, (postings = gather(state, info)));
    return postings;
  };
  return plans.map((plan) =>
    plan ? score(state, plan, sharedOf, scanned, sourceGlobal, limit) : none,
  );
}

/**
 * How many prior answers each question of a set has (at most `limit`), without reading any other
 * set: the page shows a marker with the count and reads the answers only when it is opened.
 * Result i is for questionNumbers[i]; it equals priorAnswersForSet's list length for it.
 */
export function priorAnswerCounts(
  state: IndexState,
  doc: KamerDocument,
  questionNumbers: readonly number[],
  limit = 5,
): number[] {
  const source = state.locate(doc.id);
  if (!source) return questionNumbers.map(() => 0);
  return forEachQuestion(state, doc, source.global, questionNumbers, limit, countForQuestion, 0);
}

/**
 * Prior answers for several questions of one set at once: the set is read once, each word's
 * postings are read once for all questions that use it, and the answering sets of all questions
 * are read in one lookup. Result i belongs to questionNumbers[i]; each equals what priorAnswers
 * gives for that question alone.
 */
export async function priorAnswersForSet(
  state: IndexState,
  lookup: DocumentLookup,
  id: string,
  questionNumbers: readonly number[],
  limit = 5,
): Promise<PriorAnswer[][]> {
  const source = state.locate(id);
  if (!source) return questionNumbers.map(() => []);
  const [doc] = await lookup.getDocuments([id]);
  if (!doc) return questionNumbers.map(() => []);
  const ranked = forEachQuestion(
    state,
    doc,
    source.global,
    questionNumbers,
    limit,
    rankForQuestion,
    [],
  );

  const globals = [...new Set(ranked.flat().map((r) => r.global))];
  const docs =
    globals.length > 0 ? await lookup.getDocuments(globals.map((g) => state.idOf(g))) : [];
  const docOf = new Map(globals.map((g, i) => [g, docs[i]]));
  return ranked.map((list) => {
    const out: PriorAnswer[] = [];
    for (const r of list) {
      const other = docOf.get(r.global);
      if (!other) continue;
      const segment = state.doc(r.global).segment;
      const number = segment.unitNumber()[r.unit - segment.unitBase];
      const q = other.questions.find((x) => x.number === number);
      if (!q?.answer) continue;
      out.push({
        document: summarize(other),
        questionNumber: q.number,
        questionText: q.text,
        answerOpening: answerOpening(q.answer),
        answeredBy: other.addressees,
        score: Math.round(r.similarity * 1000) / 1000,
      });
    }
    return out;
  });
}

/** Prior answers to one question of a set. */
export async function priorAnswers(
  state: IndexState,
  lookup: DocumentLookup,
  id: string,
  questionNumber: number,
  limit = 5,
): Promise<PriorAnswer[]> {
  return (await priorAnswersForSet(state, lookup, id, [questionNumber], limit))[0];
}
