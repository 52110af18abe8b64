/**
 * Pages that are heavy or hostile (issue 17), with the bundled seed as the index: a huge answers
 * page, a page that rewrites its DOM all the time, a page that overrides built-ins, and an
 * in-page navigation. Holds the content script to: no script task of ours over 50 ms (Long
 * Animation Frames attribution; longtask entries are printed as figures), one panel
 * and one link per citation however often the page changes, clean-up on navigation, and no
 * page error.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  bundledManifest,
  extensionPage,
  settledOn,
  waitForStatus,
} from '../support/browser-harness';
import { FIXTURE_PAGES } from './fixture-pages';
import {
  collectPageErrors,
  EXTENSION_DIR,
  launchWithExtension,
  readFixture,
  servePage,
  type ExtensionSession,
} from '../support/browser-harness';

const seed = bundledManifest(EXTENSION_DIR);
const base = readFixture(FIXTURE_PAGES.noodfonds.file);
const url = (variant: string) => `${FIXTURE_PAGES.noodfonds.url}?variant=${variant}`;

/** The noodfonds answers page with `html` added at the end of its document text. */
function withinText(html: string): string {
  const at = base.lastIndexOf('<div id="noten">');
  return base.slice(0, at) + html + base.slice(at);
}
function withHead(script: string): string {
  return base.replace('<head>', `<head><script>${script}</script>`);
}

/** Installed before any page script: long tasks, from the page's first moment. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__scripts = [];
  try {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries())
        for (const s of frame.scripts || [])
          window.__scripts.push({ url: s.sourceURL, invoker: s.invoker, duration: s.duration, forced: s.forcedStyleAndLayoutDuration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
`;

let session: ExtensionSession;
let hugeHtml = '';
beforeAll(async () => {
  session = await launchWithExtension();
  const control = await extensionPage(session);
  await waitForStatus(control, settledOn(seed.version));
  await control.close();
  // 2,000 paragraphs, each citing two Kamerstukken: 4,000 links to make, 100,000+ nodes in all.
  const paragraph = (i: number) =>
    `<p>Alinea ${i}: zie Kamerstuk 29 023, nr. ${(i % 500) + 1} en de motie-${i} (Kamerstuk 36 600 XV, nr. ${i % 90}). ${'<span>woord</span> '.repeat(20)}</p>`;
  // Inside the last answer, so the content script reads and links all of it; the page lays
  // itself out while it parses (its own long task, before our start, not counted against us).
  const last = base.lastIndexOf('</p></div>', base.lastIndexOf('<div id="noten">'));
  hugeHtml =
    base.slice(0, last + 4) +
    Array.from({ length: 2_000 }, (_, i) => paragraph(i)).join('\n') +
    '<script>document.body.offsetHeight</script>' +
    base.slice(last + 4);
  await servePage(session.context, url('huge'), hugeHtml);
  // A page that rewrites part of its DOM every 5 ms for as long as it is open.
  await servePage(
    session.context,
    url('churn'),
    withinText(`<div id="ticker"></div><script>
      let n = 0;
      setInterval(() => {
        const t = document.getElementById('ticker');
        t.innerHTML = '<p>Nieuws ' + (++n) + ': Kamerstuk 29 023, nr. ' + (n % 50) + '</p>';
        document.querySelector('.stuk')?.appendChild(document.createElement('span'));
      }, 5);
    </script>`),
  );
  // A page that overrides built-ins and defines custom elements under the names we might use.
  await servePage(
    session.context,
    url('builtins'),
    withHead(`
      Array.prototype.map = function () { throw new Error('page: Array.prototype.map'); };
      Array.prototype.forEach = function () { throw new Error('page: forEach'); };
      Array.from = function () { throw new Error('page: Array.from'); };
      JSON.parse = function () { throw new Error('page: JSON.parse'); };
      Promise.prototype.then = function () { throw new Error('page: then'); };
      const append = Node.prototype.appendChild;
      Node.prototype.appendChild = function (c) { return append.call(this, c); };
      Node.prototype.insertBefore = function () { throw new Error('page: insertBefore'); };
      Element.prototype.attachShadow = function () { throw new Error('page: attachShadow'); };
      for (const name of ['kamerlezer-panel', 'kamerlezer-prior-answers', 'kamerlezer-marker'])
        customElements.define(name, class extends HTMLElement {
          constructor() { super(); throw new Error('page: ' + name); }
          connectedCallback() { throw new Error('page: connected ' + name); }
        });
    `),
  );
  for (const variant of ['nav-a', 'nav-b']) await servePage(session.context, url(variant), base);
}, 120_000);
afterAll(() => session?.close());

async function open(variant: string): Promise<{ page: Page; errors: Error[] }> {
  const page = await session.context.newPage();
  await page.addInitScript(LONG_TASKS);
  const errors = collectPageErrors(page);
  await page.goto(url(variant));
  await page.waitForFunction(
    () => performance.getEntriesByName('kamerlezer:annotated').length > 0,
    undefined,
    { timeout: 30_000 },
  );
  return { page, errors };
}

/** Long tasks since the content script started, in ms. */
async function longTasksSinceStart(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const start = performance.getEntriesByName('kamerlezer:start')[0]?.startTime ?? 0;
    return (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
      .filter((t) => t.start >= start)
      .map((t) => Math.round(t.duration));
  });
}

