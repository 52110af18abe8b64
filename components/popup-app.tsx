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
  const [sync, setSync] = useState<SyncStatus | null>(null);
  const [windowId, setWindowId] = useState<number>();

  useEffect(() => {
    send('listHistory', { limit: 20 }).then(
      (entries) => setRecent(latestVisitPerDocument(entries).slice(0, 5)),
      () => setRecent([]),
    );
    send('syncStatus', {}).then(setSync, () => setSync(null));
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
      <QuickSearch search={search} recent={recent} readerHref={readerUrl} onOpen={open} />
      {sync?.last && (
        <p class="popup-coverage" data-kamerlezer-coverage>
          {coverageLine(sync.last, t, language)}
        </p>
      )}
    </main>
  );
}
