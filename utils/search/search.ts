/**
 * Search: BM25 over the inverted index (title, question and answer units), rolled up to sets.
 *
 * Each query word is a *slot* with alternatives: the word itself, typo corrections from the
 * vocabulary (typo-tolerance.ts) and, for the word being typed, vocabulary terms it is a prefix
 * of. A set scores, per slot, its best unit contribution (so a word in the title counts more
 * than in a question), plus half its best single unit (words together in one question beat words
 * spread over a set), scaled by the share of slots it matched. The top candidates are then
 * fetched and re-ranked for exact phrases in the title or a question, and given highlights.
 * Answers count at a third of a question's weight (a set is about what it asks); when one matched,
 * the hit carries a snippet of it. A request with filters and no words lists the matching sets,
 * newest (last in corpus order) first.
 */
import { answerClock, clockFactsOf } from '../clock/deadline';
import { todayIn, type IsoDate } from '../clock/days';
import type { KamerDocument } from '../corpus/model';
import type { ClockFilter, SearchHit, SearchRequest, SearchResponse } from './types';
import { fold, tokenize, type Token } from '../text';
import type { DocumentLookup } from './api';
import type { IndexState } from './index-state';
import { containsPhrase, highlights } from './highlight';
import type { LoadedSegment } from './loaded-segment';
import { walkPostings } from './postings';
import { STATUS_CODES, UNIT_ANSWER, UNIT_TITLE } from '../index-build/segment';
import { snippet } from './snippet';
import { summarize } from './summary';
import { correctTypo } from './typo-tolerance';

/**
 * Field weights (title, question, answer): a word in the title says more about a set than the
 * same word in a question, and an answer, long and written by the ministry, says least.
 */
const FIELD_WEIGHT = [2.0, 1.0, 0.35];
const ANSWER_WEIGHT = FIELD_WEIGHT[UNIT_ANSWER];
/**
 * Answers are long and share their words: a word in more than this share of the sets' answers
 * ("moeten", "kabinet") has a long answer posting list and, at its idf and the answer weight,
 * moves no ranking. Its answer postings are not read (its question postings still are), and
 * segments leave out the lists of words as common among their own sets (build-segment.ts).
 */
const MAX_ANSWER_SCAN_SHARE = 0.05;
const PREFIX_WEIGHT = 0.6;
const PREFIX_EXPANSIONS = 6;
const TITLE_PHRASE_BONUS = 1.6;
const QUESTION_PHRASE_BONUS = 1.3;
const RERANK_POOL = 40;
/**
 * Segments hold no dates, so the clock filters look at the fetched sets: a query's pool grows to
 * this many candidates, a filters-only listing reads at most this many of the newest sets.
 */
const CLOCK_POOL = 400;
const CLOCK_SCAN = 2_000;

/** Whether a set passes a clock filter on `today`. */
export function passesClock(doc: KamerDocument, filter: ClockFilter, today: IsoDate): boolean {
  const clock = answerClock(clockFactsOf(doc), today);
  switch (filter) {
    case 'late':
      return clock.state === 'late' || clock.state === 'answered-late';
    case 'postponed':
      return clock.postponedOn !== null;
    case 'on-time':
      return clock.state === 'answered-on-time';
  }
}

/** Newest submission first; undated sets after the dated ones, newest in corpus order first. */
function byDate<T>(
  items: T[],
  date: (item: T) => string | null | undefined,
  order: (item: T) => number,
): T[] {
  return [...items].sort((a, b) => {
    const da = date(a) ?? '';
    const db = date(b) ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return order(b) - order(a);
  });
}

interface Alternative {
  term: string;
  weight: number;
}

interface Slot {
  token: Token;
  alternatives: Alternative[];
}

