/**
 * The browser benchmarks' corpora and bundles: the large synthetic corpus parsed, its bundle and
 * two 1%-changed successors (reused from bench-out while corpus and code are the same), a
 * profile to keep, and the naive sync to compare with. The harness they drive the browser with
 * is the browser tests' own (tests/support/browser-harness.ts).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { Page, Worker } from 'playwright-core';
import type { PreviousBundle } from '../../utils/bundle/build';
import { sha256Hex } from '../../utils/bundle/hash';
import type { BundleManifest, ShardHeader } from '../../utils/bundle/format';
import type { Corpus, KamerDocument } from '../../utils/corpus/model';
import { parseCorpus } from '../../utils/corpus/parse';
import { buildSegment } from '../../utils/index-build/build-segment';
import type { BuildSegment, SearchSegment } from '../../utils/index-build/segment';
import { mulberry32 } from '../../utils/node/synth';
import { readPreviousBundle } from '../../utils/node/write-bundle';
import {
  filesIn,
  withAnswersArrived,
  writeTestBundle,
  type ExtensionSession,
} from '../support/browser-harness';
import type { BenchContext } from './context';
import { ensureSynthCorpus } from './synth-corpus';

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
  const manifest = await writeTestBundle(documents, dir, undefined, {
    previous,
    buildSegment: memoisedSegment,
  });
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
