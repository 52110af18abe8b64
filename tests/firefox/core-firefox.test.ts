/**
 * The core checks shared with Chromium (../browser/core/core-checks.ts), in Firefox; then the
 * background restarting (Firefox's counterpart of Chrome stopping the service worker, which
 * sync.test.ts covers there; Chromium blocks an unpacked extension's pages after
 * runtime.reload, so this one is Firefox's); then the README's screenshot of the annotated page
 * in Firefox: written to docs/ when KAMERLEZER_SCREENSHOTS=1, else to a temporary folder.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { defineCoreChecks } from '../browser/core/core-checks';
import { launchFirefox } from '../browser/drivers/firefox';
import { readFixture } from '../support/browser-harness';
import { FIXTURE_PAGES } from '../browser/fixture-pages';
import { callFrom, type DriverPage } from '../browser/drivers/driver';

const driver = defineCoreChecks(launchFirefox);

test('after the extension restarts (runtime.reload), the index and the history are intact and search answers', async () => {
  let control = await driver().openExtensionPage('options.html');
  const before = await callFrom(control, 'syncStatus', {});
  const history = await callFrom(control, 'listHistory', {});
  expect(history.length).toBeGreaterThan(0);
  // The reload closes every extension page, this one too.
  await control
    .evaluate(() => {
      const api = globalThis as unknown as { browser: { runtime: { reload(): void } } };
      setTimeout(() => api.browser.runtime.reload(), 0);
    })
    .catch(() => {});
  const deadline = Date.now() + 30_000;
  for (;;) {
    let page: DriverPage | null = null;
    try {
      page = await driver().openExtensionPage('options.html');
      // Back when the background answers and is not in the middle of a sync.
      if ((await callFrom(page, 'syncStatus', {})).progress.state !== 'syncing') {
        control = page;
        break;
      }
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await page?.close().catch(() => {});
    if (Date.now() > deadline) throw new Error('The extension did not come back');
    await new Promise((r) => setTimeout(r, 100));
  }
  expect((await callFrom(control, 'syncStatus', {})).last).toEqual(before.last);
  expect(await callFrom(control, 'listHistory', {})).toEqual(history);
  const found = await callFrom(control, 'search', { query: 'noodfnds', limit: 3 });
  expect(found.hits[0]?.document.title).toBe('Het sluiten van het Tijdelijk Noodfonds Energie');
  await control.close();
});

test('screenshot: the annotated page in Firefox, the panel opened', async () => {
  const update = process.env.KAMERLEZER_SCREENSHOTS === '1';
  const outDir = update ? resolve('docs') : mkdtempSync(join(tmpdir(), 'kamerlezer-shots-'));
  try {
    // The page with its own styles this time (the CSP checks are done).
    const { url, file } = FIXTURE_PAGES.uwv;
    await driver().serve(url, { body: readFixture(file) });
    const page = await driver().openPage(url);
    await page.setViewport(1200, 900);
    await page.waitFor(() => performance.getEntriesByName('kamerlezer:annotated').length > 0);
    await page.evaluate(() =>
      document
        .querySelector('[data-kamerlezer="panel"]')!
        .shadowRoot!.querySelector<HTMLButtonElement>('button.panel-toggle')!
        .click(),
    );
    await page.waitFor(() =>
      document
        .querySelector('[data-kamerlezer="panel"]')
        ?.shadowRoot?.querySelector('li[data-kamerlezer-doc]'),
    );
    const path = join(outDir, 'annotated-page-firefox.png');
    await page.screenshot(path);
    expect(statSync(path).size).toBeGreaterThan(20_000);
    await page.close();
  } finally {
    if (!update) rmSync(outDir, { recursive: true, force: true });
  }
});
