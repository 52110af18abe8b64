import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Figure names are a contract (docs/ARCHITECTURE.md, "Contracts": bench figures; the README's
 * bench table lists them). The 50,000-set run keeps these names; the 100,000-set run (`--large`)
 * reports the same names with the suffix `_100k` (`sync_full_s_100k`, …).
 */
export interface BenchFigures {
  sets?: number;
  questions?: number;
  parse_mb_s?: number;
  sync_full_s?: number;
  sync_delta_s?: number;
  sync_day_s?: number;
  sync_naive_s?: number;
  cold_start_ms?: number;
  search_p95_ms?: number;
  search_naive_p95_ms?: number;
  related_p95_ms?: number;
  index_build_s?: number;
  annotate_ms?: number;
  annotate_long_task_ms?: number;
  index_mb?: number;
  heap_mb?: number;
  worker_heap_mb?: number;
  [extra: string]: number | undefined;
}

export interface BenchContext {
  /** Scratch directory for synthesised corpora and bundles (git-ignored). */
  workDir: string;
  /** Sets in the synthesised corpus this run of the part measures (50,000, or 100,000 with --large). */
  sets: number;
  log(line: string): void;
  /** Memoised artefacts parts share (a synthesised corpus path, a built bundle dir, …). */
  shared: Map<string, unknown>;
  dispose(): Promise<void>;
}

/**
 * One part of the bench. A part that measures something independent of the corpus size (parse
 * throughput) sets `sizeIndependent` and runs once, at the base size.
 */
export type BenchPart = ((context: BenchContext) => Promise<BenchFigures>) & {
  sizeIndependent?: boolean;
};

/** The base size, whose figures keep their plain names. */
export const BASE_SETS = 50_000;
/** The large size (`--large`), whose figures carry LARGE_SUFFIX. */
export const LARGE_SETS = 100_000;
export const LARGE_SUFFIX = '_100k';

export async function createBenchContext(options: {
  quiet: boolean;
  sets?: number;
}): Promise<BenchContext> {
  const workDir = resolve('bench-out');
  if (!existsSync(workDir)) mkdirSync(workDir, { recursive: true });
  return {
    workDir,
    sets: options.sets ?? Number(process.env.BENCH_SETS ?? BASE_SETS),
    shared: new Map(),
    log: (line) => {
      // Figures for people go to stderr when --json is set, so stdout ends with the JSON line only.
      if (options.quiet || process.argv.includes('--json')) process.stderr.write(line + '\n');
      else console.log(line);
    },
    async dispose() {},
  };
}

/** p95 of a list of durations. */
export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
}

/** A figure beside its goal, for the people reading the bench: "8.4 s (goal ≤ 20 s) ok". */
export function versusGoal(
  value: number,
  goal: { max?: number; min?: number },
  unit: string,
): string {
  const met =
    (goal.max === undefined || value <= goal.max) && (goal.min === undefined || value >= goal.min);
  const target = goal.max !== undefined ? `≤ ${goal.max}` : `≥ ${goal.min}`;
  return `${value} ${unit} (goal ${target} ${unit}: ${met ? 'met' : 'MISSED'})`;
}
