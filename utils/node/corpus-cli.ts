/**
 * The corpus CLI (DESIGN.md §5):
 *   npm run --silent corpus -- parse <file>               → the Corpus as JSON on stdout
 *   npm run --silent corpus -- build <file> --out <dir> [--previous <dir>]
 *                                                         → a sync bundle (manifest + shards), with a
 *                                                           delta against the bundle in --previous
 *   npm run --silent corpus -- synth --sets N --out <file> [--seed S]
 * Bad input exits ≠ 0 with one line on stderr naming the file (and line); never a stack trace.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Corpus } from '../corpus/model';
import { CorpusError } from '../corpus/errors';
import { parseCorpus } from '../corpus/parse';
import { decodeCorpusBytes } from './decode';
import { readPreviousBundle, writeBundleToDir } from './write-bundle';
import { writeSynthCorpus } from './write-synth';

const USAGE =
  'usage: corpus parse <file> | corpus build <file> --out <dir> [--previous <dir>] | corpus synth --sets N --out <file> [--seed S]';

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

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
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
    // Read before writing: --previous may name the output directory itself.
    const previousDir = option(args, '--previous');
    const previous = previousDir ? readPreviousBundle(previousDir) : null;
    if (previousDir && !previous) throw new UsageError(`${previousDir}: no bundle there`);
    await writeBundleToDir(corpus, out, { previous });
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
  process.exitCode = error instanceof UsageError ? 64 : error instanceof CorpusError ? 65 : 1;
});
