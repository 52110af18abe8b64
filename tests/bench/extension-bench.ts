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
import { createHash } from 'node:crypto';
import type { BrowserContext, Page, Route, Worker } from 'playwright-core';
import type { MessageName, Reply, RequestOf, ResponseOf } from '../../utils/extension/protocol';
import type { SyncStatus } from '../../utils/store/types';
import { buildBundle, type PreviousBundle } from '../../utils/bundle/build';
import { sha256Hex } from '../../utils/bundle/hash';
import type { BundleManifest, ShardHeader } from '../../utils/bundle/format';
import type { ShardPlanOptions } from '../../utils/bundle/shard-plan';
import { readPreviousBundle, writeBundleFiles } from '../../utils/node/write-bundle';
import type { BuildSegment, SearchSegment } from '../../utils/index-build/segment';
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

/**
 * Write a bundle of `documents` to `outDir` (with search segments, as `corpus build` does; with
 * a delta against `previous` when given, as `corpus build --previous` does).
 */
export async function writeTestBundle(
  documents: KamerDocument[],
  outDir: string,
  shardPlan?: ShardPlanOptions,
  previous?: PreviousBundle | null,
): Promise<BundleManifest> {
  const bundle = await buildBundle(
    { documents, warnings: [] },
    { buildSegment: memoisedSegment, shardPlan, previous },
  );
  writeBundleFiles(bundle, outDir);
  return bundle.manifest;
}

/**
 * The bench writes the same corpus several times with a few sets changed: a shard whose sets
 * are the same gets the segment built the first time (building is deterministic).
 */
const segmentMemo = new Map<string, SearchSegment>();
let memoSets = 0;
const memoKey = (id: string, documentHashes: string[]) => `${id}:${documentHashes.join(',')}`;
const memoisedSegment: BuildSegment = (id, docs) => {
  // The shard's id and its sets' content hashes (documentHash), as the shard's header lists them.
  const key = memoKey(
    id,
    docs.map((doc) => createHash('sha256').update(JSON.stringify(doc)).digest('hex').slice(0, 32)),
  );
  let segment = segmentMemo.get(key);
  if (!segment) segmentMemo.set(key, (segment = buildSegment(id, docs)));
  return segment;
};

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
  /** A day's change: DAY_CHANGES sets changed, scattered at random over the corpus. */
  day: { dir: string; manifest: BundleManifest };
}

/** Sets a day brings (answers arriving, new sets), whatever the corpus size. */
export const DAY_CHANGES = 20;

