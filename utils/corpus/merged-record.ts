/**
 * A set of Kamervragen ends with its procedural question ("Kunt u deze vragen afzonderlijk
 * beantwoorden?"). Questions after it mean the scrape glued a second set onto this record.
 */
import type { Question, Warning } from './model';

const CLOSING =
  /\bvragen\b[^?]*\b(afzonderlijk|separaat|los|apart|één voor één)\b[^?]*\bbeantwoord/i;

export function isClosingQuestion(text: string): boolean {
  return CLOSING.test(text);
}

export function mergedRecordWarning(questions: Question[]): Warning | null {
  const closing = questions.findIndex((q) => isClosingQuestion(q.text));
  if (closing < 0 || closing === questions.length - 1) return null;
  const next = questions[closing + 1];
  return {
    line: next.line,
    code: 'merged-record',
    message: `${questions.length - closing - 1} question(s) follow the closing question at line ${questions[closing].line}: a second set seems glued onto this record from line ${next.line}`,
  };
}
