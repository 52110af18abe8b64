/**
 * The core checks shared with Chromium (../browser/core/core-checks.ts), in Firefox, then the
 * README's screenshot of the annotated page in Firefox: written to docs/ when
 * KAMERLEZER_SCREENSHOTS=1, else to a temporary folder (the page must still render).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { defineCoreChecks } from '../browser/core/core-checks';
import { launchFirefox } from '../browser/drivers/firefox';
import { readFixture } from '../support/browser-harness';
import { FIXTURE_PAGES } from '../browser/fixture-pages';

const driver = defineCoreChecks(launchFirefox);

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