function buildSlots(state: IndexState, query: string): Slot[] {
  const tokens = tokenize(query);
  const typing = !/\s$/.test(query);
  return tokens.map((token, i) => {
    const alternatives: Alternative[] = [];
    const exact = state.stats.term(token.term);
    const known = exact.docFreq + exact.answerDocFreq > 0;
    if (known) alternatives.push({ term: token.term, weight: 1 });
    else {
      for (const c of correctTypo(token.term, token.word, state.segments)) {
        alternatives.push({ term: c.term, weight: 0.85 * c.similarity });
      }
    }
    // The word being typed: unless it is already a word of the corpus, let it stand for the
    // most common vocabulary terms it begins ("noodf" → "noodfond").
    if (typing && i === tokens.length - 1 && token.word.length >= 3 && !known) {
      const found = new Set<string>();
      for (const segment of state.segments) {
        for (const term of segment.termsWithPrefix(token.word, PREFIX_EXPANSIONS)) found.add(term);
        if (found.size >= PREFIX_EXPANSIONS * 4) break;
      }
      const taken = new Set(alternatives.map((a) => a.term));
      [...found]
        .filter((term) => !taken.has(term))
        .map((term) => state.stats.term(term))
        .sort((a, b) => b.docFreq + b.answerDocFreq - (a.docFreq + a.answerDocFreq))
        .slice(0, PREFIX_EXPANSIONS)
        .forEach((info) => alternatives.push({ term: info.term, weight: PREFIX_WEIGHT }));
    }
    return { token, alternatives };
  });
}

/** Whether a set (segment, local number) passes the request's filters. */
type Filter = (segment: LoadedSegment, local: number) => boolean;

function buildFilter(request: SearchRequest): Filter | null {
  const f = request.filters;
  if (!f) return null;
  const person = f.person ? fold(f.person.trim()) : '';
  const party = f.party ? fold(f.party.trim()) : '';
  const addressee = f.addressee ? fold(f.addressee.trim()) : '';
  const status = f.status ? STATUS_CODES.indexOf(f.status) : -1;
  if (!person && !party && !addressee && status < 0) return null;
  return (segment, local) => {
    if (status >= 0 && segment.docStatus()[local] !== status) return false;
    if (
      person &&
      !segment.submitters(local).includes(person) &&
      !segment.addressees(local).includes(person)
    ) {
      return false;
    }
    if (addressee && !segment.addressees(local).includes(addressee)) return false;
    if (party) {
      // A filter without words tests every set: reject on the joined string before splitting.
      const parties = segment.parties(local);
      if (
        !parties.includes(party) ||
        !parties.split('|').some((p) => p === party || (p !== '' && p.includes(party)))
      )
        return false;
    }
    return true;
  };
}

interface Candidate {
  global: number;
  score: number;
  /** Global number of the best question unit, or -1. */
  bestUnit: number;
  /** Global number of the best answer unit, or -1. */
  bestAnswer: number;
}

/** Keeps the k best (score, id) pairs seen: a min-heap, so a long candidate list is never sorted. */
class TopK {
  private readonly scores: Float64Array;
  private readonly ids: Int32Array;
  size = 0;
  constructor(private readonly k: number) {
    this.scores = new Float64Array(k);
    this.ids = new Int32Array(k);
  }
  offer(score: number, id: number): void {
    const { scores, ids } = this;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (scores[parent] <= score) break;
        scores[i] = scores[parent];
        ids[i] = ids[parent];
        i = parent;
      }
      scores[i] = score;
      ids[i] = id;
      return;
    }
    if (score <= scores[0]) return;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && scores[child + 1] < scores[child]) child++;
      if (scores[child] >= score) break;
      scores[i] = scores[child];
      ids[i] = ids[child];
      i = child;
    }
    scores[i] = score;
    ids[i] = id;
  }
  /** Best first. */
  entries(): { score: number; id: number }[] {
    return Array.from({ length: this.size }, (_, i) => ({
      score: this.scores[i],
      id: this.ids[i],
    })).sort((a, b) => b.score - a.score || a.id - b.id);
  }
}

