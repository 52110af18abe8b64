/**
 * Node side of the bundle writer, used by the CLI's `build` command, the WXT build hook and the
 * benchmarks: write a bundle to a directory (manifest.json + shards/).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Corpus } from '../corpus/model';
import { buildSegment } from '../index-build/build-segment';
import { buildBundle, manifestText, type BuildBundleOptions } from '../bundle/build';
import { MANIFEST_FILE, type Bundle, type BundleManifest } from '../bundle/format';

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
