/**
 * History survives an extension update with a schema migration, in Chromium. The old build is a
 * genuine earlier release, vendored as its shipped files (tests/fixtures/releases/README.md):
 * commit ee57f65, the last with database schema v2 and bundle format 1 (a4570ba introduced schema
 * v3, which moves search segments to their own table and rewrites every stored set). It is
 * installed; it syncs the seed's sets in its own bundle format (the vendored bundle, written by its
 * own bundle writer) from a routed source, and records visits. Then the same profile starts the
 * current build from the same extension path (same extension id, same IndexedDB), as an update
 * does. The history must be whole, the database at the current version, the migrated index must
 * answer, and a sync in the new format must work. Nothing here needs git history or the old
 * sources, so a shallow clone runs it. A second test starts from the first release's layout: the
 * frozen schema-v1 fixture of the store's unit test, written with the raw IndexedDB API into the
 * extension's origin.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { HistoryEntry } from '../../utils/store/types';
import { CURRENT_SCHEMA_VERSION } from '../../utils/store/schema';
import type { BundleManifest } from '../../utils/bundle/format';
import {
  bundledDocuments,
  bundledManifest,
  call,
  extensionPage,
  serveBundle,
  settledOn,
  waitForStatus,
  writeTestBundle,
} from '../bench/extension-bench';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './harness';

/** The schema-v2 release as shipped: its `wxt build` output and the format-1 bundle it syncs. */
const OLD_RELEASE = resolve('tests/fixtures/releases/schema-v2');
const oldBuild = join(OLD_RELEASE, 'extension');
const oldBundleDir = join(OLD_RELEASE, 'bundle');
/** The vendored bundle's own counts: the current parser may come to read the seed differently. */
const oldBundle: { format: number; version: string; sets: number } = JSON.parse(
  readFileSync(join(oldBundleDir, 'manifest.json'), 'utf8'),
);

let workDir: string;
let newBundle: BundleManifest;
let session: ExtensionSession | undefined;
/** What a search found in the migrated index, before any sync in the new format. */
let migratedSearch: string[] | undefined;
/** The set the old release found for the same query. */
let oldNoodfonds: string | undefined;

beforeAll(async () => {
  expect(oldBundle.format).toBe(1);
  workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-upgrade-'));
  // The current format, written now from the current build's seed: what a source serves after the update.
  newBundle = await writeTestBundle(bundledDocuments(EXTENSION_DIR), join(workDir, 'bundle-v2'));
}, 180_000);

afterAll(async () => {
  await session?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Put `build` at `dir`: one unpacked path for both releases keeps the extension id. */
function install(build: string, dir: string, version?: string) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(build, dir, { recursive: true });
  if (version) {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, version }));
  }
}

const databaseVersion = (page: import('playwright-core').Page) =>
  page.evaluate(
    async () => (await indexedDB.databases()).find((d) => d.name === 'kamerlezer')?.version ?? null,
  );

