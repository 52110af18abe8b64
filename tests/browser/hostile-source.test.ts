/**
 * A broken or hostile sync source against the built extension in Chromium (issue 17). Each case
 * starts from the bundled seed with one visit in the history, points the extension at a real
 * local server that misbehaves, and holds the extension to: the sync fails (or is refused) with
 * the right reason in Dutch on the options page, within a bounded time and memory; the seed
 * index still answers, whole; the history is as it was; nothing outside the configured origin
 * is asked. Each prints a FIGURE line (time to give up, peak memory of the whole browser).
 *
 * On the build before issue 17 these wiped the index (empty manifest), crashed or hung the
 * worker (duplicates, bomb, stall), followed the redirect, or resumed a dying sync for ever.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { BundleManifest } from '../../utils/bundle/format';
import type { KamerDocument } from '../../utils/corpus/model';
import type { SyncStatus } from '../../utils/store/types';
import {
  bundledDocuments,
  bundledManifest,
  call,
  extensionPage,
  failed,
  settledOn,
  waitForStatus,
  writeTestBundle,
} from '../support/browser-harness';
import { numberedDocument } from '../support/documents';
import {
  EXTENSION_DIR,
  launchWithExtension,
  type ExtensionSession,
} from '../support/browser-harness';
import { hostileServer, peakRss, type HostileServer } from './hostile-server';

const seed = bundledManifest(EXTENSION_DIR);
const seedDocuments = bundledDocuments(EXTENSION_DIR);
const extra: KamerDocument = { ...numberedDocument(700, 'answered'), id: 'kv-hostile-extra' };

let workDir: string;
let next: BundleManifest;
let server: HostileServer;
let elsewhere: HostileServer;
const dir = (name: string) => join(workDir, name);

/** Write a manifest variant of `next` under /<name>/ (shards copied beside it). */
function variant(name: string, edit: (m: BundleManifest) => unknown): string {
  mkdirSync(join(dir(name), 'shards'), { recursive: true });
  for (const s of next.shards) copyFileSync(join(dir('next'), s.file), join(dir(name), s.file));
  writeFileSync(join(dir(name), 'manifest.json'), JSON.stringify(edit(structuredClone(next))));
  return name;
}

/** 2 GiB of zeros, gzip-compressed (≈ 2 MB): streamed, so building it costs no 2 GiB here. */
async function gzipBomb(file: string, gib = 2): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1 << 20);
  for (let i = 0; i < gib * 1024; i++) {
    if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
  }
  gzip.end();
  await done;
  const bomb = Buffer.concat(chunks);
  writeFileSync(file, bomb);
  return bomb;
}

let bombFile: string;
beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-hostile-source-'));
  next = await writeTestBundle([...seedDocuments, extra], dir('next'), {
    targetSize: 3,
    maxSize: 4,
  });
  variant('empty', (m) => ({
    ...m,
    version: 'empty',
    sets: 0,
    questions: 0,
    bytes: 0,
    shards: [],
  }));
  variant('absurd', (m) => ({ ...m, version: 'absurd', sets: 10_000_000 }));
  variant('negative', (m) => ({ ...m, version: 'negative', questions: -5 }));
  const one = next.shards[0];
  variant('repeated', (m) => ({
    ...m,
    version: 'repeated',
    sets: one.sets * 20_000,
    questions: one.questions * 20_000,
    bytes: one.bytes * 20_000,
    shards: Array.from({ length: 20_000 }, (_, i) => ({ ...one, id: `${one.id}-${i}` })),
  }));
  bombFile = join(workDir, 'bomb.gz');
  const bomb = await gzipBomb(bombFile);
  variant('bomb', (m) => {
    m.shards[1] = {
      ...m.shards[1],
      file: 'shards/bomb.ndjson.gz',
      sha256: createHash('sha256').update(bomb).digest('hex'),
      bytes: bomb.length,
    };
    m.bytes = m.shards.reduce((n, s) => n + s.bytes, 0);
    m.version = 'bomb';
    return m;
  });
  copyFileSync(bombFile, join(dir('bomb'), 'shards/bomb.ndjson.gz'));
  server = await hostileServer({
    next: dir('next'),
    empty: dir('empty'),
    absurd: dir('absurd'),
    negative: dir('negative'),
    repeated: dir('repeated'),
    bomb: dir('bomb'),
  });
  // Another origin (another host name for the same machine): must never be asked.
  elsewhere = await hostileServer({ next: dir('next') }, 'localhost');
}, 120_000);

afterAll(async () => {
  await server?.close();
  await elsewhere?.close();
  rmSync(workDir, { recursive: true, force: true });
});

let session: ExtensionSession;
let page: Page;
afterEach(async () => {
  server.setFault(() => undefined);
  await session?.close();
});

async function launchWithSeedAndVisit() {
  session = await launchWithExtension();
  page = await extensionPage(session);
  await waitForStatus(page, settledOn(seed.version));
  await call(page, 'recordVisit', { documentId: seedDocuments[4].id, via: 'reader' });
}

