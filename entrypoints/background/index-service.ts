/**
 * The background's view of the index: the active generation loaded once (lazily, on the first
 * message after a cold start) and swapped whole after a sync, plus the search engine fed with
 * that generation's segments. Readers always hold one consistent ActiveIndex.
 */
import type { KamerDocument } from '../../utils/corpus/model';
import type { CreateSearchEngine, DocumentLookup, SearchEngine } from '../../utils/search/api';
import type { SearchSegment } from '../../utils/index-build/segment';
import type { KamerDb } from '../../utils/store/db';
import {
  EMPTY_INDEX,
  getDocuments,
  loadActiveIndex,
  loadSegments,
  type ActiveIndex,
} from '../../utils/store/generation';
import {
  rebuildSegments,
  unreadableSegments,
  type SegmentBuilder,
} from '../../utils/store/segment-repair';

export class IndexService {
  private current: ActiveIndex = EMPTY_INDEX;
  private loading: Promise<ActiveIndex> | null = null;
  private engine: SearchEngine | null = null;
  private engineReady: Promise<SearchEngine> | null = null;
  /** Segments by shard sha256; after a sync only the new shards' segments are read. */
  private segments = new Map<string, SearchSegment>();
  /** How long the engine took to get ready after a cold start (benchmarks read it). */
  coldStart: { loadMs: number; feedMs: number } | null = null;
  private documentsCache: { generation: number; documents: KamerDocument[] } | null = null;

  /** Segments rebuilt from the stored sets since this worker started (benchmarks and tests read it). */
  rebuiltSegments = 0;

  constructor(
    readonly db: KamerDb,
    private readonly createEngine: CreateSearchEngine | null,
    /** Rebuilds segments this build cannot read (another format, or none in the bundle). */
    private readonly segmentBuilder: SegmentBuilder | null = null,
  ) {}

  /** The loaded index; loads it on first use. */
  async index(): Promise<ActiveIndex> {
    if (this.current.generation || this.loading) return this.loading ?? this.current;
    return this.reload();
  }

  /** Re-read the active generation (after a sync switched it, or after clearing). */
  reload(): Promise<ActiveIndex> {
    // The engine keeps the segments it has: read only the ones a sync brought.
    const holds = new Set(this.engine ? this.segments.keys() : []);
    const loading = loadActiveIndex(this.db, holds).then(async (index) => {
      if (this.engine) await this.feedEngine(this.engine, index);
      // The engine holds the segments now; the index need not keep a second reference.
      this.current = { generation: index.generation, byId: index.byId, masked: index.masked };
      this.documentsCache = null;
      return index;
    });
    this.loading = loading;
    return loading.finally(() => {
      if (this.loading === loading) this.loading = null;
    });
  }

  async getDocuments(ids: string[]): Promise<(KamerDocument | null)[]> {
    return getDocuments(this.db, await this.index(), ids);
  }

  /** Every document of the active generation, in corpus order (overview page; cached per generation). */
  async allDocuments(): Promise<KamerDocument[]> {
    const index = await this.index();
    const generation = index.generation?.number ?? 0;
    if (this.documentsCache?.generation === generation) return this.documentsCache.documents;
    const documents = (await getDocuments(this.db, index, [...index.byId.keys()])).filter(
      (d): d is KamerDocument => d !== null,
    );
    this.documentsCache = { generation, documents };
    return documents;
  }

  /** The search engine over the active generation. */
  searchEngine(): Promise<SearchEngine> {
    // One engine, even when the first messages after a cold start arrive together.
    this.engineReady ??= (async () => {
      const startedAt = performance.now();
      // A cold worker: load the id map and the segments in one read, without keeping them as
      // current until the engine has taken the segments.
      const index = this.current.generation ? this.current : await loadActiveIndex(this.db);
      if (!this.current.generation)
        this.current = { generation: index.generation, byId: index.byId, masked: index.masked };
      if (!this.createEngine) throw new Error('The search engine is not available in this build');
      const lookup: DocumentLookup = { getDocuments: (ids) => this.getDocuments(ids) };
      const loadedAt = performance.now();
      const engine = this.createEngine(lookup);
      await this.feedEngine(engine, index);
      this.coldStart = { loadMs: loadedAt - startedAt, feedMs: performance.now() - loadedAt };
      this.engine = engine;
      return engine;
    })();
    this.engineReady.catch(() => {
      this.engineReady = null;
    });
    return this.engineReady;
  }

  /**
   * Give the engine the segments of `index`, reading from the store only those not in memory.
   * Segments it cannot read (an update changed their format, or the bundle had none) are rebuilt
   * from the stored sets first: a one-off after such an update (about a second per thousand
   * sets), and answers stay right rather than empty until the sync source publishes anew.
   */
  private async feedEngine(engine: SearchEngine, index: ActiveIndex): Promise<void> {
    const shas = index.generation?.shards ?? [];
    const missing = shas.filter((sha) => !this.segments.has(sha) && !index.segments?.has(sha));
    const loaded = new Map([...(index.segments ?? []), ...(await loadSegments(this.db, missing))]);
    const next = new Map<string, SearchSegment>();
    for (const sha of shas) {
      const segment = this.segments.get(sha) ?? loaded.get(sha);
      if (segment) next.set(sha, segment);
    }
    if (this.segmentBuilder && index.generation) {
      const unreadable = unreadableSegments(shas, next, this.segmentBuilder.version);
      if (unreadable.length) {
        const rebuilt = await rebuildSegments(
          this.db,
          index.generation,
          unreadable,
          this.segmentBuilder,
        );
        for (const [sha, segment] of rebuilt) next.set(sha, segment);
        this.rebuiltSegments += rebuilt.size;
      }
    }
    // In manifest order, as the engine numbers sets by the order it is given.
    this.segments = new Map(
      shas.filter((sha) => next.has(sha)).map((sha) => [sha, next.get(sha)!]),
    );
    // Sets a later (delta) shard supersedes are masked in the engine, by segment position.
    engine.setSegments(
      [...this.segments.values()],
      [...this.segments.keys()].map((sha) => index.masked?.get(sha)),
    );
  }
}
