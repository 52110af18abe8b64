/**
 * Lay out a set for reading: questions in order, each run of questions that shares one answer
 * followed by that answer once (as the official answer documents do: "Antwoord op vraag 4 en
 * 5"). Every question knows where its answer stands, so the reader view can link to it.
 */
import type { Question } from '../corpus/model';

export interface AnswerBlock {
  /** Questions shown before the answer, in order. */
  questions: Question[];
  /** Numbers that share the answer (one number for an answer of its own). */
  answerNumbers: number[];
  /** The answer text, or null when unanswered or when shown in an earlier block. */
  answer: string | null;
  answerFootnotes: number[];
  /** Anchor of the answer element ("antwoord-4-5"). */
  anchor: string;
  /** Set when this block's answer was already shown earlier (a joint answer split by others). */
  answerShownAt: string | null;
}

export function answerAnchor(numbers: readonly number[]): string {
  return `antwoord-${numbers.join('-')}`;
}

export function questionAnchor(number: number): string {
  return `vraag-${number}`;
}

function shareKey(question: Question): number[] {
  return question.answeredWith.length > 1
    ? [...question.answeredWith].sort((a, b) => a - b)
    : [question.number];
}

export function answerBlocks(questions: readonly Question[]): AnswerBlock[] {
  const blocks: AnswerBlock[] = [];
  const shown = new Map<string, string>();
  for (const question of questions) {
    const numbers = shareKey(question);
    const anchor = answerAnchor(numbers);
    const last = blocks[blocks.length - 1];
    if (last && last.anchor === anchor && numbers.length > 1) {
      last.questions.push(question);
      if (last.answer === null && last.answerShownAt === null) last.answer = question.answer;
      continue;
    }
    const earlier = shown.get(anchor);
    blocks.push({
      questions: [question],
      answerNumbers: numbers,
      answer: earlier ? null : question.answer,
      answerFootnotes: earlier ? [] : question.answerFootnotes,
      anchor: earlier ? `${anchor}-${question.number}` : anchor,
      answerShownAt: earlier ?? null,
    });
    if (!earlier && question.answer !== null) shown.set(anchor, anchor);
  }
  return blocks;
}

/** Answer text as paragraphs (the model joins them with a blank line). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
