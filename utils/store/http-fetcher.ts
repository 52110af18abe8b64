/**
 * A BundleFetcher over fetch(): a manifest URL (or a directory URL holding manifest.json) with
 * shard files beside it. Works for https sources and for the extension's own bundled files.
 */
import type { ShardEntry } from '../bundle/format';
import { MANIFEST_FILE } from '../bundle/format';
import type { BundleFetcher } from './sync';

/** "https://example.org/kamerlezer/" and ".../manifest.json" both name the manifest. */
export function manifestUrlOf(source: string): string {
  const url = new URL(source);
  if (!url.pathname.endsWith('.json'))
    url.pathname = url.pathname.replace(/\/?$/, '/') + MANIFEST_FILE;
  return url.href;
}

async function get(url: string, signal?: AbortSignal): Promise<Response> {
  // no-store: a sync must see the source as it is now, never a cached manifest.
  let response: Response;
  try {
    response = await fetch(url, { signal, cache: 'no-store' });
  } catch (error) {
    if (signal?.aborted) throw error;
    // fetch() says only "Failed to fetch"; the reader needs to know what could not be reached.
    throw new Error(
      `Could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response;
}

export function httpFetcher(source: string): BundleFetcher {
  const manifestUrl = manifestUrlOf(source);
  return {
    async manifest(signal) {
      return (await get(manifestUrl, signal)).text();
    },
    async shard(entry: ShardEntry, signal) {
      return (await get(new URL(entry.file, manifestUrl).href, signal)).arrayBuffer();
    },
  };
}
