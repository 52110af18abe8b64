/**
 * The daily incremental import at full size: a saved state of 50,000 official sets (the
 * synthesised benchmark corpus as Zaken, as a full import would have left it) and a day on which
 * answers arrived for 20 sets. The run asks the local server for Zaken changed since the state's
 * newest GewijzigdOp, fetches the changed sets' publications, replaces them, and re-resolves
 * references over the whole corpus.
 *   official_incremental_full_size_s   that run, end to end
 *   official_incremental_full_size_requests
 * The state is built from the synthesised sets directly (the full import of 50,000 sets through
 * the local server is part 60-official, too slow to run twice on a loaded machine).
 */
import type { BenchContext, BenchFigures } from '../context';
import { benchCorpus } from '../extension-bench';
import type { KamerDocument } from '../../../utils/corpus/model';
import { PoliteClient } from '../../../utils/corpus/official/http';
import {
  IMPORT_STATE_FORMAT,
  importOfficial,
  type ImportState,
} from '../../../utils/corpus/official/import';
import { officialId, officialReferences } from '../../../utils/corpus/official/map';
import { startFixtureServer } from '../../utils/corpus/official/fixture-server';
import { syntheticServe, syntheticZaken } from '../../utils/corpus/official/synthetic-source';

const SETS = Number(process.env.BENCH_OFFICIAL_SETS ?? 50_000);
const CHANGED = 20;

export default async function officialIncremental(ctx: BenchContext): Promise<BenchFigures> {
  const corpus = await benchCorpus(ctx, SETS);
  const zaken = syntheticZaken(corpus.documents);
  const stateDocuments: KamerDocument[] = zaken.map((z) => ({
    ...z.doc,
    id: officialId(z.nummer),
    zaak: z.nummer,
    submittedOn: z.submittedOn,
    answeredOn: z.answeredOn,
    postponements: [],
    withdrawn: false,
    documents: [],
    lines: [],
  }));
  const lastModified = zaken.reduce(
    (m, z) => (Date.parse(z.modified) > Date.parse(m) ? z.modified : m),
    zaken[0].modified,
  );
  const day2 = zaken.slice();
  let changed = 0;
  for (let i = day2.length - 1; i >= 0 && changed < CHANGED; i--) {
    const z = day2[i];
    if (z.answeredOn) continue;
    day2[i] = {
      ...z,
      doc: {
        ...z.doc,
        questions: z.doc.questions.map((q) => ({ ...q, answer: `Antwoord op vraag ${q.number}.` })),
      },
      answeredOn: '2026-12-01',
      aanhangsel: 50_000 + changed,
      modified: '2026-12-01T10:00:00+01:00',
    };
    changed++;
  }
  const server = await startFixtureServer(syntheticServe(day2));
  try {
    const previous: ImportState = {
      format: IMPORT_STATE_FORMAT,
      odata: server.odata,
      lastModified,
      importedAt: new Date().toISOString(),
      documents: stateDocuments,
      // As a full import leaves it: each set's references before resolution.
      references: Object.fromEntries(stateDocuments.map((d) => [d.zaak!, officialReferences(d)])),
    };
    const client = new PoliteClient();
    const started = performance.now();
    const result = await importOfficial({ client, odata: server.odata, ob: server.ob, previous });
    const seconds = (performance.now() - started) / 1000;
    ctx.log(
      `official incremental at full size: ${result.corpus.documents.length} sets, ${result.changed} read, ${client.stats.requests} requests in ${seconds.toFixed(2)} s`,
    );
    return {
      official_incremental_full_size_sets: result.corpus.documents.length,
      official_incremental_full_size_s: Number(seconds.toFixed(2)),
      official_incremental_full_size_requests: client.stats.requests,
    };
  } finally {
    await server.close();
  }
}

// Its size is BENCH_OFFICIAL_SETS, not the corpus the other parts use: one run, also with --large.
officialIncremental.sizeIndependent = true;
