import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { parseCorpus } from '../../../utils/corpus/parse';
import { seedBundleFiles } from '../../../utils/node/seed-hook';
import { parseManifest, verifyShard } from '../../../utils/bundle/verify';

test('the build hook turns the seed into a verified bundle of its 19 sets', async () => {
  const root = mkdtempSync(join(tmpdir(), 'kamerlezer-seed-'));
  try {
    // The hook reads the corpus relative to the project root and stages under root/.wxt.
    const files = await seedBundleFiles(
      root,
      { parseCorpus },
      join(process.cwd(), 'assets/corpus/kamervragen-seed.txt'),
    );
    const manifestFile = files.find((f) => f.relativeDest === 'corpus/manifest.json')!;
    const manifest = parseManifest(readFileSync(manifestFile.absoluteSrc, 'utf8'));
    expect(manifest.sets).toBe(19);
    expect(files).toHaveLength(1 + manifest.shards.length);
    const corpus = parseCorpus(
      readFileSync('assets/corpus/kamervragen-seed.txt', 'utf8'),
      'kamervragen-seed.txt',
    );
    expect(manifest.questions).toBe(corpus.documents.reduce((n, d) => n + d.questions.length, 0));
    const ids: string[] = [];
    for (const entry of manifest.shards) {
      const src = files.find((f) => f.relativeDest === `corpus/${entry.file}`)!.absoluteSrc;
      const shard = await verifyShard(entry, readFileSync(src));
      ids.push(...shard.documents.map((d) => d.id));
      expect(gunzipSync(readFileSync(src)).toString('utf8').split('\n')).toHaveLength(
        entry.sets + 1,
      );
    }
    expect(ids).toEqual(corpus.documents.map((d) => d.id));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
