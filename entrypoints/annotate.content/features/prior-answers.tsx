/**
 * Per question, a small marker that opens the prior answers to similar questions in other sets.
 * Asked for all questions at once; a marker appears only where there is something to show.
 */
import { render } from 'preact';
import pageCss from '../../../components/page/page-ui.css?inline';
import { PriorAnswersMarker } from '../../../components/page/prior-answers-marker';
import type { PriorAnswer } from '../../../utils/messages/protocol';
import { defineFeature } from '../feature';

const PER_QUESTION = 3;

/** The marker goes at the end of the question's own text, not after its block. */
function markerAnchor(element: Element): Element {
  if (element.matches('p, li, dd')) return element;
  const paragraphs = element.querySelectorAll('p');
  return paragraphs[paragraphs.length - 1] ?? element;
}

export default defineFeature({
  name: 'prior-answers',
  include: (context) => context.page.questions.length > 0,
  async init(context, signal) {
    const identified = await context.identify();
    if (!identified || signal.aborted) return;
    const id = identified.document.id;
    // Questions of the identified set, matched to the page's by number.
    const known = new Set(identified.document.questions.map((q) => q.number));
    const questions = context.page.questions.filter((q) => known.has(q.number));
    const answers: PriorAnswer[][] = await Promise.all(
      questions.map((q) => context.ask('priorAnswers', { id, questionNumber: q.number, limit: PER_QUESTION }).catch(() => [])),
    );
    if (signal.aborted) return;
    await Promise.all(
      questions.map(async (question, i) => {
        if (answers[i].length === 0) return;
        const mounted = await context.mountShadow({
          name: 'kamerlezer-prior',
          anchor: markerAnchor(question.element),
          append: 'last',
          css: pageCss,
          attributes: { 'data-kamerlezer': 'prior-marker', 'data-kamerlezer-question': String(question.number) },
          render(container) {
            render(<PriorAnswersMarker questionNumber={question.number} answers={answers[i]} t={context.t} />, container);
            return () => render(null, container);
          },
        });
        signal.addEventListener('abort', () => mounted.remove(), { once: true });
      }),
    );
  },
});
