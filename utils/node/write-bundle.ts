/**
 * Node side of the bundle writer, used by the CLI's `build` command, the WXT build hook and the
 * benchmarks: write a bundle to a directory (manifest.json + shards/).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Corpus } from '../corpus/model';
import { buildSegment } from '../index-build/build-segment';
import {
  buildBundle,
  manifestText,
  type BuildBundleOptions,
  type PreviousBundle,
} from '../bundle/build';
import {
  MANIFEST_FILE,
  type Bundle,
  type BundleManifest,
  type ShardHeader,
} from '../bundle/format';
import { parseManifest } from '../bundle/verify';

/**
 * The version and set hashes of the bundle in `dir`, for writing the next one with a delta
 * against it (null when there is none): each full shard's header line lists its sets' hashes.
 */
export function readPreviousBundle(dir: string): PreviousBundle | null {
  const manifestFile = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestFile)) return null;
  const manifest = parseManifest(readFileSync(manifestFile, 'utf8'));
  const hashes = new Map<string, string>();
  for (const shard of manifest.shards) {
    const text = gunzipSync(readFileSync(join(dir, shard.file))).toString('utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as ShardHeader;
    for (const [id, hash] of header.documents) hashes.set(id, hash);
  }
  return { version: manifest.version, hashes };
}

export function writeBundleFiles(bundle: Bundle, outDir: string): void {
  // Old shards of a previous build would linger under their old hashes: start clean.
  rmSync(join(outDir, 'shards'), { recursive: true, force: true });
  for (const [path, bytes] of bundle.files) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, MANIFEST_FILE), manifestText(bundle.manifest));
}

export async function writeBundleToDir(
  corpus: Corpus,
  outDir: string,
  options: BuildBundleOptions = {},
): Promise<BundleManifest> {
  // Shards carry their search segment unless a caller says otherwise (buildSegment: null).
  const bundle = await buildBundle(corpus, {
    ...options,
    buildSegment: options.buildSegment === undefined ? buildSegment : options.buildSegment,
  });
  writeBundleFiles(bundle, outDir);
  return bundle.manifest;
}
