/**
 * The index and sync in the built extension, in Chromium: the bundled seed on first install, a
 * sync from a URL (served through Playwright routing), and the faults a sync must survive.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { BundleManifest } from '../../utils/bundle/format';
import type { KamerDocument } from '../../utils/corpus/model';
import {
  bundledDocuments,
  bundledManifest,
  call,
  extensionPage,
  failed,
  type Fault,
  serveBundle,
  settledOn,
  waitForStatus,
  withAnswersArrived,
  writeTestBundle,
  EXTENSION_DIR,
  launchWithExtension,
  type ExtensionSession,
  badgeText,
} from '../support/browser-harness';
import { numberedDocument } from '../support/documents';

const seed = bundledManifest(EXTENSION_DIR);
const seedDocuments = bundledDocuments(EXTENSION_DIR);
/** A set the bundled seed lacks. */
const extra: KamerDocument = {
  ...numberedDocument(500, 'answered'),
  id: 'kv-test-extra-set',
  title: 'Vragen over een set die alleen de sync-bron heeft',
};

let workDir: string;
let next: BundleManifest;
const nextDir = () => join(workDir, 'next');

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-sync-'));
  // Small shards, so that a sync has several to fetch and faults can strike half-way.
  next = await writeTestBundle([...seedDocuments, extra], nextDir(), { targetSize: 3, maxSize: 4 });
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let session: ExtensionSession;
let page: Page;
afterEach(async () => session?.close());

async function launchAndLoadSeed() {
  session = await launchWithExtension();
  page = await extensionPage(session);
  return waitForStatus(page, settledOn(seed.version));
}

test('the seed has the sets a reader of the file counts', () => {
  // 19 distinct sets in kamervragen-seed.txt (four records appear twice verbatim).
  expect(seed.sets).toBe(19);
  expect(seedDocuments).toHaveLength(19);
  expect(next.shards.length).toBeGreaterThanOrEqual(5);
});

test('first install loads the bundled corpus', async () => {
  const status = await launchAndLoadSeed();
  expect(status.last).toMatchObject({
    source: 'bundled',
    version: seed.version,
    sets: 19,
    questions: seed.questions,
  });
  expect(status.lastError).toBeNull();
  expect(status.indexBytes).toBeGreaterThan(0);
  const first = seedDocuments[0];
  const doc = await call(page, 'getDocument', { id: first.id });
  expect(doc?.title).toBe(first.title);
  expect(doc?.questions.length).toBe(first.questions.length);
  const many = await call(page, 'getDocuments', { ids: [seedDocuments[18].id, 'no-such-set'] });
  expect(many[0]?.id).toBe(seedDocuments[18].id);
  expect(many[1]).toBeNull();
  // The search engine answers over the bundled segments: a set's own title finds it first.
  const target = seedDocuments[3];
  const found = await call(page, 'search', { query: target.title, limit: 5 });
  expect(found.hits[0]?.document.id).toBe(target.id);
  expect((await call(page, 'overview', {})).sets).toBe(19);
  // The bundled corpus came from the extension itself: no request left the browser.
  expect(session.requests).toEqual([]);
});

test('a sync from a URL adds a set the bundle lacked, and keeps the history', async () => {
  await launchAndLoadSeed();
  await call(page, 'recordVisit', {
    documentId: seedDocuments[2].id,
    via: 'page',
    url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z00001',
  });
  expect(await call(page, 'getDocument', { id: extra.id })).toBeNull();

  const served = await serveBundle(session.context, nextDir());
  await call(page, 'setSyncSource', { url: served.url });
  const status = await waitForStatus(page, settledOn(next.version));
  expect(status.last).toMatchObject({ source: served.url, sets: 20 });
  expect(status.sourceUrl).toBe(served.url);
  expect((await call(page, 'getDocument', { id: extra.id }))?.title).toBe(extra.title);
  expect(served.shardRequests()).toHaveLength(next.shards.length);
  const history = await call(page, 'listHistory', {});
  expect(history.map((h) => h.documentId)).toEqual([seedDocuments[2].id]);

  // Syncing again finds the same version: only the manifest is fetched.
  const before = served.requests.length;
  await call(page, 'syncNow', {});
  await waitForStatus(page, (s) => s.progress.state === 'done' && served.requests.length > before);
  expect(served.requests.slice(before)).toEqual(['manifest.json']);
});

