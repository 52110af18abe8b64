/**
 * Build-time: turn the seed corpus (assets/corpus/kamervragen-seed.txt) into the bundle the
 * extension ships as its default index (`/corpus/manifest.json` + `/corpus/shards/…`). Called by
 * the WXT build hook in wxt.config.ts, so `wxt build` alone produces an extension that works
 * offline from its first start.
 */
import { readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Corpus } from '../corpus/model';
import { parseCorpus } from '../corpus/parse';
import type { BuildSegment } from '../index-build/segment';
import { buildSegment } from '../index-build/build-segment';
import { buildBundle } from '../bundle/build';
import { MANIFEST_FILE } from '../bundle/format';
import { writeBundleFiles } from './write-bundle';

export const SEED_CORPUS = 'assets/corpus/kamervragen-seed.txt';
/** Directory of the bundle inside the built extension. */
export const BUNDLED_DIR = 'corpus';

/** A file for WXT's public assets: written to a staging dir, copied into the build. */
export interface CopiedFile {
  relativeDest: string;
  absoluteSrc: string;
}

/** Staging directory for the built seed bundle (inside WXT's own, git-ignored, .wxt). */
export const STAGING_DIR = '.wxt/seed-bundle';

export interface SeedBuildTools {
  parseCorpus: (text: string, fileName: string) => Corpus;
  buildSegment?: BuildSegment;
}

export async function seedBundleFiles(
  root: string,
  tools: SeedBuildTools,
  corpusPath: string = SEED_CORPUS,
): Promise<CopiedFile[]> {
  const path = resolve(root, corpusPath);
  const corpus = tools.parseCorpus(readFileSync(path, 'utf8'), basename(path));
  const bundle = await buildBundle(corpus, { buildSegment: tools.buildSegment });
  const staging = resolve(root, STAGING_DIR);
  rmSync(staging, { recursive: true, force: true });
  writeBundleFiles(bundle, staging);
  return [MANIFEST_FILE, ...bundle.files.keys()].map((file) => ({
    relativeDest: `${BUNDLED_DIR}/${file}`,
    absoluteSrc: join(staging, file),
  }));
}

/**
 * The WXT hook's entry: build the seed bundle with the corpus parser and the search engine's
 * segment builder, so a fresh install answers searches without indexing anything itself.
 */
export async function seedBundleForBuild(root: string): Promise<CopiedFile[]> {
  return seedBundleFiles(root, { parseCorpus, buildSegment });
}
