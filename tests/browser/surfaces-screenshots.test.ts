/**
 * Screenshots of the popup, side panel, reader view and overview for the README: with the
 * bundled seed when the build has it, else with the surfaces' test corpus synced in. Written to
 * docs/ when KAMERLEZER_SCREENSHOTS=1, else to a temporary folder, so a normal test run checks
 * the pages render without touching the tree.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { KamerDocument } from '../../utils/corpus/model';
import {
  bundledDocuments,
  bundledManifest,
  call,
  serveBundle,
  settledOn,
  waitForStatus,
  writeTestBundle,
} from '../bench/extension-bench';
import { surfacesCorpus } from '../support/seed-summaries';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from './harness';
import { FIXTURE_PAGES, serveFixturePages } from './fixture-pages';

const UPDATE = process.env.KAMERLEZER_SCREENSHOTS === '1';
const bundled = existsSync(join(EXTENSION_DIR, 'corpus', 'manifest.json'));
const documents: KamerDocument[] = bundled ? bundledDocuments(EXTENSION_DIR) : surfacesCorpus;
const find = (title: string) => documents.find((d) => d.title === title)!;

let session: ExtensionSession;
let outDir: string;
const bundleDir = mkdtempSync(join(tmpdir(), 'kamerlezer-shots-bundle-'));
beforeAll(async () => {
  outDir = UPDATE ? resolve('docs') : mkdtempSync(join(tmpdir(), 'kamerlezer-shots-'));
  session = await launchWithExtension();
  const control = await session.context.newPage();
  await control.goto(session.url('options.html'));
  if (bundled) {
    await waitForStatus(control, settledOn(bundledManifest(EXTENSION_DIR).version));
  } else {
    const manifest = await writeTestBundle(documents, bundleDir);
    const served = await serveBundle(session.context, bundleDir);
    await call(control, 'setSyncSource', { url: served.url });
    await waitForStatus(control, settledOn(manifest.version));
  }
  // A little history to show: two sets read in the reader view.
  for (const title of [
    'De groeiende afhankelijkheid van Amerikaanse techgiganten',
    'Het sluiten van het Tijdelijk Noodfonds Energie',
  ]) {
    await call(control, 'recordVisit', { documentId: find(title).id, via: 'reader' });
  }
  await control.close();
});
afterAll(async () => {
  await session?.close();
  rmSync(bundleDir, { recursive: true, force: true });
  if (!UPDATE) rmSync(outDir, { recursive: true, force: true });
});

async function shoot(
  path: string,
  name: string,
  size: { width: number; height: number },
  prepare?: (page: import('playwright-core').Page) => Promise<void>,
) {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.goto(path.startsWith('https://') ? path : session.url(path));
  await prepare?.(page);
  const file = join(outDir, name);
  await page.screenshot({ path: file });
  await page.close();
  expect(statSync(file).size).toBeGreaterThan(5_000);
}

test('popup', () =>
  shoot('popup.html', 'popup.png', { width: 480, height: 600 }, async (page) => {
    await page.locator('input[type=search]').fill('noodfnds');
    await page.locator('.results li').first().waitFor();
  }));

test('side panel', () =>
  shoot('sidepanel.html', 'sidepanel.png', { width: 400, height: 640 }, async (page) => {
    await page.locator('.history-day .history-entry').nth(1).waitFor();
    await page
      .locator('.history-day .history-entry')
      .nth(1)
      .getByRole('button', { name: 'Verwante sets' })
      .click();
    await page.locator('.entry-related .related').first().waitFor();
  }));

test('reader view', () =>
  shoot(
    `reader.html?id=${encodeURIComponent(find('Het sluiten van het Tijdelijk Noodfonds Energie').id)}`,
    'reader.png',
    { width: 1200, height: 900 },
    async (page) => {
      await page.locator('.reader-side').waitFor();
      await page.waitForFunction(
        () => !document.querySelector('.reader-side')!.textContent!.includes('Laden'),
      );
    },
  ));

test('reader view: the same questions to other ministers', () =>
  shoot(
    `reader.html?id=${encodeURIComponent(find('De groeiende afhankelijkheid van Amerikaanse techgiganten').id)}#same-questions-title`,
    'reader-same-questions.png',
    { width: 1200, height: 800 },
    async (page) => {
      await page.locator('.same-questions table').waitFor();
      await page.locator('#same-questions-title').scrollIntoViewIfNeeded();
    },
  ));

test('overview', () =>
  shoot('overview.html', 'overview.png', { width: 1200, height: 820 }, async (page) => {
    await page.locator('svg[data-chart="by-party"]').waitFor();
  }));

/** An official page (fixture served at its real address) as the content script annotates it. */
const TK_TECHGIGANTEN_UWV = FIXTURE_PAGES.uwv.url;

test('annotated page: the panel opened, with the same questions to other ministers', async () => {
  await serveFixturePages(session.context, ['uwv']);
  await shoot(
    TK_TECHGIGANTEN_UWV,
    'annotated-page.png',
    { width: 1200, height: 900 },
    async (page) => {
      const panel = page.locator('[data-kamerlezer="panel"]');
      await panel.waitFor();
      // The panel's content lives in its open shadow root; Playwright's locators pierce it.
      await panel.getByRole('button', { name: 'Toon details' }).click();
      await panel.locator('[data-kamerlezer-doc]').first().waitFor();
    },
  );
});
