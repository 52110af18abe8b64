/**
 * The reader's control over the annotations and the panel's robustness, with the built extension
 * in Chromium over its bundled seed corpus: the per-site switch in the options page (by keyboard),
 * set links opening the reader view, and the panel styled on a page whose CSP forbids inline
 * styles.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  bundledDocuments,
  bundledManifest,
  extensionPage,
  settledOn,
  waitForStatus,
  EXTENSION_DIR,
  collectPageErrors,
  launchWithExtension,
  readFixture,
  type ExtensionSession,
} from '../support/browser-harness';
import { FIXTURE_PAGES, serveFixturePages } from './fixture-pages';

const seed = bundledDocuments(EXTENSION_DIR);
const TECH = 'De groeiende afhankelijkheid van Amerikaanse techgiganten';
const uwvSet = seed.find(
  (d) => d.title === TECH && d.addressees.some((p) => p.name === 'Eddy van Hijum'),
)!;

const UWV = FIXTURE_PAGES.uwv.url;
const DUO = FIXTURE_PAGES.duo.url;
/** The DUO page again, served with a CSP that forbids inline styles. */
const DUO_STRICT = 'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10885.html';

let session: ExtensionSession;
let extension: Page;

beforeAll(async () => {
  session = await launchWithExtension();
  await serveFixturePages(session.context, ['uwv', 'duo']);
  await session.context.route(DUO_STRICT, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: {
        'Content-Security-Policy': "default-src 'self'; style-src 'self'; script-src 'self'",
      },
      body: readFixture('ob-kv-tk-techgiganten-duo.html'),
    }),
  );
  extension = await extensionPage(session);
  await waitForStatus(extension, settledOn(bundledManifest(EXTENSION_DIR).version), 150_000);
}, 180_000);

afterAll(async () => session?.close());

/** Wait until storage holds the tweedekamer switch as `on` (what the content script reads). */
async function tweedekamerStored(options: Page, on: boolean): Promise<void> {
  await options.waitForFunction(async (on) => {
    const chrome = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const stored = (await chrome.storage.local.get('kamerlezer:sites'))['kamerlezer:sites'] as
      Record<string, boolean> | undefined;
    return stored?.tweedekamer === on;
  }, on);
}

/** Open `url`; resolves when the content script has annotated the page or found its site switched off. */
async function open(url: string) {
  const page = await session.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  const outcome = await page.waitForFunction(
    () =>
      performance.getEntriesByName('kamerlezer:annotated').length > 0
        ? 'annotated'
        : performance.getEntriesByName('kamerlezer:switched-off').length > 0
          ? 'off'
          : null,
    undefined,
    { timeout: 15_000 },
  );
  return { page, errors, outcome: (await outcome.jsonValue()) as 'annotated' | 'off' };
}

const added = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('[data-kamerlezer]').length);

describe('per-site switch', () => {
  test('switched off in the options page (keyboard), a tweedekamer.nl page gets no annotations; back on, it does', async () => {
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    const toggle = options.getByRole('switch', { name: 'tweedekamer.nl' });
    await toggle.waitFor();
    await expect(toggle.isChecked()).resolves.toBe(true);
    await toggle.focus();
    await options.keyboard.press('Space');
    await expect(toggle.isChecked()).resolves.toBe(false);
    // Saved at once: the stored value is what the content script reads.
    await tweedekamerStored(options, false);

    const off = await open(UWV);
    expect(off.outcome).toBe('off');
    expect(await added(off.page)).toBe(0);
    expect(off.errors).toEqual([]);
    await off.page.close();

    // Other sites are not affected.
    const other = await open(DUO);
    expect(other.outcome).toBe('annotated');
    expect(await added(other.page)).toBeGreaterThan(0);
    await other.page.close();

    await toggle.focus();
    await options.keyboard.press('Space');
    await expect(toggle.isChecked()).resolves.toBe(true);
    await tweedekamerStored(options, true);
    const on = await open(UWV);
    expect(on.outcome).toBe('annotated');
    await expect(
      on.page.locator('[data-kamerlezer="panel"]').getAttribute('data-kamerlezer-doc'),
    ).resolves.toBe(uwvSet.id);
    expect(
      await on.page.evaluate(() => document.querySelectorAll('a[data-kamerlezer-ref]').length),
    ).toBeGreaterThan(0);
    await on.page.close();
    await options.close();
  });
});

describe('set links in the panel', () => {
  test('open the set in the reader view in a new tab, with the official search beside them', async () => {
    const { page, errors } = await open(UWV);
    const panel = page.locator('[data-kamerlezer="panel"]');
    await panel.locator('button.panel-toggle').click();
    const first = panel.locator('li[data-kamerlezer-doc]').first();
    const id = await first.getAttribute('data-kamerlezer-doc');
    await expect(first.locator('a.official').getAttribute('href')).resolves.toMatch(
      /^https:\/\/zoek\.officielebekendmakingen\.nl\/resultaten\?q=/,
    );
    const opened = session.context.waitForEvent('page', { timeout: 10_000 });
    await first.locator('a.set-link').click();
    const reader = await opened;
    await reader.waitForLoadState();
    expect(reader.url()).toBe(session.url(`reader.html?id=${encodeURIComponent(id!)}`));
    // The page itself stayed where it was.
    expect(page.url()).toBe(UWV);
    expect(errors).toEqual([]);
    await reader.close();
    await page.close();
  });
});

describe('a page whose CSP forbids inline styles', () => {
  test('still gets a styled panel (a constructed stylesheet, which the page CSP does not govern)', async () => {
    const { page, errors, outcome } = await open(DUO_STRICT);
    expect(outcome).toBe('annotated');
    // The CSP is in force: a <style> the page adds is blocked.
    const pageStyleApplied = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'h1 { outline-color: rgb(1, 2, 3) !important; }';
      document.head.append(style);
      return (
        getComputedStyle(document.querySelector('h1') ?? document.body).outlineColor ===
        'rgb(1, 2, 3)'
      );
    });
    expect(pageStyleApplied).toBe(false);
    const host = page.locator('[data-kamerlezer="panel"]');
    await expect(host.count()).resolves.toBe(1);
    const styled = await host.evaluate((el) => ({
      // From page-ui.css: the panel floats in the corner and has its own border.
      position: getComputedStyle(el).position,
      border: getComputedStyle(el.shadowRoot!.querySelector('.panel')!).borderLeftWidth,
      adopted: el.shadowRoot!.adoptedStyleSheets.length,
    }));
    expect(styled).toEqual({ position: 'fixed', border: '4px', adopted: 1 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
