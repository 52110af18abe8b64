/**
 * History survives an extension update with a schema migration, in Chromium. The old build is a
 * genuine earlier release from git: commit ee57f65, the last with database schema v2 and bundle
 * format 1 (a4570ba introduced schema v3, which moves search segments to their own table and
 * rewrites every stored set). It is built into a temp dir and installed; it syncs the seed's sets
 * in its own bundle format (written by its own bundle writer) from a routed source, and records
 * visits. Then the same profile starts the current build from the same extension path (same
 * extension id, same IndexedDB), as an update does. The history must be whole, the database at
 * the current version, the migrated index must answer, and a sync in the new format must work.
 * A second test starts from the first release's layout: the frozen schema-v1 fixture of the
 * store's unit test, written with the raw IndexedDB API into the extension's origin.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { HistoryEntry } from '../../utils/messages/protocol';
import { CURRENT_SCHEMA_VERSION } from '../../utils/store/schema';
import type { BundleManifest } from '../../utils/bundle/format';
import { bundledDocuments, bundledManifest, call, extensionPage, serveBundle, settledOn, waitForStatus, writeTestBundle } from '../bench/extension-bench';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './harness';

/** The last commit before the v2 → v3 schema change (git log -- utils/store/schema.ts). */
const OLD_COMMIT = 'ee57f65';

let workDir: string;
let oldBuild: string;
let oldBundle: { version: string; format?: number };
let newBundle: BundleManifest;
let session: ExtensionSession | undefined;
/** What a search found in the migrated index, before any sync in the new format. */
let migratedSearch: string[] | undefined;

