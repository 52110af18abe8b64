/** The side panel's HistoryApi over the background's messages and the tabs API. */
import { browser } from 'wxt/browser';
import { send } from '../../utils/extension/messaging';
import { historyExport, historyExportFileName } from '../../utils/ui/history-export';
import {
  exportFileName,
  historyTable,
  toCsv,
  toMarkdown,
  watchlistTable,
} from '../../utils/citation/export';
import { todayIn } from '../../utils/clock/days';
import { localDayKey } from '../../utils/ui/history-by-day';
import type { Language } from '../../utils/i18n/translate';

/** The export's language: the page's (the I18nProvider sets documentElement.lang). */
function pageLanguage(): Language {
  return document.documentElement.lang === 'en' ? 'en' : 'nl';
}

async function tables() {
  const [entries, watched] = await Promise.all([
    send('exportHistory', {}),
    send('listWatchlist', {}),
  ]);
  const language = pageLanguage();
  const today = todayIn(new Date());
  return {
    language,
    history: historyTable(entries, language),
    watchlist: watchlistTable(watched, language, today),
    watchedCount: watched.length,
  };
}
import { openInTab, readerUrl } from '../extension-links';
import { onStoreChange } from '../store-watch';
import type { HistoryApi } from './history-panel';

function download(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const extensionHistoryApi: HistoryApi = {
  list: () => send('listHistory', {}),
  remove: (id) => send('removeHistory', { id }),
  clear: () => send('clearHistory', {}),
  async exportJson() {
    const [entries, watched] = await Promise.all([
      send('exportHistory', {}),
      send('listWatchlist', {}),
    ]);
    const now = Date.now();
    download(
      historyExportFileName(now),
      JSON.stringify(historyExport(entries, now, watched), null, 2),
    );
  },
  async exportCsv() {
    const { history, watchlist, watchedCount } = await tables();
    const day = localDayKey(Date.now());
    download(exportFileName('geschiedenis', day, 'csv'), toCsv(history), 'text/csv');
    if (watchedCount) download(exportFileName('gevolgd', day, 'csv'), toCsv(watchlist), 'text/csv');
  },
  async exportMarkdown() {
    const { language, history, watchlist } = await tables();
    const title = (nl: string, en: string) => (language === 'nl' ? nl : en);
    const text = [
      toMarkdown(watchlist, title('Gevolgd', 'Following')),
      toMarkdown(history, title('Geschiedenis', 'History')),
    ].join('\n');
    download(exportFileName('geschiedenis', localDayKey(Date.now()), 'md'), text, 'text/markdown');
  },
  watchlist: () => send('listWatchlist', {}),
  unfollow: (documentId) => send('unfollow', { documentId }),
  markWatchSeen: (documentId) => send('markWatchSeen', { documentId }),
  summaries: (ids) => send('summaries', { ids }),
  related: (documentId) => send('related', { id: documentId, limit: 8 }),
  markSeen: (documentId) => send('markHistorySeen', { documentId }),
  syncStatus: () => send('syncStatus', {}),
  async currentTabUrl() {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.url ?? null;
  },
  open: (documentId) => void openInTab(readerUrl(documentId)),
  readerHref: readerUrl,
  confirm: (message) => window.confirm(message),
  onOutsideChange(callback) {
    const onActivated = () => callback();
    const onUpdated = (_id: number, change: { status?: string }) =>
      change.status === 'complete' && callback();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  },
  onStoreChange,
};
