/**
 * Why a sync failed, as a code the surfaces translate (utils/i18n/strings-sync.ts: Dutch first)
 * plus the figures the sentence names. `message` stays an English sentence for logs and for
 * readers of the raw status; the options page and popup show the translated one.
 */
export type SyncFailureCode =
  | 'bundle'
  | 'manifest-too-large'
  | 'manifest-limit'
  | 'manifest-totals'
  | 'manifest-duplicate'
  | 'shard-too-large'
  | 'unpacked-too-large'
  | 'corrupt'
  | 'empty-manifest'
  | 'shrink'
  | 'redirect'
  | 'http'
  | 'network'
  | 'request-timeout'
  | 'stalled'
  | 'sync-timeout'
  | 'gave-up'
  | 'quota'
  | 'index-unavailable';

export type FailureParams = Record<string, string | number>;

export class BundleError extends Error {
  override name = 'BundleError';
  constructor(
    message: string,
    readonly code: SyncFailureCode = 'bundle',
    readonly params: FailureParams = {},
  ) {
    super(message);
  }
}

/** The code and figures of any error (plain errors are 'bundle' with their message only). */
export function failureOf(error: unknown): {
  code: SyncFailureCode;
  params: FailureParams;
  message: string;
} {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof BundleError) return { code: error.code, params: error.params, message };
  if (isQuotaError(error)) return { code: 'quota', params: {}, message };
  return { code: 'bundle', params: {}, message };
}

/**
 * A full disk, however it reaches us: the DOMException itself, or Dexie's wrapper around it
 * (name 'QuotaExceededError', or an `inner` error of that name).
 */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const named = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    if (named.name === 'QuotaExceededError') return true;
    // Chromium writes large values to files beside its database; on a full disk that fails as
    // "DataError: Failed to write blobs (IOError)" rather than as a quota error (measured on a
    // full tmpfs profile). Both mean: no room to write.
    if (
      (named.name === 'DataError' || named.name === 'UnknownError') &&
      typeof named.message === 'string' &&
      /IOError|write blobs|no space|disk/i.test(named.message)
    )
      return true;
    e = named.inner ?? named.cause;
  }
  return false;
}

/**
 * IndexedDB cannot be used here at all: missing (Dexie's MissingAPIError), refused (Firefox
 * private windows of older releases: InvalidStateError; blocked storage: SecurityError), or an
 * open that failed for one of those reasons (OpenFailedError around it).
 */
export function isIndexUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const named = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (
      named.name === 'MissingAPIError' ||
      named.name === 'InvalidStateError' ||
      named.name === 'SecurityError'
    )
      return true;
    e = named.inner ?? named.cause;
  }
  return false;
}
