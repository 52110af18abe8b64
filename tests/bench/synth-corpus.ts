/**
 * The synthesised benchmark corpus, shared by the bench parts: written once per size to
 * bench-out/synth-<sets>.txt by the corpus core's generator (utils/corpus/synth.ts), memoised in
 * the bench context. A file already on disk from an earlier run with the same size and seed is
 * reused, since generation is deterministic (the marker records generator version, seed and size).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from './context';
import { SYNTH_VERSION } from '../../utils/node/synth';
import { writeSynthCorpus } from '../../utils/node/write-synth';

export const BENCH_SEED = 2026;

export async function ensureSynthCorpus(ctx: BenchContext, sets: number): Promise<string> {
  const key = `synth-file-${sets}`;
  const known = ctx.shared.get(key);
  if (typeof known === 'string') return known;
  const file = join(ctx.workDir, `synth-${sets}.txt`);
  const marker = `${file}.done`;
  // The marker is written last, so a run interrupted mid-write regenerates the file.
  if (
    !existsSync(file) ||
    !existsSync(marker) ||
    readFileSync(marker, 'utf8') !== `${SYNTH_VERSION}:${BENCH_SEED}:${statSync(file).size}`
  ) {
    const started = performance.now();
    writeSynthCorpus(file, { sets, seed: BENCH_SEED });
    writeFileSync(marker, `${SYNTH_VERSION}:${BENCH_SEED}:${statSync(file).size}`);
    ctx.log(
      `  synthesised ${sets} sets (${(statSync(file).size / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s → ${file}`,
    );
  }
  ctx.shared.set(key, file);
  return file;
}
