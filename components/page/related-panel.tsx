/**
 * The compact panel above the page text: one line (status and counts) with a toggle; opened, it
 * shows the same questions to other ministers with a question-by-question comparison of their
 * answers, related sets with reasons, and the motions and Kamerstukken cited. Text only: corpus
 * strings are rendered as text nodes by Preact, never as HTML. Sets link to the reader view.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ClockFacts } from '../../utils/clock/deadline';
import type { PageTranslate, PageKey } from '../../utils/i18n/strings-page';
import type { Language } from '../../utils/i18n/translate';
import { ClockLine } from '../clock/clock-line';
import { CopyCitation } from '../clock/copy-citation';
import { FollowButton } from '../clock/follow-button';
import type { RelationKind } from '../../utils/search/types';
import { distinguishingAddressees, peopleLabel } from '../../utils/ui/people';
import type { PanelModel } from './panel-model';
import { SameQuestionsComparison } from './same-questions-comparison';
import { SetLink, type SetLinks } from './set-link';
import { STATUS_KEYS } from './status-text';
import { formatDay } from '../../utils/ui/format';
import { PANEL_BODY_ID, PanelHead } from './panel-head';

const REASONS: Record<RelationKind, PageKey> = {
  'same-questions': 'reason_same_questions',
  'same-motion': 'reason_same_motion',
  'same-kamerstuk': 'reason_same_kamerstuk',
  'same-news': 'reason_same_news',
  'same-topic': 'reason_same_topic',
  'same-submitters': 'reason_same_submitters',
};

/** The clock, the watchlist and the citation of the page's set (each optional, for tests). */
export interface PanelExtras {
  language: Language;
  /** The corpus's dates, filled in from the page text where the corpus has none. */
  clock?: ClockFacts | null;
  /** Whether the set is followed now, and how to change that. */
  watch?: {
    followed(): Promise<boolean>;
    setFollowed(follow: boolean): Promise<boolean>;
  };
  citation?: () => string;
  today?: string;
}

export function RelatedPanel({
  model,
  t,
  links,
  language = 'nl',
  initiallyOpen = false,
  extras,
}: {
  model: PanelModel;
  t: PageTranslate;
  links: SetLinks;
  language?: Language;
  initiallyOpen?: boolean;
  extras?: PanelExtras;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const [comparing, setComparing] = useState(false);
  const [followed, setFollowed] = useState(false);
  const [busy, setBusy] = useState(false);
  const watch = extras?.watch;
  useEffect(() => {
    if (!watch) return;
    let live = true;
    watch.followed().then(
      (value) => live && setFollowed(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [watch]);
  const toggleFollow = () => {
    if (!watch) return;
    setBusy(true);
    watch.setFollowed(!followed).then(
      (value) => {
        setFollowed(value);
        setBusy(false);
      },
      () => setBusy(false),
    );
  };
  const { document, siblings, related, cited, comparison } = model;
  const postponed =
    model.postponed === null
      ? null
      : model.postponed
        ? t('postponed', { date: formatDay(model.postponed, language) })
        : t('postponedNoDate');
  const notInIndex = model.inIndex
    ? null
    : model.indexedUntil
      ? t('notInIndex', { date: formatDay(model.indexedUntil, language) })
      : t('notInIndexNoDate');
  const status = [notInIndex, postponed ?? t(STATUS_KEYS[document.status])]
    .filter(Boolean)
    .join(' · ');
  const summary = model.inIndex
    ? t('panelSummary', {
        status,
        siblings:
          siblings.length > 0 ? t('siblingsCount', { count: siblings.length }) : t('siblingsNone'),
        related: t('relatedCount', { count: related.length }),
        cited: t('citedCount', { count: cited.length }),
      })
    : `${status} · ${t('relatedCount', { count: related.length })}`;
  return (
    <section
      class="panel"
      aria-label={t('panelLabel')}
      data-kamerlezer-identified={model.inIndex ? document.id : ''}
      {...(model.inIndex ? { 'data-kamerlezer-doc': document.id } : {})}
    >
      <PanelHead summary={summary} t={t} open={open} onToggle={() => setOpen(!open)} />
      {extras && (extras.clock || watch || extras.citation) && (
        <div class="panel-clock">
          <ClockLine
            facts={extras.clock}
            language={extras.language}
            label={t('clockLabel')}
            today={extras.today}
          />
          <div class="set-actions">
            {watch && (
              <FollowButton
                documentId={document.id}
                followed={followed}
                busy={busy}
                onToggle={toggleFollow}
                labels={{
                  follow: t('follow'),
                  following: t('following'),
                  followTitle: t('followLabel'),
                  unfollowTitle: t('unfollowLabel'),
                }}
              />
            )}
            {extras.citation && (
              <CopyCitation
                text={extras.citation}
                labels={{
                  copy: t('copyCitation'),
                  copied: t('citationCopied'),
                  failed: t('citationCopyFailed'),
                }}
              />
            )}
          </div>
        </div>
      )}
      {open && (
        <div class="panel-body" id={PANEL_BODY_ID}>
          {notInIndex ? (
            <>
              <p class="not-in-index">
                <strong>{notInIndex}</strong>
              </p>
              <p class="muted">
                {t('readFromPage')} {t('priorPerQuestion')}
              </p>
            </>
          ) : (
            <p class="muted">
              <span class={`status status-${document.status}`}>
                {t(STATUS_KEYS[document.status])}
              </span>{' '}
              {model.by === 'identifier'
                ? t('recognisedBy_identifier')
                : t('confidence', { percent: Math.round(model.confidence * 100) })}
            </p>
          )}
          {postponed && <p class="postponed">{postponed}</p>}
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
              <h2>{t(model.inIndex ? 'relatedHeading' : 'similarEarlierHeading')}</h2>
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
