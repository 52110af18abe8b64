/**
 * The browser benchmarks' corpora and bundles: the large synthetic corpus parsed, its bundle and
 * two 1%-changed successors (reused from bench-out while corpus and code are the same), a
 * profile to keep, and the naive sync to compare with. The harness they drive the browser with
 * is the browser tests' own (tests/support/browser-harness.ts).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Worker } from 'playwright-core';
import { sha256Hex } from '../../utils/bundle/hash';
import type { BundleManifest } from '../../utils/bundle/format';
import type { Corpus } from '../../utils/corpus/model';
import { parseCorpus } from '../../utils/corpus/parse';
import { mulberry32 } from '../../utils/node/synth';
import { filesIn, withAnswersArrived, writeTestBundle } from '../support/browser-harness';
import type { BenchContext } from './context';
import { ensureSynthCorpus } from './synth-corpus';

/** The benchmark corpus: the corpus area's synthesised file (tests/bench/synth-corpus.ts), parsed. */
export async function benchCorpus(ctx: BenchContext, sets: number): Promise<Corpus> {
  const key = `corpus-${sets}`;
  if (ctx.shared.has(key)) return ctx.shared.get(key) as Corpus;
  const file = await ensureSynthCorpus(ctx, sets);
  const corpus = parseCorpus(readFileSync(file, 'utf8'), basename(file));
  ctx.log(`  corpus: ${corpus.documents.length} distinct sets parsed from ${basename(file)}`);
  ctx.shared.set(key, corpus);
  return corpus;
}

export interface BenchBundles {
  sets: number;
  questions: number;
  full: { dir: string; manifest: BundleManifest };
  /** 1% of the sets changed: the most recent ones (end of the corpus), where answers arrive. */
  recent: { dir: string; manifest: BundleManifest };
  /** 1% of the sets changed, scattered at random over the corpus. */
  scattered: { dir: string; manifest: BundleManifest };
}

/** The bundle writer's and segment builder's sources: a change to either invalidates cached bundles. */
function builderSources(): string {
  return ['utils/bundle', 'utils/search', 'utils/text']
    .flatMap((dir) => (existsSync(dir) ? filesIn(resolve(dir)) : []))
    .sort()
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/** Build (or reuse from bench-out) the full bundle and its two 1%-changed successors. */
export async function benchBundles(ctx: BenchContext, sets: number): Promise<BenchBundles> {
  const key = `bundles-${sets}`;
  if (ctx.shared.has(key)) return ctx.shared.get(key) as BenchBundles;
  const corpus = await benchCorpus(ctx, sets);
  const n = corpus.documents.length;
  const changed = Math.max(1, Math.round(n / 100));
  const recentIdx = Array.from({ length: changed }, (_, i) => n - changed + i);
  // Same PRNG as the synthesiser, so every run syncs the same bytes.
  const next = mulberry32(99);
  const scatteredIdx = new Set<number>();
  while (scatteredIdx.size < changed) scatteredIdx.add(Math.floor(next() * n));
  const variants: [keyof Omit<BenchBundles, 'sets' | 'questions'>, Corpus][] = [
    ['full', corpus],
    ['recent', withAnswersArrived(corpus, recentIdx)],
    ['scattered', withAnswersArrived(corpus, [...scatteredIdx])],
  ];
  const result = {
    sets: n,
    questions: corpus.documents.reduce((s, d) => s + d.questions.length, 0),
  } as BenchBundles;
  for (const [name, variant] of variants) {
    const dir = join(ctx.workDir, `bundle-${sets}-${name}`);
    const start = performance.now();
    // Rebuilding three 400 MB bundles takes minutes: reuse them while corpus and code are the same.
    const stamp = join(dir, '.fingerprint');
    const fingerprint = await sha256Hex(JSON.stringify(variant.documents) + builderSources());
    let manifest: BundleManifest;
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
      manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      ctx.log(
        `  bundle ${name}: reused (${manifest.shards.length} shards, ${(manifest.bytes / 1e6).toFixed(1)} MB)`,
      );
    } else {
      manifest = await writeTestBundle(variant.documents, dir);
      writeFileSync(stamp, fingerprint);
      ctx.log(
        `  bundle ${name}: ${manifest.shards.length} shards, ${(manifest.bytes / 1e6).toFixed(1)} MB, built in ${((performance.now() - start) / 1000).toFixed(1)} s`,
      );
    }
    result[name] = { dir, manifest };
  }
  ctx.shared.set(key, result);
  return result;
}

/** A browser profile for the benchmarks, kept in bench-out so later parts can reuse the synced index. */
export function benchProfile(ctx: BenchContext, sets: number): string {
  const dir = join(ctx.workDir, `profile-${sets}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export interface NaiveResult {
  questions: number;
  seconds: number;
  /** Seconds for every question of the bundle (measured, or extrapolated from the sample). */
  totalSeconds: number;
  extrapolated: boolean;
}

/**
 * The naive sync, for comparison in the same browser: fetch each shard and store every question
 * with its own put() in its own transaction, in a separate database. Stops after `limit`
 * questions and extrapolates linearly (at ~7,000 puts/s the whole corpus would take minutes).
 */
export async function naiveSyncInWorker(
  worker: Worker,
  manifestUrl: string,
  manifest: BundleManifest,
  limit: number,
): Promise<NaiveResult> {
  const urls = manifest.shards.map((s) => new URL(s.file, manifestUrl).href);
  const measured = await worker.evaluate(
    async ([shardUrls, max]) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const open = indexedDB.open(`naive-bench-${Date.now()}`, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('questions', { keyPath: 'key' });
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const start = performance.now();
      let n = 0;
      outer: for (const url of shardUrls) {
        const body = (await fetch(url, { cache: 'no-store' })).body!.pipeThrough(
          new DecompressionStream('gzip'),
        );
        const lines = (await new Response(body).text()).split('\n').slice(1);
        for (const line of lines) {
          const doc = JSON.parse(line) as {
            id: string;
            title: string;
            questions: { number: number }[];
          };
          for (const q of doc.questions) {
            await new Promise<void>((res, rej) => {
              const tx = db.transaction('questions', 'readwrite');
              tx.objectStore('questions').put({
                key: `${doc.id}#${q.number}`,
                documentId: doc.id,
                title: doc.title,
                ...q,
              });
              tx.oncomplete = () => res();
              tx.onerror = () => rej(tx.error);
            });
            if (++n >= max) break outer;
          }
        }
      }
      const seconds = (performance.now() - start) / 1000;
      const name = db.name;
      db.close();
      indexedDB.deleteDatabase(name);
      return { n, seconds };
    },
    [urls, limit] as const,
  );
  const extrapolated = measured.n < manifest.questions;
  return {
    questions: measured.n,
    seconds: measured.seconds,
    totalSeconds: extrapolated
      ? (measured.seconds * manifest.questions) / measured.n
      : measured.seconds,
    extrapolated,
  };
}
