/**
 * The side panel's "Gevolgd" section: each followed set with its clock, what a sync changed
 * since the reader last looked ("Nieuw sinds je laatste blik: beantwoord"), and an unfollow
 * button. Opening a set marks its news seen.
 */
import { mergeClockFacts } from '../../utils/clock/deadline';
import type { WatchEntry } from '../../utils/store/types';
import { WATCH_CHANGE_KEYS } from '../../utils/i18n/strings-ui';
import { SetClock } from '../clock/set-tools';
import { useI18n } from '../i18n';

export interface WatchSectionProps {
  entries: WatchEntry[];
  readerHref: (id: string) => string;
  onOpen: (entry: WatchEntry) => void;
  onUnfollow: (entry: WatchEntry) => void;
  today?: string;
}

export function WatchSection({
  entries,
  readerHref,
  onOpen,
  onUnfollow,
  today,
}: WatchSectionProps) {
  const { t } = useI18n();
  return (
    <section class="watchlist" aria-labelledby="watch-title">
      <h2 id="watch-title">{t('watchTitle')}</h2>
      {entries.length === 0 ? (
        <p class="hint">{t('watchEmpty')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li
              key={entry.documentId}
              class={`watch-entry${entry.changes.length ? ' watch-changed' : ''}`}
              data-kamerlezer-doc={entry.documentId}
              data-kamerlezer-watch={entry.changes.join(' ') || 'none'}
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
                {entry.changes.length > 0 && (
                  <span class="watch-change">
                    {t('watchChanged', {
                      changes: entry.changes.map((c) => t(WATCH_CHANGE_KEYS[c])).join(', '),
                    })}
                  </span>
                )}
                <SetClock
                  facts={mergeClockFacts(entry.facts, entry.pageFacts ?? {})}
                  today={today}
                />
              </div>
              <div class="entry-actions">
                <button
                  type="button"
                  class="link-button"
                  aria-label={t('unfollowLabel', { title: entry.title })}
                  onClick={() => onUnfollow(entry)}
                >
                  {t('unfollow')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
