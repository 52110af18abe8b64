/**
 * The official corpus in the built extension: a bundle made by `corpus build --official --merge`
 * from a local server in the OData/OB shapes (six of the seed's sets as Zaken, answered now, and
 * the rest of the seed merged in) is synced like any bundle, and search, identification and
 * history answer as with the seed. A history entry recorded under a seed-era id survives the
 * merge: it finds the official set, and learns that its answers arrived.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BundleManifest } from '../../utils/bundle/format';
import type { KamerDocument } from '../../utils/corpus/model';
import {
  bundledDocuments,
  bundledManifest,
  call,
  extensionPage,
  serveBundle,
  settledOn,
  waitForStatus,
} from '../bench/extension-bench';
import { startFixtureServer, type FixtureServer } from '../utils/corpus/official/fixture-server';
import { syntheticServe, syntheticZaken } from '../utils/corpus/official/synthetic-source';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './harness';

const seed = bundledManifest(EXTENSION_DIR);
const seedDocuments = bundledDocuments(EXTENSION_DIR);
const SEED_FILE = resolve('assets/corpus/kamervragen-seed.txt');
/** The seed set a reader visited, unanswered then, before the official corpus existed. */
const visited = seedDocuments.slice(0, 6).find((d) => d.status !== 'answered')!;

let server: FixtureServer;
let workDir: string;
let manifest: BundleManifest;
let session: ExtensionSession;
let page: Page;

function cli(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(
      resolve('node_modules/.bin/tsx'),
      [resolve('utils/node/corpus-cli.ts'), ...args],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stderr }));
  });
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-official-sync-'));
  // The open data has six of the seed's sets, each with every question answered by now.
  const official: KamerDocument[] = seedDocuments.slice(0, 6).map((d) => ({
    ...d,
    questions: d.questions.map((q) => ({
      ...q,
      answer: q.answer ?? `Het antwoord van de minister op vraag ${q.number}.`,
    })),
  }));
  server = await startFixtureServer(syntheticServe(syntheticZaken(official, 2025, 1)));
  const out = join(workDir, 'official');
  const built = await cli(
    'build',
    '--official',
    '--odata',
    server.odata,
    '--ob',
    server.ob,
    '--merge',
    SEED_FILE,
    '--out',
    out,
    '--quiet',
  );
  expect(built).toEqual({ code: 0, stderr: '' });
  manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as BundleManifest;

  session = await launchWithExtension();
  page = await extensionPage(session);
  await waitForStatus(page, settledOn(seed.version));
  await call(page, 'recordVisit', { documentId: visited.id, via: 'page' });
  const served = await serveBundle(session.context, out, { name: 'official' });
  await call(page, 'setSyncSource', { url: served.url });
  await waitForStatus(page, settledOn(manifest.version));
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(workDir, { recursive: true, force: true });
});

test('the merged bundle holds every set once, with its coverage', async () => {
  // Six seed sets became official ones; the other thirteen are kept as they are.
  expect(manifest.sets).toBe(19);
  const status = await call(page, 'syncStatus', {});
  expect(status.last?.coverage).toMatchObject({
    source: 'official+seed',
    firstDate: expect.stringMatching(/^2025-/),
  });
  expect(status.last?.sets).toBe(19);
});

test('a seed-era history entry finds the official set and learns its answers arrived', async () => {
  const doc = await call(page, 'getDocument', { id: visited.id });
  expect(doc?.id).toMatch(/^zaak-2025Z\d+$/);
  expect(doc?.aliases).toEqual([visited.id]);
  expect(doc?.status).toBe('answered');
  const history = await call(page, 'listHistory', {});
  expect(history).toHaveLength(1);
  expect(history[0].documentId).toBe(visited.id);
  expect(history[0].statusAtVisit).not.toBe('answered');
  expect(history[0].answeredSinceVisit).toBe(true);
  // The side panel asks for related sets by the entry's id: the engine gets the official one.
  await expect(call(page, 'related', { id: visited.id, limit: 3 })).resolves.toBeInstanceOf(Array);
  // Visiting again records the official id, and the old entry is refreshed, not doubled.
  await call(page, 'recordVisit', { documentId: visited.id, via: 'page' });
  const after = await call(page, 'listHistory', {});
  expect(after).toHaveLength(1);
  expect(after[0].documentId).toBe(doc?.id);
});

test('search and identification answer with the official sets', async () => {
  const target = seedDocuments[3];
  const found = await call(page, 'search', { query: target.title, limit: 5 });
  expect(found.hits[0]?.document.id).toMatch(/^zaak-/);
  expect(found.hits[0]?.document.title).toBe(target.title);
  const official = (await call(page, 'getDocument', { id: target.id }))!;
  const identified = await call(page, 'identifyPage', {
    url: `https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=${official.zaak}`,
    title: official.title,
    people: [...official.submitters, ...official.addressees].map((p) => p.name),
    questions: official.questions.map((q) => q.text),
  });
  expect(identified.document?.id).toBe(official.id);
  // A seed set the open data does not have is still there under its own id.
  const kept = seedDocuments[10];
  expect((await call(page, 'getDocument', { id: kept.id }))?.id).toBe(kept.id);
});

test('the options page says what the index covers', async () => {
  const options = await session.context.newPage();
  await options.goto(session.url('options.html'));
  await expect
    .poll(async () => options.locator('[data-kamerlezer-coverage]').textContent(), {
      timeout: 10_000,
    })
    .toMatch(/^index: 19 sets, \d+ \w+ 2025 – \d+ \w+ 2025, bijgewerkt /);
  await options.close();
});
