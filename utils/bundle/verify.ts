/**
 * The reader's side of the bundle: parse and check a manifest, verify a shard's bytes against
 * its manifest entry before anything of it is believed. Every failure is a BundleError whose
 * message a reader of the options page can act on.
 */
import { gunzipCapped, UnpackedTooLarge } from './compress';
import { BundleError } from './errors';
import {
  BUNDLE_FORMAT,
  type BundleCoverage,
  type BundleDelta,
  type BundleManifest,
  type ShardContent,
  type ShardEntry,
} from './format';
import { sha256Hex } from './hash';

export { BundleError } from './errors';

/**
 * Limits no real corpus reaches (Parlis holds ≈ 50,000 sets since 2008, in ≈ 400 shards of at
 * most 512 sets, ≈ 80 MB compressed), so that a broken or hostile source cannot make the reader's
 * browser fetch, unpack or store without bound. Each is 10× or more above the real figure.
 */
export const LIMITS = {
  /** Manifest text: 387 entries are ≈ 100 kB. */
  manifestBytes: 8 << 20,
  shards: 20_000,
  sets: 1_000_000,
  questions: 20_000_000,
  /** Sum of the shard files (compressed). */
  bytes: 4 * 1024 ** 3,
  setsPerShard: 10_000,
  /** One shard file, compressed. */
  shardBytes: 64 << 20,
  /** One shard, unpacked (the biggest real one, 512 long sets with their segment, is ≈ 6 MB). */
  shardUnpackedBytes: 64 << 20,
} as const;

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BundleError(`${what} is not valid JSON`);
  }
}

const HEX64 = /^[0-9a-f]{64}$/;

function checkEntry(entry: unknown, index: number): ShardEntry {
  if (
    !isObject(entry) ||
    typeof entry.id !== 'string' ||
    typeof entry.file !== 'string' ||
    typeof entry.sha256 !== 'string' ||
    !HEX64.test(entry.sha256) ||
    typeof entry.bytes !== 'number' ||
    typeof entry.sets !== 'number' ||
    typeof entry.questions !== 'number'
  ) {
    throw new BundleError(`Manifest shard ${index + 1} is malformed`);
  }
  // Counts are what the sync trusts before a byte of the shard arrives: the declared size caps
  // what is read, so it must be a real size.
  if (
    !isCount(entry.bytes, LIMITS.shardBytes) ||
    entry.bytes === 0 ||
    !isCount(entry.sets, LIMITS.setsPerShard) ||
    !isCount(entry.questions, LIMITS.questions)
  ) {
    throw new BundleError(
      `Manifest shard ${index + 1} declares impossible counts (${entry.bytes} bytes, ${entry.sets} sets, ${entry.questions} questions)`,
      'manifest-limit',
      { shard: index + 1 },
    );
  }
  // Shards live beside the manifest; a file name may not climb out of the bundle.
  if (
    entry.file.includes('..') ||
    /^[a-z]+:/i.test(entry.file) ||
    entry.file.startsWith('/') ||
    entry.file.includes('\\')
  ) {
    throw new BundleError(`Manifest shard ${index + 1} has an unsafe path: ${entry.file}`);
  }
  return entry as unknown as ShardEntry;
}

