/**
 * One sync: bring the local index to the bundle a source serves, atomically and resumably.
 *
 * 1. Read the manifest. Same version as the active generation from the same source: done.
 * 2. Record the sync as pending (a restarted service worker resumes it).
 * 3. For each shard not stored yet: fetch, verify (bytes, sha256, JSON), then write in ONE
 *    transaction the documents whose content hash is new plus the shard row. A stored shard row
 *    is therefore a complete checkpoint, and an unchanged set costs nothing.
 * 4. Switch: one transaction makes the new generation active, clears the pending record, and
 *    flags history entries whose set got answers since the visit.
 * 5. Clean up rows no longer referenced by the active generation.
 *
 * Any failure before step 4 throws and leaves the active generation and history as they were;
 * the rows already written stay as orphans that a later sync reuses or the next cleanup removes.
 */
import { BundleError } from '../bundle/errors';
import {
  MAX_DELTA_SHARE,
  type BundleManifest,
  type ShardContent,
  type ShardEntry,
} from '../bundle/format';
import { parseManifest, verifyShard } from '../bundle/verify';

import type { SetStatus } from '../corpus/model';
import type { SyncProgress } from './types';
import { sha256Hex } from '../bundle/hash';
import { type DocumentPageRow, type HistoryRow, type KamerDb, type ShardRow } from './db';
import {
  META_ACTIVE,
  META_PENDING,
  META_SNAPSHOT,
  META_STUCK,
  indexFromRows,
  locateDocument,
  type Removal,
  readActiveGeneration,
  readDocuments,
  type ActiveIndex,
  readPendingSync,
  readStuckSync,
  type Generation,
  type GenerationSnapshot,
} from './generation';
import { META_STATUS, readSyncState } from './sync-status';
import { flagWatchChanges } from './watchlist';
import { todayIn } from '../clock/days';
import type { WatchEntry } from './types';

/** Where the bundle comes from: an HTTP(S) URL, the extension's own files, or memory in tests. */
export interface BundleFetcher {
  manifest(signal?: AbortSignal): Promise<string>;
  shard(entry: ShardEntry, signal?: AbortSignal): Promise<ArrayBuffer | Uint8Array>;
}

export interface SyncOptions {
  /** 'bundled' or the manifest URL; recorded in the generation and status. */
  source: string;
  fetcher: BundleFetcher;
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
  /** Shards fetched and verified ahead of the one being written. */
  concurrency?: number;
  /** Shards written per transaction (default WRITE_BATCH). */
  batchSize?: number;
  now?: () => Date;
  /** The whole sync, manifest to clean-up (default SYNC_TIMEOUT_MS). */
  timeoutMs?: number;
  /** The reader confirmed replacing the index by a much smaller one from the same source. */
  acceptSmaller?: boolean;
  /** Told the parsed manifest before anything is written (the runner estimates the disk it needs). */
  onManifest?: (manifest: BundleManifest) => void;
}

/** A full sync of 50,000 sets takes ≈ 10 s here; half an hour means something is wrong. */
export const SYNC_TIMEOUT_MS = 30 * 60_000;

/**
 * Starts of one sync (same source and version) before it is given up: a sync that keeps killing
 * the service worker (out of memory, say) is otherwise resumed on every start, for ever.
 */
export const MAX_SYNC_ATTEMPTS = 3;

/** "Much smaller": fewer than this share of the sets the same source gave last time. */
export const SHRINK_RATIO = 0.5;

/**
 * Refuse a manifest that would empty the index, or (from the source the index came from) shrink
 * it to less than half, unless the reader confirmed. Nothing is written before this check.
 */
function checkSize(
  active: Generation | null,
  manifest: BundleManifest,
  source: string,
  acceptSmaller: boolean,
): void {
  if (manifest.sets === 0 || manifest.shards.length === 0) {
    throw new BundleError(
      `The source offers an empty index${active?.sets ? `; the ${active.sets} sets you have were kept` : ''}`,
      'empty-manifest',
      { from: active?.sets ?? 0 },
    );
  }
  if (
    !acceptSmaller &&
    active &&
    active.source === source &&
    active.sets > 0 &&
    manifest.sets < active.sets * SHRINK_RATIO
  ) {
    throw new BundleError(
      `The source now offers ${manifest.sets} sets instead of ${active.sets}; the index was kept until you confirm the smaller one`,
      'shrink',
      { from: active.sets, to: manifest.sets },
    );
  }
}

