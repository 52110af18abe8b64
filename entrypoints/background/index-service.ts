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
  resolveDocumentId,
  type ActiveIndex,
} from '../../utils/store/generation';
import {
  rebuildSegments,
  unreadableSegments,
  type SegmentBuilder,
} from '../../utils/store/segment-repair';
import { putPageSet, readPageSets, replacePageSets } from '../../utils/store/page-sets';
import { officialKeysOf } from '../../utils/corpus/official-keys';

export class IndexService {
  private current: ActiveIndex = EMPTY_INDEX;
  private loading: Promise<ActiveIndex> | null = null;
  private engine: SearchEngine | null = null;
  private engineReady: Promise<SearchEngine> | null = null;
  /** Segments by shard sha256; after a sync only the new shards' segments are read. */
  private segments = new Map<string, SearchSegment>();
  /** How long the engine took to get ready after a cold start (benchmarks read it). */
  coldStart: { loadMs: number; readMs?: number; indexMs?: number; feedMs: number } | null = null;
  private documentsCache: { generation: number; documents: KamerDocument[] } | null = null;

  /** Segments rebuilt from the stored sets since this worker started (benchmarks and tests read it). */
  rebuiltSegments = 0;
  /**
   * Sets read from official pages that the synced index does not hold (utils/store/page-sets),
   * by id, and the one extra segment the engine searches them in.
   */
  private pageSets = new Map<string, KamerDocument>();
  private pageSegment: SearchSegment | null = null;
  /** Per shard sha256: its sets that a later shard supersedes (ActiveIndex.masked). */
  private masked: ActiveIndex['masked'];

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

  /**
   * Re-read the active generation (after a sync switched it, or after clearing), once `after`
   * has settled; from this call on, searches wait for it.
   */
  reload(after: Promise<unknown> = Promise.resolve()): Promise<ActiveIndex> {
    const loading = after
      .catch(() => {})
      // The engine keeps the segments it has: read only the ones a sync brought.
      .then(() => loadActiveIndex(this.db, new Set(this.engine ? this.segments.keys() : [])))
      .then(async (index) => {
        // An engine being made meanwhile (from the index before) is given this one once made.
        const engine = this.engine ?? (await this.engineReady?.catch(() => null)) ?? null;
        if (engine) await this.feedEngine(engine, index);
        // The engine holds the segments now; the index need not keep a second reference.
        this.current = currentOf(index);
        this.documentsCache = null;
        return index;
      });
    this.loading = loading;
    return loading.finally(() => {
      if (this.loading === loading) this.loading = null;
    });
  }

  /** The id the index knows a set by, following aliases (resolveDocumentId); null when unknown. */
  async resolveId(id: string): Promise<string | null> {
    return resolveDocumentId(await this.index(), id);
  }

  async getDocuments(ids: string[]): Promise<(KamerDocument | null)[]> {
    const found = await getDocuments(this.db, await this.index(), ids);
    return found.map((doc, i) => doc ?? this.pageSets.get(ids[i]) ?? null);
  }

  /** When the synced index was last brought up to date (ISO), for "not in your index yet". */
  async indexedUntil(): Promise<string | null> {
    return (await this.index()).generation?.activatedAt ?? null;
  }

  /**
   * A set read from an official page joins the local index: stored (merged with an earlier
   * reading), searched, related and in the history like a synced set, until a sync brings it.
   */
  async addPageSet(set: KamerDocument): Promise<KamerDocument> {
    const engine = await this.searchEngine();
    const { stored, changed } = await putPageSet(this.db, set);
    if (!changed && this.pageSets.has(stored.id)) return stored;
    this.pageSets.set(stored.id, stored);
    this.pageSegment = null;
    this.giveSegments(engine);
    return stored;
  }

  /**
   * The engine gets the generation's segments, with the sets a later (delta) shard supersedes
   * masked by segment position, then the page sets' segment (built when first needed).
   */
  private giveSegments(engine: SearchEngine, withPageSets = true): void {
    const masks = [...this.segments.keys()].map((sha) => this.masked?.get(sha));
    const segments = [...this.segments.values()];
    if (withPageSets && this.pageSets.size > 0 && this.segmentBuilder) {
      this.pageSegment ??= this.segmentBuilder.build('page-sets', [...this.pageSets.values()]);
      segments.push(this.pageSegment);
    }
    engine.setSegments(segments, masks);
  }

  /**
   * After the engine holds a (new) generation: page readings whose set the generation now has
   * (same Zaak or document) are replaced by it, their history entries moved to the official set.
   */
  private async reconcilePageSets(engine: SearchEngine, index: ActiveIndex): Promise<void> {
    const stored = await readPageSets(this.db);
    const replacements = new Map<string, KamerDocument>();
    const officialIds = new Map<string, string>();
    for (const set of stored) {
      const [official] = engine.officialIds(officialKeysOf(set));
      if (official) officialIds.set(set.id, official);
    }
    if (officialIds.size > 0) {
      const docs = await getDocuments(this.db, index, [...officialIds.values()]);
      [...officialIds.keys()].forEach((pageId, i) => {
        if (docs[i]) replacements.set(pageId, docs[i]);
      });
      await replacePageSets(this.db, replacements);
    }
    this.pageSets = new Map(stored.filter((s) => !replacements.has(s.id)).map((s) => [s.id, s]));
    this.pageSegment = null;
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
    // Right after a sync switched generations, the engine is being fed the new one: answer from
    // it, not from the index it replaces (a page judged against that would be read as not in it).
    // Also an engine not made yet: made from the index the reload replaces, it would keep it.
    const reloading = this.loading;
    if (reloading)
      return reloading.then(
        () => this.searchEngine(),
        () => this.searchEngine(),
      );
    // One engine, even when the first messages after a cold start arrive together.
    this.engineReady ??= (async () => {
      const startedAt = performance.now();
      // A cold worker: load the id map and the segments in one read, without keeping them as
      // current until the engine has taken the segments.
      const timings: { readMs?: number; indexMs?: number } = {};
      const index = this.current.generation
        ? this.current
        : await loadActiveIndex(this.db, new Set(), timings);
      if (!this.current.generation) this.current = currentOf(index);
      if (!this.createEngine) throw new Error('The search engine is not available in this build');
      const lookup: DocumentLookup = { getDocuments: (ids) => this.getDocuments(ids) };
      const loadedAt = performance.now();
      const engine = this.createEngine(lookup);
      await this.feedEngine(engine, index);
      this.coldStart = {
        loadMs: loadedAt - startedAt,
        ...timings,
        feedMs: performance.now() - loadedAt,
      };
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
    this.masked = index.masked;
    // The synced sets alone first, to see which page readings they now replace.
    this.giveSegments(engine, false);
    await this.reconcilePageSets(engine, index);
    // Then the page readings still not in the index, if any (else the engine has all it needs).
    if (this.pageSets.size > 0) this.giveSegments(engine);
  }
}

/** What the service keeps of a loaded index once the engine holds its segments. */
function currentOf(index: ActiveIndex): ActiveIndex {
  return {
    generation: index.generation,
    byId: index.byId,
    ...(index.aliases ? { aliases: index.aliases } : {}),
    ...(index.masked ? { masked: index.masked } : {}),
  };
}
