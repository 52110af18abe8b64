/**
 * The pure bundle writer: a parsed corpus in, a bundle (manifest + shard files as text) out.
 * Deterministic: the same corpus gives byte-identical files, so unchanged shards keep their hash.
 */
import type { Corpus, KamerDocument } from '../corpus/model';
import type { BuildSegment } from '../search/api';
import { BUNDLE_FORMAT, type Bundle, type BundleManifest, type ShardEntry, type ShardFile } from './format';
import { sha256Hex, utf8Length } from './hash';
import { DEFAULT_SHARD_PLAN, planShards, type ShardPlanOptions } from './shard-plan';

export interface BuildBundleOptions {
  /** The search engine's per-shard index builder; shards carry no segment without it. */
  buildSegment?: BuildSegment | null;
  shardPlan?: ShardPlanOptions;
}

/** Content hash of one document: the key the store keeps it under. */
export async function documentHash(doc: KamerDocument): Promise<string> {
  return (await sha256Hex(JSON.stringify(doc))).slice(0, 32);
}

export async function shardIdFor(firstDocumentId: string): Promise<string> {
  return 'shard-' + (await sha256Hex(firstDocumentId)).slice(0, 12);
}

export async function buildBundle(corpus: Corpus, options: BuildBundleOptions = {}): Promise<Bundle> {
  const documents = corpus.documents;
  const ranges = planShards(
    documents.map((d) => d.id),
    options.shardPlan ?? DEFAULT_SHARD_PLAN,
  );
  const files = new Map<string, string>();
  const shards: ShardEntry[] = [];
  let segmentVersion: number | null = null;
  for (const [start, end] of ranges) {
    const docs = documents.slice(start, end);
    const id = await shardIdFor(docs[0].id);
    const segment = options.buildSegment ? options.buildSegment(id, docs) : null;
    if (segment) segmentVersion = segment.version;
    const shard: ShardFile = {
      format: BUNDLE_FORMAT,
      id,
      documents: await Promise.all(docs.map(async (doc) => ({ hash: await documentHash(doc), doc }))),
      segment,
    };
    const text = JSON.stringify(shard);
    const sha256 = await sha256Hex(text);
    const file = `shards/${id}.${sha256.slice(0, 12)}.json`;
    files.set(file, text);
    shards.push({
      id,
      file,
      sha256,
      bytes: utf8Length(text),
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
  };
  return { manifest, files };
}

export function manifestText(manifest: BundleManifest): string {
  return JSON.stringify(manifest, null, 1);
}
