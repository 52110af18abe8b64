/**
 * Privacy: through a whole session with the built extension — install (the bundled seed loads),
 * popup search, side panel, reader view, options, overview, an annotated official page, and a
 * sync from a configured source — the only requests that leave the extension are the official
 * pages the reader opened and the sync source's files. No fonts, analytics, CDNs or update checks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  SYNC_BASE,
  bundledDocuments,
  bundledManifest,
  call,
  extensionPage,
  serveBundle,
  settledOn,
  waitForStatus,
  withAnswersArrived,
  writeTestBundle,
  EXTENSION_DIR,
  launchWithExtension,
  type ExtensionSession,
  waitForAnnotation,
} from '../support/browser-harness';
import { FIXTURE_PAGES, serveFixturePages } from './fixture-pages';

const PAGES: Record<'uwv' | 'noodfonds', string> = {
  uwv: FIXTURE_PAGES.uwv.url,
  noodfonds: FIXTURE_PAGES.noodfonds.url,
};

let session: ExtensionSession;
let control: Page;
let workDir: string;
/** Requests the browser started and has not finished (or failed) yet. */
const inFlight = new Set<Request>();

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-network-'));
  session = await launchWithExtension();
  session.context.on('request', (request) => inFlight.add(request));
  session.context.on('requestfinished', (request) => inFlight.delete(request));
  session.context.on('requestfailed', (request) => inFlight.delete(request));
  await serveFixturePages(session.context, ['uwv', 'noodfonds']);
  control = await extensionPage(session);
}, 60_000);

afterAll(async () => {
  await session?.close();
  rmSync(workDir, { recursive: true, force: true });
});

const outside = () =>
  session.requests.filter(
    (url) => !Object.values(PAGES).includes(url) && !url.startsWith(SYNC_BASE),
  );

test('install, every surface, an annotated page and a sync: only the pages and the sync source', async () => {
  // Install: the bundled seed loads from inside the extension.
  const seed = bundledManifest(EXTENSION_DIR);
  await waitForStatus(control, settledOn(seed.version), 150_000);
  expect(session.requests).toEqual([]);

  // Popup search.
  const popup = await session.context.newPage();
  await popup.goto(session.url('popup.html'));
  await popup.locator('input[type=search]').fill('techgiganten');
  await popup.locator('.results li[data-kamerlezer-doc]').first().waitFor();
  const firstHit = await popup
    .locator('.results li[data-kamerlezer-doc]')
    .first()
    .getAttribute('data-kamerlezer-doc');

  // Reader view, side panel, options, overview.
  const reader = await session.context.newPage();
  await reader.goto(session.url(`reader.html?id=${encodeURIComponent(firstHit!)}`));
  await reader.locator('h1').waitFor();
  const panel = await session.context.newPage();
  await panel.goto(session.url('sidepanel.html'));
  await panel.locator('.history-entry').first().waitFor();
  const options = await session.context.newPage();
  await options.goto(session.url('options.html'));
  await options.locator('.last-sync').waitFor();
  const overview = await session.context.newPage();
  await overview.goto(session.url('overview.html'));
  await overview.locator('svg[data-chart="by-party"]').waitFor();
  expect(session.requests).toEqual([]);

  // Annotated official pages.
  for (const url of Object.values(PAGES)) {
    const page = await session.context.newPage();
    await page.goto(url);
    await waitForAnnotation(page, 20_000);
    await page.locator('[data-kamerlezer="panel"] button.panel-toggle').click();
    await page.close();
  }
  expect(
    session.requests.filter((u) => Object.values(PAGES).includes(u)).length,
  ).toBeGreaterThanOrEqual(2);
  expect(outside()).toEqual([]);

  // A sync from a configured source, with answers arriving (the badge path runs too).
  const seedDocuments = bundledDocuments(EXTENSION_DIR);
  const next = await writeTestBundle(
    withAnswersArrived({ documents: seedDocuments, warnings: [] }, [0, 1]).documents,
    join(workDir, 'bundle'),
    { targetSize: 4, maxSize: 6 },
  );
  const served = await serveBundle(session.context, join(workDir, 'bundle'), { name: 'network' });
  // The install's own sync first: choosing a source stops a sync in flight.
  await waitForStatus(control, (s) => s.last !== null && s.progress.state !== 'syncing', 120_000);
  await call(control, 'setSyncSource', { url: served.url });
  await waitForStatus(control, settledOn(next.version));
  // The watcher sees the service worker's fetches too: the sync's requests are in the log.
  expect(session.requests.filter((u) => u.startsWith(SYNC_BASE)).length).toBe(
    served.requests.length,
  );
  expect(served.requests).toContain('manifest.json');

  // Once the work is done, nothing else goes out (no late update checks, beacons or prefetches):
  // a surface loaded afresh has rendered, every surface has reached network idle, the sync is
  // settled and no request is in flight anywhere in the browser, the worker's included.
  await reader.reload();
  await reader.locator('h1').waitFor();
  for (const page of [popup, reader, panel, options, overview])
    await page.waitForLoadState('networkidle');
  await waitForStatus(control, settledOn(next.version));
  await expect.poll(() => inFlight.size).toBe(0);
  expect(outside()).toEqual([]);
  for (const page of [popup, reader, panel, options, overview]) await page.close();
}, 240_000);
