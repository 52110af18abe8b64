/**
 * Shared helpers for browser tests and browser benchmarks that need the extension's index in a
 * given state: serve a bundle directory at a sync URL through Playwright routing (with faults on
 * demand), talk to the background through its message protocol, wait for a sync, and build the
 * large synthetic bundles the benchmarks sync.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Route, Worker } from 'playwright-core';
import type { MessageName, Reply, RequestOf, ResponseOf, SyncStatus } from '../../utils/messages/protocol';
import { buildBundle } from '../../utils/bundle/build';
import type { BundleManifest, ShardFile } from '../../utils/bundle/format';
import type { ShardPlanOptions } from '../../utils/bundle/shard-plan';
import { writeBundleFiles } from '../../utils/bundle/write-node';
import type { KamerDocument } from '../../utils/corpus/model';
import { buildSegment } from '../../utils/search/index';
import type { ExtensionSession } from '../browser/harness';

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
export async function serveBundle(context: BrowserContext, dir: string, options: ServeOptions = {}): Promise<ServedBundle> {
  const base = `${SYNC_BASE}${options.name ?? 'bundle'}/`;
  const requests: string[] = [];
  const hung: Route[] = [];
  let shardIndex = 0;
  const pattern = `${base}**`;
  const handler = async (route: Route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(new URL(base).pathname.length));
    requests.push(path);
    const index = path.startsWith('shards/') ? shardIndex++ : -1;
    const fault = options.fault?.(path, index);
    const file = join(dir, path);
    const headers = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
    if (fault && 'hang' in fault) return void hung.push(route);
    if (fault && 'abort' in fault) return route.abort('connectionreset');
    if (fault && 'status' in fault) return route.fulfill({ status: fault.status, headers, body: 'Not found' });
    if (!existsSync(file) || !statSync(file).isFile()) return route.fulfill({ status: 404, headers, body: 'Not found' });
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
export async function call<N extends MessageName>(page: Page, name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const reply = (await page.evaluate(
    // Runs in the extension page, where `chrome` exists; Node's types do not know it.
    async ([n, p]) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ kamerlezer: n, payload: p }),
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
    if (Date.now() - start > timeoutMs) throw new Error(`Sync did not settle: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const settledOn = (version: string) => (s: SyncStatus) => s.progress.state === 'done' && s.last?.version === version;
export const failed = (s: SyncStatus) => s.progress.state === 'error' && s.lastError !== null;

/** The bundled seed's manifest as built into the extension. */
export function bundledManifest(extensionDir: string): { version: string; sets: number; questions: number; shards: { file: string }[] } {
  return JSON.parse(readFileSync(join(extensionDir, 'corpus', 'manifest.json'), 'utf8'));
}

/** Wait for the extension's service worker after a reload. */
export async function nextWorker(context: BrowserContext, previous: Worker, timeoutMs = 20_000): Promise<Worker> {
  const start = Date.now();
  for (;;) {
    const worker = context.serviceWorkers().find((w) => w !== previous && w.url().startsWith('chrome-extension://'));
    if (worker) return worker;
    if (Date.now() - start > timeoutMs) throw new Error('No service worker after reload');
    await context.waitForEvent('serviceworker', { timeout: timeoutMs }).catch(() => undefined);
  }
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
    const shard = JSON.parse(readFileSync(join(extensionDir, 'corpus', entry.file), 'utf8')) as ShardFile;
    return shard.documents.map((d) => d.doc);
  });
}

/** Write a bundle of `documents` to `outDir` (with search segments, as `corpus build` does). */
export async function writeTestBundle(documents: KamerDocument[], outDir: string, shardPlan?: ShardPlanOptions): Promise<BundleManifest> {
  const bundle = await buildBundle({ documents, warnings: [] }, { buildSegment, shardPlan });
  writeBundleFiles(bundle, outDir);
  return bundle.manifest;
}