beforeAll(async () => {
  try {
    execFileSync('git', ['cat-file', '-e', `${OLD_COMMIT}^{commit}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`The old release ${OLD_COMMIT} is not in this checkout (a shallow clone?): \`git fetch --unshallow\` to run the upgrade test`);
  }
  workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-upgrade-'));
  // The old tree, built with today's node_modules (package.json is unchanged since): ~5 s.
  const src = join(workDir, 'src');
  mkdirSync(src);
  execFileSync('bash', ['-c', `git archive ${OLD_COMMIT} | tar -x -C "${src}"`]);
  symlinkSync(resolve('node_modules'), join(src, 'node_modules'));
  execFileSync('npx', ['wxt', 'build'], { cwd: src, stdio: 'ignore' });
  oldBuild = join(src, '.output', 'chrome-mv3');
  // The old release shipped no bundled corpus: its index came from a sync source, in format 1.
  const documents = bundledDocuments(EXTENSION_DIR);
  writeFileSync(join(workDir, 'documents.json'), JSON.stringify(documents));
  writeFileSync(
    join(src, 'old-bundle.ts'),
    [
      "import { readFileSync } from 'node:fs';",
      "import { buildBundle } from './utils/bundle/build';",
      "import { writeBundleFiles } from './utils/bundle/write-node';",
      "import { buildSegment } from './utils/search/index';",
      'const [input, out] = process.argv.slice(2);',
      "const bundle = await buildBundle({ documents: JSON.parse(readFileSync(input, 'utf8')), warnings: [] }, { buildSegment });",
      'writeBundleFiles(bundle, out);',
    ].join('\n'),
  );
  execFileSync('npx', ['tsx', 'old-bundle.ts', join(workDir, 'documents.json'), join(workDir, 'bundle-v1')], { cwd: src, stdio: 'ignore' });
  oldBundle = JSON.parse(readFileSync(join(workDir, 'bundle-v1', 'manifest.json'), 'utf8'));
  newBundle = await writeTestBundle(documents, join(workDir, 'bundle-v2'));
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
  page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'kamerlezer')?.version ?? null);

test('history recorded by the schema-v2 release survives the update to the current build', async () => {
  const profile = join(workDir, 'profile');
  const extensionDir = join(workDir, 'extension');
  // The old release, one version lower so that the new build is an update.
  install(oldBuild, extensionDir, '0.0.9');
  session = await launchWithExtension({ extensionDir, userDataDir: profile, keepProfile: true });
  const oldId = session.extensionId;
  let page = await extensionPage(session);
  const oldSource = await serveBundle(session.context, join(workDir, 'bundle-v1'), { name: 'source' });
  await call(page, 'setSyncSource', { url: oldSource.url });
  await waitForStatus(page, settledOn(oldBundle.version), 120_000);
  // Dexie stores version × 10.
  expect(await databaseVersion(page)).toBe(20);
  const noodfonds = (await call(page, 'search', { query: 'Noodfonds Energie', limit: 3 })).hits[0].document;
  const tech = (await call(page, 'search', { query: 'techgiganten', limit: 3 })).hits[0].document;
  await call(page, 'recordVisit', { documentId: noodfonds.id, via: 'page', url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2345.html' });
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
  expect(await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)).toBe('0.1.0');
  await waitForStatus(page, (s) => s.progress.state !== 'syncing');
  expect(await databaseVersion(page)).toBe(CURRENT_SCHEMA_VERSION * 10);
  const fields = (entries: HistoryEntry[]) => entries.map(({ id, documentId, title, visitedAt, via, url, statusAtVisit }) => ({ id, documentId, title, visitedAt, via, url, statusAtVisit }));
  expect(fields(await call(page, 'listHistory', {}))).toEqual(fields(before));
  // The migrated index reads: whole sets from the rewritten rows, the overview over all of them.
  expect((await call(page, 'getDocument', { id: tech.id }))?.title).toBe(tech.title);
  expect((await call(page, 'overview', {})).sets).toBe(bundledDocuments(EXTENSION_DIR).length);
  migratedSearch = (await call(page, 'search', { query: 'Noodfonds Energie', limit: 3 })).hits.map((h) => h.document.id);

  // The source now serves the current format: a sync replaces the index and keeps the history.
  await serveBundle(session.context, join(workDir, 'bundle-v2'), { name: 'source' });
  await call(page, 'syncNow', {});
  await waitForStatus(page, settledOn(newBundle.version), 120_000);
  expect(fields(await call(page, 'listHistory', {}))).toEqual(fields(before));
  expect((await call(page, 'search', { query: 'Noodfonds Energie', limit: 3 })).hits[0]?.document.id).toBe(noodfonds.id);
  // New visits go after the old ones, and the side panel shows all three.
  await call(page, 'recordVisit', { documentId: noodfonds.id, via: 'reader' });
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

// Known gap, reported: the old release's search segments (an older SEGMENT_VERSION) are skipped
// by the current engine (utils/search/index-state.ts), so until the sync source serves a bundle
// built by the current version, the migrated index finds nothing. Flip to `test` once the
// background rebuilds segments of another version from the stored sets.
test.fails('the migrated index answers searches before the next sync', () => {
  expect(migratedSearch?.[0]).toBeDefined();
});

/** The frozen schema-v1 data the store's unit test migrates (tests/store/fixtures). */
const v1 = JSON.parse(readFileSync(resolve('tests/store/fixtures/kamerlezer-v1.json'), 'utf8')) as {
  schemaVersion: number;
  documents: object[];
  shards: object[];
  meta: object[];
  history: (HistoryEntry & { id: number })[];
};

test('a schema-v1 database, written with the raw IndexedDB API as v1 laid it out, is migrated by the extension', async () => {
  session = await launchWithExtension();
  // Routed before the worker is stopped below: routes added after its restart did not reach it.
  const served = await serveBundle(session.context, join(workDir, 'bundle-v2'), { name: 'after-v1' });
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
    const request = <T>(r: IDBRequest<T>) => new Promise<T>((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
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
    for (const table of ['documents', 'shards', 'meta', 'history'] as const) for (const row of data[table]) tx.objectStore(table).put(row);
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
  expect(history.filter((e) => e.answeredSinceVisit).map((e) => e.id)).toEqual(v1.history.filter((e) => e.answeredSinceVisit).map((e) => e.id));

  // A sync (here from a routed source) brings a current index; the history stays, search answers.
  await call(page, 'setSyncSource', { url: served.url });
  await waitForStatus(page, settledOn(newBundle.version), 120_000);
  expect((await call(page, 'listHistory', {})).map((e) => e.id)).toEqual(byId.map((e) => e.id));
  const hits = await call(page, 'search', { query: 'Noodfonds Energie', limit: 3 });
  expect(hits.hits[0]?.document.title).toBe('Het sluiten van het Tijdelijk Noodfonds Energie');
  await session.close();
  session = undefined;
}, 300_000);
