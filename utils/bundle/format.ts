/**
 * The sync bundle: what `corpus build` writes, what the extension ships as its default index and
 * what a sync source serves. A bundle is a small manifest plus content-hashed shards:
 *
 *   manifest.json                        BundleManifest: format, version, counts, per-shard sha256 + bytes
 *   shards/<shard id>.<sha12>.ndjson.gz  a shard, gzip-compressed:
 *       line 1     ShardHeader (JSON): shard id, its search segment, [document id, content hash] pairs
 *       line 2…    one document (KamerDocument as JSON) per line, in header order
 *
 * A shard's file name carries its hash, so a changed shard is a new file and an unchanged one is
 * never fetched again. Each document carries its own content hash, so a sync writes only the
 * documents that changed even inside a changed shard. Documents are lines, not one big JSON
 * array, so the reader stores each document's text as it came without parsing it: parsing and
 * re-cloning 500,000 questions' worth of objects is what makes a naive sync slow.
 *
 * A bundle written with the previous bundle at hand also carries a delta (`delta` in the
 * manifest): a few shards in the same file format holding only the sets changed or added since
 * that version, and the ids removed. A reader that holds the previous version fetches those
 * instead of every full shard a scattered change touched; its generation is then the previous
 * one's shards plus the delta shards, a set in a later shard superseding the same set in an
 * earlier one. A reader that holds anything else reads `shards`, as before.
 */
import type { SearchSegment } from '../index-build/segment';

/** Bumped when a reader of the previous format could misread a bundle of the new one. */
export const BUNDLE_FORMAT = 2;

export interface ShardEntry {
  /** Stable id of the shard (derived from its first document's id); also the segment's id. */
  id: string;
  /** Path relative to the manifest. */
  file: string;
  /** sha256 of the file's bytes (compressed, as fetched), lowercase hex. */
  sha256: string;
  /** Size of the file in bytes (compressed). */
  bytes: number;
  sets: number;
  questions: number;
}

/** What a bundle covers, for the reader ("52.311 sets, 1 Sep 2008 – 30 Nov 2026, updated …"). */
export interface BundleCoverage {
  /** Where the sets come from: "official" (the open data), "seed", or a merge ("official+seed"). */
  source: string;
  /** ISO time the bundle was built. */
  generatedAt: string;
  /** Earliest and latest date a set was submitted (ISO day); null when no set has a date. */
  firstDate: string | null;
  lastDate: string | null;
  /** Sets by year of submission; sets without a date under "unknown". */
  setsPerYear: Record<string, number>;
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT;
  /** Content version: derived from the shard hashes, so equal corpora have equal versions. */
  version: string;
  sets: number;
  questions: number;
  /** Sum of the shard files' bytes. */
  bytes: number;
  /** The search segment format the shards carry, or null when they carry none. */
  segmentVersion: number | null;
  shards: ShardEntry[];
  /** Present in bundles built with coverage (`corpus build --official`). */
  coverage?: BundleCoverage;
  /** The change since the previous version, for readers that hold it (absent: none). */
  delta?: BundleDelta;
}

/**
 * No delta past this share of the corpus: the writer leaves it out, and a reader whose deltas
 * would pass it fetches the changed full shards instead, which folds its deltas away.
 */
export const MAX_DELTA_SHARE = 0.05;

export interface BundleDelta {
  /** The version (BundleManifest.version) this delta applies to. */
  base: string;
  /** Shards of the sets changed or added since `base` (ids are those sets' ids, not the base's shards'). */
  shards: ShardEntry[];
  /** Ids of sets in `base` that this version no longer holds. */
  removed: string[];
}

export interface ShardHeader {
  format: typeof BUNDLE_FORMAT;
  id: string;
  segment: SearchSegment | null;
  /** [document id, content hash] in line order. */
  documents: [string, string][];
  /** [earlier id, document id] for the shard's sets that carry `aliases` (absent when none). */
  aliases?: [string, string][];
}

/** A verified shard as the reader hands it on: documents still as their JSON text. */
export interface ShardContent {
  id: string;
  segment: SearchSegment | null;
  documents: { id: string; hash: string; json: string }[];
  /** [earlier id, document id] pairs from the header. */
  aliases?: [string, string][];
  /**
   * The unpacked shard as UTF-8 and where document i's line starts and ends in it: the store
   * keeps pages as these bytes (a copy of a run of lines), without encoding the text again.
   */
  utf8: { bytes: Uint8Array; starts: Uint32Array; ends: Uint32Array };
}

/** A whole bundle in memory: the manifest and every shard file by its path relative to the manifest. */
export interface Bundle {
  manifest: BundleManifest;
  files: Map<string, Uint8Array>;
}

export const MANIFEST_FILE = 'manifest.json';
