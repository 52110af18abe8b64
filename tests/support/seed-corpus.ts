/**
 * The seed as the judged tests read it: through the corpus parser, as the extension does.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KamerDocument } from '../../utils/corpus/model';
import { parseCorpus } from '../../utils/corpus/parse';

export interface SeedCorpus {
  documents: KamerDocument[];
  source: 'parser';
}

export async function loadSeedCorpus(): Promise<SeedCorpus> {
  const text = readFileSync(resolve('assets/corpus/kamervragen-seed.txt'), 'utf8');
  return { documents: parseCorpus(text, 'kamervragen-seed.txt').documents, source: 'parser' };
}
