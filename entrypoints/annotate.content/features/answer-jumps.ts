/**
 * "Zie het antwoord op vraag 7": the words "vraag 7" become a link that jumps to that answer on
 * this page (and moves keyboard focus there). Needs no corpus: the page's own answers suffice.
 */
import type { ExtractedAnswer } from '../../../utils/sites/extracted-page';
import { findAnswerPointers } from '../../../utils/sites/answer-pointers';
import type { PageTranslate } from '../../../utils/i18n/strings-page';
import { defineFeature } from '../feature';
import { textNodesIn, wrapSpans } from '../text-nodes';

export function jumpTo(target: Element): void {
  target.scrollIntoView({ block: 'start', behavior: 'smooth' });
  const focusable = target as HTMLElement;
  // Focus follows the jump so keyboard and screen-reader users land on the answer too.
  if (!focusable.hasAttribute('tabindex')) focusable.setAttribute('tabindex', '-1');
  focusable.focus({ preventScroll: true });
}

export function linkAnswerPointers(
  answers: readonly ExtractedAnswer[],
  t: PageTranslate,
  signal?: AbortSignal,
): HTMLAnchorElement[] {
  const links: HTMLAnchorElement[] = [];
  for (const answer of answers) {
    for (const node of answer.body.flatMap(textNodesIn)) {
      const pointers = findAnswerPointers(node.nodeValue ?? '').filter((pointer) => {
        const target = answers.find((a) => a.numbers.includes(pointer.question));
        return target && target !== answer;
      });
      const made = wrapSpans(node, pointers, (text, pointer) => {
        const target = answers.find((a) => a.numbers.includes(pointer.question))!.element;
        const link = node.ownerDocument.createElement('a');
        link.href = target.id ? `#${target.id}` : '#';
        link.textContent = text;
        link.title = t('jumpTitle', { number: pointer.question });
        link.setAttribute('data-kamerlezer', 'answer-jump');
        link.setAttribute('data-kamerlezer-question', String(pointer.question));
        link.addEventListener(
          'click',
          (event) => {
            event.preventDefault();
            jumpTo(target);
          },
          { signal },
        );
        return link;
      });
      links.push(...(made as HTMLAnchorElement[]));
    }
  }
  return links;
}

export default defineFeature({
  name: 'answer-jumps',
  include: (context) => context.page.answers.length > 1,
  init(context, signal) {
    linkAnswerPointers(context.page.answers, context.t, signal);
  },
});
