/**
 * In-set cross references an answer makes to another answer: "zie het antwoord op vraag 7",
 * "zie ook de beantwoording bij vraag 6", "zoals bij vraag 3 aangegeven". Returns the span of
 * "vraag N" so only those words become a link. Pure string work.
 */
export interface AnswerPointer {
  start: number;
  end: number;
  question: number;
}

const POINTER =
  /\b(?:(?:het\s+)?(?:antwoord|beantwoording)\s+(?:op|bij|van)|zoals\s+(?:aangegeven\s+|toegelicht\s+|beschreven\s+)?(?:bij|in|onder)|zie\s+(?:ook\s+)?)\s*(vraag\s+(\d{1,3}))\b(?!\s*(?:en|t\/m|,)\s*\d)/gi;

export function findAnswerPointers(text: string): AnswerPointer[] {
  const pointers: AnswerPointer[] = [];
  for (const match of text.matchAll(POINTER)) {
    const start = match.index! + match[0].length - match[1].length;
    pointers.push({ start, end: start + match[1].length, question: Number(match[2]) });
  }
  return pointers;
}
