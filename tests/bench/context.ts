import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Figure names are a contract (docs/ARCHITECTURE.md, "Contracts": bench figures). */
export interface BenchFigures {
  sets?: number;
  questions?: number;
  parse_mb_s?: number;
  sync_full_s?: number;
  sync_delta_s?: number;
  sync_naive_s?: number;
  cold_start_ms?: number;
  search_p95_ms?: number;
  search_naive_p95_ms?: number;
  related_p95_ms?: number;
  index_build_s?: number;
  annotate_ms?: number;
  index_mb?: number;
  heap_mb?: number;
  [extra: string]: number | undefined;
}

export interface BenchContext {
  /** Scratch directory for synthesised corpora and bundles (git-ignored). */
  workDir: string;
  log(line: string): void;
  /** Memoised artefacts parts share (a synthesised corpus path, a built bundle dir, …). */
  shared: Map<string, unknown>;
  dispose(): Promise<void>;
}

export type BenchPart = (context: BenchContext) => Promise<BenchFigures>;

export async function createBenchContext(options: { quiet: boolean }): Promise<BenchContext> {
  const workDir = resolve('bench-out');
  if (!existsSync(workDir)) mkdirSync(workDir, { recursive: true });
  return {
    workDir,
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
