/**
 * Search: BM25 over the inverted index (title and question units), rolled up to sets.
 *
 * Each query word is a *slot* with alternatives: the word itself, typo corrections from the
 * vocabulary (typo-tolerance.ts) and, for the word being typed, vocabulary terms it is a prefix
 * of. A set scores, per slot, its best unit contribution (so a word in the title counts more
 * than in a question), plus half its best single unit (words together in one question beat words
 * spread over a set), scaled by the share of slots it matched. The top candidates are then
 * fetched and re-ranked for exact phrases in the title or a question, and given highlights.
 */
import type { KamerDocument } from '../corpus/model';
import type { SearchHit, SearchRequest, SearchResponse } from '../messages/protocol';
import { fold, tokenize, type Token } from '../text';
import type { DocumentLookup } from './api';
import type { IndexState } from './index-state';
import { containsPhrase, highlights } from './highlight';
import { STATUS_CODES, UNIT_TITLE } from './segment';
import { summarize } from './summary';
import { correctTypo } from './typo-tolerance';

/** Field weights: a word in the title says more about a set than the same word in a question. */
const FIELD_WEIGHT = [2.0, 1.0];
const PREFIX_WEIGHT = 0.6;
const PREFIX_EXPANSIONS = 8;
const TITLE_PHRASE_BONUS = 1.6;
const QUESTION_PHRASE_BONUS = 1.3;
const RERANK_POOL = 40;

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
    if (exact.docFreq > 0) alternatives.push({ term: token.term, weight: 1 });
    else {
      for (const c of correctTypo(token.term, state.segments)) {
        alternatives.push({ term: c.term, weight: 0.85 * c.similarity });
      }
    }
    if (typing && i === tokens.length - 1 && token.word.length >= 3) {
      const seen = new Set(alternatives.map((a) => a.term));
      for (const segment of state.segments) {
        for (const term of segment.termsWithPrefix(token.word, PREFIX_EXPANSIONS)) {
          if (seen.has(term) || seen.size >= PREFIX_EXPANSIONS + 2) continue;
          seen.add(term);
          alternatives.push({ term, weight: PREFIX_WEIGHT });
        }
      }
    }
    return { token, alternatives };
  });
}

interface Filter {
  (global: number): boolean;
}