test('history recorded by the schema-v2 release survives the update to the current build', async () => {
  const profile = join(workDir, 'profile');
  const extensionDir = join(workDir, 'extension');
  // The old release, one version lower so that the new build is an update.
  install(oldBuild, extensionDir, '0.0.9');
  session = await launchWithExtension({ extensionDir, userDataDir: profile, keepProfile: true });
  const oldId = session.extensionId;
  let page = await extensionPage(session);
  const oldSource = await serveBundle(session.context, oldBundleDir, { name: 'source' });
  await call(page, 'setSyncSource', { url: oldSource.url });
  await waitForStatus(page, settledOn(oldBundle.version), 120_000);
  // Dexie stores version × 10.
  expect(await databaseVersion(page)).toBe(20);
  const noodfonds = (await call(page, 'search', { query: 'Noodfonds Energie', limit: 3 })).hits[0]
    .document;
  oldNoodfonds = noodfonds.id;
  const tech = (await call(page, 'search', { query: 'techgiganten', limit: 3 })).hits[0].document;
  await call(page, 'recordVisit', {
    documentId: noodfonds.id,
    via: 'page',
    url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2345.html',
  });
  await call(page, 'recordVisit', { documentId: tech.id, via: 'reader' });
  const before: HistoryEntry[] = await call(page, 'listHistory', {});
  expect(before.map((e) => e.documentId)).toEqual([tech.id, noodfonds.id]);
  // Across a browser restart, as users meet updates.
  await session.close();
  session = await launchWithExtension({ extensionDir, userDataDir: profile, keepProfile: true });
  expect(session.extensionId).toBe(oldId);
  page = await extensionPage(session);
  expect(await call(page, 'listHistory', {})).toEqual(before);

  // The update: the current build's files at the same path (same extension id, same profile,
  // same IndexedDB), then the browser starts again. Chromium keeps a command-line unpacked
  // extension's registered service worker script across restarts even when its files and
  // version change (a store update re-registers it), so the stored registration goes: the
  // database is not touched. The source is not served, so whatever sync the update starts
  // fails and the migrated index stays the active one.
  await session.close();
  install(EXTENSION_DIR, extensionDir);
  rmSync(join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
  session = await launchWithExtension({ extensionDir, userDataDir: profile, keepProfile: true });
  expect(session.extensionId).toBe(oldId);
  page = await extensionPage(session);
  expect(
    await page.evaluate(
      () =>
        (
          globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }
        ).chrome.runtime.getManifest().version,
    ),
  ).toBe('0.1.0');
  await waitForStatus(page, (s) => s.progress.state !== 'syncing');
  expect(await databaseVersion(page)).toBe(CURRENT_SCHEMA_VERSION * 10);
  const fields = (entries: HistoryEntry[]) =>
    entries.map(({ id, documentId, title, visitedAt, via, url, statusAtVisit }) => ({
      id,
      documentId,
      title,
      visitedAt,
      via,
      url,
      statusAtVisit,
    }));
  expect(fields(await call(page, 'listHistory', {}))).toEqual(fields(before));
  // The migrated index reads: whole sets from the rewritten rows, the overview over all of them.
  expect((await call(page, 'getDocument', { id: tech.id }))?.title).toBe(tech.title);
  expect((await call(page, 'overview', {})).sets).toBe(oldBundle.sets);
  migratedSearch = (await call(page, 'search', { query: 'Noodfonds Energie', limit: 3 })).hits.map(
    (h) => h.document.id,
  );

  // The source now serves the current format: a sync replaces the index and keeps the history.
  await serveBundle(session.context, join(workDir, 'bundle-v2'), { name: 'source' });
  await call(page, 'syncNow', {});
  await waitForStatus(page, settledOn(newBundle.version), 120_000);
  expect(fields(await call(page, 'listHistory', {}))).toEqual(fields(before));
  // By title: the vendored bundle's sets are frozen, the current one comes from today's parser,
  // which may come to derive other ids from the same seed text.
  const found = (await call(page, 'search', { query: 'Noodfonds Energie', limit: 3 })).hits[0]
    ?.document;
  expect(found?.title).toBe(noodfonds.title);
  // New visits go after the old ones, and the side panel shows all three.
  await call(page, 'recordVisit', { documentId: found!.id, via: 'reader' });
  const latest = await call(page, 'listHistory', {});
  expect(latest).toHaveLength(3);
  expect(latest[0].id).toBeGreaterThan(Math.max(...before.map((e) => e.id ?? 0)));
  const panel = await session.context.newPage();
  await panel.goto(session.url('sidepanel.html'));
  await panel.locator('.history-day .history-entry').nth(2).waitFor();
  expect(await panel.locator('.history-day .history-entry').count()).toBe(3);
  await session.close();
  session = undefined;
}, 300_000);

