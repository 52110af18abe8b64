/**
 * Search and relatedness on a synthesised 50,000-set corpus (the shared bench corpus), in Node:
 * index build (all segments, prior-answer data included), the serialized index size, the heap the
 * loaded engine holds, the first query of a cold engine, search p95 beside naive fuse.js over all
 * questions (same run, a few queries: it takes seconds each), related p95, prior answers p95,
 * page identification p95 (and how many pages were identified as the set they show).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import type { KamerDocument } from '../../../utils/corpus/model';
import { buildSegment, createSearchEngine, type SearchSegment } from '../../../utils/search';
import { analyze } from '../../../utils/text';
import { p95, type BenchPart } from '../context';
import { benchCorpus } from '../extension-bench';

const SETS = Number(process.env.BENCH_SETS ?? 50_000);
/** Sets per segment: the bundle's shards hold about this many. */
const SEGMENT_SETS = 1000;
const SEARCHES = 300;
const NAIVE_SEARCHES = 5;
const RELATED = 300;

/** A collector we can call between phases, so heap figures hold live data only. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

/** One typo a reader makes: a letter dropped from the middle of a word. */
function withTypo(word: string): string {
  const at = 2 + Math.floor(word.length / 2) - 1;
  return word.slice(0, at) + word.slice(at + 1);
}

/**
 * Queries as readers type them: one to three words taken from real questions (in order, as
 * written), a quarter of them with a typo in a long word, plus the two examples.
 */
function readerQueries(documents: KamerDocument[], count: number): string[] {
  const next = random(30);
  const queries = ['noodfnds', 'huisbezoek demonstrant'];
  while (queries.length < count) {
    const doc = documents[Math.floor(next() * documents.length)];
    const question = doc.questions[Math.floor(next() * doc.questions.length)];
    if (!question) continue;
    const words = question.text.split(/\s+/).filter((w) => /^[\p{L}-]{4,}$/u.test(w) && analyze(w).length > 0);
    if (words.length === 0) continue;
    const start = Math.floor(next() * words.length);
    const picked = words.slice(start, start + 1 + Math.floor(next() * 3));
    if (next() < 0.25) {
      const longest = picked.reduce((a, b) => (b.length > a.length ? b : a));
      if (longest.length >= 7) picked[picked.indexOf(longest)] = withTypo(longest);
    }
    queries.push(picked.join(' '));
  }
  return queries;
}

async function timeEach<T>(items: T[], run: (item: T) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const item of items) {
    const start = performance.now();
    await run(item);
    times.push(performance.now() - start);
  }
  return times;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

const part: BenchPart = async (ctx) => {
  const gc = collector();
  const corpus = await benchCorpus(ctx, SETS);
  const documents = corpus.documents;
  const questions = documents.reduce((n, d) => n + d.questions.length, 0);
  ctx.log(`  ${documents.length} sets, ${questions} questions`);

  let start = performance.now();
  const built: SearchSegment[] = [];
  for (let i = 0; i < documents.length; i += SEGMENT_SETS) {
    built.push(buildSegment(`bench-${i / SEGMENT_SETS}`, documents.slice(i, i + SEGMENT_SETS)));
  }
  const indexBuildS = (performance.now() - start) / 1000;
  // The store keeps what the bundle's JSON carried: measure and load exactly that.
  const serialized = built.map((segment) => JSON.stringify(segment));
  const indexMb = serialized.reduce((n, text) => n + text.length, 0) / 1e6;
  built.length = 0;
  const stored: SearchSegment[] = serialized.map((text) => JSON.parse(text) as SearchSegment);
  serialized.length = 0;
  ctx.log(`  index build: ${indexBuildS.toFixed(1)} s for ${Math.ceil(documents.length / SEGMENT_SETS)} segments; serialized ${indexMb.toFixed(1)} MB`);

  const byId = new Map(documents.map((d) => [d.id, d]));
  const lookup = { getDocuments: async (ids: string[]) => ids.map((id) => byId.get(id) ?? null) };
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  start = performance.now();
  const engine = createSearchEngine(lookup);
  engine.setSegments(stored);
  await engine.search({ query: 'afhankelijkheid techgiganten' });
  const firstQueryMs = performance.now() - start;

  const queries = readerQueries(documents, SEARCHES);
  const searchTimes = await timeEach(queries, (query) => engine.search({ query, limit: 20 }));
  const relatedIds = Array.from({ length: RELATED }, (_, i) => documents[(i * 7919) % documents.length].id);
  const relatedTimes = await timeEach(relatedIds, (id) => engine.related(id, 10));
  const priorTimes = await timeEach(relatedIds.slice(0, 100), (id) => engine.priorAnswers(id, 1, 5));
  // Pages as a content script reads them: title, people and up to 12 questions of a set.
  let identified = 0;
  const identifyTimes = await timeEach(relatedIds.slice(0, 100), async (id) => {
    const doc = byId.get(id)!;
    const result = await engine.identify({
      url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail',
      title: doc.title,
      people: [...doc.submitters, ...doc.addressees].map((p) => p.name),
      questions: doc.questions.slice(0, 12).map((q) => q.text),
    });
    if (result.document?.id === id) identified++;
  });
  gc();
  // Segments (the stored strings) plus what the engine decoded and its scratch buffers.
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6 + indexMb;
  ctx.log(`  cold engine, first query: ${firstQueryMs.toFixed(0)} ms`);
  ctx.log(`  search p95 ${p95(searchTimes).toFixed(2)} ms over ${queries.length} queries (median ${[...searchTimes].sort((a, b) => a - b)[searchTimes.length >> 1].toFixed(2)} ms)`);
  ctx.log(`  related p95 ${p95(relatedTimes).toFixed(2)} ms; prior answers p95 ${p95(priorTimes).toFixed(2)} ms`);
  ctx.log(`  identify p95 ${p95(identifyTimes).toFixed(1)} ms; ${identified}/${identifyTimes.length} pages identified as their set`);
  ctx.log(`  heap held by the engine and its segments: ${heapMb.toFixed(0)} MB`);

  // Naive: fuse.js over every question, as the issue measured it.
  const rows = documents.flatMap((d) => d.questions.map((q) => ({ id: d.id, text: q.text })));
  start = performance.now();
  const fuse = new Fuse(rows, { keys: ['text'], includeScore: true, threshold: 0.4, ignoreLocation: true });
  ctx.log(`  naive: fuse.js index over ${rows.length} questions in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  const naiveTimes = await timeEach(queries.slice(0, NAIVE_SEARCHES), async (query) => fuse.search(query, { limit: 20 }));
  const naiveP95 = p95(naiveTimes);
  ctx.log(`  naive search p95 ${naiveP95.toFixed(0)} ms over ${naiveTimes.length} queries: ${(naiveP95 / p95(searchTimes)).toFixed(0)}× slower`);

  return {
    index_build_s: round(indexBuildS, 1),
    index_mb: round(indexMb, 1),
    heap_mb: round(heapMb, 0),
    search_p95_ms: round(p95(searchTimes)),
    search_naive_p95_ms: round(naiveP95, 0),
    related_p95_ms: round(p95(relatedTimes)),
    prior_answers_p95_ms: round(p95(priorTimes)),
    identify_p95_ms: round(p95(identifyTimes), 1),
    search_first_query_ms: round(firstQueryMs, 0),
  };
};

export default part;
