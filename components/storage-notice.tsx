/**
 * What the options page and the popup say when the index cannot be written or read: a full disk
 * (with what the index needs and what Kamerlezer uses) or no IndexedDB at all (a Firefox private
 * window). Plain sentences, Dutch first; nothing while all is well.
 */
import type { SyncStatus } from '../utils/store/types';
import { syncTranslator } from '../utils/ui/strings-sync';
import { formatBytes } from '../utils/ui/format';
import { useI18n } from './i18n';

export function StorageNotice({
  status,
  unavailable = false,
}: {
  status: SyncStatus | null;
  /** The background could not open the index at all. */
  unavailable?: boolean;
}) {
  const { language } = useI18n();
  const t = syncTranslator(language);
  if (unavailable)
    return (
      <p class="error storage-notice" role="alert" data-kamerlezer-notice="index-unavailable">
        {t('index-unavailable')}
      </p>
    );
  const full = status?.storageFull;
  if (!full) return null;
  const needed =
    full.neededBytes ??
    (status?.last ? Math.max(status.last.bytes * 4, status.indexBytes ?? 0) : null);
  return (
    <div class="error storage-notice" role="alert" data-kamerlezer-notice="storage-full">
      <p>{t('storageFull')}</p>
      {needed !== null && <p>{t('storageFullNeeds', { needed: formatBytes(needed, language) })}</p>}
      {full.usageBytes !== null && (
        <p>{t('storageFullUsage', { usage: formatBytes(full.usageBytes, language) })}</p>
      )}
      {full.unsavedVisits > 0 && <p>{t('storageFullVisits', { count: full.unsavedVisits })}</p>}
    </div>
  );
}

/** True for the background's "no index here" answer (messaging carries the code). */
export function isIndexUnavailable(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'index-unavailable';
}