// The old release's search segments are of an older SEGMENT_VERSION; the background rebuilds
// them from the stored sets (utils/store/segment-repair.ts), so search answers at once, not only
// after the sync source publishes a bundle in the new format.
test('the migrated index answers searches before the next sync', () => {
  expect(oldNoodfonds).toBeDefined();
  expect(migratedSearch?.[0]).toBe(oldNoodfonds);
});

/** The frozen schema-v1 data the store's unit test migrates (tests/utils/store/fixtures). */
const v1 = JSON.parse(
  readFileSync(resolve('tests/utils/store/fixtures/kamerlezer-v1.json'), 'utf8'),
) as {
  schemaVersion: number;
  documents: object[];
  shards: object[];
  meta: object[];
  history: (HistoryEntry & { id: number })[];
};

test('a schema-v1 database, written with the raw IndexedDB API as v1 laid it out, is migrated by the extension', async () => {
  session = await launchWithExtension();
  // Routed before the worker is stopped below: routes added after its restart did not reach it.
  const served = await serveBundle(session.context, join(workDir, 'bundle-v2'), {
    name: 'after-v1',
  });
  const control = await extensionPage(session);
  await waitForStatus(control, settledOn(bundledManifest(EXTENSION_DIR).version), 120_000);
  await control.close();
  // A page of the extension's origin that runs none of its code (and holds no connection).
  const raw = await session.context.newPage();
  await raw.goto(session.url('manifest.json'));
  const cdp = await session.context.newCDPSession(raw);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Dexie version n is IndexedDB version n × 10; v1's tables and indexes, v1's rows.
  const written = await raw.evaluate(async (data) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>(
        (res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))),
      );
    await request(indexedDB.deleteDatabase('kamerlezer'));
    const open = indexedDB.open('kamerlezer', data.schemaVersion * 10);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('documents', { keyPath: 'hash' });
      db.createObjectStore('shards', { keyPath: 'sha256' });
      db.createObjectStore('meta', { keyPath: 'key' });
      const history = db.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
      history.createIndex('documentId', 'documentId');
      history.createIndex('visitedAt', 'visitedAt');
    };
    const db = await request(open);
    const tx = db.transaction(['documents', 'shards', 'meta', 'history'], 'readwrite');
    for (const table of ['documents', 'shards', 'meta', 'history'] as const)
      for (const row of data[table]) tx.objectStore(table).put(row);
    await new Promise((res, rej) => ((tx.oncomplete = res), (tx.onerror = () => rej(tx.error))));
    const version = db.version;
    db.close();
    return version;
  }, v1);
  expect(written).toBe(10);

  // The extension opens it: its pages and the restarted service worker run the migrations.
  const page = await extensionPage(session);
  const history = await call(page, 'listHistory', {});
  expect(await databaseVersion(page)).toBe(CURRENT_SCHEMA_VERSION * 10);
  const byId = [...v1.history].sort((a, b) => b.visitedAt - a.visitedAt);
  expect(history.map((e) => e.id)).toEqual(byId.map((e) => e.id));
  for (const [i, old] of byId.entries()) expect(history[i]).toMatchObject(old);
  expect(history.filter((e) => e.answeredSinceVisit).map((e) => e.id)).toEqual(
    v1.history.filter((e) => e.answeredSinceVisit).map((e) => e.id),
  );

  // A sync (here from a routed source) brings a current index; the history stays, search answers.
  await call(page, 'setSyncSource', { url: served.url });
  await waitForStatus(page, settledOn(newBundle.version), 120_000);
  expect((await call(page, 'listHistory', {})).map((e) => e.id)).toEqual(byId.map((e) => e.id));
  const hits = await call(page, 'search', { query: 'Noodfonds Energie', limit: 3 });
  expect(hits.hits[0]?.document.title).toBe('Het sluiten van het Tijdelijk Noodfonds Energie');
  await session.close();
  session = undefined;
}, 300_000);
