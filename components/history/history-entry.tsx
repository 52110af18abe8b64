/** One visited set in the side panel, with its related sets one click away and a remove button. */
import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry as Entry } from '../../utils/store/types';
import type { RelatedSet } from '../../utils/search/types';
import { linkUrl } from '../../utils/ui/link-url';
import { useI18n } from '../i18n';
import { RelatedList } from '../related-list';

export interface HistoryEntryProps {
  entry: Entry;
  readerHref: (id: string) => string;
  loadRelated: (documentId: string) => Promise<RelatedSet[]>;
  onOpen: (entry: Entry) => void;
  onRemove?: (entry: Entry) => void;
  /** Show the related sets straight away (the current tab's set). */
  expanded?: boolean;
}

export function HistoryEntryItem({
  entry,
  readerHref,
  loadRelated,
  onOpen,
  onRemove,
  expanded = false,
}: HistoryEntryProps) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(expanded);
  const [related, setRelated] = useState<RelatedSet[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const relatedId = `related-${entry.id ?? entry.documentId}`;

  useEffect(() => {
    if (!open || related) return;
    loadRelated(entry.documentId).then(setRelated, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  }, [open, related, entry.documentId, loadRelated]);

  const time = new Date(entry.visitedAt).toLocaleTimeString(language === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <li
      class={`history-entry${entry.answeredSinceVisit ? ' answered-since' : ''}`}
      data-kamerlezer-doc={entry.documentId}
    >
      <div class="entry-main">
        <a
          href={readerHref(entry.documentId)}
          onClick={(event) => {
            event.preventDefault();
            onOpen(entry);
          }}
        >
          {entry.title}
        </a>
        {entry.answeredSinceVisit && <span class="badge-new">{t('answeredSinceVisit')}</span>}
        <div class="entry-meta">
          <time dateTime={new Date(entry.visitedAt).toISOString()}>{time}</time> ·{' '}
          {entry.via === 'page' && linkUrl(entry.url) ? (
            <a href={linkUrl(entry.url)!} target="_blank" rel="noopener noreferrer">
              {t('viaPage')}
            </a>
          ) : entry.via === 'page' ? (
            t('viaPage')
          ) : (
            t('viaReader')
          )}
        </div>
      </div>
      <div class="entry-actions">
        <button
          type="button"
          class="link-button"
          aria-expanded={open}
          aria-controls={relatedId}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {open ? t('hideRelated') : t('showRelated')}
        </button>
        {onRemove && (
          <button
            type="button"
            class="remove"
            aria-label={t('removeEntry', { title: entry.title })}
            title={t('removeEntry', { title: entry.title })}
            onClick={() => onRemove(entry)}
          >
            ×
          </button>
        )}
      </div>
      {open && (
        <div id={relatedId} class="entry-related">
          {error ? (
            <p class="error">{t('error', { message: error })}</p>
          ) : related ? (
            <RelatedList sets={related} readerHref={readerHref} />
          ) : (
            <p class="hint">{t('loading')}</p>
          )}
        </div>
      )}
    </li>
  );
}
