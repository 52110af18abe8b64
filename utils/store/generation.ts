/**
 * Generations: the index a reader sees is the one named by meta 'active', a list of immutable
 * shard rows. A sync writes the next generation's missing rows aside, then switches the pointer
 * in one transaction; readers that load the active generation in one read transaction therefore
 * see the old index or the new one, never a mix.
 */
import type { BundleCoverage, BundleManifest } from '../bundle/format';
import type { KamerDocument } from '../corpus/model';
import type { SearchSegment } from '../index-build/segment';
import { aliasesOf, locationsOf, pageLines, type KamerDb, type ShardRow } from './db';

export interface Generation {
  /** Increases by one per switch. */
  number: number;
  version: string;
  /** 'bundled' or the manifest URL. */
  source: string;
  /** Shard file hashes in manifest order. */
  shards: string[];
  sets: number;
  questions: number;
  bytes: number;
  /** ISO time of the switch. */
  activatedAt: string;
  /** The manifest's coverage, when it has one. */
  coverage?: BundleCoverage;
  /** Sets held in delta shards (bundle format.ts): a later shard's set supersedes an earlier one's. */
  deltaSets?: number;
  /** Sets deltas removed (absent: none). */
  removed?: Removal[];
}

/** A set a delta removed: gone from the generation's shards before index `before`. */
export type Removal = [id: string, before: number];

/** A sync under way, kept so that a restarted service worker resumes it. */
export interface PendingSync {
  source: string;
  manifest: BundleManifest;
  startedAt: string;
  /** Starts of this sync so far (1 for the first); missing in records of older builds. */
  attempts?: number;
}

/** A sync given up after MAX_SYNC_ATTEMPTS starts: not started again for this source and version. */
export interface StuckSync {
  source: string;
  version: string;
  attempts: number;
}

export const META_ACTIVE = 'active';
export const META_PENDING = 'pending';
export const META_STUCK = 'stuck';

export async function readActiveGeneration(db: KamerDb): Promise<Generation | null> {
  return ((await db.meta.get(META_ACTIVE))?.value as Generation | undefined) ?? null;
}

export async function readPendingSync(db: KamerDb): Promise<PendingSync | null> {
  return ((await db.meta.get(META_PENDING))?.value as PendingSync | undefined) ?? null;
}

export async function readStuckSync(db: KamerDb): Promise<StuckSync | null> {
  return ((await db.meta.get(META_STUCK))?.value as StuckSync | undefined) ?? null;
}

/** What the background keeps in memory of the active generation. */
export interface ActiveIndex {
  generation: Generation | null;
  /** Document id → [page hash, index in the page]. */
  byId: Map<string, [string, number]>;
  /** Earlier id (a merged seed or page-read set) → the id of the set it became. */
  aliases?: Map<string, string>;
  /** The generation's segments by shard sha256, when loaded with it. */
  segments?: Map<string, SearchSegment>;
  /** Per shard sha256: sets (local numbers) superseded by a later shard or removed; absent: none. */
  masked?: Map<string, number[]>;
}

export const EMPTY_INDEX: ActiveIndex = { generation: null, byId: new Map() };

export const META_SNAPSHOT = 'active-snapshot';

/**
 * The active generation's shard rows in ONE row, for a cold service worker: reading hundreds of
 * small rows costs it more than their bytes. The switch writes it beside the rows (which stay
 * the truth for syncs and clean-ups). It holds no segments: the switch is a pointer change, so
 * its cost does not grow with the index (snapshots written before kept a copy of every segment,
 * `segments`, which is no longer read).
 */
export interface GenerationSnapshot {
  number: number;
  shards: ShardRow[];
}

/**
 * Where each live set of a generation's shard rows is (id → [page, index]), in shard order, which
 * sets are dead (superseded by a later shard's copy, a delta, or removed), and the alias map
 * (earlier id → the id of the set it became). Without deltas no set repeats, and nothing is dead.
 */
export function indexShardRows(
  rows: ShardRow[],
  removed: readonly Removal[] = [],
  hasDeltas = removed.length > 0,
): Pick<ActiveIndex, 'byId' | 'aliases'> & { masked: Map<string, number[]> } {
  const byId = new Map<string, [string, number]>();
  const masked = new Map<string, number[]>();
  const aliases = new Map<string, string>();
  for (const row of rows) for (const [alias, id] of aliasesOf(row)) aliases.set(alias, id);
  if (!hasDeltas && removed.length === 0) {
    for (const row of rows)
      for (const [id, page, index] of locationsOf(row)) byId.set(id, [page, index]);
  } else {
    const removedBefore = new Map(removed);
    const seen = new Set<string>();
    const dead: Set<number>[] = rows.map(() => new Set());
    // From the last shard back: the first copy met is the live one.
    for (let r = rows.length - 1; r >= 0; r--) {
      const ids = rows[r].ids ? rows[r].ids.split('\n') : [];
      for (let local = 0; local < ids.length; local++) {
        const id = ids[local];
        if (seen.has(id) || (removedBefore.get(id) ?? -1) > r) dead[r].add(local);
        seen.add(id);
      }
    }
    rows.forEach((row, r) => {
      let local = 0;
      for (const [id, page, index] of locationsOf(row)) {
        if (!dead[r].has(local++)) byId.set(id, [page, index]);
      }
      if (dead[r].size)
        masked.set(
          row.sha256,
          [...dead[r]].sort((a, b) => a - b),
        );
    });
  }
  // A set that is itself in the index is never shadowed by another set's alias.
  for (const alias of aliases.keys()) if (byId.has(alias)) aliases.delete(alias);
  return aliases.size > 0 ? { byId, aliases, masked } : { byId, masked };
}

