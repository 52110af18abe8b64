/**
 * Search segments are built once, with the bundle, by the search code of the day. After an
 * extension update that changes their format (SEGMENT_VERSION), or from a bundle written
 * without them, the stored segments cannot be read; waiting for the sync source to publish a
 * new bundle would leave search empty until then. The sets themselves are stored whole, so the
 * background rebuilds the segments it cannot read, shard by shard, from them.
 */
import type { BuildSegment, SearchSegment } from '../index-build/segment';
import { locationsOf, type KamerDb } from './db';
import { readDocuments, type Generation } from './generation';

export interface SegmentBuilder {
  /** The segment format this build reads (utils/search SEGMENT_VERSION). */
  version: number;
  build: BuildSegment;
}

/** Shards (by sha256) whose segment is missing or of another format. */
export function unreadableSegments(
  shas: readonly string[],
  segments: ReadonlyMap<string, SearchSegment>,
  version: number,
): string[] {
  return shas.filter((sha) => segments.get(sha)?.version !== version);
}

/**
 * Build and store the segments of `shas` (shards of `generation`) from their stored sets, in
 * the segment rows every generation reads (the next cold start reads them from there). Returns
 * the new segments by sha256.
 */
export async function rebuildSegments(
  db: KamerDb,
  generation: Generation,
  shas: readonly string[],
  builder: SegmentBuilder,
): Promise<Map<string, SearchSegment>> {
  const built = new Map<string, SearchSegment>();
  for (const sha of shas) {
    const row = await db.shards.get(sha);
    if (!row)
      throw new Error(`Index damaged: shard ${sha} of generation ${generation.number} is missing`);
    const documents = await readDocuments(
      db,
      [...locationsOf(row)].map(([, page, index]) => [page, index]),
    );
    const missing = documents.findIndex((d) => d === null);
    if (missing >= 0) throw new Error(`Index damaged: a set of shard ${row.id} is missing`);
    const segment = builder.build(row.id, documents as NonNullable<(typeof documents)[number]>[]);
    // Keyed by the shard's sha256 like a synced segment: the shard row is immutable, its segment is derived.
    await db.segments.put({ sha256: sha, segment });
    built.set(sha, segment);
  }
  return built;
}
