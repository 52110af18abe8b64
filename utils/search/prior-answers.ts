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

export const PRIOR_ANSWER_THRESHOLD = 0.4;
const PRIOR_TERMS = 8;
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
  // The question's most distinctive words decide; its common ones barely move a BM25 score and
  // their long posting lists would cost most of the time. The bar (selfScore) uses the same words.
  const chosen = [...tf]
    .map(([term, count]) => ({ info: stats.term(term), count }))
    .filter(({ info }) => info.docFreq > 0)
    .sort((a, b) => b.info.idf - a.info.idf)
    .slice(0, PRIOR_TERMS);
  const maxScannedDocFreq = Math.max(10, stats.docs * 0.2);
  const { unitScore } = state.scratch;
  const touched: number[] = [];
  const touchedDoc: number[] = [];
  let selfScore = 0;
  for (const { info, count } of chosen) {
    selfScore += stats.weight(info.idf, count, UNIT_QUESTION, terms.length);
    if (info.docFreq > maxScannedDocFreq) continue;
    for (let s = 0; s < segments.length; s++) {
      const t = info.where[s];
      if (t < 0) continue;
      const segment = segments[s];
      const unitKind = segment.unitKind();
      const unitLength = segment.unitLength();
      const unitDoc = segment.unitDoc();
      const cursor = segment.postings(t);
      while (cursor.next()) {
        const local = cursor.unit;
        if (unitKind[local] !== (UNIT_QUESTION | UNIT_ANSWERED)) continue;
        const unit = segment.unitBase + local;
        if (unitScore[unit] === 0) {
          touched.push(unit);
          touchedDoc.push(segment.docBase + unitDoc[local]);
        }
        unitScore[unit] += stats.weight(info.idf, cursor.tf, UNIT_QUESTION, unitLength[local]);
      }
    }
  }
  const best = new Map<number, { unit: number; similarity: number }>();
  for (let i = 0; i < touched.length; i++) {
    const unit = touched[i];
    const similarity = selfScore > 0 ? Math.min(1, unitScore[unit] / selfScore) : 0;
    unitScore[unit] = 0;
    const global = touchedDoc[i];
    if (similarity < PRIOR_ANSWER_THRESHOLD || global === source.global) continue;
    const current = best.get(global);
    if (!current || current.similarity < similarity) best.set(global, { unit, similarity });
  }
  const ranked = [...best]
    .map(([global, { unit, similarity }]) => ({ global, unit, similarity }))
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
