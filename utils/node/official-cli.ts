/**
 * The CLI's official-data commands (wired into utils/node/corpus-cli.ts):
 *   corpus import [--odata URL] [--ob URL] [--since YYYY-MM-DD] [--cache DIR]
 *       → the corpus read from the open data as JSON on stdout
 *   corpus build --official [same flags] [--merge <seed-format file>] --out DIR [--previous DIR]
 *       → a sync bundle with coverage in its manifest, written atomically; with --previous, it
 *         also carries a delta against the bundle there (readers holding it fetch only the change)
 * With --cache, fetched answers are kept there (an interrupted run resumes) and so is the state
 * of the last complete run: the next run without --since fetches only what changed since.
 */
import type { PreviousBundle } from '../bundle/build';
import type { Corpus } from '../corpus/model';
import { PoliteClient } from '../corpus/official/http';
import { importOfficial, type ImportResult } from '../corpus/official/import';
import { mergeSets } from '../corpus/official/merge';
import { corpusCoverage } from '../bundle/coverage';
import { DEFAULT_OB, DEFAULT_ODATA } from '../corpus/official/odata';
import { DirectoryCache } from './cache-dir';
import { progressReporter } from './progress';
import { writeBundleAtomically } from './bundle-atomic';

export { writeCorpusJson } from './json-out';

export class OfficialUsageError extends Error {
  override name = 'OfficialUsageError';
}

export interface OfficialFlags {
  odata: string;
  ob: string;
  since: string | null;
  cache: string | null;
  quiet: boolean;
  /** Per-request timeout (tests and slow mirrors). */
  timeoutMs: number;
  retries: number;
  backoffMs: number;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--'))
    throw new OfficialUsageError(`${name} needs a value`);
  return value;
}

function httpUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OfficialUsageError(`${name}: not a URL: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new OfficialUsageError(`${name}: not an http(s) URL: ${value}`);
  return url.href.endsWith('/') ? url.href : url.href + '/';
}

function positiveNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new OfficialUsageError(`${name}: not a number: ${value}`);
  return n;
}

export function officialFlags(args: string[]): OfficialFlags {
  const since = option(args, '--since') ?? null;
  if (since !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(since))))
    throw new OfficialUsageError(`--since: not a date (YYYY-MM-DD): ${since}`);
  return {
    odata: httpUrl(option(args, '--odata') ?? DEFAULT_ODATA, '--odata'),
    ob: httpUrl(option(args, '--ob') ?? DEFAULT_OB, '--ob'),
    since,
    cache: option(args, '--cache') ?? null,
    quiet: args.includes('--quiet'),
    timeoutMs: positiveNumber(option(args, '--timeout'), '--timeout', 30) * 1000,
    retries: positiveNumber(option(args, '--retries'), '--retries', 5),
    backoffMs: positiveNumber(option(args, '--backoff-ms'), '--backoff-ms', 1000),
  };
}

export async function runOfficialImport(flags: OfficialFlags): Promise<ImportResult> {
  const cache = flags.cache ? new DirectoryCache(flags.cache) : null;
  const client = new PoliteClient({
    cache,
    timeoutMs: flags.timeoutMs,
    retries: flags.retries,
    backoffMs: flags.backoffMs,
    userAgent: 'Kamerlezer corpus importer (+https://github.com/)',
  });
  const progress = progressReporter(client.stats, process.stderr, flags.quiet);
  const previous = cache?.readState() ?? null;
  const result = await importOfficial({
    client,
    odata: flags.odata,
    ob: flags.ob,
    since: flags.since,
    previous,
    onProgress: progress.update,
  });
  progress.done();
  // The state moves on only after a complete run. A first run with --since holds only part of
  // the corpus: it is not kept as a state a later incremental run would build on.
  if (cache && (flags.since === null || previous !== null)) cache.writeState(result.state);
  if (!flags.quiet)
    process.stderr.write(
      `${flags.odata}: ${result.changed} sets read${result.since ? ` (changed since ${result.since})` : ''}, ${result.deleted} deleted, ${result.skipped} skipped, ${result.corpus.documents.length} in the corpus; ${client.stats.requests} requests, ${client.stats.cacheHits} from the cache\n`,
    );
  return result;
}

export async function runOfficialBuild(
  flags: OfficialFlags,
  outDir: string,
  merge: Corpus | null,
  /** The bundle published before (write-bundle readPreviousBundle): the new one carries a delta. */
  previous: PreviousBundle | null = null,
): Promise<void> {
  const result = await runOfficialImport(flags);
  let corpus = result.corpus;
  let source = 'official';
  if (merge) {
    const merged = mergeSets(corpus.documents, merge.documents);
    corpus = { documents: merged.documents, warnings: [...corpus.warnings, ...merge.warnings] };
    source = 'official+seed';
    if (!flags.quiet)
      process.stderr.write(
        `merge: ${merged.merged.length} sets became official ones (old ids kept as aliases), ${merged.kept} kept as they were\n`,
      );
  }
  const manifest = await writeBundleAtomically(corpus, outDir, {
    coverage: corpusCoverage(corpus.documents, source, new Date()),
    previous,
  });
  if (!flags.quiet)
    process.stderr.write(
      `${manifest.sets} sets, ${manifest.questions} questions, ${manifest.shards.length} shards → ${outDir}\n`,
    );
}