describe('a failed sync leaves the previous index and the history intact, and says why', () => {
  const shardFile = (i: number) => next.shards[i].file;
  // Each in a fresh profile: shards a failed sync did store are reused by the next attempt.
  const cases: [string, (path: string) => Fault, RegExp][] = [
    [
      'a corrupt shard',
      (path) => (path === shardFile(1) ? { corrupt: true } : undefined),
      /sha256 mismatch/,
    ],
    [
      'a 404 for a shard',
      (path) => (path === shardFile(next.shards.length - 1) ? { status: 404 } : undefined),
      /HTTP 404 .*shards\//,
    ],
    [
      'an abort half-way',
      (path) =>
        path === shardFile(Math.floor(next.shards.length / 2)) ? { abort: true } : undefined,
      /Could not fetch .*shards\//,
    ],
    [
      'a 404 for the manifest',
      (path) => (path === 'manifest.json' ? { status: 404 } : undefined),
      /HTTP 404 .*manifest\.json/,
    ],
  ];

  test.each(cases)('%s', async (_name, fault, message) => {
    await launchAndLoadSeed();
    await call(page, 'recordVisit', { documentId: seedDocuments[5].id, via: 'reader' });
    const served = await serveBundle(session.context, nextDir(), { fault });
    await call(page, 'setSyncSource', { url: served.url });
    const status = await waitForStatus(page, failed);
    expect(status.lastError?.message).toMatch(message);
    expect(status.lastError?.source).toBe(served.url);
    // Still the seed, whole, and the history as it was.
    expect(status.last).toMatchObject({ source: 'bundled', version: seed.version, sets: 19 });
    expect(await call(page, 'getDocument', { id: extra.id })).toBeNull();
    const docs = await call(page, 'getDocuments', { ids: seedDocuments.map((d) => d.id) });
    expect(docs.map((d) => d?.title)).toEqual(seedDocuments.map((d) => d.title));
    const history = await call(page, 'listHistory', {});
    expect(history.map((h) => [h.documentId, h.via])).toEqual([[seedDocuments[5].id, 'reader']]);
  });
});

describe('an interrupted sync resumes where it stopped', () => {
  /** Serve the next bundle; until `interrupted` is set, the fourth shard and later never arrive. */
  async function stuckAfterThree(interrupted: () => boolean) {
    const served = await serveBundle(session.context, nextDir(), {
      fault: (_path, shardIndex) =>
        !interrupted() && shardIndex >= 3 ? { hang: true } : undefined,
    });
    await call(page, 'setSyncSource', { url: served.url });
    await waitForStatus(
      page,
      (s) => s.progress.state === 'syncing' && s.progress.done === 3,
      30_000,
    );
    return served;
  }

  test('after a browser restart', async () => {
    const profile = mkdtempSync(join(workDir, 'profile-'));
    session = await launchWithExtension({ userDataDir: profile, keepProfile: true });
    page = await extensionPage(session);
    await waitForStatus(page, settledOn(seed.version));
    const before = await stuckAfterThree(() => false);
    const stored = before.shardRequests().slice(0, 3);
    await session.close();

    session = await launchWithExtension({ userDataDir: profile, keepProfile: true });
    const after = await serveBundle(session.context, nextDir());
    page = await extensionPage(session);
    // The worker starts with the browser and resumes at once; it can ask for the manifest before
    // the test's route for the source's host exists (a browser that starts offline meets the same).
    // Then the pending sync stays, and the next one still fetches only what is missing.
    let status = await waitForStatus(
      page,
      (s) => settledOn(next.version)(s) || (failed(s) && s.lastError?.code === 'network'),
    );
    if (!settledOn(next.version)(status)) {
      expect(after.requests).toEqual([]);
      await call(page, 'syncNow', {});
      status = await waitForStatus(page, settledOn(next.version));
    }
    expect(status.last).toMatchObject({ sets: 20, source: before.url });
    expect((await call(page, 'getDocument', { id: extra.id }))?.title).toBe(extra.title);
    // Only the shards not stored before the restart were fetched.
    const fetched = after.shardRequests();
    expect(fetched).toHaveLength(next.shards.length - 3);
    expect(new Set([...fetched, ...stored])).toEqual(new Set(next.shards.map((s) => s.file)));
  });

  test('after the service worker is stopped', async () => {
    await launchAndLoadSeed();
    let interrupted = false;
    const served = await stuckAfterThree(() => interrupted);
    const stored = served.shardRequests().slice(0, 3);
    interrupted = true;
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await served.releaseHung();
    // The next message wakes the worker, whose start-up resumes the pending sync.
    const status = await waitForStatus(page, settledOn(next.version));
    expect(status.last?.sets).toBe(20);
    for (const path of stored)
      expect(served.shardRequests().filter((p) => p === path)).toHaveLength(1);
    expect(new Set(served.shardRequests())).toEqual(new Set(next.shards.map((s) => s.file)));
  });
});

test('a sync that brings answers to a visited set marks its history entry and sets the badge', async () => {
  await launchAndLoadSeed();
  const index = seedDocuments.findIndex((d) => d.status === 'unanswered');
  expect(index).toBeGreaterThanOrEqual(0);
  const visited = seedDocuments[index];
  await call(page, 'recordVisit', { documentId: visited.id, via: 'page' });
  const badge = () => badgeText(session);
  expect(await badge()).toBe('');

  const answered = withAnswersArrived({ documents: seedDocuments, warnings: [] }, [index]);
  const dir = join(workDir, 'answered');
  const manifest = await writeTestBundle(answered.documents, dir);
  const served = await serveBundle(session.context, dir, { name: 'answered' });
  await call(page, 'setSyncSource', { url: served.url });
  await waitForStatus(page, settledOn(manifest.version));
  expect((await call(page, 'getDocument', { id: visited.id }))?.status).toBe('answered');
  const [entry] = await call(page, 'listHistory', {});
  expect(entry).toMatchObject({
    documentId: visited.id,
    statusAtVisit: 'unanswered',
    answeredSinceVisit: true,
  });
  expect(await badge()).toBe('1');

  await call(page, 'markHistorySeen', { documentId: visited.id });
  expect((await call(page, 'listHistory', {}))[0].answeredSinceVisit).toBe(false);
  expect(await badge()).toBe('');
});
