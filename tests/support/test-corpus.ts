/**
 * Small hand-made corpora for the store and bundle tests. The sync logic does not care what a
 * set says, only that sets have ids, content and a status; the seed's parse is tested elsewhere.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Corpus, KamerDocument, SetStatus } from '../../utils/corpus/model';
import { buildBundle, type BuildBundleOptions } from '../../utils/bundle/build';
import { gunzip, gzip } from '../../utils/bundle/compress';
import type { Bundle, ShardEntry } from '../../utils/bundle/format';
import { KamerDb } from '../../utils/store/db';
import type { BundleFetcher } from '../../utils/store/sync';

export function makeDocument(
  n: number,
  status: SetStatus = 'unanswered',
  extra = '',
): KamerDocument {
  const answer = status === 'unanswered' ? null : `Antwoord ${n}${extra}`;
  return {
    id: `set-${String(n).padStart(5, '0')}`,
    title: `Vragen over onderwerp ${n}${extra}`,
    submitters: [{ name: `Kamerlid ${n % 7}`, roles: [], party: 'VVD', partyAsWritten: null }],
    addressees: [
      { name: `Minister ${n % 5}`, roles: ['minister'], party: null, partyAsWritten: null },
    ],
    status,
    occurrences: 1,
    lines: [n * 10 + 1],
    questions: [1, 2].map((q) => ({
      number: q,
      text: `Vraag ${q} over onderwerp ${n}?`,
      footnotes: [],
      answer: status === 'answered' || (status === 'partially-answered' && q === 1) ? answer : null,
      answerFootnotes: [],
      answeredWith: [],
      line: n * 10 + 2 + q,
    })),
    references: [],
    warnings: [],
  };
}

export function makeCorpus(
  count: number,
  statusOf: (n: number) => SetStatus = () => 'unanswered',
): Corpus {
  return {
    documents: Array.from({ length: count }, (_, i) => makeDocument(i + 1, statusOf(i + 1))),
    warnings: [],
  };
}

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
