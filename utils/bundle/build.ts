/**
 * The pure bundle writer: a parsed corpus in, a bundle (manifest + compressed shard files) out.
 * Deterministic: the same corpus gives byte-identical files, so unchanged shards keep their hash.
 */
import type { Corpus, KamerDocument } from '../corpus/model';
import type { BuildSegment } from '../index-build/segment';
import { gzip } from './compress';
import {
  BUNDLE_FORMAT,
  MAX_DELTA_SHARE,
  type Bundle,
  type BundleCoverage,
  type BundleDelta,
  type BundleManifest,
  type ShardEntry,
  type ShardHeader,
} from './format';
import { sha256Hex } from './hash';
export { MAX_DELTA_SHARE };
import { DEFAULT_SHARD_PLAN, planShards, type ShardPlanOptions } from './shard-plan';

export interface BuildBundleOptions {
  /** The search engine's per-shard index builder; shards carry no segment without it. */
  buildSegment?: BuildSegment | null;
  shardPlan?: ShardPlanOptions;
  /** Recorded in the manifest as is. */
  coverage?: BundleCoverage;
  /** The previous bundle's version and set hashes: write a delta against it (format.ts). */
  previous?: PreviousBundle | null;
}

/** What the writer needs of the previous bundle to write a delta against it. */
export interface PreviousBundle {
  version: string;
  /** Set id → content hash (documentHash), as the previous shards' headers list them. */
  hashes: ReadonlyMap<string, string>;
}

/** Sets per delta shard (its segment is built over them alone). */
export const DELTA_SHARD_SETS = 512;

/** Content hash of a document's JSON text: the key the store keeps it under. */
export async function documentHash(json: string): Promise<string> {
  return (await sha256Hex(json)).slice(0, 32);
}

export async function shardIdFor(firstDocumentId: string): Promise<string> {
  return 'shard-' + (await sha256Hex(firstDocumentId)).slice(0, 12);
}

/** The uncompressed text of a shard: header line, then one document per line. */
export async function shardText(
  id: string,
  docs: KamerDocument[],
  segment: ShardHeader['segment'],
  /** Receives each set's content hash by id. */
  hashesById?: Map<string, string>,
): Promise<string> {
  // JSON.stringify escapes newlines inside strings, so a document is always exactly one line.
  const lines = docs.map((doc) => JSON.stringify(doc));
  const hashes = await Promise.all(lines.map(documentHash));
  docs.forEach((doc, i) => hashesById?.set(doc.id, hashes[i]));
  const header: ShardHeader = {
    format: BUNDLE_FORMAT,
    id,
    segment,
    documents: docs.map((d, i) => [d.id, hashes[i]]),
  };
  const aliases = docs.flatMap((d) => (d.aliases ?? []).map((a): [string, string] => [a, d.id]));
  if (aliases.length > 0) header.aliases = aliases;
  return [JSON.stringify(header), ...lines].join('\n');
}

export async function buildBundle(
  corpus: Corpus,
  options: BuildBundleOptions = {},
): Promise<Bundle> {
  const documents = corpus.documents;
  const ranges = planShards(
    documents.map((d) => d.id),
    options.shardPlan ?? DEFAULT_SHARD_PLAN,
  );
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  const shards: ShardEntry[] = [];
  let segmentVersion: number | null = null;
  const hashes = new Map<string, string>();
  const writeShard = async (id: string, docs: KamerDocument[]): Promise<ShardEntry> => {
    const segment = options.buildSegment ? options.buildSegment(id, docs) : null;
    if (segment) segmentVersion = segment.version;
    const text = await shardText(id, docs, segment, hashes);
    const bytes = await gzip(encoder.encode(text));
    const sha256 = await sha256Hex(bytes);
    const file = `shards/${id}.${sha256.slice(0, 12)}.ndjson.gz`;
    files.set(file, bytes);
    return {
      id,
      file,
      sha256,
      bytes: bytes.byteLength,
      sets: docs.length,
      questions: docs.reduce((n, d) => n + d.questions.length, 0),
    };
  };
  for (const [start, end] of ranges) {
    const docs = documents.slice(start, end);
    shards.push(await writeShard(await shardIdFor(docs[0].id), docs));
  }
  let delta: BundleDelta | undefined;
  const previous = options.previous;
  if (previous) {
    const changed = documents.filter((d) => previous.hashes.get(d.id) !== hashes.get(d.id));
    const present = new Set(documents.map((d) => d.id));
    const removed = [...previous.hashes.keys()].filter((id) => !present.has(id));
    const size = changed.length + removed.length;
    if (size > 0 && size <= MAX_DELTA_SHARE * documents.length) {
      const deltaShards: ShardEntry[] = [];
      for (let start = 0; start < changed.length; start += DELTA_SHARD_SETS) {
        const docs = changed.slice(start, start + DELTA_SHARD_SETS);
        // Named by the version it leads from and its first set: never a base shard's id.
        const id = `delta-${(await sha256Hex(`${previous.version}\n${docs[0].id}`)).slice(0, 12)}`;
        deltaShards.push(await writeShard(id, docs));
      }
      delta = { base: previous.version, shards: deltaShards, removed };
    }
  }
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: (await sha256Hex(shards.map((s) => s.sha256).join('\n'))).slice(0, 16),
    sets: documents.length,
    questions: shards.reduce((n, s) => n + s.questions, 0),
    bytes: shards.reduce((n, s) => n + s.bytes, 0),
    segmentVersion,
    shards,
    ...(options.coverage ? { coverage: options.coverage } : {}),
    ...(delta ? { delta } : {}),
  };
  return { manifest, files };
}

export function manifestText(manifest: BundleManifest): string {
  return JSON.stringify(manifest, null, 1);
}
