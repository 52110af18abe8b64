/**
 * Generations: the index a reader sees is the one named by meta 'active', a list of immutable
 * shard rows. A sync writes the next generation's missing rows aside, then switches the pointer
 * in one transaction; readers that load the active generation in one read transaction therefore
 * see the old index or the new one, never a mix.
 */
import type { BundleCoverage, BundleManifest } from '../bundle/format';
import type { KamerDocument } from '../corpus/model';
import type { SearchSegment } from '../index-build/segment';
import { aliasesOf, locationsOf, type KamerDb, type ShardRow } from './db';

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
}

/** A sync under way, kept so that a restarted service worker resumes it. */
export interface PendingSync {
  source: string;
  manifest: BundleManifest;
  startedAt: string;
}

export const META_ACTIVE = 'active';
export const META_PENDING = 'pending';

export async function readActiveGeneration(db: KamerDb): Promise<Generation | null> {
  return ((await db.meta.get(META_ACTIVE))?.value as Generation | undefined) ?? null;
}

export async function readPendingSync(db: KamerDb): Promise<PendingSync | null> {
  return ((await db.meta.get(META_PENDING))?.value as PendingSync | undefined) ?? null;
}

/** What the background keeps in memory of the active generation. */
export interface ActiveIndex {
  generation: Generation | null;
  /** Document id → [page hash, index in the page]. */
  byId: Map<string, [string, number]>;
  /** Earlier id (a merged seed or page-read set) → the id of the set it became. */
  aliases?: Map<string, string>;
  /** The generation's segments by shard sha256, when they came with the snapshot. */
  segments?: Map<string, SearchSegment>;
}

export const EMPTY_INDEX: ActiveIndex = { generation: null, byId: new Map() };

export const META_SNAPSHOT = 'active-snapshot';

/**
 * Everything a cold service worker needs of the active generation in ONE row: its shard rows
 * and segments. Reading hundreds of rows costs a cold worker more than their bytes; the switch
 * writes this beside the rows (which stay the truth for syncs and clean-ups).
 */
export interface GenerationSnapshot {
  number: number;
  shards: ShardRow[];
  segments: (SearchSegment | null)[];
}

/** The id map (and alias map) of a generation's shard rows. */
export function indexFromRows(
  shards: string[],
  rows: (ShardRow | undefined)[],
): Pick<ActiveIndex, 'byId' | 'aliases'> {
  const byId = new Map<string, [string, number]>();
  const aliases = new Map<string, string>();
  rows.forEach((row, i) => {
    if (!row)
      throw new Error(`Index damaged: shard ${shards[i]} of the active generation is missing`);
    for (const [id, page, index] of locationsOf(row)) byId.set(id, [page, index]);
    for (const [alias, id] of aliasesOf(row)) aliases.set(alias, id);
  });
  // A set that is itself in the index is never shadowed by another set's alias.
  for (const alias of aliases.keys()) if (byId.has(alias)) aliases.delete(alias);
  return aliases.size > 0 ? { byId, aliases } : { byId };
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

/** Load the active generation's id map (and, from its snapshot, its segments) in one read transaction. */
export async function loadActiveIndex(db: KamerDb): Promise<ActiveIndex> {
  return db.transaction('r', db.meta, db.shards, async () => {
    const [active, snap] = await db.meta.bulkGet([META_ACTIVE, META_SNAPSHOT]);
    const generation = (active?.value as Generation | undefined) ?? null;
    if (!generation) return EMPTY_INDEX;
    const snapshot = snap?.value as GenerationSnapshot | undefined;
    if (snapshot?.number === generation.number) {
      const segments = new Map<string, SearchSegment>();
      snapshot.shards.forEach((row, i) => {
        const segment = snapshot.segments[i];
        if (segment) segments.set(row.sha256, segment);
      });
      return { generation, ...indexFromRows(generation.shards, snapshot.shards), segments };
    }
    return {
      generation,
      ...indexFromRows(generation.shards, await db.shards.bulkGet(generation.shards)),
    };
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
  rows.forEach((row) => row && byPage.set(row.hash, row.json));
  return locations.map((l) => {
    const json = l && byPage.get(l[0])?.[l[1]];
    return json ? (JSON.parse(json) as KamerDocument) : null;
  });
}