/**
 * Scores every set that matches at least one slot and keeps the best `k` that pass the filter.
 * All per-set and per-unit state lives in the engine's scratch arrays, reset before returning.
 */
function scoreSets(
  state: IndexState,
  slots: Slot[],
  filter: Filter | null,
  k: number,
): { top: Candidate[]; total: number } {
  const { stats, segments } = state;
  const {
    unitScore,
    answerScore,
    docScore,
    docAux: slotBest,
    docCount,
    bestUnit,
    bestUnitScore,
    bestAnswer,
    bestAnswerScore,
  } = state.scratch;
  const touchedUnits: number[] = [];
  const touchedUnitDocs: number[] = [];
  const touchedAnswers: number[] = [];
  const touchedAnswerDocs: number[] = [];
  const touchedDocs: number[] = [];
  const maxAnswerDocFreq = Math.max(50, stats.docs * MAX_ANSWER_SCAN_SHARE);
  for (const slot of slots) {
    const slotDocs: number[] = [];
    for (const alt of slot.alternatives) {
      const info = stats.term(alt.term);
      if (info.docFreq > 0) {
        walkPostings(state, info, (segment) => {
          const unitKind = segment.unitKind();
          const unitLength = segment.unitLength();
          const unitDoc = segment.unitDoc();
          const { unitBase, docBase } = segment;
          return (local, tf) => {
            const kind = unitKind[local] & 3;
            const w =
              alt.weight * FIELD_WEIGHT[kind] * stats.weight(info.idf, tf, kind, unitLength[local]);
            const unit = unitBase + local;
            const doc = docBase + unitDoc[local];
            if (unitScore[unit] === 0) {
              touchedUnits.push(unit);
              touchedUnitDocs.push(kind === UNIT_TITLE ? -1 - doc : doc);
            }
            unitScore[unit] += w;
            if (slotBest[doc] === 0) slotDocs.push(doc);
            if (w > slotBest[doc]) slotBest[doc] = w;
          };
        });
      }
      if (info.answerDocFreq === 0 || info.answerDocFreq > maxAnswerDocFreq) continue;
      // Answers: their own postings (annotate's walkPostings reads the question lists only).
      const weight = alt.weight * ANSWER_WEIGHT;
      for (let s = 0; s < segments.length; s++) {
        const t = info.where[s];
        if (t < 0) continue;
        const segment = segments[s];
        const answerLength = segment.answerLength();
        const answerDoc = segment.answerDoc();
        const cursor = segment.answerPostings(t);
        while (cursor.next()) {
          const local = cursor.unit;
          const w =
            weight * stats.weight(info.answerIdf, cursor.tf, UNIT_ANSWER, answerLength[local]);
          const unit = segment.answerBase + local;
          const doc = segment.docBase + answerDoc[local];
          if (answerScore[unit] === 0) {
            touchedAnswers.push(unit);
            touchedAnswerDocs.push(doc);
          }
          answerScore[unit] += w;
          if (slotBest[doc] === 0) slotDocs.push(doc);
          if (w > slotBest[doc]) slotBest[doc] = w;
        }
      }
    }
    for (const doc of slotDocs) {
      if (docCount[doc] === 0) touchedDocs.push(doc);
      docScore[doc] += slotBest[doc];
      docCount[doc]++;
      slotBest[doc] = 0;
    }
  }
  // Best single unit per set (any kind), best question unit (shown with the hit) and best answer.
  for (let i = 0; i < touchedUnits.length; i++) {
    const unit = touchedUnits[i];
    const tagged = touchedUnitDocs[i];
    const doc = tagged < 0 ? -1 - tagged : tagged;
    const score = unitScore[unit];
    unitScore[unit] = 0;
    if (score > slotBest[doc]) slotBest[doc] = score;
    if (tagged >= 0 && score > bestUnitScore[doc]) {
      bestUnitScore[doc] = score;
      bestUnit[doc] = unit + 1; // 0 means none
    }
  }
  for (let i = 0; i < touchedAnswers.length; i++) {
    const unit = touchedAnswers[i];
    const doc = touchedAnswerDocs[i];
    const score = answerScore[unit];
    answerScore[unit] = 0;
    if (score > slotBest[doc]) slotBest[doc] = score;
    if (score > bestAnswerScore[doc]) {
      bestAnswerScore[doc] = score;
      bestAnswer[doc] = unit + 1; // 0 means none
    }
  }
  const top = new TopK(k);
  let total = 0;
  for (const doc of touchedDocs) {
    if (!state.isLive(doc)) continue;
    const coverage = docCount[doc] / slots.length;
    const score = (docScore[doc] + 0.5 * slotBest[doc]) * coverage * coverage;
    if (filter) {
      const segment = state.segmentOfDoc(doc);
      if (!filter(segment, doc - segment.docBase)) continue;
    }
    total++;
    top.offer(score, doc);
  }
  const candidates = top.entries().map(({ score, id }) => ({
    global: id,
    score,
    bestUnit: bestUnit[id] - 1,
    bestAnswer: bestAnswer[id] - 1,
  }));
  for (const doc of touchedDocs) {
    docScore[doc] = 0;
    docCount[doc] = 0;
    slotBest[doc] = 0;
    bestUnit[doc] = 0;
    bestUnitScore[doc] = 0;
    bestAnswer[doc] = 0;
    bestAnswerScore[doc] = 0;
  }
  return { top: candidates, total };
}

