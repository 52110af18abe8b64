/** Earlier answers elsewhere to a question like this one, loaded when the reader asks. */
import { useState } from 'preact/hooks';
import type { PriorAnswer } from '../../utils/search/types';
import { peopleLabel } from '../../utils/ui/people';
import { questionAnchor } from '../../utils/ui/answer-blocks';
import { useT } from '../i18n';

export interface PriorAnswersProps {
  questionNumber: number;
  load: (questionNumber: number) => Promise<PriorAnswer[]>;
  readerHref: (id: string) => string;
}

export function PriorAnswers({ questionNumber, load, readerHref }: PriorAnswersProps) {
  const t = useT();
  const [answers, setAnswers] = useState<PriorAnswer[] | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = `prior-${questionNumber}`;
  const toggle = () => {
    setOpen(!open);
    if (!answers)
      load(questionNumber).then(setAnswers, (e: unknown) =>
        setError(e instanceof Error ? e.message : String(e)),
      );
  };
  return (
    <div class="prior-answers">
      <button
        type="button"
        class="link-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={toggle}
      >
        {t('priorAnswersButton', { number: questionNumber })}
      </button>
      {open && (
        <div id={id}>
          {error && <p class="error">{t('error', { message: error })}</p>}
          {!error && !answers && <p class="hint">{t('loading')}</p>}
          {answers?.length === 0 && <p class="hint">{t('noPriorAnswers')}</p>}
          {answers && answers.length > 0 && (
            <ul>
              {answers.map((prior) => (
                <li
                  key={`${prior.document.id}-${prior.questionNumber}`}
                  data-kamerlezer-doc={prior.document.id}
                >
                  <a
                    href={`${readerHref(prior.document.id)}#${questionAnchor(prior.questionNumber)}`}
                  >
                    {prior.document.title}
                  </a>
                  <blockquote>{prior.questionText}</blockquote>
                  <p>{prior.answerOpening}</p>
                  <p class="hint">{t('answeredBy', { people: peopleLabel(prior.answeredBy) })}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
