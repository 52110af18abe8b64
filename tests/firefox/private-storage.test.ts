/**
 * Firefox without IndexedDB for the extension: "Never remember history" (permanent private
 * browsing, browser.privatebrowsing.autostart) with IndexedDB refused in private browsing, as
 * Firefox did before version 115 and does with dom.indexedDB.privateBrowsing.enabled off. The
 * extension is allowed in private windows (else it does not run there at all). The page panel
 * and the popup must say why nothing shows, in Dutch (English when chosen), not fail silently;
 * what needs no index (citation links) still works.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { annotated, readPanel, serveStrict } from '../browser/core/core-checks';
import type { BrowserDriver } from '../browser/drivers/driver';
import { launchFirefox } from '../browser/drivers/firefox';

let driver: BrowserDriver;
beforeAll(async () => {
  driver = await launchFirefox({
    allowPrivateBrowsing: true,
    prefs: {
      'browser.privatebrowsing.autostart': true,
      'dom.indexedDB.privateBrowsing.enabled': false,
    },
  });
}, 90_000);
afterAll(async () => driver?.close());

test('the page panel says the browser gives the extension no storage here; citations are still linked', async () => {
  const url = await serveStrict(driver, 'uwv');
  const page = await annotated(driver, url);
  await page.waitFor(() => document.querySelector('[data-kamerlezer="panel"]'));
  const panel = await readPanel(page);
  expect(panel).toMatchObject({ doc: null, position: 'fixed', hostFontSize: '14px' });
  const notice = await page.evaluate(() => {
    const host = document.querySelector('[data-kamerlezer="panel"]')!;
    return {
      state: host.getAttribute('data-kamerlezer-state'),
      text: host.shadowRoot?.querySelector('.panel')?.textContent ?? '',
    };
  });
  expect(notice.state).toBe('index-unavailable');
  expect(notice.text).toMatch(/privévenster/);
  expect(notice.text).toMatch(/opslag/);
  const refs = await page.evaluate(() =>
    [...document.querySelectorAll('a[data-kamerlezer-ref]')].map((a) =>
      a.getAttribute('data-kamerlezer-ref'),
    ),
  );
  // The explicit citations (in the footnotes); "motie-Kathmann c.s." needs the corpus to resolve.
  expect(refs).toEqual(['kst-26643-1315', 'kst-26643-1320', 'kst-36574']);
  await page.close();
});

test('the popup says why it cannot search, in Dutch and in English', async () => {
  const read = async () => {
    const popup = await driver.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('input[type=search]'));
    await popup.fill('input[type=search]', 'noodfonds');
    await popup.waitFor(() =>
      document.querySelector('[data-kamerlezer-notice="index-unavailable"]'),
    );
    const text = await popup.evaluate(() => document.querySelector('main')?.textContent ?? '');
    await popup.close();
    return text;
  };
  const dutch = await read();
  expect(dutch).toMatch(/privévenster/);
  expect(dutch).not.toMatch(/Er ging iets mis|InvalidStateError/);

  const options = await driver.openExtensionPage('options.html');
  await options.evaluate(() =>
    (
      globalThis as unknown as {
        browser: { storage: { local: { set(o: object): Promise<void> } } };
      }
    ).browser.storage.local.set({ 'kamerlezer:language': 'en' }),
  );
  expect(await read()).toMatch(/private window/);
  await options.close();
});
