/**
 * The reader view's address for a set: one place for the extension's pages, the content
 * script's links and the background that opens it in a tab.
 */
import { browser } from 'wxt/browser';

export function readerUrl(documentId: string): string {
  // reader.html is an entrypoint, not a public file, so WXT's typed getURL does not list it.
  return browser.runtime.getURL('/reader.html') + `?id=${encodeURIComponent(documentId)}`;
}
