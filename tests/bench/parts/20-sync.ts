/**
 * Sync speed in real Chromium with the built extension: a full sync of the 50,000-set (or, with
 * --large, 100,000-set) bundle, a day's change (DAY_CHANGES sets scattered over the corpus), a
 * re-sync with 1% of the sets changed (recent sets, where answers arrive; and scattered at
 * random), the naive way (one put() per question) in the same browser, and the stored size with
 * what each store holds. Each sync prints where its time went (the sync's own timings).
 */
import {
  launchWithExtension,
  call,
  extensionPage,
  serveBundle,
  settledOn,
  waitForStatus,
} from '../../support/browser-harness';
import { DAY_CHANGES, benchBundles, naiveSyncInWorker, benchProfile } from '../extension-bench';
import { versusGoal, type BenchPart } from '../context';

const part: BenchPart = async (ctx) => {
  const SETS = ctx.sets;
  const bundles = await benchBundles(ctx, SETS);
  const profile = benchProfile(ctx, SETS);
  const session = await launchWithExtension({ userDataDir: profile, keepProfile: true });
  try {
    const page = await extensionPage(session);
    // The first start loads the bundled seed (or fails to, in a build without it): let it settle.
    await waitForStatus(
      page,
      (s) =>
        (s.progress.state === 'done' && s.last?.source === 'bundled') ||
        s.progress.state === 'error',
      60_000,
    );

    const timeSync = async (name: 'full' | 'recent' | 'scattered' | 'day') => {
      const served = await serveBundle(session.context, bundles[name].dir, { name });
      const start = performance.now();
      await call(page, 'setSyncSource', { url: served.url });
      await waitForStatus(page, settledOn(bundles[name].manifest.version), 600_000, 20);
      const seconds = (performance.now() - start) / 1000;
      // The status says "done" a moment before the runner keeps the outcome: wait for this sync's.
      const timings = await session.worker.evaluate(async (version) => {
        // No named functions in here: tsx would wrap them in a helper the worker does not have.
        const { runner } = (
          globalThis as unknown as {
            kamerlezer: {
              runner: {
                lastOutcome: {
                  generation: { version: string };
                  timings: Record<string, number>;
                } | null;
              };
            };
          }
        ).kamerlezer;
        for (let i = 0; i < 200 && runner.lastOutcome?.generation.version !== version; i++)
          await new Promise((r) => setTimeout(r, 10));
        return runner.lastOutcome?.generation.version === version
          ? runner.lastOutcome.timings
          : undefined;
      }, bundles[name].manifest.version);
      const parts = Object.entries(timings ?? {})
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(3)}`)
        .join(', ');
      ctx.log(
        `  sync ${name}: ${seconds.toFixed(2)} s, ${served.shardRequests().length}/${bundles[name].manifest.shards.length} shards fetched (s: ${parts})`,
      );
      await served.stop();
      return seconds;
    };

    const full = await timeSync('full');
    const stored = (await call(page, 'syncStatus', {})).indexBytes ?? 0;
    const stores = await storeSizes(session);
    const day = await timeSync('day');
    await timeSync('full');
    const recent = await timeSync('recent');
    // Back to the full bundle (cheap: 1% again), then the scattered change.
    await timeSync('full');
    const scattered = await timeSync('scattered');

    const served = await serveBundle(session.context, bundles.full.dir, { name: 'naive' });
    const naive = await naiveSyncInWorker(
      session.worker,
      served.url,
      bundles.full.manifest,
      Number(process.env.BENCH_NAIVE_QUESTIONS ?? 50_000),
    );
    await served.stop();
    ctx.log(
      `  naive (one put() per question): ${naive.questions} questions in ${naive.seconds.toFixed(1)} s` +
        (naive.extrapolated
          ? `, extrapolated to ${bundles.questions}: ${naive.totalSeconds.toFixed(1)} s`
          : ''),
    );
    ctx.log(
      `  stored after the full sync: ${(stored / 1e6).toFixed(1)} MB (navigator.storage.estimate)`,
    );
    ctx.log(
      `  what each store holds (rows, MB of stored values): ${Object.entries(stores)
        .map(([name, s]) => `${name} ${s.rows} rows ${(s.bytes / 1e6).toFixed(1)} MB`)
        .join(', ')}`,
    );
    ctx.log(`  sync_full_s ${versusGoal(round(full), { max: 20 }, 's')}`);
    ctx.log(
      `  sync_day_s (${DAY_CHANGES} sets scattered) ${versusGoal(round(day), { max: 1 }, 's')}`,
    );
    ctx.log(`  sync_delta_s (1% recent) ${versusGoal(round(recent), { max: 2 }, 's')}`);
    ctx.log(
      `  sync_delta_scattered_s (1% scattered) ${versusGoal(round(scattered), { max: 2 }, 's')}`,
    );
    ctx.log(`  stored_mb ${versusGoal(round(stored / 1e6), { max: 350 }, 'MB')}`);
    ctx.log(`  naive/full = ${(naive.totalSeconds / full).toFixed(1)}×`);
    ctx.shared.set(`synced-profile-${SETS}`, profile);
    return {
      sets: bundles.sets,
      questions: bundles.questions,
      sync_full_s: round(full),
      sync_day_s: round(day),
      sync_delta_s: round(recent),
      sync_delta_scattered_s: round(scattered),
      sync_naive_s: round(naive.totalSeconds),
      stored_mb: round(stored / 1e6),
    };
  } finally {
    await session.close();
  }
};

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Rows and approximate stored bytes per object store of the extension's database (string
 * lengths of the values, walked in the worker with a cursor; IndexedDB's own files add
 * compression and overhead, which navigator.storage.estimate shows in stored_mb).
 */
async function storeSizes(session: Awaited<ReturnType<typeof launchWithExtension>>) {
  return session.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('kamerlezer');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const sizes: Record<string, { rows: number; bytes: number }> = {};
    for (const name of [...db.objectStoreNames]) {
      const size = { rows: 0, bytes: 0 };
      await new Promise<void>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).openCursor();
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor) return resolve();
          size.rows++;
          // Strings count their length, bytes theirs, numbers 8: good enough to say what holds the bytes.
          const stack: unknown[] = [cursor.value];
          while (stack.length) {
            const v = stack.pop();
            if (typeof v === 'string') size.bytes += v.length;
            else if (v instanceof Uint8Array) size.bytes += v.byteLength;
            else if (typeof v === 'number') size.bytes += 8;
            else if (Array.isArray(v)) stack.push(...v);
            else if (v && typeof v === 'object') stack.push(...Object.values(v));
          }
          cursor.continue();
        };
        request.onerror = () => reject(request.error);
      });
      sizes[name] = size;
    }
    db.close();
    return sizes;
  });
}

export default part;
