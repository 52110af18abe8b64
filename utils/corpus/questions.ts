/**
 * Questions and answers in a record's body. A line ending in "?" (before footnote markers) is a
 * question; other lines are answer paragraphs, and they answer the whole run of questions just
 * before them (one answer for several questions is a joint answer).
 */
import type { Question, SetStatus, Warning } from './model';
import type { BodyLine } from './records';
import { stripFootnotes } from './footnotes';

const QUESTION_END = /\?[»”"')\]]*$/;

export function isQuestionText(strippedText: string): boolean {
  return QUESTION_END.test(strippedText);
}

export interface ParsedBody {
  questions: Question[];
  /** 1-based line of the first answer paragraph per question (null when unanswered). */
  answerLines: (number | null)[];
  warnings: Warning[];
}

export function parseBody(body: BodyLine[]): ParsedBody {
  const questions: Question[] = [];
  const answerLines: (number | null)[] = [];
  const warnings: Warning[] = [];
  let run: Question[] = [];
  let runAnswered = false;
  for (const { line, text } of body) {
    const stripped = stripFootnotes(text);
    if (isQuestionText(stripped.text)) {
      if (runAnswered) {
        run = [];
        runAnswered = false;
      }
      const question: Question = {
        number: questions.length + 1,
        text: stripped.text,
        footnotes: stripped.footnotes,
        answer: null,
        answerFootnotes: [],
        answeredWith: [],
        line,
      };
      questions.push(question);
      answerLines.push(null);
      run.push(question);
      continue;
    }
    if (run.length === 0) {
      warnings.push({
        line,
        code: 'text-before-questions',
        message: 'paragraph before the first question ignored',
      });
      continue;
    }
    if (!runAnswered) {
      const joint = run.length > 1 ? run.map((q) => q.number) : [];
      for (const q of run) {
        q.answeredWith = joint;
        answerLines[q.number - 1] = line;
      }
      runAnswered = true;
    }
    for (const q of run) {
      q.answer = q.answer === null ? stripped.text : `${q.answer}\n\n${stripped.text}`;
      q.answerFootnotes.push(...stripped.footnotes);
    }
  }
  return { questions, answerLines, warnings };
}

export function setStatus(questions: Question[]): SetStatus {
  const answered = questions.filter((q) => q.answer !== null).length;
  if (answered === 0) return 'unanswered';
  return answered === questions.length ? 'answered' : 'partially-answered';
}
