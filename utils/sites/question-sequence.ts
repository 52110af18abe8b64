/**
 * Finds numbered questions and answers in a run of text blocks, the way a reader does. Two shapes:
 * - labelled (the official pages): "Vraag 3" starts a question and "Antwoord 4 en 5" a joint
 *   answer, whether the label is an element of its own or a line inside a block (./line-units.ts);
 *   everything up to the next label belongs to it, however many hard-wrapped blocks it spans.
 *   What stands before the first label is the document's opening, and footnote lines end a unit.
 * - unlabelled (the seed's shape): a sentence ending in "?" is a question, and the paragraphs
 *   after a run of questions answer that run.
 * Used where a site gives no dedicated markup (tweedekamer.nl, rijksoverheid.nl) and as the
 * fallback when officielebekendmakingen.nl's div.vraag / div.antwoord are missing.
 */
import type { ExtractedAnswer, ExtractedQuestion } from './extracted-page';
import { LABEL_LINE, NOTE_LINE } from './line-units';
import { cleanText, isQuestionText, numbersIn } from './page-text';

const QUESTION_LABEL = /^vraag\s+(\d+)\s*[:.]?\s*(.*)$/i;
const ANSWER_LABEL =
  /^antwoord(?:en)?(?:\s+(?:op|bij))?(?:\s+(?:vraag|vragen))?\s*([\d\s,ent/m–-]*)[:.]?\s*(.*)$/i;

/** "Antwoord 4 en 5", "Antwoord op vraag 3:", a bare "Antwoord" — not "Antwoorden van minister …". */
function isAnswerLabel(text: string): boolean {
  const match = ANSWER_LABEL.exec(text);
  return !!match && (/\d/.test(match[1]) || /^antwoord\s*:?$/i.test(text));
}

export function questionsAndAnswers(blocks: Element[]): {
  questions: ExtractedQuestion[];
  answers: ExtractedAnswer[];
} {
  const texts = blocks.map(cleanText);
  if (texts.some((text) => LABEL_LINE.test(text) && QUESTION_LABEL.test(text)))
    return labelled(blocks, texts);
  return unlabelled(blocks, texts);
}

function labelled(
  blocks: Element[],
  texts: string[],
): { questions: ExtractedQuestion[]; answers: ExtractedAnswer[] } {
  const questions: ExtractedQuestion[] = [];
  const answers: ExtractedAnswer[] = [];
  let question: { number: number; parts: string[]; elements: Element[] } | null = null;
  let answer: ExtractedAnswer | null = null;
  const finish = () => {
    if (question && question.parts.length > 0)
      questions.push({
        number: question.number,
        text: question.parts.join(' '),
        element: question.elements[question.elements.length - 1],
      });
    question = null;
    answer = null;
  };
  blocks.forEach((element, i) => {
    const text = texts[i];
    if (!text) return;
    const questionLabel = LABEL_LINE.test(text) ? QUESTION_LABEL.exec(text) : null;
    if (questionLabel) {
      finish();
      question = { number: Number(questionLabel[1]), parts: [], elements: [] };
      if (questionLabel[2]) {
        question.parts.push(questionLabel[2]);
        question.elements.push(element);
      }
      return;
    }
    if (LABEL_LINE.test(text) && isAnswerLabel(text)) {
      finish();
      const match = ANSWER_LABEL.exec(text)!;
      const numbers = numbersIn(match[1]);
      answer = {
        numbers: numbers.length > 0 ? numbers : questions.slice(-1).map((q) => q.number),
        element,
        body: match[2] ? [element] : [],
      };
      answers.push(answer);
      return;
    }
    if (NOTE_LINE.test(text)) {
      finish();
      return;
    }
    if (question) {
      question.parts.push(text);
      question.elements.push(element);
    } else if (answer) answer.body.push(element);
  });
  finish();
  return { questions, answers };
}

function unlabelled(
  blocks: Element[],
  texts: string[],
): { questions: ExtractedQuestion[]; answers: ExtractedAnswer[] } {
  const questions: ExtractedQuestion[] = [];
  const answers: ExtractedAnswer[] = [];
  const labelled = texts.some(isAnswerLabel);
  let pending: number | null = null;
  let inAnswer = false;
  // Questions since the last answer: an unlabelled answer covers all of them.
  let run: number[] = [];

  blocks.forEach((element, i) => {
    const text = texts[i];
    if (!text) return;
    const questionLabel = QUESTION_LABEL.exec(text);
    if (questionLabel) {
      inAnswer = false;
      const number = Number(questionLabel[1]);
      if (isQuestionText(questionLabel[2])) {
        questions.push({ number, text: questionLabel[2], element });
        run.push(number);
      } else pending = number;
      return;
    }
    const answerLabel = isAnswerLabel(text) ? ANSWER_LABEL.exec(text) : null;
    if (answerLabel) {
      const numbers = numbersIn(answerLabel[1]);
      answers.push({
        numbers: numbers.length > 0 ? numbers : run.slice(-1),
        element,
        body: answerLabel[2] ? [element] : [],
      });
      inAnswer = true;
      run = [];
      return;
    }
    if (inAnswer) {
      answers[answers.length - 1].body.push(element);
      return;
    }
    if (isQuestionText(text) && text.length > 12) {
      const number =
        pending ?? (questions.length > 0 ? questions[questions.length - 1].number + 1 : 1);
      questions.push({ number, text, element });
      run.push(number);
      pending = null;
      return;
    }
    if (labelled) return;
    if (run.length > 0) {
      answers.push({ numbers: run, element, body: [element] });
      run = [];
    } else if (answers.length > 0) answers[answers.length - 1].body.push(element);
  });
  return { questions, answers };
}
