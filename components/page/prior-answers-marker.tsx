/**
 * The small marker after a question: "2 eerdere antwoorden". It opens a popover (positioned, so
 * the page text does not move) with answered questions elsewhere that ask nearly the same thing,
 * the opening of each answer and who gave it. The count comes with the page; the answers are
 * asked (`load`) the first time the popover opens. Escape or the close button returns focus.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageTranslate } from '../../utils/i18n/strings-page';
import type { PriorAnswer } from '../../utils/search/types';
import { peopleLabel } from '../../utils/ui/people';
import { SetLink, type SetLinks } from './set-link';

export function PriorAnswersMarker({
  questionNumber,
  count,
  load,
  t,
  links,
}: {
  questionNumber: number;
  count: number;
  load: () => Promise<PriorAnswer[]>;
  t: PageTranslate;
  links: SetLinks;
}) {
  const [open, setOpen] = useState(false);
  const [answers, setAnswers] = useState<PriorAnswer[] | null>(null);
  const [failed, setFailed] = useState(false);
  const loading = useRef(false);
  useEffect(() => {
    if (!open || answers || loading.current) return;
    loading.current = true;
    setFailed(false);
    load()
      .then(
        (loaded) => setAnswers(loaded),
        () => setFailed(true),
      )
      .finally(() => (loading.current = false));
  }, [open, answers, load]);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const id = `kamerlezer-prior-${questionNumber}`;
  // Layout effect: focus moves with the render, before a key pressed right after the click.
  useLayoutEffect(() => {
    if (open) popover.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    // Escape closes from the marker or from inside the popover.
    <span onKeyDown={(event) => open && event.key === 'Escape' && close()}>
      <button
        ref={button}
        type="button"
        class="marker"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('priorMarkerLabel', { number: questionNumber })}
        onClick={() => setOpen(!open)}
      >
        {t(count === 1 ? 'priorMarker' : 'priorMarkerMany', { count })}
      </button>
      {open && (
        <div
          class="popover"
          id={id}
          role="dialog"
          aria-label={t('priorHeading', { number: questionNumber })}
          tabIndex={-1}
          ref={popover}
        >
          <button type="button" class="close" aria-label={t('close')} onClick={close}>
            ×
          </button>
          <h2>{t('priorHeading', { number: questionNumber })}</h2>
          {!answers && (
            <p class="muted" role="status">
              {t(failed ? 'priorLoadFailed' : 'priorLoading')}
            </p>
          )}
          <ul>
            {(answers ?? []).map((prior) => (
              <li
                key={`${prior.document.id}-${prior.questionNumber}`}
                data-kamerlezer-doc={prior.document.id}
              >
                <SetLink id={prior.document.id} title={prior.document.title} links={links} t={t}>
                  {t('priorQuestion', {
                    number: prior.questionNumber,
                    title: prior.document.title,
                  })}
                </SetLink>
                <div class="muted">{prior.questionText}</div>
                <div>{prior.answerOpening}</div>
                <div class="muted">
                  {t('priorAnsweredBy', { people: peopleLabel(prior.answeredBy) })}
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </span>
  );
}
