/**
 * Build-time: turn the seed corpus (assets/corpus/kamervragen-seed.txt) into the bundle the
 * extension ships as its default index (`/corpus/manifest.json` + `/corpus/shards/…`). Called by
 * the WXT build hook in wxt.config.ts, so `wxt build` alone produces an extension that works
 * offline from its first start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Corpus } from '../corpus/model';
import type { BuildSegment } from '../search/api';
import { buildSegment } from '../search/index';
import { buildBundle, manifestText } from './build';
import { MANIFEST_FILE } from './format';

export const SEED_CORPUS = 'assets/corpus/kamervragen-seed.txt';
/** Directory of the bundle inside the built extension. */
export const BUNDLED_DIR = 'corpus';

export interface GeneratedFile {
  relativeDest: string;
  contents: string;
}

export interface SeedBuildTools {
  parseCorpus: (text: string, fileName: string) => Corpus;
  buildSegment?: BuildSegment;
}

export async function seedBundleFiles(root: string, tools: SeedBuildTools, corpusPath: string = SEED_CORPUS): Promise<GeneratedFile[]> {
  const path = resolve(root, corpusPath);
  const corpus = tools.parseCorpus(readFileSync(path, 'utf8'), basename(path));
  const bundle = await buildBundle(corpus, { buildSegment: tools.buildSegment });
  const files: GeneratedFile[] = [{ relativeDest: `${BUNDLED_DIR}/${MANIFEST_FILE}`, contents: manifestText(bundle.manifest) }];
  for (const [file, contents] of bundle.files) files.push({ relativeDest: `${BUNDLED_DIR}/${file}`, contents });
  return files;
}

/**
 * The WXT hook's entry: build the seed bundle with the corpus parser and the search engine's
 * segment builder, so a fresh install answers searches without indexing anything itself.
 */
export async function seedBundleForBuild(root: string): Promise<GeneratedFile[]> {
  // The parser lands with the corpus area; until then the build ships no default index.
  if (!existsSync(resolve(root, 'utils/corpus/parse.ts'))) {
    console.warn('[kamerlezer] utils/corpus/parse.ts not found: building without the bundled seed corpus');
    return [];
  }
  const parseModule = '../corpus/parse';
  const { parseCorpus } = (await import(parseModule)) as SeedBuildTools;
  return seedBundleFiles(root, { parseCorpus, buildSegment });
}
