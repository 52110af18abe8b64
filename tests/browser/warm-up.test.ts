/**
 * The content script starts with the page (document_start) and, on a questions or answers page,
 * wakes the background at once, so a stopped service worker loads the index while the page is
 * still loading rather than after it. Chrome stops an idle worker after 30 s: for a reader going
 * from page to page this is the usual case. Checked with a page whose parsing waits on a slow
 * script: the worker must be running with its engine ready while the page is still loading.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CDPSession, Worker } from 'playwright-core';
import {
  bundledManifest,
  extensionPage,
  settledOn,
  waitForStatus,
  EXTENSION_DIR,
  launchWithExtension,
  readFixture,
  servePage,
  type ExtensionSession,
  waitForAnnotation,
} from '../support/browser-harness';
import { FIXTURE_PAGES } from './fixture-pages';

const ANSWERS_PAGE = FIXTURE_PAGES.noodfonds.url;
const MOTION_PAGE = FIXTURE_PAGES.motie.url;
const SLOW_SCRIPT = 'https://zoek.officielebekendmakingen.nl/static/slow-site.js';

let session: ExtensionSession;
let releaseScript: () => void = () => {};
let scriptHeld: () => void = () => {};
/** Resolves when the page's request for the slow script is being held. */
const nextHold = () => new Promise<void>((resolve) => (scriptHeld = resolve));
/** CDP on an extension page that sends nothing (its manifest), watching the worker's state. */
let cdp: CDPSession;
const running = new Map<string, string>();
/** Every running status the extension's worker reported, in order. */
const statuses: string[] = [];

beforeAll(async () => {
  session = await launchWithExtension();
  const control = await extensionPage(session);
  await waitForStatus(control, settledOn(bundledManifest(EXTENSION_DIR).version));
  await control.close();
  // The site's script holds up parsing until the test lets it go.
  await session.context.route(SLOW_SCRIPT, async (route) => {
    await new Promise<void>((resolve) => {
      releaseScript = resolve;
      scriptHeld();
    });
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* the site */' });
  });
  const blocking = (html: string) =>
    html.replace(/<body([^>]*)>/, `<body$1><script src="${SLOW_SCRIPT}"></script>`);
  await servePage(session.context, ANSWERS_PAGE, blocking(readFixture('ob-ah-tk-noodfonds.html')));
  await servePage(
    session.context,
    MOTION_PAGE,
    blocking(readFixture('ob-kst-26643-1315-motie.html')),
  );
  const watcher = await session.context.newPage();
  await watcher.goto(session.url('manifest.json'));
  cdp = await session.context.newCDPSession(watcher);
  cdp.on(
    'ServiceWorker.workerVersionUpdated',
    (event: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
      for (const version of event.versions) {
        if (!version.scriptURL.startsWith(session.url(''))) continue;
        running.set(version.versionId, version.runningStatus);
        statuses.push(version.runningStatus);
      }
    },
  );
  await cdp.send('ServiceWorker.enable');
});
afterAll(async () => {
  releaseScript();
  await session?.close();
});

/** Stop the extension's worker and wait until CDP reports no version of it running. */
async function stopWorker(): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect
    .poll(() => running.size > 0 && [...running.values()].every((s) => s === 'stopped'), {
      timeout: 10_000,
    })
    .toBe(true);
}

/** The extension's running worker with its search engine loaded, or null. */
async function readyWorker(): Promise<Worker | null> {
  for (const worker of session.context.serviceWorkers()) {
    if (!worker.url().startsWith('chrome-extension://')) continue;
    // A stopped worker's handle may never answer: no answer within a second is "not ready".
    const ready = await Promise.race([
      worker
        .evaluate(
          () =>
            (globalThis as unknown as { kamerlezer?: { service: { coldStart: unknown } } })
              .kamerlezer?.service.coldStart != null,
        )
        .catch(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_000)),
    ]);
    if (ready) return worker;
  }
  return null;
}

test('a stopped worker is woken and loads the index while an answers page is still loading', async () => {
  await stopWorker();
  const page = await session.context.newPage();
  const held = nextHold();
  await page.goto(ANSWERS_PAGE, { waitUntil: 'commit' });
  await held;
  await expect.poll(readyWorker, { timeout: 10_000 }).not.toBeNull();
  // Still parsing: the slow script has not been let go.
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  releaseScript();
  await page.locator('[data-kamerlezer="panel"]').waitFor();
  await page.close();
});

test('a motion page (it shows no set of questions) does not wake it', async () => {
  await stopWorker();
  await expect.poll(readyWorker).toBeNull();
  const since = statuses.length;
  const page = await session.context.newPage();
  const held = nextHold();
  await page.goto(MOTION_PAGE, { waitUntil: 'commit' });
  await held;
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  releaseScript();
  // The content script marks the page once it has done all it does there, from its start at
  // document_start to the annotation: a warm-up or any other message on the way would have
  // started the worker, and CDP reports a start at once.
  await waitForAnnotation(page, 20_000);
  expect(statuses.slice(since).filter((s) => s !== 'stopped')).toEqual([]);
  expect(await readyWorker()).toBeNull();
  await page.close();
});