/** The seed is still the index, whole, and the history as it was. */
async function expectSeedIntact() {
  const status = await call(page, 'syncStatus', {});
  expect(status.last).toMatchObject({ source: 'bundled', version: seed.version, sets: 19 });
  const docs = await call(page, 'getDocuments', { ids: seedDocuments.map((d) => d.id) });
  expect(docs.map((d) => d?.title)).toEqual(seedDocuments.map((d) => d.title));
  const found = await call(page, 'search', { query: seedDocuments[3].title, limit: 3 });
  expect(found.hits[0]?.document.id).toBe(seedDocuments[3].id);
  const history = await call(page, 'listHistory', {});
  expect(history.map((h) => h.documentId)).toEqual([seedDocuments[4].id]);
}

/** Point the extension at `url` and wait for the refusal; returns it with the time and memory it took. */
async function failingSync(url: string, label: string, timeoutMs = 60_000) {
  const memory = peakRss(session.userDataDir);
  const start = Date.now();
  await call(page, 'setSyncSource', { url });
  const status = await waitForStatus(page, failed, timeoutMs);
  const seconds = (Date.now() - start) / 1000;
  const peakMb = Math.round(memory.stop() / 1e6);
  console.log(
    `FIGURE ${label}: refused in ${seconds.toFixed(1)} s, browser peak RSS ${peakMb} MB, code ${status.lastError?.code}`,
  );
  return { status, seconds, peakMb };
}

/** What the options page shows for the last error (Dutch: the profile's locale is nl-NL). */
async function optionsError(): Promise<string> {
  const options = await session.context.newPage();
  await options.goto(session.url('options.html'));
  const text = await options.locator('.last-error').innerText();
  await options.close();
  return text;
}

test('an empty shard list is refused: nothing wiped, the reason in Dutch', async () => {
  await launchWithSeedAndVisit();
  const { status } = await failingSync(server.url('empty'), 'empty manifest');
  expect(status.lastError?.code).toBe('empty-manifest');
  expect(await optionsError()).toContain(
    'De bron biedt een lege index aan. Je index van 19 sets is behouden.',
  );
  await expectSeedIntact();
});

test('absurd or negative totals, and one shard listed 20,000 times, are refused at once', async () => {
  await launchWithSeedAndVisit();
  for (const [name, code] of [
    ['absurd', 'manifest-limit'],
    ['negative', 'manifest-limit'],
    ['repeated', 'manifest-duplicate'],
  ] as const) {
    const before = server.requests.length;
    const { status, seconds } = await failingSync(server.url(name), `manifest ${name}`);
    expect(status.lastError?.code).toBe(code);
    expect(seconds).toBeLessThan(10);
    // Refused from the manifest alone: not one shard fetched.
    expect(server.requests.slice(before)).toEqual([`/${name}/manifest.json`]);
  }
  expect(await optionsError()).toMatch(/noemt hetzelfde bestand meer dan eens/);
  await expectSeedIntact();
});

test('a gzip bomb fails fast with its own reason, bounded in memory, and the other fetches are aborted', async () => {
  await launchWithSeedAndVisit();
  // Shards after the bomb are held: only an abort from the extension ends them.
  const held = new Set(next.shards.slice(2).map((s) => `/bomb/${s.file}`));
  server.setFault((path) => (held.has(path) ? { hold: true } : undefined));
  const { status, seconds, peakMb } = await failingSync(server.url('bomb'), 'gzip bomb');
  expect(status.lastError?.code).toBe('unpacked-too-large');
  expect(status.lastError?.message).toMatch(/unpacks to more than 64 MiB/);
  expect(seconds).toBeLessThan(20);
  // The whole browser (all its processes): the bomb would have taken the worker to 4.4 GB.
  expect(peakMb).toBeLessThan(1_500);
  // Every held request in flight was aborted by the failure, not left to time out.
  await expect
    .poll(() => server.closedByClient.filter((p) => held.has(p)).length, { timeout: 5_000 })
    .toBeGreaterThanOrEqual(1);
  expect(await optionsError()).toMatch(/pakt uit tot meer dan 64 MiB/);
  await expectSeedIntact();
});

test('a shard that stalls fails after the stall limit; the extension stays usable and syncs the next source', async () => {
  await launchWithSeedAndVisit();
  const stalled = `/next/${next.shards[2].file}`;
  server.setFault((path) => (path === stalled ? { stall: true } : undefined));
  const { status, seconds } = await failingSync(server.url('next'), 'stalled shard', 45_000);
  expect(status.lastError?.code).toBe('stalled');
  expect(seconds).toBeGreaterThanOrEqual(19);
  expect(seconds).toBeLessThan(40);
  await expectSeedIntact();

  // Stalled again: choosing another source stops it at once instead of queueing behind it.
  await call(page, 'setSyncSource', { url: server.url('next') });
  await expect.poll(() => server.requests.includes(stalled), { timeout: 10_000 }).toBe(true);
  server.setFault(() => undefined);
  const start = Date.now();
  await call(page, 'setSyncSource', { url: elsewhere.url('next') });
  const done = await waitForStatus(page, settledOn(next.version), 15_000);
  expect(done.last?.sets).toBe(20);
  console.log(
    `FIGURE stalled shard, new source chosen: synced in ${(Date.now() - start) / 1000} s`,
  );
});

