/**
 * Sync speed in real Chromium with the built extension: a full sync of a 50,000-set bundle, a
 * re-sync with 1% of the sets changed (recent sets, where answers arrive; and scattered at
 * random), the naive way (one put() per question) in the same browser, and the stored size.
 */
import {
  launchWithExtension,
  call,
  extensionPage,
  serveBundle,
  settledOn,
  waitForStatus,
} from '../../support/browser-harness';
import { benchBundles, naiveSyncInWorker, benchProfile } from '../extension-bench';
import type { BenchPart } from '../context';

const SETS = Number(process.env.BENCH_SETS ?? 50_000);

const part: BenchPart = async (ctx) => {
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

    const timeSync = async (name: 'full' | 'recent' | 'scattered') => {
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
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`)
        .join(', ');
      ctx.log(
        `  sync ${name}: ${seconds.toFixed(2)} s, ${served.shardRequests().length}/${bundles[name].manifest.shards.length} shards fetched (s: ${parts})`,
      );
      await served.stop();
      return seconds;
    };

    const full = await timeSync('full');
    const stored = (await call(page, 'syncStatus', {})).indexBytes ?? 0;
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
      `  goals: full ≤ 20 s, 1% delta ≤ 2 s; naive/full = ${(naive.totalSeconds / full).toFixed(1)}×`,
    );
    ctx.shared.set('synced-profile', profile);
    return {
      sets: bundles.sets,
      questions: bundles.questions,
      sync_full_s: round(full),
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

export default part;
