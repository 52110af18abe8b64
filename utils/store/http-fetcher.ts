/**
 * A BundleFetcher over fetch(): a manifest URL (or a directory URL holding manifest.json) with
 * shard files beside it. Works for https sources and for the extension's own bundled files.
 *
 * Every request is bounded, whatever the server does:
 * - redirects are not followed (`redirect: 'manual'`): the only host asked is the configured one,
 *   as the README promises; a redirect fails the sync and says so;
 * - a body is read as a stream and cut off as soon as it passes its cap (a shard's declared size,
 *   the manifest's limit), so an endless or oversized body costs at most the cap;
 * - a request that sends nothing for `stallMs`, or takes longer than `requestMs` in all, is
 *   aborted.
 */
import { BundleError } from '../bundle/errors';
import type { ShardEntry } from '../bundle/format';
import { MANIFEST_FILE } from '../bundle/format';
import { LIMITS } from '../bundle/verify';
import type { BundleFetcher } from './sync';

/** "https://example.org/kamerlezer/" and ".../manifest.json" both name the manifest. */
export function manifestUrlOf(source: string): string {
  const url = new URL(source);
  if (!url.pathname.endsWith('.json'))
    url.pathname = url.pathname.replace(/\/?$/, '/') + MANIFEST_FILE;
  return url.href;
}

export interface FetchLimits {
  /** One request, headers and body. */
  requestMs: number;
  /** No byte arriving for this long. */
  stallMs: number;
}

/** A shard of ≈ 1 MB takes seconds on a slow line; two minutes means the line is not working. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = { requestMs: 120_000, stallMs: 20_000 };

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/**
 * GET `url` and read at most `maxBytes` of its body. Rejects with a BundleError saying what went
 * wrong (network, HTTP status, redirect, too large, stalled, too slow), or with the signal's
 * reason when `signal` aborted it.
 */
export async function fetchCapped(
  url: string,
  maxBytes: number,
  what: string,
  signal: AbortSignal | undefined,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<Uint8Array> {
  const own = new AbortController();
  let stalled = false;
  let slow = false;
  const abortFromOutside = () => own.abort(signal?.reason);
  if (signal?.aborted) throw signal.reason;
  signal?.addEventListener('abort', abortFromOutside, { once: true });
  const total = setTimeout(() => {
    slow = true;
    own.abort();
  }, limits.requestMs);
  let idle: ReturnType<typeof setTimeout> | undefined;
  const armIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      stalled = true;
      own.abort();
    }, limits.stallMs);
  };
  const failure = (error: unknown): unknown => {
    if (signal?.aborted) return signal.reason;
    if (stalled)
      return new BundleError(
        `${url} sent nothing for ${seconds(limits.stallMs)} s; the sync was stopped`,
        'stalled',
        { url, seconds: seconds(limits.stallMs) },
      );
    if (slow)
      return new BundleError(
        `${url} took longer than ${seconds(limits.requestMs)} s; the sync was stopped`,
        'request-timeout',
        { url, seconds: seconds(limits.requestMs) },
      );
    if (error instanceof BundleError) return error;
    // fetch() says only "Failed to fetch"; the reader needs to know what could not be reached.
    return new BundleError(
      `Could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`,
      'network',
      { url },
    );
  };
  try {
    armIdle();
    // no-store: a sync must see the source as it is now, never a cached manifest.
    const response = await fetch(url, {
      signal: own.signal,
      cache: 'no-store',
      redirect: 'manual',
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      // A browser hides where a manual redirect points (opaque response); Node shows it.
      const location = response.headers.get('location');
      const to = location ? new URL(location, url).origin : null;
      const from = new URL(url).origin;
      throw new BundleError(
        `${url} redirects to ${to ?? 'another address'}; Kamerlezer fetches only from ${from} and does not follow redirects`,
        'redirect',
        { url, from, to: to ?? '' },
      );
    }
    if (!response.ok)
      throw new BundleError(`HTTP ${response.status} for ${url}`, 'http', {
        url,
        status: response.status,
      });
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw tooLarge(url, what, maxBytes);
    }
    const body = response.body;
    if (!body) return new Uint8Array(await response.arrayBuffer());
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      armIdle();
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > maxBytes) {
        // Stop reading at once: a body that never ends costs the cap, not the disk.
        await reader.cancel().catch(() => {});
        throw tooLarge(url, what, maxBytes);
      }
      chunks.push(value);
    }
    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    return out;
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(total);
    clearTimeout(idle);
    signal?.removeEventListener('abort', abortFromOutside);
  }
}

function tooLarge(url: string, what: string, maxBytes: number): BundleError {
  return new BundleError(
    `${what} at ${url} is larger than ${maxBytes} bytes${what.startsWith('Shard') ? ' (its declared size)' : ''}`,
    what.startsWith('Shard') ? 'shard-too-large' : 'manifest-too-large',
    { url, bytes: maxBytes, limit: Math.round(maxBytes / 2 ** 20) },
  );
}

export function httpFetcher(
  source: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): BundleFetcher {
  const manifestUrl = manifestUrlOf(source);
  return {
    async manifest(signal) {
      const bytes = await fetchCapped(
        manifestUrl,
        LIMITS.manifestBytes,
        'The manifest',
        signal,
        limits,
      );
      return new TextDecoder().decode(bytes);
    },
    async shard(entry: ShardEntry, signal) {
      const url = new URL(entry.file, manifestUrl).href;
      if (new URL(url).origin !== new URL(manifestUrl).origin)
        throw new BundleError(`Shard ${entry.id} lies outside the source`, 'redirect', {
          url,
          from: new URL(manifestUrl).origin,
          to: new URL(url).origin,
        });
      return fetchCapped(url, entry.bytes, `Shard ${entry.id}`, signal, limits);
    },
  };
}
