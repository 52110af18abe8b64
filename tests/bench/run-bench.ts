/**
 * `npm run bench`: every benchmark part in tests/bench/parts, in order, each beside the naive
 * baseline measured in the same run. `--json` ends the output with one line holding the figures
 * (docs/ARCHITECTURE.md, "Contracts", names them). Parts share one synthesised corpus through the context.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchContext, BenchFigures, BenchPart } from './context';
import { createBenchContext } from './context';

const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

async function main() {
  const context: BenchContext = await createBenchContext({ quiet: false });
  const figures: BenchFigures = {};
  const dir = resolve('tests/bench/parts');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const file of files) {
    if (only && !file.includes(only)) continue;
    // The parts are this repository's own files, listed from tests/bench/parts.
    // eslint-disable-next-line no-unsanitized/method
    const part = (await import(pathToFileURL(resolve(dir, file)).href)).default as BenchPart;
    context.log(`\n# ${file.replace(/\.ts$/, '')}`);
    try {
      Object.assign(figures, await part(context));
    } catch (error) {
      context.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
  await context.dispose();
  if (json) console.log(JSON.stringify(figures));
}

main();
