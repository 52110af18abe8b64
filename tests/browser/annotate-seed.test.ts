/**
 * The annotations over the extension's own bundled seed corpus (parsed by the corpus core at
 * build time), with no sync: the fixture pages are recognised as the seed's sets, and what the
 * corpus resolved (an uncited "motie-Kathmann c.s." in one sibling, cited in another) is linked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  bundledDocuments,
  bundledManifest,
  extensionPage,
  settledOn,
  waitForStatus,
  EXTENSION_DIR,
  collectPageErrors,
  launchWithExtension,
  type ExtensionSession,
  waitForAnnotation,
} from '../support/browser-harness';
import { FIXTURE_PAGES, serveFixturePages } from './fixture-pages';

const seed = bundledDocuments(EXTENSION_DIR);
const byAddressee = (title: string, name: string) =>
  seed.find((d) => d.title === title && d.addressees.some((p) => p.name === name))!;
const TECH = 'De groeiende afhankelijkheid van Amerikaanse techgiganten';

const UWV = FIXTURE_PAGES.uwv.url;
const DUO = FIXTURE_PAGES.duo.url;
const NOODFONDS = FIXTURE_PAGES.noodfonds.url;

let session: ExtensionSession;
let extension: Page;

beforeAll(async () => {
  session = await launchWithExtension();
  await serveFixturePages(session.context, ['uwv', 'duo', 'noodfonds']);
  extension = await extensionPage(session);
  await waitForStatus(extension, settledOn(bundledManifest(EXTENSION_DIR).version), 150_000);
}, 180_000);

afterAll(async () => session?.close());

async function panelFor(url: string): Promise<{ doc: string | null; page: Page; errors: Error[] }> {
  const page = await session.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  await waitForAnnotation(page);
  const doc = await page.evaluate(
    () =>
      document.querySelector('[data-kamerlezer="panel"]')?.getAttribute('data-kamerlezer-doc') ??
      null,
  );
  return { doc, page, errors };
}

test('each fixture page is recognised as its seed set', async () => {
  const expected: [string, string][] = [
    [UWV, byAddressee(TECH, 'Eddy van Hijum').id],
    [DUO, byAddressee(TECH, 'Eppo Bruins').id],
    [
      NOODFONDS,
      seed.find((d) => d.title === 'Het sluiten van het Tijdelijk Noodfonds Energie')!.id,
    ],
  ];
  for (const [url, id] of expected) {
    const { doc, page, errors } = await panelFor(url);
    expect(doc, url).toBe(id);
    expect(errors).toEqual([]);
    await page.close();
  }
});

test('the motions the page names without a citation are linked as the corpus resolved them', async () => {
  const { page } = await panelFor(UWV);
  const inQuestions = await page.evaluate(() =>
    [...document.querySelectorAll('.m-document a[data-kamerlezer-ref]')].map((a) => [
      a.textContent,
      a.getAttribute('data-kamerlezer-ref'),
    ]),
  );
  expect(inQuestions).toContainEqual(['motie-Kathmann c.s.', 'kst-26643-1315']);
  await page.close();
});
