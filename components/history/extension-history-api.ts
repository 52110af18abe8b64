/** The side panel's HistoryApi over the background's messages and the tabs API. */
import { browser } from 'wxt/browser';
import { send } from '../../utils/extension/messaging';
import { historyExport, historyExportFileName } from '../../utils/ui/history-export';
import { openInTab, readerUrl } from '../extension-links';
import { onStoreChange } from '../store-watch';
import type { HistoryApi } from './history-panel';

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
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
    const entries = await send('exportHistory', {});
    const now = Date.now();
    download(historyExportFileName(now), JSON.stringify(historyExport(entries, now), null, 2));
  },
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
