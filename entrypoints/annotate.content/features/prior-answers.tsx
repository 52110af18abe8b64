/**
 * Per question, a small marker that opens the prior answers to similar questions in other sets.
 * Their counts come with the page's identification (one message for the page), so a marker
 * appears only where there is something to show; the answers are asked when it is opened.
 */
import { render } from 'preact';
import pageCss from '../../../components/page/page-ui.css?inline';
import { PriorAnswersMarker } from '../../../components/page/prior-answers-marker';
import { PRIOR_PER_QUESTION } from '../../../utils/search/annotate-page';
import { defineFeature } from '../feature';

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
    await Promise.all(
      context.page.questions.map(async (question) => {
        const count = identified.priorAnswerCounts.get(question.number);
        if (!count) return;
        const load = () =>
          context
            .ask('priorAnswersForSet', {
              id: identified.document.id,
              questionNumbers: [question.number],
              limitPerQuestion: PRIOR_PER_QUESTION,
            })
            .then(([answers]) => answers);
        const mounted = await context.mountShadow({
          name: 'kamerlezer-prior',
          anchor: markerAnchor(question.element),
          append: 'last',
          css: pageCss,
          attributes: {
            'data-kamerlezer': 'prior-marker',
            'data-kamerlezer-question': String(question.number),
          },
          render(container) {
            render(
              <PriorAnswersMarker
                questionNumber={question.number}
                count={count}
                load={load}
                t={context.t}
                links={context.links}
              />,
              container,
            );
            return () => render(null, container);
          },
        });
        signal.addEventListener('abort', () => mounted.remove(), { once: true });
      }),
    );
  },
});
