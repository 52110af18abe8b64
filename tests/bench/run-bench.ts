/**
 * `npm run bench`: every benchmark part in tests/bench/parts, in order, each beside the naive
 * baseline measured in the same run. `--json` ends the output with one line holding the figures
 * (docs/ARCHITECTURE.md, "Contracts", names them). `--only=<part>[,<part>…]` runs the parts
 * whose file name contains one of them. `--large` runs every part again on a 100,000-set corpus
 * after the 50,000-set run; those figures carry the suffix `_100k` (`--large-only`: that run
 * alone). Parts share one synthesised corpus per size through the context.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchFigures, BenchPart } from './context';
import { BASE_SETS, createBenchContext, LARGE_SETS, LARGE_SUFFIX } from './context';

const json = process.argv.includes('--json');
/** `--large-only`: the 100,000-set run alone (its figures still suffixed), e.g. after a 50,000-set run. */
const largeOnly = process.argv.includes('--large-only');
const large = largeOnly || process.argv.includes('--large');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

async function main() {
  const figures: BenchFigures = {};
  const dir = resolve('tests/bench/parts');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .filter((file) => !only || only.split(',').some((name) => file.includes(name)));
  const sizes = largeOnly
    ? [LARGE_SETS]
    : large
      ? [BASE_SETS, LARGE_SETS]
      : [Number(process.env.BENCH_SETS ?? BASE_SETS)];
  for (const sets of sizes) {
    // A fresh context per size: the larger corpus does not share a heap with the smaller one.
    const context = await createBenchContext({ quiet: false, sets });
    const suffix = sets === LARGE_SETS && large ? LARGE_SUFFIX : '';
    for (const file of files) {
      // The parts are this repository's own files, listed from tests/bench/parts.
      // eslint-disable-next-line no-unsanitized/method
      const part = (await import(pathToFileURL(resolve(dir, file)).href)).default as BenchPart;
      if (part.sizeIndependent && sets !== sizes[0]) continue;
      context.log(
        `\n# ${file.replace(/\.ts$/, '')}${part.sizeIndependent ? '' : ` (${sets} sets)`}`,
      );
      try {
        for (const [name, value] of Object.entries(await part(context)))
          figures[part.sizeIndependent ? name : `${name}${suffix}`] = value;
      } catch (error) {
        context.log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
      }
    }
    await context.dispose();
  }
  if (json) console.log(JSON.stringify(figures));
}

main();
