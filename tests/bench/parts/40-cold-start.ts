/**
 * Service-worker cold start to the first answered query, in real Chromium with the built
 * extension and a 50,000-set index: stop the worker (as Chrome does after 30 s idle), then time
 * one search message from an extension page until its answer. The worker must start, open the
 * database, load the active generation and the search segments, and search.
 */
import {
  launchWithExtension,
  call,
  extensionPage,
  serveBundle,
  settledOn,
  waitForStatus,
} from '../../support/browser-harness';
import { benchBundles, benchProfile } from '../extension-bench';
import { versusGoal, type BenchPart } from '../context';

const RUNS = 7;
const QUERIES = [
  'minister onderzoek',
  'motie kamer',
  'bericht',
  'kunt u aangeven',
  'beleid gemeenten',
  'sancties',
  'huisbezoeken',
];

const part: BenchPart = async (ctx) => {
  const SETS = ctx.sets;
  const bundles = await benchBundles(ctx, SETS);
  let profile = ctx.shared.get(`synced-profile-${SETS}`) as string | undefined;
  if (!profile) {
    // Run alone (--only=cold): sync the full bundle into a fresh profile first.
    profile = benchProfile(ctx, SETS);
    const setup = await launchWithExtension({ userDataDir: profile, keepProfile: true });
    const page = await extensionPage(setup);
    await waitForStatus(
      page,
      (s) => s.progress.state === 'done' || s.progress.state === 'error',
      60_000,
    );
    const served = await serveBundle(setup.context, bundles.full.dir, { name: 'full' });
    await call(page, 'setSyncSource', { url: served.url });
    await waitForStatus(page, settledOn(bundles.full.manifest.version), 600_000);
    await setup.close();
  }

  const session = await launchWithExtension({ userDataDir: profile, keepProfile: true });
  try {
    // The start-up sync checks the configured source (whichever bundle the sync part left set).
    for (const name of ['full', 'recent', 'scattered', 'day'] as const)
      await serveBundle(session.context, bundles[name].dir, { name });
    const page = await extensionPage(session);
    // The worker's own start-up check may have run before the routes existed: check again.
    await call(page, 'syncNow', {});
    const status = await waitForStatus(
      page,
      (s) => s.progress.state === 'done' && (s.last?.sets ?? 0) >= bundles.sets,
      120_000,
    );
    ctx.log(`  index: ${status.last?.sets} sets, ${status.last?.questions} questions`);
    const cdp = await session.context.newCDPSession(page);
    const versions = new Map<string, string>();
    cdp.on(
      'ServiceWorker.workerVersionUpdated',
      (event: { versions: { versionId: string; runningStatus: string }[] }) => {
        for (const v of event.versions) versions.set(v.versionId, v.runningStatus);
      },
    );
    await cdp.send('ServiceWorker.enable');
    const waitForStopped = async (_: unknown) => {
      const start = performance.now();
      while ([...versions.values()].some((status) => status !== 'stopped')) {
        if (performance.now() - start > 5_000)
          throw new Error(`Service worker did not stop: ${JSON.stringify([...versions])}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    ctx.log('  measuring…');
    const timings: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      // Stopped means: no running version left for the extension's worker.
      await waitForStopped(cdp);
      const query = QUERIES[run % QUERIES.length];
      const start = performance.now();
      const response = await call(page, 'search', { query, limit: 10 });
      timings.push(performance.now() - start);
      const inside = await session.context
        .serviceWorkers()
        .find((w) => w.url().startsWith('chrome-extension://'))
        ?.evaluate(() => {
          const k = (globalThis as unknown as { kamerlezer: { service: { coldStart: unknown } } })
            .kamerlezer;
          return { sinceStart: performance.now(), ...(k.service.coldStart as object) };
        });
      if (inside)
        ctx.log(
          `    worker: ${JSON.stringify(inside, (_k, v) => (typeof v === 'number' ? Math.round(v) : v))}`,
        );
      if (!response.hits.length) throw new Error(`No hits for "${query}" after a cold start`);
      const again = performance.now();
      await call(page, 'search', { query: QUERIES[(run + 1) % QUERIES.length], limit: 10 });
      warm.push(performance.now() - again);
    }
    const sorted = [...timings].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    ctx.log(
      `  cold start → first answered search: ${timings.map((t) => t.toFixed(0)).join(', ')} ms; median ${versusGoal(Math.round(median), { max: 300 }, 'ms')}`,
    );
    ctx.log(
      `  the next search, warm: median ${[...warm].sort((a, b) => a - b)[Math.floor(warm.length / 2)].toFixed(1)} ms`,
    );
    return { cold_start_ms: Math.round(median) };
  } finally {
    await session.close();
  }
};

export default part;
