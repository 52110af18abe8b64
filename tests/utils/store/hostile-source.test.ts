/**
 * A broken or hostile sync source (issue 17): every request and every sync bounded, nothing
 * read or unpacked beyond what the manifest declares and real corpora need, no redirect
 * followed, no index emptied or shrunk without the reader, no crash-looping sync resumed for
 * ever. The fetcher runs against a real HTTP server on 127.0.0.1; the sync logic against
 * fake-indexeddb. Each case failed (hung, wiped, or read without bound) before issue 17.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { BundleError } from '../../../utils/bundle/errors';
import type { BundleManifest, ShardEntry } from '../../../utils/bundle/format';
import { sha256Hex } from '../../../utils/bundle/hash';
import { LIMITS, parseManifest, verifyShard } from '../../../utils/bundle/verify';
import type { KamerDb } from '../../../utils/store/db';
import {
  loadActiveIndex,
  readActiveGeneration,
  readPendingSync,
  readStuckSync,
} from '../../../utils/store/generation';
import { httpFetcher } from '../../../utils/store/http-fetcher';
import { MAX_SYNC_ATTEMPTS, syncBundle, type BundleFetcher } from '../../../utils/store/sync';
import { bundleOf, freshDb, memoryFetcher } from '../../support/bundles';
import { numberedCorpus } from '../../support/documents';

const SOURCE = 'https://example.org/bundle/manifest.json';
let db: KamerDb;
afterEach(() => db?.close());

/** The code of a rejected promise's BundleError (fails the test on any other error). */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BundleError)) throw new Error(`Expected a BundleError, got ${error}`);
  return error.code;
}

async function messageOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => '',
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );
}

// ---------------------------------------------------------------------------------------------
// The fetcher against a real server.

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server;
let other: Server;
let base: string;
let otherBase: string;
let route: Handler = (_req, res) => res.end();
let sent = 0;

