/**
 * The sync bundle: what `corpus build` writes, what the extension ships as its default index and
 * what a sync source serves. A bundle is a small manifest plus content-hashed shards:
 *
 *   manifest.json                     BundleManifest: format, version, counts, per-shard sha256 + bytes
 *   shards/<shard id>.<sha12>.json    ShardFile: the shard's documents and its search segment
 *
 * A shard's file name carries its hash, so a changed shard is a new file and an unchanged one is
 * never fetched again. Each document carries its own content hash, so a sync writes only the
 * documents that changed even inside a changed shard.
 */
import type { KamerDocument } from '../corpus/model';
import type { SearchSegment } from '../search/api';

/** Bumped when a reader of the previous format could misread a bundle of the new one. */
export const BUNDLE_FORMAT = 1;

export interface ShardEntry {
  /** Stable id of the shard (derived from its first document's id); also the segment's id. */
  id: string;
  /** Path relative to the manifest. */
  file: string;
  /** sha256 of the file's bytes, lowercase hex. */
  sha256: string;
  /** Size of the file in bytes. */
  bytes: number;
  sets: number;
  questions: number;
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
}

export interface BundledDocument {
  /** Content hash of the document (hex), the key under which the store keeps it. */
  hash: string;
  doc: KamerDocument;
}

export interface ShardFile {
  format: typeof BUNDLE_FORMAT;
  id: string;
  documents: BundledDocument[];
  segment: SearchSegment | null;
}

/** A whole bundle in memory: the manifest and every file by its path relative to the manifest. */
export interface Bundle {
  manifest: BundleManifest;
  files: Map<string, string>;
}

export const MANIFEST_FILE = 'manifest.json';
