/**
 * The compact panel above the page text: one line (status and counts) with a toggle; opened, it
 * shows the same questions to other ministers with a question-by-question comparison of their
 * answers, related sets with reasons, and the motions and Kamerstukken cited. Text only: corpus
 * strings are rendered as text nodes by Preact, never as HTML. Sets link to the reader view.
 */
import { useState } from 'preact/hooks';
import type { PageTranslate, PageKey } from '../../utils/i18n/strings-page';
import type { RelationKind } from '../../utils/search/types';
import { distinguishingAddressees, peopleLabel } from '../../utils/ui/people';
import type { PanelModel } from './panel-model';
import { SameQuestionsComparison } from './same-questions-comparison';
import { SetLink, type SetLinks } from './set-link';
import { STATUS_KEYS } from './status-text';

const REASONS: Record<RelationKind, PageKey> = {
  'same-questions': 'reason_same_questions',
  'same-motion': 'reason_same_motion',
  'same-kamerstuk': 'reason_same_kamerstuk',
  'same-news': 'reason_same_news',
  'same-topic': 'reason_same_topic',
  'same-submitters': 'reason_same_submitters',
};

export function RelatedPanel({
  model,
  t,
  links,
  initiallyOpen = false,
}: {
  model: PanelModel;
  t: PageTranslate;
  links: SetLinks;
  initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const [comparing, setComparing] = useState(false);
  const { document, siblings, related, cited, comparison } = model;
  const summary = t('panelSummary', {
    status: t(STATUS_KEYS[document.status]),
    siblings:
      siblings.length > 0 ? t('siblingsCount', { count: siblings.length }) : t('siblingsNone'),
    related: t('relatedCount', { count: related.length }),
    cited: t('citedCount', { count: cited.length }),
  });
  const bodyId = 'kamerlezer-panel-body';
  return (
    <section class="panel" aria-label={t('panelLabel')} data-kamerlezer-doc={document.id}>
      <div class="panel-head">
        <span class="name">Kamerlezer</span>
        <span class="summary" title={summary}>
          {summary}
        </span>
        <button
          type="button"
          class="toggle panel-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('panelToggleClose') : t('panelToggleOpen')}
        </button>
      </div>
      {open && (
        <div class="panel-body" id={bodyId}>
          <p class="muted">
            <span class={`status status-${document.status}`}>
              {t(STATUS_KEYS[document.status])}
            </span>{' '}
            {t('confidence', { percent: Math.round(model.confidence * 100) })}
          </p>
          {siblings.length > 0 && (
            <>
              <h2>{t('sameQuestionsHeading')}</h2>
              <ul>
                {siblings.map((sibling) => (
                  <li key={sibling.id} data-kamerlezer-doc={sibling.id}>
                    <SetLink id={sibling.id} title={sibling.title} links={links} t={t}>
                      {/* Name the minister that sets it apart, not the staatssecretaris all share. */}
                      {peopleLabel(
                        distinguishingAddressees(
                          sibling.addressees,
                          [document, ...siblings]
                            .filter((d) => d !== sibling)
                            .map((d) => d.addressees),
                        ),
                      )}
                    </SetLink>{' '}
                    <span class={`status status-${sibling.status}`}>
                      {t(STATUS_KEYS[sibling.status])}
                    </span>
                  </li>
                ))}
              </ul>
              {comparison && (
                <>
                  <button
                    type="button"
                    class="toggle compare-toggle"
                    aria-expanded={comparing}
                    onClick={() => setComparing(!comparing)}
                  >
                    {comparing ? t('hideComparison') : t('compareAnswers')}
                  </button>
                  {comparing && (
                    <SameQuestionsComparison
                      table={comparison}
                      documents={[document, ...siblings]}
                      t={t}
                    />
                  )}
                </>
              )}
            </>
          )}
          {related.length > 0 && (
            <>
              <h2>{t('relatedHeading')}</h2>
              <ul>
                {related.map((set) => (
                  <li key={set.document.id} data-kamerlezer-doc={set.document.id}>
                    <SetLink id={set.document.id} title={set.document.title} links={links} t={t}>
                      {set.document.title}
                    </SetLink>{' '}
                    <span class={`status status-${set.document.status}`}>
                      {t(STATUS_KEYS[set.document.status])}
                    </span>
                    <div class="reasons">
                      {set.reasons
                        .map(
                          (reason) =>
                            t(REASONS[reason.kind]) + (reason.detail ? `: ${reason.detail}` : ''),
                        )
                        .join(' · ')}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
          {cited.length > 0 && (
            <>
              <h2>{t('citedHeading')}</h2>
              <ul>
                {cited.map((paper) => (
                  <li key={paper.ref}>
                    <a href={paper.url} data-kamerlezer-ref={paper.ref}>
                      {paper.label}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
