/**
 * The page panel when the browser gives the extension no IndexedDB (a Firefox private window):
 * one plain sentence in the same corner, instead of nothing, so the reader knows why no related
 * questions show while the citation links still work.
 */
import type { PageTranslate } from '../../utils/i18n/strings-page';

export function UnavailablePanel({ t }: { t: PageTranslate }) {
  return (
    <section class="panel panel-unavailable" aria-label={t('unavailableLabel')} role="status">
      <div class="panel-head">
        <span class="name">Kamerlezer</span>
        <span class="unavailable-text">{t('storageUnavailable')}</span>
      </div>
    </section>
  );
}
