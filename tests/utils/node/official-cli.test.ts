/**
 * The CLI's import and build --official commands, run as a reader runs them, against the local
 * server: JSON on stdout, progress and one-line errors on stderr, exit codes, the cache (resume,
 * incremental state), the atomic bundle with coverage, and the merge with the seed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../utils/corpus/parse';
import { startFixtureServer, type FixtureServer } from '../corpus/official/fixture-server';
import { syntheticServe, syntheticZaken } from '../corpus/official/synthetic-source';
import { numberedCorpus } from '../../support/documents';

const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('utils/node/corpus-cli.ts');
const SEED = resolve('assets/corpus/kamervragen-seed.txt');

function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(TSX, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

let server: FixtureServer;
let dir: string;
beforeEach(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'kamerlezer-official-'));
});
afterEach(async () => {
  await server.close();
});

const flags = () => [
  '--odata',
  server.odata,
  '--ob',
  server.ob,
  '--backoff-ms',
  '5',
  '--timeout',
  '2',
];

describe('corpus import', () => {
  it('prints the corpus JSON: the parse shape plus the official fields', async () => {
    const result = await run('import', ...flags());
    expect(result.code).toBe(0);
    const corpus = JSON.parse(result.stdout);
    expect(corpus.documents).toHaveLength(5);
    const doc = corpus.documents.find((d: { zaak: string }) => d.zaak === '2025Z10400');
    for (const key of [
      'id',
      'title',
      'submitters',
      'addressees',
      'status',
      'occurrences',
      'questions',
      'references',
      'warnings',
      'zaak',
      'submittedOn',
      'answeredOn',
      'postponements',
      'withdrawn',
      'documents',
    ])
      expect(doc).toHaveProperty(key);
    expect(result.stderr).toMatch(/5 sets read, 0 deleted, 1 skipped, 5 in the corpus/);
  });

  it('a 500 that does not stop: exit ≠ 0, one line naming the URL, nothing on stdout', async () => {
    server.faults.set('/ob/kv-tk-2025Z11020.xml', Array(10).fill({ status: 500 }));
    const result = await run('import', ...flags(), '--retries', '1', '--quiet');
    expect(result.code).toBe(69);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `${server.ob}kv-tk-2025Z11020.xml: HTTP 500, after 2 attempts`,
    ]);
  });

  it('bad flags are a usage error', async () => {
    const result = await run('import', '--since', '1 mei', '--quiet');
    expect(result.code).toBe(64);
    expect(result.stderr.trim()).toBe('--since: not a date (YYYY-MM-DD): 1 mei');
  });

  it('--cache: an interrupted run resumes from what it fetched; the next run is incremental', async () => {
    const cache = join(dir, 'cache');
    // First run dies on one publication after fetching the others.
    server.faults.set('/ob/ah-tk-20242025-2222.xml', [{ truncate: true }]);
    const broken = await run('import', ...flags(), '--cache', cache, '--quiet');
    expect(broken.code).not.toBe(0);
    expect(existsSync(join(cache, 'state.ndjson'))).toBe(false);
    server.requests.length = 0;
    const resumed = await run('import', ...flags(), '--cache', cache, '--quiet');
    expect(resumed.code).toBe(0);
    // What the first run fetched and checked (the first OData page and its publications) comes
    // from the cache; the cut publication, and what the first run never reached, are fetched.
    expect(server.requests).toContain('/ob/ah-tk-20242025-2222.xml');
    for (const done of [
      'kv-tk-2025Z10400.xml',
      'ah-tk-20242025-2140.xml',
      'kv-tk-2025Z11020.xml',
      'ah-tk-20242025-2001.xml',
    ])
      expect(server.requests).not.toContain(`/ob/${done}`);
    expect(
      server.requests.filter((r) => r.startsWith('/odata/') && !r.includes('skiptoken')),
    ).toEqual([]);
    expect(existsSync(join(cache, 'state.ndjson'))).toBe(true);
    server.requests.length = 0;
    const daily = await run('import', ...flags(), '--cache', cache);
    expect(daily.code).toBe(0);
    expect(decodeURIComponent(server.requests[0])).toContain(
      'GewijzigdOp ge 2025-07-08T09:00:00+02:00',
    );
    expect(daily.stderr).toMatch(/changed since 2025-07-08/);
    expect(JSON.parse(daily.stdout).documents).toHaveLength(5);
  });
});

describe('corpus build --official', () => {
  it('writes a bundle with coverage, atomically; a failed build leaves the old one', async () => {
    const out = join(dir, 'bundle');
    const ok = await run('build', '--official', ...flags(), '--out', out, '--quiet');
    expect(ok.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.sets).toBe(5);
    expect(manifest.coverage).toMatchObject({
      source: 'official',
      firstDate: '2013-01-24',
      lastDate: '2025-06-15',
      setsPerYear: { '2013': 1, '2025': 4 },
    });
    server.faults.set('/odata/Zaak', [{ htmlError: true }]);
    const failed = await run('build', '--official', ...flags(), '--out', out, '--quiet');
    expect(failed.code).not.toBe(0);
    expect(failed.stderr.trim()).toMatch(
      /\/odata\/Zaak\?\S+: an HTML page where JSON was expected$/,
    );
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).version).toBe(
      manifest.version,
    );
    expect(readdirSync(dir).filter((f) => f.startsWith('.bundle'))).toEqual([]);
  });

  it('--previous: the next bundle carries a delta against the one published before', async () => {
    await server.close();
    const sets = numberedCorpus(40).documents;
    server = await startFixtureServer(syntheticServe(syntheticZaken(sets, 2025, 1)));
    const published = join(dir, 'published');
    expect((await run('build', '--official', ...flags(), '--out', published, '--quiet')).code).toBe(
      0,
    );
    // The next day one set is answered.
    await server.close();
    const answered = sets.map((d, i) =>
      i === 7
        ? { ...d, questions: d.questions.map((q) => ({ ...q, answer: 'Zie de brief.' })) }
        : d,
    );
    server = await startFixtureServer(syntheticServe(syntheticZaken(answered, 2025, 1)));
    const next = join(dir, 'next');
    const result = await run(
      'build',
      '--official',
      ...flags(),
      '--previous',
      published,
      '--out',
      next,
      '--quiet',
    );
    expect(result.code).toBe(0);
    const base = JSON.parse(readFileSync(join(published, 'manifest.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(next, 'manifest.json'), 'utf8'));
    expect(manifest.delta.base).toBe(base.version);
    expect(manifest.delta.removed).toEqual([]);
    expect(manifest.delta.shards.reduce((n: number, s: { sets: number }) => n + s.sets, 0)).toBe(1);
    const missing = await run(
      'build',
      '--official',
      ...flags(),
      '--previous',
      join(dir, 'none'),
      '--out',
      next,
    );
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/none: no bundle there/);
  });

  it('--merge: seed sets the open data also has become one set, the seed id an alias', async () => {
    await server.close();
    const seed = parseCorpus(readFileSync(SEED, 'utf8'));
    const official = seed.documents.slice(0, 6).map((d) => ({ ...d, id: 'x' }));
    server = await startFixtureServer(syntheticServe(syntheticZaken(official, 2025, 1)));
    const out = join(dir, 'merged');
    const result = await run('build', '--official', ...flags(), '--merge', SEED, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/merge: 6 sets became official ones/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.sets).toBe(seed.documents.length);
    expect(manifest.coverage.source).toBe('official+seed');
  });
});
