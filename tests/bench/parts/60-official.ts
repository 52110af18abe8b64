/**
 * The official importer at scale, through a local HTTP server in the OData/OB shapes
 * (tests/utils/corpus/official/synthetic-source.ts): the synthesised benchmark corpus as 50,000
 * Zaken in pages of 250 with their questions and answers as OB XML, four requests at a time.
 *   official_import_build_s      full import + bundle build (search segments included), cold cache
 *   official_incremental_s       the next day: ~20 sets changed (answers arrived), with the
 *                                saved state and cache: one OData query, 20 sets' publications
 *   official_full_reimport_s     the same day's corpus imported in full again, no state, no cache
 *                                (the naive way to stay current), in the same run
 * The server runs in the bench's own process, so its work is counted too.
 * `BENCH_OFFICIAL_SETS=2000 npm run bench -- --only=60-official` for a quick run.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext, BenchFigures } from '../context';
import { benchCorpus } from '../extension-bench';
import { PoliteClient } from '../../../utils/corpus/official/http';
import { importOfficial, type ImportResult } from '../../../utils/corpus/official/import';
import { corpusCoverage } from '../../../utils/bundle/coverage';
import { DirectoryCache } from '../../../utils/node/cache-dir';
import { writeBundleAtomically } from '../../../utils/node/bundle-atomic';
import { startFixtureServer } from '../../utils/corpus/official/fixture-server';
import {
  syntheticServe,
  syntheticZaken,
  type SyntheticZaak,
} from '../../utils/corpus/official/synthetic-source';

const SETS = Number(process.env.BENCH_OFFICIAL_SETS ?? 50_000);
const CHANGED = 20;

async function timedImport(
  ctx: BenchContext,
  zaken: SyntheticZaak[],
  label: string,
  cacheDir: string | null,
  previous: ImportResult['state'] | null,
  port = 0,
): Promise<{ result: ImportResult; seconds: number; requests: number; port: number }> {
  // The incremental run must see the same source URL as the run whose state it continues.
  const server = await startFixtureServer({ ...syntheticServe(zaken), port });
  try {
    const client = new PoliteClient({ cache: cacheDir ? new DirectoryCache(cacheDir) : null });
    const started = performance.now();
    let lastLog = started;
    const result = await importOfficial({
      client,
      odata: server.odata,
      ob: server.ob,
      previous,
      onProgress: (p) => {
        const now = performance.now();
        if (now - lastLog > 15_000) {
          lastLog = now;
          ctx.log(`    ${label}: ${p.zaken} sets, ${p.documentsDone} publications…`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    ctx.log(
      `  ${label}: ${result.changed} sets read, ${client.stats.requests} requests (${client.stats.cacheHits} cached) in ${seconds.toFixed(1)} s`,
    );
    return {
      result,
      seconds,
      requests: client.stats.requests,
      port: Number(new URL(server.base).port),
    };
  } finally {
    await server.close();
  }
}

export default async function official(ctx: BenchContext): Promise<BenchFigures> {
  const corpus = await benchCorpus(ctx, SETS);
  const zaken = syntheticZaken(corpus.documents);
  const dir = join(ctx.workDir, 'official');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const cacheDir = join(dir, 'cache');

  ctx.log(`official importer: ${zaken.length} Zaken through a local server, 4 requests at a time`);
  const full = await timedImport(ctx, zaken, 'full import (cold)', cacheDir, null);
  const buildStarted = performance.now();
  const manifest = await writeBundleAtomically(full.result.corpus, join(dir, 'bundle'), {
    coverage: corpusCoverage(full.result.corpus.documents, 'official', new Date()),
  });
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  ctx.log(
    `  bundle: ${manifest.sets} sets, ${manifest.shards.length} shards in ${buildSeconds.toFixed(1)} s`,
  );

  // The next day: answers arrive for CHANGED unanswered sets (their Zaak and documents change).
  const day2 = zaken.slice();
  let changed = 0;
  for (let i = day2.length - 1; i >= 0 && changed < CHANGED; i--) {
    const z = day2[i];
    if (z.answeredOn) continue;
    const doc = {
      ...z.doc,
      questions: z.doc.questions.map((q) => ({ ...q, answer: `Antwoord op vraag ${q.number}.` })),
    };
    day2[i] = {
      ...z,
      doc,
      answeredOn: '2026-12-01',
      aanhangsel: 50_000 + changed,
      modified: '2026-12-01T10:00:00+01:00',
    };
    changed++;
  }
  const incremental = await timedImport(
    ctx,
    day2,
    `incremental day (${changed} changed)`,
    cacheDir,
    full.result.state,
    full.port,
  );
  const fresh = await timedImport(ctx, day2, 'full re-import (no state, no cache)', null, null);
  const same =
    JSON.stringify(incremental.result.corpus.documents) ===
    JSON.stringify(fresh.result.corpus.documents);
  ctx.log(`  incremental result equals the full re-import: ${same ? 'yes' : 'NO'}`);
  if (!same) {
    const a = incremental.result.corpus.documents;
    const b = fresh.result.corpus.documents;
    const i = a.findIndex((d, k) => JSON.stringify(d) !== JSON.stringify(b[k]));
    if (a.length !== b.length) ctx.log(`    ${a.length} sets against ${b.length}`);
    else if (i >= 0) {
      const keys = Object.keys({ ...a[i], ...b[i] }).filter(
        (k) =>
          JSON.stringify((a[i] as unknown as Record<string, unknown>)[k]) !==
          JSON.stringify((b[i] as unknown as Record<string, unknown>)[k]),
      );
      ctx.log(`    first difference: ${a[i].id} / ${b[i].id} in ${keys.join(', ')}`);
    }
  }
  return {
    official_sets: full.result.corpus.documents.length,
    official_import_build_s: Number((full.seconds + buildSeconds).toFixed(1)),
    official_import_s: Number(full.seconds.toFixed(1)),
    official_build_s: Number(buildSeconds.toFixed(1)),
    official_requests: full.requests,
    // What one set costs the full import (requests and time), to scale to the real corpus.
    official_import_ms_per_set: Number(
      ((full.seconds * 1000) / full.result.corpus.documents.length).toFixed(2),
    ),
    official_requests_per_set: Number(
      (full.requests / full.result.corpus.documents.length).toFixed(2),
    ),
    official_incremental_s: Number(incremental.seconds.toFixed(2)),
    official_incremental_requests: incremental.requests,
    official_full_reimport_s: Number(fresh.seconds.toFixed(1)),
    official_incremental_equals_full: same ? 1 : 0,
  };
}

// Its size is BENCH_OFFICIAL_SETS, not the corpus the other parts use: one run, also with --large.
official.sizeIndependent = true;