/** A coverage block is shown to the reader: believe it only when every field has its type. */
function checkCoverage(value: unknown): value is BundleCoverage {
  if (!isObject(value)) return false;
  const date = (d: unknown) =>
    d === null || (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return (
    typeof value.source === 'string' &&
    typeof value.generatedAt === 'string' &&
    !Number.isNaN(Date.parse(value.generatedAt)) &&
    date(value.firstDate) &&
    date(value.lastDate) &&
    isObject(value.setsPerYear) &&
    Object.values(value.setsPerYear).every((n) => typeof n === 'number')
  );
}

export function parseManifest(text: string): BundleManifest {
  if (text.length > LIMITS.manifestBytes)
    throw new BundleError(
      `The manifest is larger than ${LIMITS.manifestBytes >> 20} MiB`,
      'manifest-too-large',
      { limit: LIMITS.manifestBytes >> 20 },
    );
  const value = parseJson(text, 'The manifest');
  if (!isObject(value)) throw new BundleError('The manifest is not a JSON object');
  if (value.format !== BUNDLE_FORMAT) {
    throw new BundleError(
      `Unsupported bundle format ${String(value.format)} (this version reads ${BUNDLE_FORMAT})`,
    );
  }
  if (typeof value.version !== 'string' || !Array.isArray(value.shards)) {
    throw new BundleError('The manifest lacks a version or a shard list');
  }
  if (value.shards.length > LIMITS.shards) {
    throw new BundleError(
      `The manifest lists ${value.shards.length} shards (at most ${LIMITS.shards} are accepted)`,
      'manifest-limit',
      { shards: value.shards.length, limit: LIMITS.shards },
    );
  }
  const shards = value.shards.map(checkEntry);
  // One file listed twice (under two ids or not) would be fetched, stored and searched twice.
  const seen = { id: new Set<string>(), sha256: new Set<string>(), file: new Set<string>() };
  for (const shard of shards) noDuplicate(shard, seen);
  const sum = (key: 'sets' | 'questions' | 'bytes') => shards.reduce((n, s) => n + s[key], 0);
  const totals = { sets: sum('sets'), questions: sum('questions'), bytes: sum('bytes') };
  for (const key of ['sets', 'questions', 'bytes'] as const) {
    const declared = value[key];
    if (declared === undefined) continue;
    if (!isCount(declared, LIMITS[key]) || totals[key] > LIMITS[key]) {
      throw new BundleError(
        `The manifest declares an impossible total: ${String(declared)} ${key}`,
        'manifest-limit',
        { what: key, value: String(declared) },
      );
    }
    if (declared !== totals[key]) {
      throw new BundleError(
        `The manifest's totals do not match its shards: ${declared} ${key} declared, ${totals[key]} listed`,
        'manifest-totals',
        { what: key, declared, listed: totals[key] },
      );
    }
  }
  for (const key of ['sets', 'questions', 'bytes'] as const) {
    if (totals[key] > LIMITS[key])
      throw new BundleError(
        `The manifest declares an impossible total: ${totals[key]} ${key}`,
        'manifest-limit',
        { what: key, value: totals[key] },
      );
  }
  const delta = parseDelta(value.delta, seen);
  return {
    format: BUNDLE_FORMAT,
    version: value.version,
    ...totals,
    segmentVersion: typeof value.segmentVersion === 'number' ? value.segmentVersion : null,
    shards,
    ...(checkCoverage(value.coverage) ? { coverage: value.coverage } : {}),
    ...(delta ? { delta } : {}),
  };
}

type SeenShards = Record<'id' | 'sha256' | 'file', Set<string>>;

function noDuplicate(shard: ShardEntry, seen: SeenShards): void {
  for (const key of ['id', 'sha256', 'file'] as const) {
    if (seen[key].has(shard[key]))
      throw new BundleError(
        `The manifest lists a shard twice (${key} ${shard[key]})`,
        'manifest-duplicate',
        { shard: shard.id },
      );
    seen[key].add(shard[key]);
  }
}

/** The manifest's delta (format.ts), checked like the shards and against them. */
function parseDelta(value: unknown, seen: SeenShards): BundleDelta | undefined {
  if (value === undefined) return undefined;
  if (
    !isObject(value) ||
    typeof value.base !== 'string' ||
    !Array.isArray(value.shards) ||
    !Array.isArray(value.removed) ||
    !value.removed.every((id) => typeof id === 'string')
  )
    throw new BundleError('The manifest delta is malformed');
  if (value.shards.length > LIMITS.shards || value.removed.length > LIMITS.sets)
    throw new BundleError(
      `The manifest delta lists ${value.shards.length} shards and ${value.removed.length} removed sets`,
      'manifest-limit',
      { shards: value.shards.length, limit: LIMITS.shards },
    );
  const shards = value.shards.map((entry, i) => {
    const checked = checkEntry(entry, i);
    noDuplicate(checked, seen);
    return checked;
  });
  return { base: value.base, shards, removed: value.removed as string[] };
}

/** Check a fetched shard's bytes against its manifest entry, then unpack it. */
export async function verifyShard(
  entry: ShardEntry,
  fetched: ArrayBuffer | Uint8Array,
  limits: { unpackedBytes: number } = { unpackedBytes: LIMITS.shardUnpackedBytes },
): Promise<ShardContent> {
  const bytes = fetched instanceof Uint8Array ? fetched : new Uint8Array(fetched);
  if (bytes.byteLength !== entry.bytes) {
    throw new BundleError(
      `Shard ${entry.id} is corrupt: ${bytes.byteLength} bytes instead of ${entry.bytes}`,
      'corrupt',
      { shard: entry.id },
    );
  }
  const actual = await sha256Hex(bytes);
  if (actual !== entry.sha256)
    throw new BundleError(`Shard ${entry.id} is corrupt: sha256 mismatch`, 'corrupt', {
      shard: entry.id,
    });
  let text: string;
  let unpacked: Uint8Array;
  try {
    unpacked = await gunzipCapped(bytes, limits.unpackedBytes);
    text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch (error) {
    if (error instanceof UnpackedTooLarge)
      throw new BundleError(
        `Shard ${entry.id} unpacks to more than ${Math.round(error.limit / 2 ** 20)} MiB (a gzip bomb?)`,
        'unpacked-too-large',
        { shard: entry.id, limit: Math.round(error.limit / 2 ** 20) },
      );
    throw new BundleError(`Shard ${entry.id} is not gzip-compressed UTF-8`);
  }
  const lines = text.split('\n');
  const header = parseJson(lines[0], `Shard ${entry.id}`);
  if (
    !isObject(header) ||
    header.format !== BUNDLE_FORMAT ||
    header.id !== entry.id ||
    !Array.isArray(header.documents)
  ) {
    throw new BundleError(`Shard ${entry.id} does not match its manifest entry`);
  }
  const pairs = header.documents as unknown[];
  if (pairs.length !== entry.sets || lines.length !== pairs.length + 1) {
    throw new BundleError(
      `Shard ${entry.id} holds ${lines.length - 1} sets instead of ${entry.sets}`,
    );
  }
  const documents = pairs.map((pair, i) => {
    const json = lines[i + 1];
    // Documents stay text until read; a line that is not an object is caught here, the rest
    // is vouched for by the sha256 of a bundle built by the writer.
    if (
      !Array.isArray(pair) ||
      typeof pair[0] !== 'string' ||
      typeof pair[1] !== 'string' ||
      !json.startsWith('{')
    ) {
      throw new BundleError(`Shard ${entry.id} holds a malformed document (line ${i + 2})`);
    }
    return { id: pair[0], hash: pair[1], json };
  });
  const ids = new Set(documents.map((d) => d.id));
  const aliases = Array.isArray(header.aliases)
    ? (header.aliases as unknown[]).filter(
        (p): p is [string, string] =>
          Array.isArray(p) &&
          typeof p[0] === 'string' &&
          typeof p[1] === 'string' &&
          ids.has(p[1]) &&
          !p[0].includes('\n') &&
          !p[0].includes('\t'),
      )
    : [];
  // Where each document line lies in the bytes (a UTF-8 newline is the byte 10, never part of
  // another character): the header is line 0.
  const starts = new Uint32Array(documents.length);
  const ends = new Uint32Array(documents.length);
  let at = unpacked.indexOf(10) + 1;
  for (let i = 0; i < documents.length; i++) {
    const newline = unpacked.indexOf(10, at);
    starts[i] = at;
    ends[i] = newline < 0 ? unpacked.length : newline;
    at = ends[i] + 1;
  }
  return {
    id: entry.id,
    segment: (header.segment as ShardContent['segment']) ?? null,
    documents,
    ...(aliases.length > 0 ? { aliases } : {}),
    utf8: { bytes: unpacked, starts, ends },
  };
}