/**
 * No words, only filters: every set that passes, newest first. Sets carry no dates; new sets are
 * appended to the corpus, so the newest are the last in corpus order (segment and local order).
 */
function filteredSets(
  state: IndexState,
  filter: Filter,
  limit: number,
): { globals: number[]; total: number } {
  const globals: number[] = [];
  let total = 0;
  for (let s = state.segments.length - 1; s >= 0; s--) {
    const segment = state.segments[s];
    for (let local = segment.docCount - 1; local >= 0; local--) {
      let global = segment.docBase + local;
      if (state.isLive(global)) {
        // A set a delta changed keeps its place in corpus order: its copy stands where it stood.
        if (state.isCopy(global) || !filter(segment, local)) continue;
      } else {
        const live = state.liveCopyOf(global);
        if (live === null) continue;
        global = live;
        const at = state.doc(global);
        if (!filter(at.segment, at.local)) continue;
      }
      total++;
      if (globals.length < limit) globals.push(global);
    }
  }
  return { globals, total };
}

function questionNumberOf(state: IndexState, unit: number): number {
  const segment = state.segmentOfUnit(unit);
  return segment.unitNumber()[unit - segment.unitBase];
}

/** The question an answer unit answers (the first, for a joint answer). */
function answeredNumberOf(state: IndexState, answer: number): number {
  const segment = state.segmentOfAnswer(answer);
  return segment.answerNumber()[answer - segment.answerBase];
}