const panels = (page: Page) => page.locator('[data-kamerlezer="panel"]').count();

test('a huge page: no script task of ours over 50 ms, one panel, no error', async () => {
  const { page, errors } = await open('huge');
  await page.waitForTimeout(1_500);
  const long = await longTasksSinceStart(page);
  const links = await page.locator('a[data-kamerlezer-ref]').count();
  // Scripts in long animation frames: none of ours (the page's own layout script is its own).
  const scripts = await page.evaluate(
    () => (window as unknown as { __scripts: { url: string; duration: number }[] }).__scripts,
  );
  const ours = scripts.filter((s) => s.url.startsWith('chrome-extension://') && s.duration > 50);
  console.log(
    `FIGURE huge page: ${links} citation links, long tasks after start: [${long.join(', ')}] ms`,
  );
  expect(ours).toEqual([]);
  // Long tasks after our start are printed, not asserted: on this shared 2-core machine they
  // come and go with load (0–180 ms seen), and the ones seen carry no script of ours (above):
  // the browser restyling a 100,000-element page once the panel is in.
  expect(links).toBeGreaterThan(0);
  expect(await panels(page)).toBe(1);
  expect(errors).toEqual([]);
  await page.close();
});

test('a page rewriting its DOM all the time is annotated once, with no long script task of ours', async () => {
  const { page, errors } = await open('churn');
  const linksAt = async () => page.locator('.stuk a[data-kamerlezer-ref]').count();
  const first = await linksAt();
  await page.waitForTimeout(2_000);
  expect(await linksAt()).toBe(first);
  expect(await panels(page)).toBe(1);
  const marks = await page.evaluate(
    () => performance.getEntriesByName('kamerlezer:annotated').length,
  );
  expect(marks).toBe(1);
  const long = await longTasksSinceStart(page);
  console.log(`FIGURE churning page: long tasks after start: [${long.join(', ')}] ms`);
  const scripts = await page.evaluate(
    () => (window as unknown as { __scripts: { url: string; duration: number }[] }).__scripts,
  );
  expect(scripts.filter((s) => s.url.startsWith('chrome-extension://') && s.duration > 50)).toEqual(
    [],
  );
  expect(errors).toEqual([]);
  await page.close();
});

test('a page overriding built-ins and defining our element names gets no error from us', async () => {
  const { page, errors } = await open('builtins');
  expect(await panels(page)).toBe(1);
  expect(await page.locator('a[data-kamerlezer-ref]').count()).toBeGreaterThan(0);
  expect(errors.map((e) => e.message)).toEqual([]);
  await page.close();
});

test('an in-page navigation removes the old annotations before the new ones', async () => {
  const { page, errors } = await open('nav-a');
  expect(await panels(page)).toBe(1);
  await page.evaluate((to) => history.pushState({}, '', to), url('nav-b'));
  await page.waitForFunction(
    () => performance.getEntriesByName('kamerlezer:annotated').length >= 2,
    undefined,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(500);
  expect(await panels(page)).toBe(1);
  // One link per citation, not one per run of the content script.
  const refs = await page.locator('a[data-kamerlezer-ref]').count();
  await page.evaluate((to) => history.pushState({}, '', to), url('nav-a'));
  await page.waitForFunction(
    () => performance.getEntriesByName('kamerlezer:annotated').length >= 3,
    undefined,
    { timeout: 15_000 },
  );
  await page.waitForTimeout(500);
  // Never linked twice: no link inside a link, no citation text linked more often than it occurs.
  expect(await page.locator('a[data-kamerlezer-ref] a').count()).toBe(0);
  expect(await page.locator('a[data-kamerlezer-ref]').count()).toBeGreaterThanOrEqual(refs);
  expect(await page.locator('a[data-kamerlezer-ref]').count()).toBeLessThanOrEqual(4);
  expect(await panels(page)).toBe(1);
  expect(errors).toEqual([]);
  await page.close();
});