/** The index of a generation's shard rows (indexShardRows), refusing a generation with a row missing. */
export function indexFromRows(
  generation: Pick<Generation, 'shards' | 'removed' | 'deltaSets'>,
  rows: (ShardRow | undefined)[],
): ReturnType<typeof indexShardRows> {
  rows.forEach((row, i) => {
    if (!row)
      throw new Error(
        `Index damaged: shard ${generation.shards[i]} of the active generation is missing`,
      );
  });
  return indexShardRows(rows as ShardRow[], generation.removed, (generation.deltaSets ?? 0) > 0);
}

/**
 * THE lookup of a set by id, for everything that holds an id from before (history entries, the
 * engine's callers, the watchlist): the id itself when the index holds it, else the set an alias
 * names (a seed-era id merged into an official set), else null.
 */
export function resolveDocumentId(
  index: Pick<ActiveIndex, 'byId' | 'aliases'>,
  id: string,
): string | null {
  if (index.byId.has(id)) return id;
  const target = index.aliases?.get(id);
  return target !== undefined && index.byId.has(target) ? target : null;
}

/** Where a set lives, by its id or an alias of it. */
export function locateDocument(
  index: Pick<ActiveIndex, 'byId' | 'aliases'>,
  id: string,
): [string, number] | null {
  const resolved = resolveDocumentId(index, id);
  return resolved === null ? null : (index.byId.get(resolved) ?? null);
}

/**
 * Load the active generation's id map and its segments in one read transaction, except the
 * segments the caller already `holds` (after a sync: all but the changed shards'). The segments
 * come from their own rows, shared by every generation that holds the shard; a cold load reads
 * them in one getAll, one request rather than one per segment (rows of a sync under way are read
 * and dropped).
 */
export async function loadActiveIndex(
  db: KamerDb,
  holds: ReadonlySet<string> = new Set(),
  /** Filled with where the time went (the bench's cold-start breakdown). */
  timings?: { readMs?: number; indexMs?: number },
): Promise<ActiveIndex> {
  const started = performance.now();
  return db.transaction('r', db.meta, db.shards, db.segments, async () => {
    const [active, snap] = await db.meta.bulkGet([META_ACTIVE, META_SNAPSHOT]);
    const generation = (active?.value as Generation | undefined) ?? null;
    if (!generation) return EMPTY_INDEX;
    const snapshot = snap?.value as GenerationSnapshot | undefined;
    const rows =
      snapshot?.number === generation.number
        ? snapshot.shards
        : await db.shards.bulkGet(generation.shards);
    const wanted = new Set(generation.shards.filter((sha) => !holds.has(sha)));
    const segments = new Map<string, SearchSegment>();
    if (wanted.size * 2 > generation.shards.length) {
      for (const row of await db.segments.toArray())
        if (wanted.has(row.sha256)) segments.set(row.sha256, row.segment);
    } else {
      for (const row of await db.segments.bulkGet([...wanted]))
        if (row) segments.set(row.sha256, row.segment);
    }
    const read = performance.now();
    const { masked, ...located } = indexFromRows(generation, rows);
    if (timings)
      Object.assign(timings, { readMs: read - started, indexMs: performance.now() - read });
    return { generation, ...located, segments, ...(masked.size ? { masked } : {}) };
  });
}

/** Search segments by shard sha256 (rows are immutable, so any read is consistent). */
export async function loadSegments(
  db: KamerDb,
  shas: string[],
): Promise<Map<string, SearchSegment>> {
  const rows = await db.segments.bulkGet(shas);
  const segments = new Map<string, SearchSegment>();
  rows.forEach((row) => row && segments.set(row.sha256, row.segment));
  return segments;
}

/** Full documents by id (or alias, see resolveDocumentId) from a loaded index; null for ids it does not hold. */
export async function getDocuments(
  db: KamerDb,
  index: ActiveIndex,
  ids: string[],
): Promise<(KamerDocument | null)[]> {
  return readDocuments(
    db,
    ids.map((id) => locateDocument(index, id)),
  );
}

/** Documents at the given page locations (null stays null). */
export async function readDocuments(
  db: KamerDb,
  locations: ([string, number] | null)[],
): Promise<(KamerDocument | null)[]> {
  const pages = [...new Set(locations.filter((l) => l !== null).map(([page]) => page))];
  const rows = await db.documents.bulkGet(pages);
  const byPage = new Map<string, string[]>();
  rows.forEach((row) => row && byPage.set(row.hash, pageLines(row)));
  return locations.map((l) => {
    const json = l && byPage.get(l[0])?.[l[1]];
    return json ? (JSON.parse(json) as KamerDocument) : null;
  });
}