/** The bundle writer's and segment builder's sources: a change to either invalidates cached bundles. */
function builderSources(): string {
  return ['utils/bundle', 'utils/index-build', 'utils/text']
    .flatMap((dir) => (existsSync(dir) ? filesIn(resolve(dir)) : []))
    .sort()
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/** Build (or reuse from bench-out) the full bundle and its two 1%-changed successors. */
export async function benchBundles(ctx: BenchContext, sets: number): Promise<BenchBundles> {
  const key = `bundles-${sets}`;
  if (ctx.shared.has(key)) return ctx.shared.get(key) as BenchBundles;
  // Segments of another size's corpus are of no further use (the annotate part reuses these).
  if (memoSets !== sets) segmentMemo.clear();
  memoSets = sets;
  const corpus = await benchCorpus(ctx, sets);
  const n = corpus.documents.length;
  const changed = Math.max(1, Math.round(n / 100));
  const recentIdx = Array.from({ length: changed }, (_, i) => n - changed + i);
  // Same PRNG as the synthesiser, so every run syncs the same bytes.
  const next = mulberry32(99);
  const scatteredIdx = new Set<number>();
  while (scatteredIdx.size < changed) scatteredIdx.add(Math.floor(next() * n));
  const nextDay = mulberry32(7);
  const dayIdx = new Set<number>();
  while (dayIdx.size < Math.min(DAY_CHANGES, n)) dayIdx.add(Math.floor(nextDay() * n));
  const variants: [keyof Omit<BenchBundles, 'sets' | 'questions'>, Corpus][] = [
    ['full', corpus],
    ['recent', withAnswersArrived(corpus, recentIdx)],
    ['scattered', withAnswersArrived(corpus, [...scatteredIdx])],
    ['day', withAnswersArrived(corpus, [...dayIdx])],
  ];
  const result = {
    sets: n,
    questions: corpus.documents.reduce((s, d) => s + d.questions.length, 0),
  } as BenchBundles;
  let previous: PreviousBundle | null = null;
  for (const [name, variant] of variants) {
    const dir = join(ctx.workDir, `bundle-${sets}-${name}`);
    // The changed bundles carry a delta against the full one, as a source publishing daily would.
    result[name] = {
      dir,
      manifest: await cachedBundle(ctx, dir, variant.documents, name, previous),
    };
    if (name === 'full') previous = readPreviousBundle(dir);
  }
  ctx.shared.set(key, result);
  return result;
}

/**
 * Write the bundle of `documents` to `dir`, or reuse the one there when corpus and builder code
 * are the same (rebuilding a 400 MB bundle takes minutes).
 */
export async function cachedBundle(
  ctx: BenchContext,
  dir: string,
  documents: KamerDocument[],
  label: string,
  previous: PreviousBundle | null = null,
): Promise<BundleManifest> {
  const start = performance.now();
  const stamp = join(dir, '.fingerprint');
  // Set by set: the whole corpus as one JSON string would pass V8's string limit at 100,000 sets.
  const hash = createHash('sha256');
  for (const doc of documents) hash.update(JSON.stringify(doc));
  const fingerprint = await sha256Hex(
    hash.digest('hex') + builderSources() + (previous ? `delta:${previous.version}` : ''),
  );
  // BENCH_TRUST_BUNDLES=1: a change to the builder's sources that leaves its output the same
  // (a comment, a constant moved) need not rebuild the bundles; they are re-stamped as they are.
  const trusted = process.env.BENCH_TRUST_BUNDLES === '1' && existsSync(join(dir, 'manifest.json'));
  if (trusted) writeFileSync(stamp, fingerprint);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BundleManifest;
    // Its segments serve the next bundle of the same corpus with a few sets changed.
    for (const shard of manifest.shards) {
      const text = gunzipSync(readFileSync(join(dir, shard.file))).toString('utf8');
      const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as ShardHeader;
      if (header.segment)
        segmentMemo.set(
          memoKey(
            header.id,
            header.documents.map(([, hash]) => hash),
          ),
          header.segment,
        );
    }
    ctx.log(
      `  bundle ${label}: reused (${manifest.shards.length} shards, ${(manifest.bytes / 1e6).toFixed(1)} MB)`,
    );
    return manifest;
  }
  rmSync(dir, { recursive: true, force: true });
  const manifest = await writeTestBundle(documents, dir, undefined, previous);
  writeFileSync(stamp, fingerprint);
  const delta = manifest.delta
    ? `; delta: ${manifest.delta.shards.length} shard(s), ${manifest.delta.shards.reduce((n, s) => n + s.sets, 0)} sets, ${(manifest.delta.shards.reduce((n, s) => n + s.bytes, 0) / 1e6).toFixed(2)} MB`
    : '';
  ctx.log(
    `  bundle ${label}: ${manifest.shards.length} shards, ${(manifest.bytes / 1e6).toFixed(1)} MB${delta}, built in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  return manifest;
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

/**
 * The JavaScript heap in use by the extension's service worker, in MB, after a full garbage
 * collection: through the DevTools protocol (a worker has no performance.memory), attached from
 * an extension page's session to the worker's target.
 */
export async function workerHeapMb(session: ExtensionSession, page: Page): Promise<number> {
  const cdp = await session.context.newCDPSession(page);
  try {
    type Targets = { targetInfos: { targetId: string; type: string; url: string }[] };
    // Target and its flat messages are not in Playwright's typed protocol for page sessions.
    const send = cdp.send.bind(cdp) as unknown as (m: string, p?: object) => Promise<unknown>;
    const { targetInfos } = (await send('Target.getTargets')) as Targets;
    const target = targetInfos.find(
      (t) =>
        t.type === 'service_worker' &&
        t.url.startsWith(`chrome-extension://${session.extensionId}/`),
    );
    if (!target) throw new Error('no running service worker to measure');
    const { sessionId } = (await send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    })) as { sessionId: string };
    const replies = new Map<number, (result: unknown) => void>();
    const onMessage = (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) replies.get(message.id)?.(message.result);
    };
    (cdp.on as unknown as (e: string, f: typeof onMessage) => void)(
      'Target.receivedMessageFromTarget',
      onMessage,
    );
    let id = 0;
    const inWorker = (method: string) =>
      new Promise<unknown>((resolve, reject) => {
        const own = ++id;
        replies.set(own, resolve);
        setTimeout(() => reject(new Error(`${method}: no answer from the worker`)), 30_000);
        void send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: own, method }),
        });
      });
    await inWorker('HeapProfiler.collectGarbage');
    const { usedSize } = (await inWorker('Runtime.getHeapUsage')) as { usedSize: number };
    await send('Target.detachFromTarget', { sessionId });
    return Math.round(usedSize / 1e5) / 10;
  } finally {
    await cdp.detach();
  }
}
