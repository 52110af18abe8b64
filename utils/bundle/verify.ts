/**
 * The reader's side of the bundle: parse and check a manifest, verify a shard's bytes against
 * its manifest entry before anything of it is believed. Every failure is a BundleError whose
 * message a reader of the options page can act on.
 */
import { gunzip } from './compress';
import {
  BUNDLE_FORMAT,
  type BundleDelta,
  type BundleManifest,
  type ShardContent,
  type ShardEntry,
} from './format';
import { sha256Hex } from './hash';

export class BundleError extends Error {
  override name = 'BundleError';
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
  // Shards live beside the manifest; a file name may not climb out of the bundle.
  if (entry.file.includes('..') || /^[a-z]+:/i.test(entry.file) || entry.file.startsWith('/')) {
    throw new BundleError(`Manifest shard ${index + 1} has an unsafe path: ${entry.file}`);
  }
  return entry as unknown as ShardEntry;
}

export function parseManifest(text: string): BundleManifest {
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
  const shards = value.shards.map(checkEntry);
  const ids = new Set(shards.map((s) => s.id));
  if (ids.size !== shards.length) throw new BundleError('The manifest lists a shard twice');
  const delta = parseDelta(value.delta, ids);
  return {
    format: BUNDLE_FORMAT,
    version: value.version,
    sets: typeof value.sets === 'number' ? value.sets : shards.reduce((n, s) => n + s.sets, 0),
    questions:
      typeof value.questions === 'number'
        ? value.questions
        : shards.reduce((n, s) => n + s.questions, 0),
    bytes: typeof value.bytes === 'number' ? value.bytes : shards.reduce((n, s) => n + s.bytes, 0),
    segmentVersion: typeof value.segmentVersion === 'number' ? value.segmentVersion : null,
    shards,
    ...(delta ? { delta } : {}),
  };
}

/** The manifest's delta (format.ts), checked like the shards; `ids` are the full shards' ids. */
function parseDelta(value: unknown, ids: Set<string>): BundleDelta | undefined {
  if (value === undefined) return undefined;
  if (
    !isObject(value) ||
    typeof value.base !== 'string' ||
    !Array.isArray(value.shards) ||
    !Array.isArray(value.removed) ||
    !value.removed.every((id) => typeof id === 'string')
  )
    throw new BundleError('The manifest delta is malformed');
  const shards = value.shards.map((entry, i) => {
    const checked = checkEntry(entry, i);
    if (ids.has(checked.id)) throw new BundleError('The manifest lists a shard twice');
    ids.add(checked.id);
    return checked;
  });
  return { base: value.base, shards, removed: value.removed as string[] };
}

/** Check a fetched shard's bytes against its manifest entry, then unpack it. */
export async function verifyShard(
  entry: ShardEntry,
  fetched: ArrayBuffer | Uint8Array,
): Promise<ShardContent> {
  const bytes = fetched instanceof Uint8Array ? fetched : new Uint8Array(fetched);
  if (bytes.byteLength !== entry.bytes) {
    throw new BundleError(
      `Shard ${entry.id} is corrupt: ${bytes.byteLength} bytes instead of ${entry.bytes}`,
    );
  }
  const actual = await sha256Hex(bytes);
  if (actual !== entry.sha256)
    throw new BundleError(`Shard ${entry.id} is corrupt: sha256 mismatch`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(bytes));
  } catch {
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
  return { id: entry.id, segment: (header.segment as ShardContent['segment']) ?? null, documents };
}
