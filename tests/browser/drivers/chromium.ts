/** The driver (./driver.ts) over Playwright and Chromium, on the existing harness. */
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../../support/browser-harness';
import type { BrowserDriver, DriverPage, ServedResponse } from './driver';

function wrap(page: Page): DriverPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    async waitFor(fn, arg, timeoutMs = 30_000) {
      await page.waitForFunction(fn, arg as never, { timeout: timeoutMs, polling: 50 });
    },
    fill: (selector, text) => page.locator(selector).fill(text),
    click: (selector) => page.locator(selector).click(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    async screenshot(path) {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(): Promise<BrowserDriver> {
  const session = await launchWithExtension();
  const { context } = session;
  return {
    name: 'chromium',
    extensionDir: EXTENSION_DIR,
    extensionUrl: session.url,
    async serve(url: string, response: ServedResponse) {
      await context.route(url, (route) =>
        route.fulfill({
          status: response.status ?? 200,
          headers: { 'content-type': 'text/html; charset=utf-8', ...response.headers },
          body: response.body,
        }),
      );
    },
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(session.url(path));
      return wrap(page);
    },
    async waitForTab(prefix, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const page = context.pages().find((p) => p.url().startsWith(prefix));
        if (page) {
          await page.waitForLoadState();
          return wrap(page);
        }
        if (Date.now() > deadline) throw new Error(`No tab at ${prefix}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => session.close(),
  };
}
