/**
 * Write a synthesised corpus (utils/corpus/synth.ts) to a file in 1 MB chunks, so a 50,000-set
 * corpus (~45 MB) never sits in memory as one string. Node only: used by the CLI's `synth`
 * and by the benchmarks.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { synthRecords } from './synth';

/** The seed corpus the synthesiser varies, as bundled with the extension. */
export const SEED_CORPUS_PATH = resolve(
  import.meta.dirname ?? '.',
  '../../assets/corpus/kamervragen-seed.txt',
);

export function writeSynthCorpus(
  out: string,
  options: { sets: number; seed: number },
  seedPath = SEED_CORPUS_PATH,
): void {
  const seedText = readFileSync(seedPath, 'utf8');
  const fd = openSync(out, 'w');
  try {
    let chunk = '';
    for (const record of synthRecords(seedText, options)) {
      chunk += record;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
