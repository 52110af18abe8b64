/**
 * Launch Debian's Chromium with the built extension loaded (Playwright cannot download its own
 * browser here) and serve fixture pages at the official sites' real URLs through context.route,
 * so the content scripts' match patterns apply exactly as in the wild.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
