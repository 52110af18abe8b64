/**
 * Answers drifting from their questions: within an answered set, compare how well each answer
 * fits its own question with how well it fits the question before (or after) it. A single odd
 * answer is normal ("Ja."), three or more in a row (allowing one gap) fitting a neighbour better is a drift.
 */
import type { Question, Warning } from './model';
import { contentStems, fit } from './lexical-fit';

/** A neighbour must fit this many times better than the own question to count. */
const MARGIN = 1.5;
const MIN_FIT = 0.15;
/** Suspect answers needed (at most one answer apart) before we call it a drift. */
const MIN_RUN = 3;
const ANSWER_OPENING = 600;

export interface DriftScore {
  number: number;
  own: number;
  previous: number;
  next: number;
}

export function driftScores(questions: Question[]): DriftScore[] {
  const qStems = questions.map((q) =>
    contentStems(q.text.length > ANSWER_OPENING ? q.text.slice(0, ANSWER_OPENING) : q.text),
  );
  // The opening of an answer says what it answers; the rest adds cost, not signal.
  // Joint answers are never scored (see suspect below), so their words are not needed.
  const aStems = questions.map((q) =>
    q.answer === null || q.answeredWith.length > 0
      ? new Set<number>()
      : contentStems(q.answer.slice(0, ANSWER_OPENING)),
  );
  const df = new Map<number, number>();
  for (const set of qStems) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  for (const set of aStems) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  const n = qStems.length + aStems.length;
  return questions.map((q, i) => ({
    number: q.number,
    own: fit(aStems[i], qStems[i], df, n),
    previous: i > 0 ? fit(aStems[i], qStems[i - 1], df, n) : 0,
    next: i + 1 < questions.length ? fit(aStems[i], qStems[i + 1], df, n) : 0,
  }));
}

export function driftWarnings(questions: Question[], answerLines: (number | null)[]): Warning[] {
  // A drift needs MIN_RUN answers of their own; most sets are unanswered or short.
  let own = 0;
  for (const q of questions) if (q.answer !== null && q.answeredWith.length === 0) own++;
  if (own < MIN_RUN) return [];
  const scores = driftScores(questions);
  // Only answers of their own (not joint) can drift in a way we can measure.
  const suspect = (direction: 'previous' | 'next', i: number) => {
    const q = questions[i];
    if (q.answer === null || q.answeredWith.length > 0) return false;
    const s = scores[i];
    return s[direction] >= MIN_FIT && s[direction] > MARGIN * s.own;
  };
  const warnings: Warning[] = [];
  for (const direction of ['previous', 'next'] as const) {
    const suspects = questions.map((_, i) => i).filter((i) => suspect(direction, i));
    // Runs of suspects at most one answer apart: a drift, not a short answer here and there.
    let runStart = 0;
    for (let k = 1; k <= suspects.length; k++) {
      if (k < suspects.length && suspects[k] - suspects[k - 1] <= 2) continue;
      const run = suspects.slice(runStart, k);
      if (run.length >= MIN_RUN) {
        const first = run[0];
        warnings.push({
          line: answerLines[first] ?? questions[first].line,
          code: 'answer-drift',
          message: `the answers to questions ${run.map((i) => questions[i].number).join(', ')} fit the question ${direction === 'previous' ? 'before' : 'after'} their own better: answers seem shifted one place from here`,
        });
      }
      runStart = k;
    }
  }
  return warnings;
}
