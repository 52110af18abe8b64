/**
 * Which documents go into which shard. The goal is a cheap re-sync: when 1% of the corpus
 * changes, few shards should change.
 *
 * Shards are cut in corpus order (the order of the source file, where new sets are appended and
 * recent sets are the ones that get answered), at boundaries chosen by the documents themselves:
 * a shard ends after a document whose id hashes to 0 modulo the target size (content-defined
 * chunking, as rsync and restic do). Inserting, removing or changing one set therefore changes
 * only its own shard; the boundaries of every other shard stay where they were. A fixed count of
 * shards by hash of the id would instead scatter a handful of recent changes over every shard.
 *
 * A shard is also cut when it reaches `maxSize`, so one unlucky stretch without a boundary
 * cannot grow without bound; the next natural boundary re-aligns the shards after it.
 */
import { fnv1a } from '../text/hash';

export interface ShardPlanOptions {
  /** Average documents per shard. */
  targetSize: number;
  /** Hard cap on documents per shard. */
  maxSize: number;
}

/** ~128 sets (≈ 1,300 questions) per shard: rows written in shard-sized transactions. */
export const DEFAULT_SHARD_PLAN: ShardPlanOptions = { targetSize: 128, maxSize: 512 };

/** Split ids (in corpus order) into consecutive runs; returns the runs as index ranges [start, end). */
export function planShards(
  ids: string[],
  options: ShardPlanOptions = DEFAULT_SHARD_PLAN,
): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < ids.length; i++) {
    const size = i - start + 1;
    const boundary = fnv1a(ids[i]) % options.targetSize === 0;
    if (boundary || size >= options.maxSize) {
      ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < ids.length) ranges.push([start, ids.length]);
  return ranges;
}
