/** A sync progress bar with counts, announced politely to screen readers. */
import type { SyncProgress } from '../utils/store/types';
import { useT } from './i18n';

export function ProgressBar({ progress }: { progress: SyncProgress }) {
  const t = useT();
  if (progress.state !== 'syncing') return null;
  const known = progress.total > 0;
  return (
    <div class="progress" role="status" aria-live="polite">
      <label>
        <span>{progress.phase ? `${t('syncing')} ${progress.phase}` : t('syncing')}</span>
        <progress
          aria-label={t('progressLabel')}
          max={known ? progress.total : undefined}
          value={known ? progress.done : undefined}
        />
      </label>
      {known && (
        <span class="progress-count">
          {t('progressCount', { done: progress.done, total: progress.total })}
        </span>
      )}
    </div>
  );
}
