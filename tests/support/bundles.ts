/**
 * Bundles and databases for the store and bundle tests: a corpus built into small shards, a
 * fetcher over it that can be told to misbehave, shard text to edit, a fresh fake IndexedDB.
 * Their corpora are numbered sets (./documents.ts).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Corpus } from '../../utils/corpus/model';
import { buildBundle, type BuildBundleOptions } from '../../utils/bundle/build';
import { gunzip, gzip } from '../../utils/bundle/compress';
import type { Bundle, ShardEntry } from '../../utils/bundle/format';
import { KamerDb } from '../../utils/store/db';
import type { BundleFetcher } from '../../utils/store/sync';

/** Small shards so that a few dozen sets give several of them. */
export const SMALL_SHARDS: BuildBundleOptions = { shardPlan: { targetSize: 4, maxSize: 8 } };

export function bundleOf(
  corpus: Corpus,
  options: BuildBundleOptions = SMALL_SHARDS,
): Promise<Bundle> {
  return buildBundle(corpus, options);
}

/** A fetcher over an in-memory bundle that counts what it serves and can be told to misbehave. */
export interface MemoryFetcher extends BundleFetcher {
  served: string[];
}

export function memoryFetcher(
  bundle: Bundle,
  faults: {
    shard?: (entry: ShardEntry, index: number) => Promise<ArrayBuffer | Uint8Array> | undefined;
  } = {},
): MemoryFetcher {
  const served: string[] = [];
  return {
    served,
    async manifest() {
      return JSON.stringify(bundle.manifest);
    },
    async shard(entry) {
      const faulty = faults.shard?.(entry, served.length);
      served.push(entry.id);
      if (faulty) return faulty;
      const bytes = bundle.files.get(entry.file);
      if (bytes === undefined) throw new Error(`HTTP 404 for ${entry.file}`);
      return bytes;
    },
  };
}

/** A shard file's text, uncompressed (header line + one document per line). */
export async function shardLines(bundle: Bundle, file: string): Promise<string[]> {
  return new TextDecoder().decode(await gunzip(bundle.files.get(file)!)).split('\n');
}

/** Re-compress edited shard text (a server that serves something else under the same name). */
export async function packLines(lines: string[]): Promise<Uint8Array> {
  return gzip(new TextEncoder().encode(lines.join('\n')));
}

let counter = 0;
/** A fresh database on its own fake IndexedDB. */
export function freshDb(factory: IDBFactory = new IDBFactory()): KamerDb {
  return new KamerDb(`test-${++counter}`, { indexedDB: factory, IDBKeyRange });
}
