/**
 * The browser harness for the browser tests and the browser benchmarks: launch Debian's Chromium
 * with the built extension loaded (Playwright cannot download its own browser here), serve
 * fixture pages at the official sites' real URLs through context.route (so the content scripts'
 * match patterns apply exactly as in the wild), serve a bundle directory at a sync URL (with
 * faults on demand), talk to the background through its message protocol and wait for a sync.
 */
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildBundle, type BuildBundleOptions } from '../../utils/bundle/build';
import type { BundleManifest } from '../../utils/bundle/format';
import type { ShardPlanOptions } from '../../utils/bundle/shard-plan';
import type { Corpus, KamerDocument } from '../../utils/corpus/model';
import type { MessageName, Reply, RequestOf, ResponseOf } from '../../utils/extension/protocol';
import { buildSegment } from '../../utils/index-build/build-segment';
import { writeBundleFiles } from '../../utils/node/write-bundle';
import type { SyncStatus } from '../../utils/store/types';

export const EXTENSION_DIR = resolve(process.env.KAMERLEZER_EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (background). */
  worker: Worker;
  userDataDir: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  /** Every request the browser made to a URL outside the extension, for privacy checks. */
  requests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (to test upgrades and resume); a fresh temp dir otherwise. */
  userDataDir?: string;
  /** Keep the profile directory after close. */
  keepProfile?: boolean;
  extensionDir?: string;
  locale?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'kamerlezer-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale ?? 'nl-NL',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (
      !url.startsWith('chrome-extension://') &&
      !url.startsWith('data:') &&
      !url.startsWith('blob:')
    )
      requests.push(url);
  });
  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    requests,
    url: (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      if (!options.keepProfile && !options.userDataDir)
        rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Serve `html` at `url` (an official site's real address) for this context. Requests to any
 * other official-site URL get a 404 so a test never reaches the network.
 */
export async function servePage(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

export function readFixture(name: string): string {
  return readFileSync(resolve('tests/fixtures/pages', name), 'utf8');
}

/** Collect page errors (uncaught exceptions) so a test can assert there were none. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/** Evaluate in the service worker, e.g. to inspect the Dexie database or trigger a sync. */
export async function inWorker<T>(session: ExtensionSession, fn: () => T | Promise<T>): Promise<T> {
  return session.worker.evaluate(fn);
}

/** A sync source on a host no test ever reaches for real. */
export const SYNC_BASE = 'https://bundles.kamerlezer.test/';

/** What to do with one request for a bundle file (shards counted in the order requested). */
export type Fault =
  | undefined
  | { status: number }
  | { corrupt: true }
  | { abort: true }
  | { hang: true }
  | { delayMs: number };

export interface ServedBundle {
  /** The manifest URL to give setSyncSource. */
  url: string;
  /** Paths requested (relative to the bundle root), in order. */
  requests: string[];
  /** Shard paths requested, in order. */
  shardRequests(): string[];
  /** Release requests held by a `hang` fault (they then fail). */
  releaseHung(): Promise<void>;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** Sub-path under SYNC_BASE, so several bundles can be served side by side. */
  name?: string;
  fault?: (path: string, shardIndex: number) => Fault;
}

/** Serve the bundle in `dir` (manifest.json + shards/) at SYNC_BASE/<name>/. */
export async function serveBundle(
  context: BrowserContext,
  dir: string,
  options: ServeOptions = {},
): Promise<ServedBundle> {
  const base = `${SYNC_BASE}${options.name ?? 'bundle'}/`;
  const requests: string[] = [];
  const hung: Route[] = [];
  let shardIndex = 0;
  const pattern = `${base}**`;
  const handler = async (route: Route) => {
    const path = decodeURIComponent(
      new URL(route.request().url()).pathname.slice(new URL(base).pathname.length),
    );
    requests.push(path);
    const index = path.startsWith('shards/') ? shardIndex++ : -1;
    const fault = options.fault?.(path, index);
    const file = join(dir, path);
    const headers = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
    if (fault && 'hang' in fault) return void hung.push(route);
    if (fault && 'abort' in fault) return route.abort('connectionreset');
    if (fault && 'status' in fault)
      return route.fulfill({ status: fault.status, headers, body: 'Not found' });
    if (!existsSync(file) || !statSync(file).isFile())
      return route.fulfill({ status: 404, headers, body: 'Not found' });
    if (fault && 'delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault && 'corrupt' in fault) {
      // Same length, one byte different: only the hash can tell.
      const body = Buffer.from(readFileSync(file));
      const at = Math.floor(body.length / 2);
      body[at] = body[at] === 0x61 ? 0x62 : 0x61;
      return route.fulfill({ status: 200, headers, body });
    }
    return route.fulfill({ status: 200, headers, path: file });
  };
  await context.route(pattern, handler);
  return {
    url: `${base}manifest.json`,
    requests,
    shardRequests: () => requests.filter((p) => p.startsWith('shards/')),
    async releaseHung() {
      for (const route of hung.splice(0)) await route.abort('connectionreset').catch(() => {});
    },
    async stop() {
      await context.unroute(pattern, handler);
    },
  };
}

/** An extension page to send messages from (the worker cannot message itself). */
export async function extensionPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url('popup.html'));
  return page;
}

interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void } };
}

