/**
 * The corpus CLI (docs/ARCHITECTURE.md, "Contracts": CLI JSON):
 *   npm run --silent corpus -- parse <file>               → the Corpus as JSON on stdout
 *   npm run --silent corpus -- build <file> --out <dir> [--previous <dir>]
 *                                                         → a sync bundle (manifest + shards), with a
 *                                                           delta against the bundle in --previous
 *   npm run --silent corpus -- synth --sets N --out <file> [--seed S]
 * Bad input exits ≠ 0 with one line on stderr naming the file (and line); never a stack trace.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { PreviousBundle } from '../bundle/build';
import type { Corpus } from '../corpus/model';
import { CorpusError } from '../corpus/errors';
import { parseCorpus } from '../corpus/parse';
import { decodeCorpusBytes } from './decode';
import {
  officialFlags,
  runOfficialBuild,
  runOfficialImport,
  writeCorpusJson,
} from './official-cli';
import { readPreviousBundle, writeBundleToDir } from './write-bundle';
import { writeSynthCorpus } from './write-synth';

const USAGE =
  'usage: corpus parse <file> | corpus build <file> --out <dir> [--previous <dir>] | corpus synth --sets N --out <file> [--seed S] | corpus import [--odata URL] [--ob URL] [--since YYYY-MM-DD] [--cache DIR] | corpus build --official [same flags] [--merge <seed-format file>] --out <dir> [--previous <dir>]';

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  return value;
}

function positional(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) {
      i++;
      continue;
    }
    return args[i];
  }
  return undefined;
}

export function readCorpusFile(file: string): Corpus {
  if (!existsSync(file)) throw new CorpusError('no such file', file);
  const stat = statSync(file);
  if (stat.isDirectory()) throw new CorpusError('is a directory, not a corpus file', file);
  const decoded = decodeCorpusBytes(readFileSync(file), file);
  const corpus = parseCorpus(decoded.text, file);
  if (decoded.warning) corpus.warnings.unshift(decoded.warning);
  return corpus;
}

/** The bundle named by --previous, read before writing: it may be the output directory itself. */
function readPrevious(args: string[]): PreviousBundle | null {
  const previousDir = option(args, '--previous');
  if (!previousDir) return null;
  const previous = readPreviousBundle(previousDir);
  if (!previous) throw new UsageError(`${previousDir}: no bundle there`);
  return previous;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (command === 'import') {
    const result = await runOfficialImport(officialFlags(args));
    writeCorpusJson(result.corpus, (chunk) => process.stdout.write(chunk));
    return;
  }
  if (command === 'build' && args.includes('--official')) {
    const out = option(args, '--out');
    if (!out) throw new UsageError(USAGE);
    const mergeFile = option(args, '--merge');
    const flags = officialFlags(args);
    await runOfficialBuild(
      flags,
      out,
      mergeFile ? readCorpusFile(mergeFile) : null,
      readPrevious(args),
    );
    return;
  }
  if (command === 'parse') {
    const file = positional(args);
    if (!file) throw new UsageError(USAGE);
    process.stdout.write(JSON.stringify(readCorpusFile(file), null, 2) + '\n');
    return;
  }
  if (command === 'build') {
    const file = positional(args);
    const out = option(args, '--out');
    if (!file || !out) throw new UsageError(USAGE);
    const corpus = readCorpusFile(file);
    await writeBundleToDir(corpus, out, { previous: readPrevious(args) });
    const questions = corpus.documents.reduce((n, d) => n + d.questions.length, 0);
    process.stderr.write(
      `${file}: ${corpus.documents.length} sets, ${questions} questions → ${out}\n`,
    );
    return;
  }
  if (command === 'synth') {
    const sets = Number(option(args, '--sets'));
    const out = option(args, '--out');
    const seed = Number(option(args, '--seed') ?? 2026);
    if (!Number.isInteger(sets) || sets <= 0 || !out || !Number.isFinite(seed))
      throw new UsageError(USAGE);
    writeSynthCorpus(out, { sets, seed });
    return;
  }
  throw new UsageError(USAGE);
}

function describe(error: unknown): string {
  if (error instanceof CorpusError || error instanceof UsageError) return error.message;
  // A source that is unreachable or answers something else: "<url>: <what>", one line.
  if (
    error instanceof Error &&
    (error.name === 'SourceError' || error.name === 'OfficialUsageError')
  )
    return error.message.split('\n')[0];
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
    return `${e.path ?? 'corpus'}: ${e.code === 'EACCES' ? 'permission denied' : e.code === 'ENOENT' ? 'no such file or directory' : e.message.split('\n')[0]}`;
  }
  return `corpus: unexpected error: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
}

// `corpus parse big.txt | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`corpus: cannot write output: ${error.message}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(describe(error) + '\n');
  process.exitCode =
    error instanceof UsageError || (error instanceof Error && error.name === 'OfficialUsageError')
      ? 64
      : error instanceof CorpusError
        ? 65
        : error instanceof Error && error.name === 'SourceError'
          ? 69
          : 1;
});