export interface SyncOutcome {
  changed: boolean;
  generation: Generation;
  /** Shards fetched in this run (not already stored). */
  fetchedShards: number;
  /** Document rows written in this run. */
  writtenDocuments: number;
  /** History entries newly flagged "answered since your visit". */
  answersArrived: number;
  /** Followed sets this sync answered, postponed or found past their deadline (watchlist). */
  watchChanges: WatchEntry[];
  /**
   * Where the time went (ms), for the benchmarks: waiting for shards (fetch and verification
   * overlap the writes), preparing their rows (page hashes), writing them, switching, cleaning up.
   */
  timings: { fetchWait: number; prepare: number; write: number; switch: number; cleanup: number };
}

const STATUS_RANK: Record<SetStatus, number> = {
  unanswered: 0,
  'partially-answered': 1,
  answered: 2,
};

export async function syncBundle(db: KamerDb, options: SyncOptions): Promise<SyncOutcome> {
  const now = options.now ?? (() => new Date());
  const report = (progress: SyncProgress) => options.onProgress?.(progress);
  // One signal for everything this sync starts: the caller's, the sync's own deadline, and a
  // failure anywhere (which aborts every fetch still in flight).
  const failed = new AbortController();
  const timeoutMs = options.timeoutMs ?? SYNC_TIMEOUT_MS;
  const deadline = new AbortController();
  const timer = setTimeout(
    () =>
      deadline.abort(
        new BundleError(
          `The sync took longer than ${Math.round(timeoutMs / 60_000)} min and was stopped`,
          'sync-timeout',
          { minutes: Math.round(timeoutMs / 60_000) },
        ),
      ),
    timeoutMs,
  );
  const signal = anySignal([options.signal, failed.signal, deadline.signal]);
  try {
    return await runSync(db, options, signal, (error) => failed.abort(error), now, report);
  } catch (error) {
    failed.abort(error);
    // A deadline reached mid-fetch surfaces as the fetch's abort: say why it was aborted.
    throw deadline.signal.aborted ? deadline.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/** AbortSignal.any where it exists (Chromium 116, Firefox 124, Node 20.3), else by hand. */
function anySignal(signals: (AbortSignal | undefined)[]): AbortSignal {
  const list = signals.filter((s): s is AbortSignal => s !== undefined);
  const any = (AbortSignal as unknown as { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (any) return any(list);
  const controller = new AbortController();
  for (const s of list) {
    if (s.aborted) controller.abort(s.reason);
    else s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

async function runSync(
  db: KamerDb,
  options: SyncOptions,
  signal: AbortSignal,
  /** Called the moment any fetch fails: stops the others in flight at once. */
  fail: (error: unknown) => void,
  now: () => Date,
  report: (progress: SyncProgress) => void,
): Promise<SyncOutcome> {
  const { source, fetcher } = options;
  report({ state: 'syncing', phase: 'manifest', done: 0, total: 0 });
  const manifest = parseManifest(await fetcher.manifest(signal));
  signal.throwIfAborted();
  options.onManifest?.(manifest);
  const active = await readActiveGeneration(db);
  if (active && active.version === manifest.version && active.source === source) {
    await db.meta.delete(META_PENDING);
    // The same sets, built again later: the reader is told how fresh the source is.
    if (manifest.coverage && manifest.coverage.generatedAt !== active.coverage?.generatedAt) {
      await db.transaction('rw', db.meta, async () => {
        const current = await readActiveGeneration(db);
        if (current?.number === active.number)
          await db.meta.put({
            key: META_ACTIVE,
            value: { ...current, coverage: manifest.coverage },
          });
      });
    }
    return {
      changed: false,
      generation: active,
      fetchedShards: 0,
      writtenDocuments: 0,
      answersArrived: 0,
      watchChanges: [],
      timings: { fetchWait: 0, prepare: 0, write: 0, switch: 0, cleanup: 0 },
    };
  }

  checkSize(active, manifest, source, options.acceptSmaller ?? false);

  // Count the starts of this sync; one that keeps failing without a word (the worker dies) is
  // given up, and stays given up for this source and version so no alarm or start retries it.
  const stuck = await readStuckSync(db);
  if (stuck && stuck.source === source && stuck.version === manifest.version) {
    throw gaveUp(stuck.attempts);
  }
  const previous = await readPendingSync(db);
  const attempts =
    previous && previous.source === source && previous.manifest.version === manifest.version
      ? (previous.attempts ?? 1) + 1
      : 1;
  if (attempts > MAX_SYNC_ATTEMPTS) {
    await db.transaction('rw', db.meta, async () => {
      await db.meta.delete(META_PENDING);
      await db.meta.put({
        key: META_STUCK,
        value: { source, version: manifest.version, attempts: attempts - 1 },
      });
    });
    throw gaveUp(attempts - 1);
  }
  await db.meta.put({
    key: META_PENDING,
    value: { source, manifest, startedAt: now().toISOString(), attempts },
  });
  const plan = planGeneration(manifest, active);
  const stored = new Set(
    await db.shards
      .where('sha256')
      .anyOf(plan.fetch.map((s) => s.sha256))
      .primaryKeys(),
  );
  const missing = plan.fetch.filter((s) => !stored.has(s.sha256));
  const total = plan.fetch.length;
  let done = total - missing.length;
  report({ state: 'syncing', phase: 'shards', done, total });

  const known = await storedPages(db);
  let writtenDocuments = 0;
  const timings = { fetchWait: 0, prepare: 0, write: 0, switch: 0, cleanup: 0 };
  let mark = performance.now();
  const lap = (phase: keyof typeof timings) => {
    const at = performance.now();
    timings[phase] += at - mark;
    mark = at;
  };
  // Verified shards are written several to a transaction when they arrive faster than they are
  // written: each IndexedDB transaction has a fixed cost in Chromium, which dominated re-syncs
  // where many shards change a little.
  let batch: [ShardEntry, ShardContent][] = [];
  const flush = async () => {
    if (!batch.length) return;
    lap('fetchWait');
    const written = await writeShards(db, batch, known, { done: done + batch.length, total });
    writtenDocuments += written.sets;
    timings.prepare += written.prepareMs;
    lap('write');
    timings.write -= written.prepareMs;
    done += batch.length;
    batch = [];
    report({ state: 'syncing', phase: 'shards', done, total });
  };
  const batchSize = options.batchSize ?? WRITE_BATCH;
  await forEachFetched(
    missing,
    options.concurrency ?? 4,
    signal,
    async (entry) => {
      try {
        const bytes = await fetcher.shard(entry, signal);
        signal.throwIfAborted();
        return await verifyShard(entry, bytes);
      } catch (error) {
        fail(error);
        throw error;
      }
    },
    async (entry, file, nextReady) => {
      batch.push([entry, file]);
      // Never hold verified shards while the network is slow: written, they are a checkpoint.
      if (batch.length >= batchSize || !nextReady) await flush();
    },
  );
  await flush();

  signal.throwIfAborted();
  mark = performance.now();
  const { generation, answersArrived, watchChanges } = await switchGeneration(
    db,
    source,
    manifest,
    plan,
    now(),
  );
  lap('switch');
  report({ state: 'syncing', phase: 'cleanup', done, total });
  await removeUnreferenced(db);
  lap('cleanup');
  return {
    changed: true,
    generation,
    fetchedShards: missing.length,
    writtenDocuments,
    answersArrived,
    watchChanges,
    timings,
  };
}

/**
 * Fetch (and verify) up to `window` shards ahead while writing them strictly one after another:
 * the network and the hashing overlap with IndexedDB, and a failure stops everything after it.
 */
function gaveUp(attempts: number): BundleError {
  return new BundleError(
    `This sync was started ${attempts} times without finishing and has been given up; the previous index is kept. Choose another source or wait for a new version of this one`,
    'gave-up',
    { attempts },
  );
}

async function forEachFetched<T>(
  entries: ShardEntry[],
  window: number,
  signal: AbortSignal | undefined,
  fetchOne: (entry: ShardEntry) => Promise<T>,
  /** `nextReady`: the next shard is already fetched and verified (so a batch may wait for it). */
  writeOne: (entry: ShardEntry, value: T, nextReady: boolean) => Promise<void>,
): Promise<void> {
  const inFlight: { promise: Promise<T>; settled: boolean }[] = [];
  let next = 0;
  const launch = () => {
    while (next < entries.length && inFlight.length < window) {
      const slot = { promise: fetchOne(entries[next++]), settled: false };
      // Failures surface when the promise is awaited in order; keep them from being "unhandled".
      slot.promise.then(
        () => (slot.settled = true),
        () => (slot.settled = true),
      );
      inFlight.push(slot);
    }
  };
  launch();
  for (let i = 0; i < entries.length; i++) {
    signal?.throwIfAborted();
    const value = await inFlight.shift()!.promise;
    launch();
    await writeOne(entries[i], value, inFlight[0]?.settled ?? false);
  }
}

/** Sets per stored page. */
export const PAGE_SIZE = 16;

/**
 * Page hashes already stored. A page row exists exactly when a stored shard row points at it
 * (both are written in one transaction and removed together), so the shard rows — small — tell
 * without touching the pages themselves.
 */
async function storedPages(db: KamerDb): Promise<Set<string>> {
  const pages = new Set<string>();
  await db.shards.each((row) => row.pages.forEach((page) => pages.add(page)));
  return pages;
}

/** Verified shards per write transaction: a stored shard row is still a complete checkpoint. */
export const WRITE_BATCH = 8;

/**
 * Write verified shards: their new pages, rows and segments, in one transaction, so that a shard
 * row is never stored without its pages. Returns sets written and the time spent before the
 * transaction (hashing pages).
 */
async function writeShards(
  db: KamerDb,
  shards: [ShardEntry, ShardContent][],
  known: Set<string>,
  progress: { done: number; total: number },
): Promise<{ sets: number; prepareMs: number }> {
  const started = performance.now();
  const pages: DocumentPageRow[] = [];
  const rows: ShardRow[] = [];
  const segments: { sha256: string; segment: NonNullable<ShardContent['segment']> }[] = [];
  const adding = new Set<string>();
  let sets = 0;
  for (const [entry, shard] of shards) {
    const pageHashes: string[] = [];
    for (let start = 0; start < shard.documents.length; start += PAGE_SIZE) {
      const slice = shard.documents.slice(start, start + PAGE_SIZE);
      const hash = (await sha256Hex(slice.map((d) => d.hash).join(','))).slice(0, 32);
      pageHashes.push(hash);
      if (!known.has(hash) && !adding.has(hash)) {
        adding.add(hash);
        // A copy of the run of lines (a view would store the whole shard's buffer with it).
        const { bytes, starts, ends } = shard.utf8;
        pages.push({ hash, utf8: bytes.slice(starts[start], ends[start + slice.length - 1]) });
        sets += slice.length;
      }
    }
    if (shard.segment) segments.push({ sha256: entry.sha256, segment: shard.segment });
    rows.push({
      sha256: entry.sha256,
      id: entry.id,
      ids: shard.documents.map((d) => d.id).join('\n'),
      ...(shard.aliases ? { aliases: shard.aliases.map((p) => p.join('\t')).join('\n') } : {}),
      pages: pageHashes,
      pageSize: PAGE_SIZE,
      sets: entry.sets,
      questions: entry.questions,
      bytes: entry.bytes,
    });
  }
  const prepareMs = performance.now() - started;
  await db.transaction('rw', [db.documents, db.shards, db.segments, db.meta], async () => {
    if (pages.length) await db.documents.bulkPut(pages);
    if (segments.length) await db.segments.bulkPut(segments);
    await db.shards.bulkPut(rows);
    const state = await readSyncState(db);
    await db.meta.put({
      key: META_STATUS,
      value: { ...state, progress: { state: 'syncing', phase: 'shards', ...progress } },
    });
  });
  pages.forEach((p) => known.add(p.hash));
  return { sets, prepareMs };
}

/** What a sync fetches and what the generation it switches to is made of. */
interface GenerationPlan {
  /** Shards the new generation needs stored (those already stored are not fetched). */
  fetch: ShardEntry[];
  /** The new generation's shards, in order (a later one's set supersedes an earlier one's). */
  shards: string[];
  removed: Removal[];
  deltaSets: number;
}

/**
 * The manifest's full shards, or, when the active generation is the delta's base (a version is
 * a hash of the shards' contents, so whichever source it came from) and the deltas held stay
 * small, the active shards plus the delta's: a scattered change
 * then costs the changed sets, not every full shard it touched. Past MAX_DELTA_SHARE of the
 * sets in deltas, the full shards are read again (only those not stored), which folds them away.
 */
export function planGeneration(
  manifest: BundleManifest,
  active: Generation | null,
): GenerationPlan {
  const delta = manifest.delta;
  const deltaSets = (active?.deltaSets ?? 0) + (delta?.shards.reduce((n, s) => n + s.sets, 0) ?? 0);
  if (
    delta &&
    active &&
    active.version === delta.base &&
    deltaSets <= MAX_DELTA_SHARE * manifest.sets
  ) {
    // Removed from the shards held so far; a later delta may bring a set back.
    const before = active.shards.length;
    return {
      fetch: delta.shards,
      shards: [...active.shards, ...delta.shards.map((s) => s.sha256)],
      removed: [...(active.removed ?? []), ...delta.removed.map((id): Removal => [id, before])],
      deltaSets,
    };
  }
  return {
    fetch: manifest.shards,
    shards: manifest.shards.map((s) => s.sha256),
    removed: [],
    deltaSets: 0,
  };
}

async function switchGeneration(
  db: KamerDb,
  source: string,
  manifest: BundleManifest,
  plan: GenerationPlan,
  at: Date,
): Promise<{ generation: Generation; answersArrived: number; watchChanges: WatchEntry[] }> {
  return db.transaction(
    'rw',
    [db.meta, db.shards, db.documents, db.history, db.watchlist],
    async () => {
      const shas = plan.shards;
      const rows = await db.shards.bulkGet(shas);
      rows.forEach((row, i) => {
        // Another context cleared the data under us: refuse rather than activate a hole.
        if (!row) throw new Error(`Shard ${shas[i]} vanished before the switch`);
      });
      const located = indexFromRows(plan, rows);
      const previous = await readActiveGeneration(db);
      const generation: Generation = {
        number: (previous?.number ?? 0) + 1,
        version: manifest.version,
        source,
        shards: shas,
        ...(plan.deltaSets ? { deltaSets: plan.deltaSets } : {}),
        ...(plan.removed.length ? { removed: plan.removed } : {}),
        sets: manifest.sets,
        questions: manifest.questions,
        bytes: manifest.bytes,
        activatedAt: at.toISOString(),
        ...(manifest.coverage ? { coverage: manifest.coverage } : {}),
      };
      await db.meta.put({ key: META_ACTIVE, value: generation });
      // A pointer switch: the segment rows are shared by the generations, never copied here.
      const snapshot: GenerationSnapshot = {
        number: generation.number,
        shards: rows as ShardRow[],
      };
      await db.meta.put({ key: META_SNAPSHOT, value: snapshot });
      await db.meta.delete(META_PENDING);
      const answersArrived = await flagAnswersArrived(db, located);
      // Followed sets are looked up by id the same way as the history's entries (aliases too).
      const watchChanges = await flagWatchChanges(
        db,
        (ids) =>
          readDocuments(
            db,
            ids.map((id) => locateDocument(located, id)),
          ),
        todayIn(at),
        at.getTime(),
      );
      return { generation, answersArrived, watchChanges };
    },
  );
}

/** Flag history entries whose set is now better answered than the reader last knew it. */
async function flagAnswersArrived(
  db: KamerDb,
  index: Pick<ActiveIndex, 'byId' | 'aliases'>,
): Promise<number> {
  const waiting = await db.history
    .filter((e) => (e.lastKnownStatus ?? e.statusAtVisit) !== 'answered')
    .toArray();
  if (!waiting.length) return 0;
  const docs = await readDocuments(
    db,
    waiting.map((e) => locateDocument(index, e.documentId)),
  );
  const updated: HistoryRow[] = [];
  waiting.forEach((entry, i) => {
    const status = docs[i]?.status;
    const known = entry.lastKnownStatus ?? entry.statusAtVisit;
    if (status && STATUS_RANK[status] > STATUS_RANK[known]) {
      updated.push({ ...entry, lastKnownStatus: status, answeredSinceVisit: true, unseen: 1 });
    }
  });
  if (updated.length) await db.history.bulkPut(updated);
  return updated.length;
}

/** Delete shard, segment and document rows that neither the active generation nor a pending sync uses. */
export async function removeUnreferenced(
  db: KamerDb,
): Promise<{ shards: number; documents: number }> {
  return db.transaction('rw', [db.meta, db.shards, db.segments, db.documents], async () => {
    const keep = new Set<string>((await readActiveGeneration(db))?.shards ?? []);
    const pending = await readPendingSync(db);
    pending?.manifest.shards.forEach((s) => keep.add(s.sha256));
    pending?.manifest.delta?.shards.forEach((s) => keep.add(s.sha256));
    const deadShards = (await db.shards.toCollection().primaryKeys()).filter(
      (sha) => !keep.has(sha),
    );
    if (deadShards.length) await db.shards.bulkDelete(deadShards);
    const deadSegments = (await db.segments.toCollection().primaryKeys()).filter(
      (sha) => !keep.has(sha),
    );
    if (deadSegments.length) await db.segments.bulkDelete(deadSegments);
    // Pages are written with their shard row and die only with one: when no shard died (a delta
    // appended to the generation), no page did, and the page keys need no reading.
    if (!deadShards.length) return { shards: 0, documents: 0 };
    const liveDocs = new Set<string>();
    for (const row of await db.shards.bulkGet([...keep]))
      row?.pages.forEach((page) => liveDocs.add(page));
    const deadDocs = (await db.documents.toCollection().primaryKeys()).filter(
      (hash) => !liveDocs.has(hash),
    );
    if (deadDocs.length) await db.documents.bulkDelete(deadDocs);
    return { shards: deadShards.length, documents: deadDocs.length };
  });
}
