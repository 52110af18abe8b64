import { describe, expect, test } from 'vitest';
import { buildBundle } from '../../../utils/bundle/build';
import { sha256Hex } from '../../../utils/bundle/hash';
import { planShards } from '../../../utils/bundle/shard-plan';
import { BundleError, parseManifest, verifyShard } from '../../../utils/bundle/verify';
import {
  bundleOf,
  makeCorpus,
  makeDocument,
  packLines,
  shardLines,
  SMALL_SHARDS,
} from '../../support/test-corpus';

const encode = (text: string) => new TextEncoder().encode(text);

describe('buildBundle', () => {
  test('is deterministic and counts what it holds', async () => {
    const corpus = makeCorpus(40, (n) => (n % 3 === 0 ? 'answered' : 'unanswered'));
    const a = await bundleOf(corpus);
    const b = await bundleOf(structuredClone(corpus));
    expect(a.manifest).toEqual(b.manifest);
    expect(a.manifest.sets).toBe(40);
    expect(a.manifest.questions).toBe(80);
    expect(a.manifest.shards.reduce((n, s) => n + s.sets, 0)).toBe(40);
    expect(a.manifest.shards.length).toBeGreaterThan(3);
    for (const entry of a.manifest.shards) {
      const bytes = a.files.get(entry.file)!;
      expect(await sha256Hex(bytes)).toBe(entry.sha256);
      expect(entry.file).toContain(entry.sha256.slice(0, 12));
      expect(bytes.byteLength).toBe(entry.bytes);
      // Header line, then one document per line, each as written in the corpus.
      const lines = await shardLines(a, entry.file);
      const header = JSON.parse(lines[0]);
      expect(lines).toHaveLength(entry.sets + 1);
      header.documents.forEach(([id]: [string, string], i: number) => {
        const doc = JSON.parse(lines[i + 1]);
        expect(doc.id).toBe(id);
        expect(doc).toEqual(corpus.documents.find((d) => d.id === id));
      });
    }
  });

  test('a changed set changes only its own shard', async () => {
    const corpus = makeCorpus(60);
    const before = await bundleOf(corpus);
    const changed = structuredClone(corpus);
    changed.documents[37] = makeDocument(38, 'answered');
    const after = await bundleOf(changed);
    const beforeShas = new Set(before.manifest.shards.map((s) => s.sha256));
    const differing = after.manifest.shards.filter((s) => !beforeShas.has(s.sha256));
    expect(differing).toHaveLength(1);
    const header = JSON.parse((await shardLines(after, differing[0].file))[0]);
    expect(header.documents.map(([id]: [string, string]) => id)).toContain('set-00038');
    expect(after.manifest.version).not.toBe(before.manifest.version);
  });

  test('an inserted set does not move the boundaries of other shards', async () => {
    const corpus = makeCorpus(60);
    const before = await bundleOf(corpus);
    const grown = structuredClone(corpus);
    grown.documents.splice(20, 0, makeDocument(9999));
    const after = await bundleOf(grown);
    const afterShas = new Set(after.manifest.shards.map((s) => s.sha256));
    const kept = before.manifest.shards.filter((s) => afterShas.has(s.sha256));
    // Only the shard that received the new set differs (a max-size cut could add one more).
    expect(before.manifest.shards.length - kept.length).toBeLessThanOrEqual(2);
    expect(after.manifest.sets).toBe(61);
  });
});

describe('planShards', () => {
  test('covers every id once, in order, within the size cap', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `doc-${i}`);
    const ranges = planShards(ids, { targetSize: 16, maxSize: 40 });
    expect(ranges[0][0]).toBe(0);
    expect(ranges[ranges.length - 1][1]).toBe(1000);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i][0]).toBe(ranges[i - 1][1]);
    for (const [start, end] of ranges) expect(end - start).toBeLessThanOrEqual(40);
    // Content-defined cuts average near the target: far from one giant or a thousand tiny shards.
    expect(ranges.length).toBeGreaterThan(1000 / 40);
    expect(ranges.length).toBeLessThan(1000 / 4);
  });
});

describe('verifyShard and parseManifest', () => {
  test('accept an intact shard and reject a corrupt, truncated or mismatched one', async () => {
    const bundle = await buildBundle(makeCorpus(10), SMALL_SHARDS);
    const entry = bundle.manifest.shards[0];
    const bytes = bundle.files.get(entry.file)!;
    const shard = await verifyShard(entry, bytes);
    expect(shard.documents.map((d) => JSON.parse(d.json).id)).toEqual(
      shard.documents.map((d) => d.id),
    );
    expect(shard.documents.length).toBe(entry.sets);

    const flipped = bytes.slice();
    flipped[flipped.length >> 1] ^= 0x20;
    await expect(verifyShard(entry, flipped)).rejects.toThrow(/sha256 mismatch/);
    await expect(verifyShard(entry, bytes.slice(0, -5))).rejects.toThrow(/bytes instead of/);

    // A server that serves something else under a manifest that vouches for it.
    const vouched = async (data: Uint8Array) => ({
      ...entry,
      sha256: await sha256Hex(data),
      bytes: data.byteLength,
    });
    const garbage = await packLines(['{"format":2,' + 'x'.repeat(20)]);
    await expect(verifyShard(await vouched(garbage), garbage)).rejects.toThrow(/not valid JSON/);
    const plain = encode('{"format":2}');
    await expect(verifyShard(await vouched(plain), plain)).rejects.toThrow(/not gzip/);
    const lines = await shardLines(bundle, entry.file);
    const short = await packLines(lines.slice(0, -1));
    await expect(verifyShard(await vouched(short), short)).rejects.toThrow(/instead of/);
    const broken = await packLines([...lines.slice(0, -1), 'not a document']);
    await expect(verifyShard(await vouched(broken), broken)).rejects.toThrow(/malformed document/);

    const other = bundle.manifest.shards[1];
    await expect(
      verifyShard({ ...other, sha256: entry.sha256, bytes: entry.bytes }, bytes),
    ).rejects.toThrow(BundleError);
  });

  test('a manifest must be a known format with safe shard paths', async () => {
    const { manifest } = await buildBundle(makeCorpus(5), SMALL_SHARDS);
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
    expect(() => parseManifest('<html>')).toThrow(/not valid JSON/);
    expect(() => parseManifest(JSON.stringify({ ...manifest, format: 99 }))).toThrow(
      /Unsupported bundle format 99/,
    );
    const unsafe = { ...manifest, shards: [{ ...manifest.shards[0], file: '../../secrets.json' }] };
    expect(() => parseManifest(JSON.stringify(unsafe))).toThrow(/unsafe path/);
    const remote = {
      ...manifest,
      shards: [{ ...manifest.shards[0], file: 'https://evil.example/x.json' }],
    };
    expect(() => parseManifest(JSON.stringify(remote))).toThrow(/unsafe path/);
  });
});
