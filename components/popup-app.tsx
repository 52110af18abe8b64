/** The popup: quick search plus links to the side panel, the overview and the options. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { HistoryEntry, SyncStatus } from '../utils/store/types';
import type { SearchRequest } from '../utils/search/types';
import { send } from '../utils/extension/messaging';
import { coverageLine } from '../utils/ui/coverage';
import { latestVisitPerDocument } from '../utils/ui/history-by-day';
import { openInTab, readerUrl } from './extension-links';
import { useI18n } from './i18n';
import { QuickSearch } from './search/quick-search';
import { isIndexUnavailable, StorageNotice } from './storage-notice';
import { extensionWatchApi } from './clock/extension-watch-api';

/** Chrome's side panel, or Firefox's sidebar; must run inside the click (a user gesture). */
function openSidePanel(windowId: number | undefined): void {
  const chromeSidePanel = (
    browser as { sidePanel?: { open(options: { windowId: number }): Promise<void> } }
  ).sidePanel;
  const firefoxSidebar = (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (chromeSidePanel && windowId !== undefined)
    void chromeSidePanel.open({ windowId }).then(() => window.close());
  else if (firefoxSidebar) void firefoxSidebar.open().then(() => window.close());
}

export function PopupApp() {
  const { t, language } = useI18n();
  const [recent, setRecent] = useState<HistoryEntry[]>([]);
  const [windowId, setWindowId] = useState<number>();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [unavailable, setUnavailable] = useState(false);

  useEffect(() => {
    send('listHistory', { limit: 20 }).then(
      (entries) => setRecent(latestVisitPerDocument(entries).slice(0, 5)),
      () => setRecent([]),
    );
    // A full disk or no index at all is said at the top, before the reader searches in vain;
    // the status also says what the index covers.
    send('syncStatus', {}).then(setStatus, (e: unknown) => setUnavailable(isIndexUnavailable(e)));
    // Known before any click, so opening the side panel needs no await inside the gesture.
    void browser.windows?.getCurrent().then((w) => setWindowId(w.id));
  }, []);

  const search = useCallback((request: SearchRequest) => send('search', request), []);
  const open = useCallback((documentId: string) => {
    void openInTab(readerUrl(documentId)).then(() => window.close());
  }, []);

  return (
    <main>
      <header class="popup-header">
        <h1>{t('appName')}</h1>
        <nav>
          <button
            type="button"
            class="link-button"
            title={t('navSidePanelHelp')}
            onClick={() => openSidePanel(windowId)}
          >
            {t('navSidePanel')}
          </button>
          <a href="overview.html" target="_blank">
            {t('navOverview')}
          </a>
          <a
            href="options.html"
            onClick={(event) => {
              event.preventDefault();
              void browser.runtime.openOptionsPage();
            }}
          >
            {t('navOptions')}
          </a>
        </nav>
      </header>
      <StorageNotice status={status} unavailable={unavailable} />
      <QuickSearch
        search={search}
        recent={recent}
        readerHref={readerUrl}
        onOpen={open}
        watch={extensionWatchApi}
      />
      {status?.last && (
        <p class="popup-coverage" data-kamerlezer-coverage>
          {coverageLine(status.last, t, language)}
        </p>
      )}
    </main>
  );
}