export async function search(
  state: IndexState,
  lookup: DocumentLookup,
  request: SearchRequest,
): Promise<SearchResponse> {
  const started = performance.now();
  const limit = Math.max(1, Math.min(request.limit ?? 20, 100));
  const slots = buildSlots(state, request.query);
  // Everything the query was taken to mean (corrections and expansions included), for "did you mean".
  const terms = slots.flatMap((slot) => slot.alternatives.map((a) => a.term));
  const done = (hits: SearchHit[], total: number): SearchResponse => ({
    hits,
    total,
    terms: [...new Set(terms)],
    tookMs: performance.now() - started,
  });
  const clockFilter = request.filters?.clock ?? null;
  const today = request.today ?? todayIn(new Date());
  const passes = (doc: KamerDocument) => !clockFilter || passesClock(doc, clockFilter, today);
  const filter = buildFilter(request) ?? (clockFilter ? () => true : null);
  const submitted = (doc: KamerDocument) => clockFactsOf(doc).submittedOn;
  if (slots.length === 0 && filter) {
    const scan = clockFilter ? CLOCK_SCAN : request.sort === 'date' ? Math.max(limit, 200) : limit;
    const listed = filteredSets(state, filter, scan);
    const fetched = await lookup.getDocuments(listed.globals.map((g) => state.idOf(g)));
    let docs = fetched
      .map((doc, i) => ({ doc, global: listed.globals[i] }))
      .filter((d): d is { doc: KamerDocument; global: number } => d.doc !== null && passes(d.doc));
    if (request.sort === 'date')
      docs = byDate(
        docs,
        (d) => submitted(d.doc),
        (d) => d.global,
      );
    const total = clockFilter ? docs.length : listed.total;
    const hits = docs.slice(0, limit).map(({ doc }): SearchHit => ({
      document: summarize(doc),
      score: 0,
      question: null,
      titleHighlights: [],
      answer: null,
    }));
    return done(hits, total);
  }
  if (slots.length === 0 || slots.every((s) => s.alternatives.length === 0)) return done([], 0);

  const scored = scoreSets(
    state,
    slots,
    filter,
    Math.max(clockFilter ? CLOCK_POOL : RERANK_POOL, limit),
  );
  const pool = scored.top;
  const docs = await lookup.getDocuments(pool.map((c) => state.idOf(c.global)));

  const matched = new Set(slots.flatMap((s) => s.alternatives.map((a) => a.term)));
  const phrase = slots.map((s) => s.alternatives[0]?.term ?? '');
  const ranked: { candidate: Candidate; doc: KamerDocument; score: number }[] = [];
  pool.forEach((candidate, i) => {
    const doc = docs[i];
    if (!doc || !passes(doc)) return;
    let score = candidate.score;
    if (phrase.length > 1) {
      // The best question is where a phrase would be; checking every question costs too much.
      const best = candidate.bestUnit >= 0 ? questionNumberOf(state, candidate.bestUnit) : -1;
      const question = doc.questions.find((q) => q.number === best);
      if (containsPhrase(tokenize(doc.title), phrase)) score *= TITLE_PHRASE_BONUS;
      else if (question && containsPhrase(tokenize(question.text), phrase))
        score *= QUESTION_PHRASE_BONUS;
    }
    ranked.push({ candidate, doc, score });
  });
  ranked.sort((a, b) => b.score - a.score);
  const ordered =
    request.sort === 'date'
      ? byDate(
          ranked,
          (r) => submitted(r.doc),
          (r) => r.candidate.global,
        )
      : ranked;
  // With a clock filter, only the pool's sets were checked: the total is what passed among them.
  const total = clockFilter ? ranked.length : scored.total;

  const hits = ordered.slice(0, limit).map(({ candidate, doc, score }): SearchHit => {
    const answered =
      candidate.bestAnswer >= 0
        ? doc.questions.find((q) => q.number === answeredNumberOf(state, candidate.bestAnswer))
        : undefined;
    // The best-matching question; when only an answer matched, the question it answers.
    const shown =
      candidate.bestUnit >= 0
        ? doc.questions.find((q) => q.number === questionNumberOf(state, candidate.bestUnit))
        : answered;
    let answer: SearchHit['answer'] = null;
    if (answered?.answer) {
      const cut = snippet(answered.answer, highlights(answered.answer, matched));
      if (cut.highlights.length > 0) {
        const numbers =
          answered.answeredWith.length > 0 ? answered.answeredWith : [answered.number];
        answer = { numbers, snippet: cut.text, highlights: cut.highlights };
      }
    }
    return {
      document: summarize(doc),
      score: Math.round(score * 1000) / 1000,
      question: shown
        ? { number: shown.number, text: shown.text, highlights: highlights(shown.text, matched) }
        : null,
      titleHighlights: highlights(doc.title, matched),
      answer,
    };
  });
  return done(hits, total);
}
