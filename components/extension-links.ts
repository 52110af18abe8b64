/** Addresses of the extension's own pages, and opening them from the popup or side panel. */
import { browser } from 'wxt/browser';

export { readerUrl } from '../utils/extension/reader-url';

export async function openInTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
