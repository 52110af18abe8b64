/**
 * The driver (./driver.ts) over puppeteer-core and Debian's firefox-esr, talking WebDriver BiDi,
 * with the built .output/firefox-mv2 installed as a temporary add-on.
 *
 * - The moz-extension:// UUID is random per profile; the pref extensions.webextensions.uuids
 *   fixes it, so the tests know the extension's pages' addresses before it starts.
 * - BiDi refuses to navigate a tab to moz-extension:// unless the browser runs with
 *   --remote-allow-system-access; the navigation then switches process and the BiDi navigate
 *   command never reports the load (nor does puppeteer's page.url() change), so we wait for the
 *   document instead.
 * - Fixture pages are served through BiDi network interception, set up on each tab opened.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import {
  OFFICIAL_HOSTS,
  type BrowserDriver,
  type DriverPage,
  type LaunchDriverOptions,
  type ServedResponse,
} from './driver';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(
  process.env.KAMERLEZER_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2',
);
export const GECKO_ID = 'kamerlezer@kamerlezer.nl';
/** Any fixed UUID: the extension's pages are moz-extension://<this>/… */
export const EXTENSION_UUID = '6f3c2a9e-1b7d-4e58-9c0a-2d4e6f8a1b3c';

function wrap(page: Page): DriverPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn, arg as never) as never,
    async waitFor(fn, arg, timeoutMs = 30_000) {
      await page.waitForFunction(fn, { timeout: timeoutMs, polling: 50 }, arg as never);
    },
    async fill(selector, text) {
      await page.locator(selector).fill(text);
    },
    async click(selector) {
      await page.locator(selector).click();
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(options: LaunchDriverOptions = {}): Promise<BrowserDriver> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // The extension's pages follow the browser's language: Dutch, as the Chromium tests run.
      'intl.accept_languages': 'nl-NL, nl',
      'intl.locale.requested': 'nl-NL',
      ...options.prefs,
    },
  });
  try {
    // puppeteer's installExtension cannot allow private browsing: send BiDi's command itself.
    const { connection } = browser as unknown as {
      connection: { send(method: string, params: object): Promise<unknown> };
    };
    await connection.send('webExtension.install', {
      extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR },
      'moz:allowPrivateBrowsing': options.allowPrivateBrowsing ?? false,
    });
  } catch (error) {
    await browser.close();
    throw error;
  }
  const served = new Map<string, ServedResponse>();
  const extensionUrl = (path: string) =>
    `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

  async function newTab(): Promise<Page> {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      const response = served.get(url);
      if (response) {
        const { 'content-type': contentType, ...headers } = response.headers ?? {};
        return void request.respond({
          status: response.status ?? 200,
          contentType: contentType ?? 'text/html; charset=utf-8',
          headers,
          body: response.body,
        });
      }
      let host = '';
      try {
        host = new URL(url).hostname;
      } catch {
        // not a URL with a host
      }
      // No test ever reaches the real official sites.
      if (OFFICIAL_HOSTS.includes(host))
        return void request.respond({ status: 404, contentType: 'text/plain', body: '' });
      return void request.continue();
    });
    return page;
  }

  return {
    name: 'firefox',
    extensionDir: FIREFOX_EXTENSION_DIR,
    extensionUrl,
    async serve(url, response) {
      served.set(url, response);
    },
    async openPage(url) {
      const page = await newTab();
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await newTab();
      const url = extensionUrl(path);
      // See the file comment: the navigate command does not return, the document does load.
      page.goto(url, { timeout: 0 }).catch(() => {});
      const deadline = Date.now() + 15_000;
      for (;;) {
        // The old document's realm goes away under an evaluation: that is only "not yet".
        const loaded = await page
          .evaluate(
            (expected: string) => location.href === expected && document.readyState === 'complete',
            url,
          )
          .catch(() => false);
        if (loaded) return wrap(page);
        if (Date.now() > deadline) throw new Error(`${url} did not load in Firefox`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async waitForTab(prefix, timeoutMs = 15_000) {
      // puppeteer's page.url() stays about:blank for a tab that went to moz-extension:// (the
      // process switch again): ask each tab's document where it is.
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        for (const page of await browser.pages()) {
          const loaded = await page
            .evaluate(
              (p: string) => location.href.startsWith(p) && document.readyState === 'complete',
              prefix,
            )
            .catch(() => false);
          if (loaded) return wrap(page);
        }
        if (Date.now() > deadline) throw new Error(`No tab at ${prefix} in Firefox`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => browser.close(),
  };
}