function listen(s: Server): Promise<string> {
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`),
    ),
  );
}

beforeAll(async () => {
  server = createServer((req, res) => route(req, res));
  other = createServer((_req, res) => res.end('{"format":2,"version":"evil","shards":[]}'));
  base = await listen(server);
  otherBase = (await listen(other)).replace('127.0.0.1', 'localhost');
});
afterAll(() => {
  server.closeAllConnections();
  other.closeAllConnections();
  server.close();
  other.close();
});

const entry = (bytes: number): ShardEntry => ({
  id: 's1',
  file: 'shards/s1.ndjson.gz',
  sha256: '0'.repeat(64),
  bytes,
  sets: 1,
  questions: 1,
});
const FAST = { requestMs: 1_500, stallMs: 300 };
/** For the cases that are not about time: generous, so a loaded machine does not trip them. */
const SLOW = { requestMs: 20_000, stallMs: 10_000 };

describe('every request is bounded', () => {
  test('a redirect to another origin is refused, naming both, and the other host is never asked', async () => {
    let otherAsked = false;
    other.once('request', () => (otherAsked = true));
    route = (_req, res) => {
      res.writeHead(302, { location: `${otherBase}/manifest.json` });
      res.end();
    };
    const fetcher = httpFetcher(`${base}/manifest.json`, SLOW);
    const failure = fetcher.manifest();
    expect(await codeOf(failure)).toBe('redirect');
    const message = await messageOf(fetcher.manifest());
    expect(message).toContain(base);
    expect(message).toContain(otherBase);
    expect(otherAsked).toBe(false);
  });

  test('a shard redirect is refused too', async () => {
    route = (_req, res) => {
      res.writeHead(301, { location: `${otherBase}/shards/s1.ndjson.gz` });
      res.end();
    };
    expect(await codeOf(httpFetcher(`${base}/`, SLOW).shard(entry(100)))).toBe('redirect');
  });

  test('a body that stalls after a few bytes fails after the stall limit, not never', async () => {
    route = (_req, res) => {
      res.writeHead(200);
      res.write('{"format":');
    };
    const start = performance.now();
    expect(await codeOf(httpFetcher(`${base}/`, FAST).manifest())).toBe('stalled');
    expect(performance.now() - start).toBeLessThan(1_200);
  });

  test('a body that trickles for ever fails at the request limit', async () => {
    route = (_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    };
    const start = performance.now();
    expect(await codeOf(httpFetcher(`${base}/`, FAST).manifest())).toBe('request-timeout');
    expect(performance.now() - start).toBeLessThan(2_500);
  });

  test('a body that never ends is cut off at the shard’s declared size', async () => {
    sent = 0;
    route = (_req, res) => {
      res.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 1);
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) sent += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    };
    const declared = 256 * 1024;
    expect(await codeOf(httpFetcher(`${base}/`, SLOW).shard(entry(declared)))).toBe(
      'shard-too-large',
    );
    // Stopped early: what the server pushed is the cap plus socket buffers, not gigabytes.
    expect(sent).toBeLessThan(32 * 1024 * 1024);
  });

  test('a declared Content-Length over the cap is refused before the body is read', async () => {
    route = (_req, res) => {
      res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
      res.write('x');
    };
    expect(await codeOf(httpFetcher(`${base}/`, SLOW).shard(entry(1024)))).toBe('shard-too-large');
  });

  test('HTTP errors and unreachable hosts keep their messages', async () => {
    route = (_req, res) => {
      res.writeHead(404);
      res.end('no');
    };
    expect(await messageOf(httpFetcher(`${base}/`, SLOW).manifest())).toMatch(/HTTP 404 for/);
    expect(await codeOf(httpFetcher('http://127.0.0.1:1/', SLOW).manifest())).toBe('network');
  });
});

// ---------------------------------------------------------------------------------------------
// Unpacking and the manifest.

describe('a shard is unpacked within bounds', () => {
  test('a gzip bomb fails fast with its own reason, not “not gzip”', async () => {
    // 256 MiB of zeros in ~0.25 MB: inflating all of it is what took the worker to gigabytes.
    const bomb = gzipSync(Buffer.alloc(256 * 1024 * 1024), { level: 9 });
    const bombEntry = { ...entry(bomb.byteLength), sha256: await sha256Hex(bomb) };
    const before = process.memoryUsage().rss;
    const start = performance.now();
    const error = await verifyShard(bombEntry, bomb).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).code).toBe('unpacked-too-large');
    expect((error as Error).message).toMatch(/unpacks to more than 64 MiB/);
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  }, 30_000);
});

describe('a manifest is checked before anything is fetched', () => {
  let manifest: BundleManifest;
  beforeAll(async () => {
    manifest = (await bundleOf(numberedCorpus(12))).manifest;
  });
  const parse = (m: unknown) => {
    try {
      parseManifest(JSON.stringify(m));
      return 'accepted';
    } catch (error) {
      return error instanceof BundleError ? error.code : String(error);
    }
  };

  test('negative, fractional and absurd counts are refused', () => {
    expect(parse({ ...manifest, sets: 10_000_000 })).toBe('manifest-limit');
    expect(parse({ ...manifest, questions: -5 })).toBe('manifest-limit');
    expect(parse({ ...manifest, bytes: 1e15 })).toBe('manifest-limit');
    const shards = manifest.shards.map((s, i) => (i === 0 ? { ...s, sets: -1 } : s));
    expect(parse({ ...manifest, shards })).toBe('manifest-limit');
    const half = manifest.shards.map((s, i) => (i === 0 ? { ...s, bytes: 10.5 } : s));
    expect(parse({ ...manifest, shards: half })).toBe('manifest-limit');
  });

  test('totals must match the entries', () => {
    expect(parse({ ...manifest, sets: manifest.sets + 1 })).toBe('manifest-totals');
    expect(parse({ ...manifest, questions: manifest.questions - 1 })).toBe('manifest-totals');
    expect(parse(manifest)).toBe('accepted');
  });

  test('one stored shard listed 20,000 times is refused as a duplicate', () => {
    const one = manifest.shards[0];
    const shards = Array.from({ length: 20_000 }, (_, i) => ({ ...one, id: `dup-${i}` }));
    const repeated = {
      ...manifest,
      sets: one.sets * 20_000,
      questions: one.questions * 20_000,
      bytes: one.bytes * 20_000,
      shards,
    };
    expect(parse(repeated)).toBe('manifest-duplicate');
    expect(parse({ ...manifest, shards: [one, { ...one, sha256: 'f'.repeat(64) }] })).toBe(
      'manifest-duplicate',
    );
  });

  test("a delta's shards are checked like the full ones, and against them", () => {
    const one = manifest.shards[0];
    const delta = (shards: unknown[], removed: unknown[] = []) => ({
      ...manifest,
      delta: { base: 'v0', shards, removed },
    });
    const fresh = {
      ...one,
      id: 'delta-1',
      file: 'shards/delta-1.ndjson.gz',
      sha256: 'e'.repeat(64),
    };
    expect(parse(delta([fresh]))).toBe('accepted');
    // A full shard listed again as a delta shard would be stored and searched twice.
    expect(parse(delta([{ ...one, id: 'delta-2' }]))).toBe('manifest-duplicate');
    expect(parse(delta([fresh, { ...fresh, id: 'delta-3' }]))).toBe('manifest-duplicate');
    expect(parse(delta([{ ...fresh, sets: -1 }]))).toBe('manifest-limit');
    expect(parse(delta([fresh], [7]))).toBe('bundle');
    expect(parse(delta(Array.from({ length: LIMITS.shards + 1 }, () => ({}))))).toBe(
      'manifest-limit',
    );
  });

  test('more entries than any corpus has are refused without looking at them', () => {
    const shards = Array.from({ length: LIMITS.shards + 1 }, () => ({}));
    expect(parse({ ...manifest, shards })).toBe('manifest-limit');
    expect(() => parseManifest(' '.repeat(LIMITS.manifestBytes + 1))).toThrow(/larger than/);
  });
});

// ---------------------------------------------------------------------------------------------
// The sync.

describe('a sync never wipes or shrinks the index silently', () => {
  test('an empty shard list is refused and the index stays whole', async () => {
    db = freshDb();
    const full = await bundleOf(numberedCorpus(30));
    await syncBundle(db, { source: SOURCE, fetcher: memoryFetcher(full) });
    const empty: BundleFetcher = {
      manifest: async () =>
        JSON.stringify({
          ...full.manifest,
          version: 'empty',
          sets: 0,
          questions: 0,
          bytes: 0,
          shards: [],
        }),
      shard: async () => new Uint8Array(),
    };
    const error = await syncBundle(db, { source: SOURCE, fetcher: empty }).catch((e) => e);
    expect((error as BundleError).code).toBe('empty-manifest');
    expect((error as Error).message).toMatch(/empty index; the 30 sets you have were kept/);
    expect((await loadActiveIndex(db)).byId.size).toBe(30);
    // From another source too: an empty index is never applied.
    expect(await codeOf(syncBundle(db, { source: 'https://other.example/', fetcher: empty }))).toBe(
      'empty-manifest',
    );
  });

  test('the same source shrinking to under half is refused until the reader confirms', async () => {
    db = freshDb();
    await syncBundle(db, {
      source: SOURCE,
      fetcher: memoryFetcher(await bundleOf(numberedCorpus(30))),
    });
    const small = await bundleOf(numberedCorpus(10));
    const error = await syncBundle(db, { source: SOURCE, fetcher: memoryFetcher(small) }).catch(
      (e) => e,
    );
    expect((error as BundleError).code).toBe('shrink');
    expect((error as BundleError).params).toEqual({ from: 30, to: 10 });
    expect((await readActiveGeneration(db))?.sets).toBe(30);
    expect(await readPendingSync(db)).toBeNull();
    const confirmed = await syncBundle(db, {
      source: SOURCE,
      fetcher: memoryFetcher(small),
      acceptSmaller: true,
    });
    expect(confirmed.generation.sets).toBe(10);
    // A smaller corpus from a source the reader just chose is the reader's choice.
    const other = await syncBundle(db, {
      source: 'https://other.example/manifest.json',
      fetcher: memoryFetcher(await bundleOf(numberedCorpus(3))),
    });
    expect(other.generation.sets).toBe(3);
  });
});

describe('a sync is bounded as a whole', () => {
  test('one failing shard aborts every fetch still in flight at once', async () => {
    db = freshDb();
    const bundle = await bundleOf(numberedCorpus(40));
    const aborted: string[] = [];
    const fetcher: BundleFetcher = {
      manifest: async () => JSON.stringify(bundle.manifest),
      shard: (e, signal) =>
        new Promise((resolve, reject) => {
          if (e.id === bundle.manifest.shards[2].id) {
            setTimeout(() => reject(new BundleError('HTTP 500', 'http')), 20);
            return;
          }
          // Every other shard hangs until aborted.
          signal?.addEventListener('abort', () => {
            aborted.push(e.id);
            reject(signal.reason);
          });
          void resolve;
        }),
    };
    const start = performance.now();
    expect(await codeOf(syncBundle(db, { source: SOURCE, fetcher, concurrency: 4 }))).toBe('http');
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(aborted.sort()).toEqual([0, 1, 3].map((i) => bundle.manifest.shards[i].id).sort());
  });

  test('a sync that takes longer than its limit stops with that reason', async () => {
    db = freshDb();
    const bundle = await bundleOf(numberedCorpus(10));
    const fetcher: BundleFetcher = {
      manifest: async () => JSON.stringify(bundle.manifest),
      shard: (_e, signal) =>
        new Promise((_resolve, reject) =>
          signal?.addEventListener('abort', () => reject(signal.reason)),
        ),
    };
    const error = await syncBundle(db, { source: SOURCE, fetcher, timeoutMs: 200 }).catch((e) => e);
    expect((error as BundleError).code).toBe('sync-timeout');
  });

  test('a sync that keeps dying is given up after a few starts and not started again', async () => {
    db = freshDb();
    await syncBundle(db, {
      source: SOURCE,
      fetcher: memoryFetcher(await bundleOf(numberedCorpus(20))),
    });
    const next = await bundleOf(numberedCorpus(24));
    // A "crash": the worker dies mid-sync, leaving the pending record (the runner never sees it).
    const crash = async () => {
      const controller = new AbortController();
      const fetcher = memoryFetcher(next, {
        shard: () => {
          controller.abort(new Error('worker killed'));
          return new Promise<Uint8Array>(() => {});
        },
      });
      await syncBundle(db, { source: SOURCE, fetcher, signal: controller.signal }).catch(() => {});
    };
    for (let i = 1; i <= MAX_SYNC_ATTEMPTS; i++) {
      await crash();
      expect((await readPendingSync(db))?.attempts).toBe(i);
    }
    const fetcher = memoryFetcher(next);
    const error = await syncBundle(db, { source: SOURCE, fetcher }).catch((e) => e);
    expect((error as BundleError).code).toBe('gave-up');
    expect((error as Error).message).toMatch(/started 3 times without finishing/);
    expect(fetcher.served).toEqual([]);
    expect(await readPendingSync(db)).toBeNull();
    expect(await readStuckSync(db)).toMatchObject({ source: SOURCE, attempts: 3 });
    // The old index answers throughout.
    expect((await loadActiveIndex(db)).byId.size).toBe(20);
    // Given up for this version: a later start does not try again.
    expect(await codeOf(syncBundle(db, { source: SOURCE, fetcher: memoryFetcher(next) }))).toBe(
      'gave-up',
    );
    // A new version of the source is tried afresh.
    const newer = await syncBundle(db, {
      source: SOURCE,
      fetcher: memoryFetcher(await bundleOf(numberedCorpus(25))),
    });
    expect(newer.generation.sets).toBe(25);
  });
});
