/**
 * Shared helpers for browser tests and browser benchmarks that need the extension's index in a
 * given state: serve a bundle directory at a sync URL through Playwright routing (with faults on
 * demand), talk to the background through its message protocol, wait for a sync, and build the
 * large synthetic bundles the benchmarks sync.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { BrowserContext, Page, Route, Worker } from 'playwright-core';
import type { MessageName, Reply, RequestOf, ResponseOf } from '../../utils/extension/protocol';
import type { SyncStatus } from '../../utils/store/types';
import { buildBundle } from '../../utils/bundle/build';
import { sha256Hex } from '../../utils/bundle/hash';
import type { BundleManifest } from '../../utils/bundle/format';
import type { ShardPlanOptions } from '../../utils/bundle/shard-plan';
import { writeBundleFiles } from '../../utils/node/write-bundle';
import type { Corpus, KamerDocument } from '../../utils/corpus/model';
import { buildSegment } from '../../utils/index-build/build-segment';
import type { ExtensionSession } from '../browser/harness';
import type { BenchContext } from './context';
import { ensureSynthCorpus } from './synth-corpus';
import { parseCorpus } from '../../utils/corpus/parse';
import { mulberry32 } from '../../utils/node/synth';

/** A sync source on a host no test ever reaches for real. */
export const SYNC_BASE = 'https://bundles.kamerlezer.test/';

/** What to do with one request for a bundle file (shards counted in the order requested). */
export type Fault =
  | undefined
  | { status: number }
  | { corrupt: true }
  | { abort: true }
  | { hang: true }
  | { delayMs: number };

export interface ServedBundle {
  /** The manifest URL to give setSyncSource. */
  url: string;
  /** Paths requested (relative to the bundle root), in order. */
  requests: string[];
  /** Shard paths requested, in order. */
  shardRequests(): string[];
  /** Release requests held by a `hang` fault (they then fail). */
  releaseHung(): Promise<void>;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** Sub-path under SYNC_BASE, so several bundles can be served side by side. */
  name?: string;
  fault?: (path: string, shardIndex: number) => Fault;
}

/** Serve the bundle in `dir` (manifest.json + shards/) at SYNC_BASE/<name>/. */
export async function serveBundle(
  context: BrowserContext,
  dir: string,
  options: ServeOptions = {},
): Promise<ServedBundle> {
  const base = `${SYNC_BASE}${options.name ?? 'bundle'}/`;
  const requests: string[] = [];
  const hung: Route[] = [];
  let shardIndex = 0;
  const pattern = `${base}**`;
  const handler = async (route: Route) => {
    const path = decodeURIComponent(
      new URL(route.request().url()).pathname.slice(new URL(base).pathname.length),
    );
    requests.push(path);
    const index = path.startsWith('shards/') ? shardIndex++ : -1;
    const fault = options.fault?.(path, index);
    const file = join(dir, path);
    const headers = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
    if (fault && 'hang' in fault) return void hung.push(route);
    if (fault && 'abort' in fault) return route.abort('connectionreset');
    if (fault && 'status' in fault)
      return route.fulfill({ status: fault.status, headers, body: 'Not found' });
    if (!existsSync(file) || !statSync(file).isFile())
      return route.fulfill({ status: 404, headers, body: 'Not found' });
    if (fault && 'delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault && 'corrupt' in fault) {
      // Same length, one byte different: only the hash can tell.
      const body = Buffer.from(readFileSync(file));
      const at = Math.floor(body.length / 2);
      body[at] = body[at] === 0x61 ? 0x62 : 0x61;
      return route.fulfill({ status: 200, headers, body });
    }
    return route.fulfill({ status: 200, headers, path: file });
  };
  await context.route(pattern, handler);
  return {
    url: `${base}manifest.json`,
    requests,
    shardRequests: () => requests.filter((p) => p.startsWith('shards/')),
    async releaseHung() {
      for (const route of hung.splice(0)) await route.abort('connectionreset').catch(() => {});
    },
    async stop() {
      await context.unroute(pattern, handler);
    },
  };
}

/** An extension page to send messages from (the worker cannot message itself). */
export async function extensionPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url('popup.html'));
  return page;
}

interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void } };
}

/** Send one protocol message from an extension page and return the result (throws its error). */
export async function call<N extends MessageName>(
  page: Page,
  name: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const reply = (await page.evaluate(
    // Runs in the extension page, where `chrome` exists; Node's types do not know it.
    async ([n, p]) =>
      (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({
        kamerlezer: n,
        payload: p,
      }),
    [name, payload] as const,
  )) as Reply<N> | undefined;
  if (!reply) throw new Error(`No answer to ${name}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}

/** Poll syncStatus until `done` holds (default: a sync finished or failed). */
export async function waitForStatus(
  page: Page,
  done: (status: SyncStatus) => boolean,
  timeoutMs = 60_000,
  intervalMs = 50,
): Promise<SyncStatus> {
  const start = Date.now();
  for (;;) {
    const status = await call(page, 'syncStatus', {});
    if (done(status)) return status;
    if (Date.now() - start > timeoutMs)
      throw new Error(`Sync did not settle: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const settledOn = (version: string) => (s: SyncStatus) =>
  s.progress.state === 'done' && s.last?.version === version;
export const failed = (s: SyncStatus) => s.progress.state === 'error' && s.lastError !== null;

/** The bundled seed's manifest as built into the extension. */
export function bundledManifest(extensionDir: string): {
  version: string;
  sets: number;
  questions: number;
  shards: { file: string }[];
} {
  return JSON.parse(readFileSync(join(extensionDir, 'corpus', 'manifest.json'), 'utf8'));
}

export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The documents of the bundled seed, read back from the built extension's shards. */
export function bundledDocuments(extensionDir: string): KamerDocument[] {
  const manifest = bundledManifest(extensionDir);
  return manifest.shards.flatMap((entry) => {
    const lines = gunzipSync(readFileSync(join(extensionDir, 'corpus', entry.file)))
      .toString('utf8')
      .split('\n');
    return lines.slice(1).map((line) => JSON.parse(line) as KamerDocument);
  });
}

/** Write a bundle of `documents` to `outDir` (with search segments, as `corpus build` does). */
export async function writeTestBundle(
  documents: KamerDocument[],
  outDir: string,
  shardPlan?: ShardPlanOptions,
): Promise<BundleManifest> {
  const bundle = await buildBundle({ documents, warnings: [] }, { buildSegment, shardPlan });
  writeBundleFiles(bundle, outDir);
  return bundle.manifest;
}

// ---------------------------------------------------------------------------------------------
// Large corpora and bundles for the browser benchmarks.

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

/** Answers arrive for `indexes`: every question gets one, the set becomes answered. */
export function withAnswersArrived(corpus: Corpus, indexes: number[]): Corpus {
  const documents = corpus.documents.slice();
  for (const i of indexes) {
    const doc = documents[i];
    documents[i] = {
      ...doc,
      status: 'answered',
      questions: doc.questions.map((q) => ({
        ...q,
        answer: `${q.answer ?? ''}\n\nAanvullend antwoord ${i}-${q.number}.`.trim(),
      })),
    };
  }
  return { ...corpus, documents };
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