test('a body that never ends is cut off at its declared size', async () => {
  await launchWithSeedAndVisit();
  const endless = `/next/${next.shards[1].file}`;
  server.setFault((path) => (path === endless ? { endless: true } : undefined));
  const { status, seconds } = await failingSync(server.url('next'), 'endless body');
  expect(status.lastError?.code).toBe('shard-too-large');
  expect(seconds).toBeLessThan(15);
  // A few socket buffers beyond the shard's few kilobytes, not gigabytes.
  console.log(`FIGURE endless body: ${Math.round(server.bytesSent() / 1e6)} MB sent by the server`);
  expect(server.bytesSent()).toBeLessThan(64e6);
  await expectSeedIntact();
});

test('a redirect to another origin is refused, naming the configured one, and the other is never asked', async () => {
  await launchWithSeedAndVisit();
  const asked = () => elsewhere.requests.slice(askedBefore);
  const askedBefore = elsewhere.requests.length;
  server.setFault((path) =>
    path === '/next/manifest.json'
      ? {
          respond: (_req, res) => {
            res.writeHead(302, {
              location: elsewhere.url('next'),
              'access-control-allow-origin': '*',
            });
            res.end();
          },
        }
      : undefined,
  );
  const { status } = await failingSync(server.url('next'), 'manifest redirect');
  expect(status.lastError?.code).toBe('redirect');
  expect(status.lastError?.message).toContain(server.origin);
  // The other server's own log is the truth: Playwright's request log lists a redirect's
  // Location as a request even when the browser does not follow it (redirect: 'manual').
  expect(asked()).toEqual([]);
  const shown = await optionsError();
  expect(shown).toContain('De bron stuurt door naar een ander adres');
  expect(shown).toContain(server.origin);

  // A shard that redirects is refused the same way.
  server.setFault((path) =>
    path === `/next/${next.shards[1].file}`
      ? {
          respond: (_req, res) => {
            // CORS headers as the real source sends them (without, and without the host
            // permission the options page asks for, the browser refuses it as a CORS error).
            res.writeHead(301, {
              location: `${elsewhere.origin}/next/${next.shards[1].file}`,
              'access-control-allow-origin': '*',
            });
            res.end();
          },
        }
      : undefined,
  );
  await call(page, 'syncNow', {});
  const again = await waitForStatus(
    page,
    (s: SyncStatus) =>
      failed(s) && s.lastError?.code === 'redirect' && s.lastError.at !== status.lastError?.at,
  );
  expect(again.lastError?.message).toMatch(/shards\//);
  expect(asked()).toEqual([]);
  await expectSeedIntact();
});

test('a sync that keeps killing the worker is given up after 3 starts; the old index answers; another source works', async () => {
  await launchWithSeedAndVisit();
  const held = `/next/${next.shards[3].file}`;
  const base = server.requests.length;
  const heldRequests = () => server.requests.slice(base).filter((p) => p === held);
  server.setFault((path) => (path === held ? { hold: true } : undefined));
  const start = Date.now();
  await call(page, 'setSyncSource', { url: server.url('next') });
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  for (let crash = 1; crash <= 3; crash++) {
    await expect.poll(() => heldRequests().length, { timeout: 20_000 }).toBe(crash);
    // The worker dies mid-sync, as it did out of memory.
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The next message wakes it; its start-up resumes the pending sync.
    await call(page, 'syncStatus', {}).catch(() => null);
  }
  const status = await waitForStatus(page, (s) => failed(s) && s.lastError?.code === 'gave-up');
  console.log(`FIGURE crash loop: given up after 3 starts in ${(Date.now() - start) / 1000} s`);
  expect(heldRequests()).toHaveLength(3);
  expect(await optionsError()).toMatch(/3 keer begonnen zonder af te komen en is opgegeven/);
  await expectSeedIntact();
  // A later start (alarm, browser start) does not try the same version again.
  await cdp.send('ServiceWorker.stopAllWorkers');
  await call(page, 'syncStatus', {}).catch(() => null);
  await new Promise((r) => setTimeout(r, 1_000));
  expect((await call(page, 'syncStatus', {})).lastError?.at).toBe(status.lastError?.at);
  expect(heldRequests()).toHaveLength(3);

  // Choosing another source clears the stuck one.
  await call(page, 'setSyncSource', { url: elsewhere.url('next') });
  const done = await waitForStatus(page, settledOn(next.version));
  expect(done.last?.sets).toBe(20);
  expect((await call(page, 'getDocument', { id: extra.id }))?.id).toBe(extra.id);
  expect(readFileSync(join(dir('next'), 'manifest.json'), 'utf8')).toContain(next.version);
});
