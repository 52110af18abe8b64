/**
 * Chrome stops a service worker that has been idle for 30 s, and IndexedDB work does not count
 * as activity. While a long task runs, a cheap extension API call every 25 s keeps it alive.
 */
import { browser } from 'wxt/browser';

export const KEEP_ALIVE_INTERVAL_MS = 25_000;

export async function withKeepAlive<T>(
  task: () => Promise<T>,
  intervalMs = KEEP_ALIVE_INTERVAL_MS,
): Promise<T> {
  const timer = setInterval(() => {
    browser.runtime.getPlatformInfo().catch(() => {});
  }, intervalMs);
  try {
    return await task();
  } finally {
    clearInterval(timer);
  }
}
