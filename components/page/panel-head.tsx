/**
 * The panel's one-line head, the same in every state of the page panel: the name, a summary
 * (cut with an ellipsis, whole in its title) and, when there is a body, the toggle that opens it.
 */
import type { PageTranslate } from '../../utils/i18n/strings-page';

export const PANEL_BODY_ID = 'kamerlezer-panel-body';

export function PanelHead({
  summary,
  t,
  open,
  onToggle,
}: {
  summary: string;
  t: PageTranslate;
  /** Absent: the panel has no body, so no toggle. */
  open?: boolean;
  onToggle?: () => void;
}) {
  return (
    <div class="panel-head">
      <span class="name">Kamerlezer</span>
      <span class="summary" title={summary}>
        {summary}
      </span>
      {onToggle && (
        <button
          type="button"
          class="toggle panel-toggle"
          aria-expanded={open}
          aria-controls={PANEL_BODY_ID}
          onClick={onToggle}
        >
          {open ? t('panelToggleClose') : t('panelToggleOpen')}
        </button>
      )}
    </div>
  );
}
