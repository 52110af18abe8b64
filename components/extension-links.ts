/** Addresses of the extension's own pages, and opening them from the popup or side panel. */
import { browser } from 'wxt/browser';

export function readerPath(documentId: string): string {
  return `reader.html?id=${encodeURIComponent(documentId)}`;
}

export function readerUrl(documentId: string): string {
  return browser.runtime.getURL('/reader.html') + `?id=${encodeURIComponent(documentId)}`;
}

export async function openInTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
