/**
 * Does this error mean the browser gives the extension no IndexedDB at all (rather than one
 * request failing)? Firefox refuses IndexedDB in private browsing where it is not supported
 * (before 115, or with dom.indexedDB.privateBrowsing.enabled off), which with "Never remember
 * history" is every window: open() fails with InvalidStateError ("A mutation operation was
 * attempted on a database that did not allow mutations"). A missing API, a SecurityError
 * (storage blocked) and a database that cannot be opened at all mean the same to the reader.
 * Dexie wraps the browser's error (`inner`), so the chain is followed.
 */
const UNAVAILABLE_NAMES = new Set(['MissingAPIError', 'SecurityError', 'OpenFailedError']);
const UNAVAILABLE_MESSAGE =
  /did not allow mutations|indexedDB API (missing|not found)|operation is insecure/i;

export function isStorageUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const { name, message, inner, cause } = current as {
      name?: unknown;
      message?: unknown;
      inner?: unknown;
      cause?: unknown;
    };
    if (typeof name === 'string' && UNAVAILABLE_NAMES.has(name)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    current = inner ?? cause;
  }
  return false;
}
