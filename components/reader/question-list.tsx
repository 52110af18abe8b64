/**
 * The questions of a set with their answers: a joint answer stands once, after the last of its
 * questions, and each of those questions links to it.
 */
import type { KamerDocument, Reference } from '../../utils/corpus/model';
import type { PriorAnswer } from '../../utils/search/types';
import { answerBlocks, paragraphs, questionAnchor } from '../../utils/ui/answer-blocks';
import { joinNumbers } from '../../utils/ui/format';
import { useI18n } from '../i18n';
import { LinkedText } from './linked-text';
import { PriorAnswers } from './prior-answers';

function Footnotes({ numbers }: { numbers: number[] }) {
  const { t, language } = useI18n();
  if (numbers.length === 0) return null;
  return (
    <sup class="footnotes" title={t('footnotes', { numbers: joinNumbers(numbers, language) })}>
      {numbers.join(' ')}
    </sup>
  );
}

export interface QuestionListProps {
  document: KamerDocument;
  loadPriorAnswers?: (questionNumber: number) => Promise<PriorAnswer[]>;
  readerHref: (id: string) => string;
}

export function QuestionList({ document: doc, loadPriorAnswers, readerHref }: QuestionListProps) {
  const { t, language } = useI18n();
  const refs = (number: number, where: Reference['in']) =>
    doc.references.filter((r) => r.question === number && r.in === where);
  return (
    <ol class="questions">
      {answerBlocks(doc.questions).map((block) => {
        const joint = block.answerNumbers.length > 1;
        const numbers = joinNumbers(block.answerNumbers, language);
        return (
          <li key={block.anchor} class={`block${joint ? ' joint' : ''}`}>
            {block.questions.map((question) => (
              <section
                key={question.number}
                id={questionAnchor(question.number)}
                class="question"
                data-question={question.number}
              >
                <h2>{t('questionHeading', { number: question.number })}</h2>
                <p>
                  <LinkedText text={question.text} references={refs(question.number, 'question')} />
                  <Footnotes numbers={question.footnotes} />
                </p>
                {joint && (
                  <p class="joint-link">
                    <a href={`#${block.answerShownAt ?? block.anchor}`}>
                      {t('jointAnswerLink', { numbers })}
                    </a>
                  </p>
                )}
                {loadPriorAnswers && (
                  <PriorAnswers
                    questionNumber={question.number}
                    load={loadPriorAnswers}
                    readerHref={readerHref}
                  />
                )}
              </section>
            ))}
            {block.answerShownAt ? (
              <p class="answer-elsewhere">
                <a href={`#${block.answerShownAt}`}>{t('answerShownAbove', { numbers })}</a>
              </p>
            ) : block.answer === null ? (
              <p class="unanswered">{t('notAnswered')}</p>
            ) : (
              <div id={block.anchor} class="answer" tabIndex={-1}>
                <h3>{t('answerHeading', { numbers })}</h3>
                {paragraphs(block.answer).map((paragraph, i, all) => (
                  <p key={i}>
                    <LinkedText
                      text={paragraph}
                      references={block.answerNumbers.flatMap((n) => refs(n, 'answer'))}
                    />
                    {/* The model keeps the answer's footnote numbers, not where they stood: show them at its end. */}
                    {i === all.length - 1 && <Footnotes numbers={block.answerFootnotes} />}
                  </p>
                ))}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