/** Send one protocol message from an extension page and return the result (throws its error). */
export async function call<N extends MessageName>(
  page: Page,
  name: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const reply = (await page.evaluate(
    // Runs in the extension page, where `chrome` exists; Node's types do not know it.
    async ([n, p]) =>
      (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({
        kamerlezer: n,
        payload: p,
      }),
    [name, payload] as const,
  )) as Reply<N> | undefined;
  if (!reply) throw new Error(`No answer to ${name}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}

/** Poll syncStatus until `done` holds (default: a sync finished or failed). */
export async function waitForStatus(
  page: Page,
  done: (status: SyncStatus) => boolean,
  timeoutMs = 60_000,
  intervalMs = 50,
): Promise<SyncStatus> {
  const start = Date.now();
  for (;;) {
    const status = await call(page, 'syncStatus', {});
    if (done(status)) return status;
    if (Date.now() - start > timeoutMs)
      throw new Error(`Sync did not settle: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const settledOn = (version: string) => (s: SyncStatus) =>
  s.progress.state === 'done' && s.last?.version === version;
export const failed = (s: SyncStatus) => s.progress.state === 'error' && s.lastError !== null;

/** The bundled seed's manifest as built into the extension. */
export function bundledManifest(extensionDir: string): {
  version: string;
  sets: number;
  questions: number;
  shards: { file: string }[];
} {
  return JSON.parse(readFileSync(join(extensionDir, 'corpus', 'manifest.json'), 'utf8'));
}

export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The documents of the bundled seed, read back from the built extension's shards. */
export function bundledDocuments(extensionDir: string): KamerDocument[] {
  const manifest = bundledManifest(extensionDir);
  return manifest.shards.flatMap((entry) => {
    const lines = gunzipSync(readFileSync(join(extensionDir, 'corpus', entry.file)))
      .toString('utf8')
      .split('\n');
    return lines.slice(1).map((line) => JSON.parse(line) as KamerDocument);
  });
}

/**
 * Write a bundle of `documents` to `outDir` (with search segments, as `corpus build` does; with
 * a delta against `previous` when given, as `corpus build --previous` does).
 */
export async function writeTestBundle(
  documents: KamerDocument[],
  outDir: string,
  shardPlan?: ShardPlanOptions,
  options: Pick<BuildBundleOptions, 'previous' | 'buildSegment'> = {},
): Promise<BundleManifest> {
  const bundle = await buildBundle(
    { documents, warnings: [] },
    { buildSegment, shardPlan, ...options },
  );
  writeBundleFiles(bundle, outDir);
  return bundle.manifest;
}

/** Answers arrive for `indexes`: every question gets one, the set becomes answered. */
export function withAnswersArrived(corpus: Corpus, indexes: number[]): Corpus {
  const documents = corpus.documents.slice();
  for (const i of indexes) {
    const doc = documents[i];
    documents[i] = {
      ...doc,
      status: 'answered',
      questions: doc.questions.map((q) => ({
        ...q,
        answer: `${q.answer ?? ''}\n\nAanvullend antwoord ${i}-${q.number}.`.trim(),
      })),
    };
  }
  return { ...corpus, documents };
}

/**
 * Wait until the content script has done all it does on the page: it marks the page
 * (performance mark "kamerlezer:annotated") once its features have run.
 */
export async function waitForAnnotation(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('kamerlezer:annotated').length > 0,
    undefined,
    { timeout },
  );
}

/** Open `url` in a new tab and wait until the content script says its annotations are in place. */
export async function openAnnotated(
  session: ExtensionSession,
  url: string,
  timeout = 20_000,
): Promise<{ page: Page; errors: Error[] }> {
  const page = await session.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  await waitForAnnotation(page, timeout);
  return { page, errors };
}

/** The text of the toolbar icon's badge, read in the service worker. */
export function badgeText(session: ExtensionSession): Promise<string> {
  return session.worker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { action: { getBadgeText(d: object): Promise<string> } };
      }
    ).chrome.action.getBadgeText({}),
  );
}