function buildFilter(state: IndexState, request: SearchRequest): Filter | null {
  const f = request.filters;
  if (!f) return null;
  const person = f.person ? fold(f.person.trim()) : '';
  const party = f.party ? fold(f.party.trim()) : '';
  const addressee = f.addressee ? fold(f.addressee.trim()) : '';
  const status = f.status ? STATUS_CODES.indexOf(f.status) : -1;
  if (!person && !party && !addressee && status < 0) return null;
  return (global) => {
    const { segment, local } = state.doc(global);
    if (status >= 0 && segment.docStatus()[local] !== status) return false;
    if (person && !segment.submitters(local).includes(person) && !segment.addressees(local).includes(person)) {
      return false;
    }
    if (addressee && !segment.addressees(local).includes(addressee)) return false;
    if (party && !segment.parties(local).split('|').some((p) => p === party || (p !== '' && p.includes(party)))) {
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
}

/** Scores every set that matches at least one slot. */
function scoreSets(state: IndexState, slots: Slot[]): Candidate[] {
  const { stats, segments } = state;
  const { unitScore, docScore, docAux: slotBest, docCount } = state.scratch;
  const touchedUnits: number[] = [];
  const touchedDocs: number[] = [];
  for (const slot of slots) {
    const slotDocs: number[] = [];
    for (const alt of slot.alternatives) {
      const info = stats.term(alt.term);
      segments.forEach((segment, s) => {
        const t = info.where[s];
        if (t < 0) return;
        const unitKind = segment.unitKind();
        const unitLength = segment.unitLength();
        const unitDoc = segment.unitDoc();
        const cursor = segment.postings(t);
        while (cursor.next()) {
          const local = cursor.unit;
          const kind = unitKind[local] & 3;
          const w = alt.weight * FIELD_WEIGHT[kind] * stats.weight(info.idf, cursor.tf, kind, unitLength[local]);
          const unit = segment.unitBase + local;
          if (unitScore[unit] === 0) touchedUnits.push(unit);
          unitScore[unit] += w;
          const doc = segment.docBase + unitDoc[local];
          if (slotBest[doc] === 0) slotDocs.push(doc);
          if (w > slotBest[doc]) slotBest[doc] = w;
        }
      });
    }
    for (const doc of slotDocs) {
      if (docCount[doc] === 0) touchedDocs.push(doc);
      docScore[doc] += slotBest[doc];
      docCount[doc]++;
      slotBest[doc] = 0;
    }
  }
  // Best single non-title unit per set (docAux is free again after the slot loop).
  const bestUnit = new Map<number, number>();
  for (const unit of touchedUnits) {
    const { segment } = locateUnit(state, unit);
    const local = unit - segment.unitBase;
    const doc = segment.docBase + segment.unitDoc()[local];
    const score = unitScore[unit];
    if (score > slotBest[doc]) slotBest[doc] = score;
    if ((segment.unitKind()[local] & 3) !== UNIT_TITLE) {
      const current = bestUnit.get(doc);
      if (current === undefined || unitScore[current] < score) bestUnit.set(doc, unit);
    }
  }
  const candidates: Candidate[] = touchedDocs.map((global) => {
    const coverage = docCount[global] / slots.length;
    return {
      global,
      score: (docScore[global] + 0.5 * slotBest[global]) * coverage * coverage,
      bestUnit: bestUnit.get(global) ?? -1,
    };
  });
  // Leave the scratch buffers zeroed for the next query.
  for (const unit of touchedUnits) unitScore[unit] = 0;
  for (const doc of touchedDocs) {
    docScore[doc] = 0;
    docCount[doc] = 0;
    slotBest[doc] = 0;
  }
  return candidates;
}

function locateUnit(state: IndexState, unit: number) {
  const segments = state.segments;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (segments[mid].unitBase <= unit) lo = mid;
    else hi = mid - 1;
  }
  return { segment: segments[lo] };
}

function questionNumberOf(state: IndexState, unit: number): number {
  const { segment } = locateUnit(state, unit);
  return segment.unitNumber()[unit - segment.unitBase];
}

export async function search(state: IndexState, lookup: DocumentLookup, request: SearchRequest): Promise<SearchResponse> {
  const started = performance.now();
  const limit = Math.max(1, Math.min(request.limit ?? 20, 100));
  const slots = buildSlots(state, request.query);
  const terms = slots.flatMap((slot) => slot.alternatives.filter((a) => a.weight >= PREFIX_WEIGHT).map((a) => a.term));
  const done = (hits: SearchHit[], total: number): SearchResponse => ({
    hits,
    total,
    terms: [...new Set(terms)],
    tookMs: performance.now() - started,
  });
  if (slots.length === 0 || slots.every((s) => s.alternatives.length === 0)) return done([], 0);

  const filter = buildFilter(state, request);
  let candidates = scoreSets(state, slots);
  if (filter) candidates = candidates.filter((c) => filter(c.global));
  candidates.sort((a, b) => b.score - a.score);
  const pool = candidates.slice(0, Math.max(RERANK_POOL, limit));
  const docs = await lookup.getDocuments(pool.map((c) => state.idOf(c.global)));

  const matched = new Set(slots.flatMap((s) => s.alternatives.map((a) => a.term)));
  const phrase = slots.map((s) => s.alternatives[0]?.term ?? '');
  const ranked: { candidate: Candidate; doc: KamerDocument; score: number }[] = [];
  pool.forEach((candidate, i) => {
    const doc = docs[i];
    if (!doc) return;
    let score = candidate.score;
    if (containsPhrase(tokenize(doc.title), phrase)) score *= TITLE_PHRASE_BONUS;
    else if (doc.questions.some((q) => containsPhrase(tokenize(q.text), phrase))) score *= QUESTION_PHRASE_BONUS;
    ranked.push({ candidate, doc, score });
  });
  ranked.sort((a, b) => b.score - a.score);

  const hits = ranked.slice(0, limit).map(({ candidate, doc, score }): SearchHit => {
    let question: SearchHit['question'] = null;
    if (candidate.bestUnit >= 0) {
      const number = questionNumberOf(state, candidate.bestUnit);
      const q = doc.questions.find((x) => x.number === number);
      if (q) question = { number: q.number, text: q.text, highlights: highlights(q.text, matched) };
    }
    return {
      document: summarize(doc),
      score: Math.round(score * 1000) / 1000,
      question,
      titleHighlights: highlights(doc.title, matched),
    };
  });
  return done(hits, candidates.length);
}
