/**
 * Prior answers: answered questions in other sets that ask the same or nearly the same thing as
 * one question. The question's own words are the query; only answered question units are scored,
 * and a candidate must reach a share of the score the question would get against itself, so a
 * question that shares one word with ours is not offered as an answer to it.
 */
import type { PriorAnswer } from '../messages/protocol';
import { analyze } from '../text';
import type { DocumentLookup } from './api';
import type { IndexState } from './index-state';
import { isProceduralQuestion } from './procedural';
import { UNIT_ANSWERED, UNIT_QUESTION } from './segment';
import { summarize } from './summary';

export const PRIOR_ANSWER_THRESHOLD = 0.45;
const OPENING_CHARS = 300;

/** The first sentences of an answer, at most 300 characters, cut at a sentence or word end. */
export function answerOpening(answer: string): string {
  const text = answer.replace(/\s+/g, ' ').trim();
  if (text.length <= OPENING_CHARS) return text;
  const head = text.slice(0, OPENING_CHARS);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (sentenceEnd >= 80) return head.slice(0, sentenceEnd + 1);
  return `${head.slice(0, head.lastIndexOf(' '))} …`;
}

export async function priorAnswers(
  state: IndexState,
  lookup: DocumentLookup,
  id: string,
  questionNumber: number,
  limit = 5,
): Promise<PriorAnswer[]> {
  const source = state.locate(id);
  if (!source) return [];
  const [doc] = await lookup.getDocuments([id]);
  const question = doc?.questions.find((q) => q.number === questionNumber);
  if (!question || isProceduralQuestion(question.text)) return [];

  const { stats, segments } = state;
  const tf = new Map<string, number>();
  const terms = analyze(question.text);
  for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
  let selfScore = 0;
  const best = new Map<number, { unit: number; score: number }>();
  const unitScore = new Map<number, number>();
  const segmentOf = new Map<number, number>();
  // Words in a fifth of all sets barely move the score; skipping their long posting lists keeps
  // this fast (they still count in the question's own score, so the bar is not lowered).
  const maxScannedDocFreq = Math.max(10, stats.docs * 0.2);
  for (const [term, count] of tf) {
    const info = stats.term(term);
    if (info.docFreq === 0) continue;
    selfScore += stats.weight(info.idf, count, UNIT_QUESTION, terms.length);
    if (info.docFreq > maxScannedDocFreq) continue;
    segments.forEach((segment, s) => {
      const t = info.where[s];
      if (t < 0) return;
      const unitKind = segment.unitKind();
      const unitLength = segment.unitLength();
      const cursor = segment.postings(t);
      while (cursor.next()) {
        const local = cursor.unit;
        if (unitKind[local] !== (UNIT_QUESTION | UNIT_ANSWERED)) continue;
        const unit = segment.unitBase + local;
        const w = stats.weight(info.idf, cursor.tf, UNIT_QUESTION, unitLength[local]);
        unitScore.set(unit, (unitScore.get(unit) ?? 0) + w);
        segmentOf.set(unit, s);
      }
    });
  }
  if (selfScore === 0) return [];
  for (const [unit, score] of unitScore) {
    const segment = segments[segmentOf.get(unit)!];
    const global = segment.docBase + segment.unitDoc()[unit - segment.unitBase];
    if (global === source.global) continue;
    const current = best.get(global);
    if (!current || current.score < score) best.set(global, { unit, score });
  }
  const ranked = [...best]
    .map(([global, { unit, score }]) => ({ global, unit, similarity: Math.min(1, score / selfScore) }))
    .filter((r) => r.similarity >= PRIOR_ANSWER_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity || a.global - b.global)
    .slice(0, limit);
  const docs = await lookup.getDocuments(ranked.map((r) => state.idOf(r.global)));
  const out: PriorAnswer[] = [];
  ranked.forEach((r, i) => {
    const other = docs[i];
    if (!other) return;
    const segment = state.doc(r.global).segment;
    const number = segment.unitNumber()[r.unit - segment.unitBase];
    const q = other.questions.find((x) => x.number === number);
    if (!q?.answer) return;
    out.push({
      document: summarize(other),
      questionNumber: q.number,
      questionText: q.text,
      answerOpening: answerOpening(q.answer),
      answeredBy: other.addressees,
      score: Math.round(r.similarity * 1000) / 1000,
    });
  });
  return out;
}
