/**
 * The panel for a page that fits several sets alike (the same questions put to several
 * ministers) and does not say which it is: "one of N sets with these questions", listing them,
 * rather than claiming one. Same look and keyboard behaviour as the set panel.
 */
import { useState } from 'preact/hooks';
import type { PageTranslate } from '../../utils/i18n/strings-page';
import type { DocumentSummary } from '../../utils/search/types';
import { peopleLabel } from '../../utils/ui/people';
import { SetLink, type SetLinks } from './set-link';
import { STATUS_KEYS } from './status-text';
import { PANEL_BODY_ID, PanelHead } from './panel-head';

export function AlikePanel({
  sets,
  t,
  links,
}: {
  sets: DocumentSummary[];
  t: PageTranslate;
  links: SetLinks;
}) {
  const [open, setOpen] = useState(false);
  const summary = t('alikeSummary', { count: sets.length });
  return (
    <section class="panel" aria-label={t('panelLabel')} data-kamerlezer-alike={sets.length}>
      <PanelHead summary={summary} t={t} open={open} onToggle={() => setOpen(!open)} />
      {open && (
        <div class="panel-body" id={PANEL_BODY_ID}>
          <p class="muted">{t('alikeIntro', { count: sets.length })}</p>
          <ul>
            {sets.map((set) => (
              <li key={set.id} data-kamerlezer-doc={set.id}>
                <SetLink id={set.id} title={set.title} links={links} t={t}>
                  {`${set.title} (${peopleLabel(set.addressees)})`}
                </SetLink>{' '}
                <span class={`status status-${set.status}`}>{t(STATUS_KEYS[set.status])}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
