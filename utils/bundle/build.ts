/**
 * The pure bundle writer: a parsed corpus in, a bundle (manifest + compressed shard files) out.
 * Deterministic: the same corpus gives byte-identical files, so unchanged shards keep their hash.
 */
import type { Corpus, KamerDocument } from '../corpus/model';
import type { BuildSegment } from '../index-build/segment';
import { gzip } from './compress';
import {
  BUNDLE_FORMAT,
  type Bundle,
  type BundleCoverage,
  type BundleManifest,
  type ShardEntry,
  type ShardHeader,
} from './format';
import { sha256Hex } from './hash';
import { DEFAULT_SHARD_PLAN, planShards, type ShardPlanOptions } from './shard-plan';

export interface BuildBundleOptions {
  /** The search engine's per-shard index builder; shards carry no segment without it. */
  buildSegment?: BuildSegment | null;
  shardPlan?: ShardPlanOptions;
  /** Recorded in the manifest as is. */
  coverage?: BundleCoverage;
}

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
): Promise<string> {
  // JSON.stringify escapes newlines inside strings, so a document is always exactly one line.
  const lines = docs.map((doc) => JSON.stringify(doc));
  const hashes = await Promise.all(lines.map(documentHash));
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
  for (const [start, end] of ranges) {
    const docs = documents.slice(start, end);
    const id = await shardIdFor(docs[0].id);
    const segment = options.buildSegment ? options.buildSegment(id, docs) : null;
    if (segment) segmentVersion = segment.version;
    const bytes = await gzip(encoder.encode(await shardText(id, docs, segment)));
    const sha256 = await sha256Hex(bytes);
    const file = `shards/${id}.${sha256.slice(0, 12)}.ndjson.gz`;
    files.set(file, bytes);
    shards.push({
      id,
      file,
      sha256,
      bytes: bytes.byteLength,
      sets: docs.length,
      questions: docs.reduce((n, d) => n + d.questions.length, 0),
    });
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
  };
  return { manifest, files };
}

export function manifestText(manifest: BundleManifest): string {
  return JSON.stringify(manifest, null, 1);
}
