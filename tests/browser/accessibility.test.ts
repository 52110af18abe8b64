/**
 * Accessibility: axe-core runs inside each surface of the built extension (popup empty and with
 * results, side panel with history, reader view, options, overview) and on an annotated official
 * page, where it checks what the extension added (the panel in its shadow root, opened, with the
 * side-by-side table, and the links and markers in the page text). No serious or critical
 * violation may remain; a failure prints every violation with its nodes.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  bundledDocuments,
  bundledManifest,
  call,
  extensionPage,
  settledOn,
  waitForStatus,
  EXTENSION_DIR,
  launchWithExtension,
  type ExtensionSession,
  waitForAnnotation,
} from '../support/browser-harness';
import { FIXTURE_PAGES, serveFixturePages } from './fixture-pages';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;
const UWV = FIXTURE_PAGES.uwv.url;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; html: string; failureSummary?: string }[];
}

/**
 * Run axe in the page (evaluate is not subject to the extension pages' CSP, a script tag would
 * be). `scope`: a selector whose matches are the context (the extension's own elements on an
 * official page); the whole document otherwise. Shadow roots are entered by axe itself.
 */
async function axe(page: Page, scope?: string): Promise<Violation[]> {
  return (await axeRun(page, scope)).violations;
}

/** Violations, and how many rules passed on a node inside a shadow root (its target nests). */
async function axeRun(
  page: Page,
  scope?: string,
): Promise<{ violations: Violation[]; shadowPasses: number }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const run = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: Violation[]; passes: Violation[] }>;
        };
      }
    ).axe.run;
    const context = selector ? { include: [...document.querySelectorAll(selector)] } : document;
    const result = await run(context, { resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target,
          html: n.html.slice(0, 200),
          failureSummary: n.failureSummary,
        })),
      })),
      shadowPasses: result.passes.filter((v) =>
        v.nodes.some((n) => Array.isArray((n.target as unknown[])[0])),
      ).length,
    };
  }, scope ?? null);
}

function expectNoSeriousViolations(violations: Violation[], where: string) {
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length)
    console.log(`axe violations in ${where}:\n${JSON.stringify(serious, null, 2)}`);
  expect(
    serious.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes)`),
    where,
  ).toEqual([]);
}

let session: ExtensionSession;
let control: Page;
const seed = bundledDocuments(EXTENSION_DIR);

beforeAll(async () => {
  session = await launchWithExtension();
  await serveFixturePages(session.context, ['uwv']);
  control = await extensionPage(session);
  await waitForStatus(control, settledOn(bundledManifest(EXTENSION_DIR).version), 150_000);
  // History for the side panel: one visit from a page, one from the reader.
  await call(control, 'recordVisit', { documentId: seed[0].id, via: 'page', url: UWV });
  const tech = seed.find(
    (d) => d.title === 'De groeiende afhankelijkheid van Amerikaanse techgiganten',
  )!;
  await call(control, 'recordVisit', { documentId: tech.id, via: 'reader' });
}, 180_000);

afterAll(async () => session?.close());

async function open(path: string, ready: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url(path));
  await page.locator(ready).first().waitFor();
  return page;
}

describe('extension pages', () => {
  test('popup, empty', async () => {
    const page = await open('popup.html', 'input[type=search]');
    expectNoSeriousViolations(await axe(page), 'popup (empty)');
    // The check can fail: an unlabelled field added to the page is reported.
    await page.evaluate(() =>
      document.body.append(Object.assign(document.createElement('input'), { type: 'text' })),
    );
    expect((await axe(page)).map((v) => v.id)).toContain('label');
    await page.close();
  });

  test('popup, with results and filters open', async () => {
    const page = await open('popup.html', 'input[type=search]');
    await page.locator('input[type=search]').fill('techgiganten');
    await page.locator('.results li[data-kamerlezer-doc]').first().waitFor();
    await page.locator('summary').first().click();
    expectNoSeriousViolations(await axe(page), 'popup (results)');
    await page.locator('input[type=search]').fill('qwxzv blorp');
    await page.locator('.no-results').waitFor();
    expectNoSeriousViolations(await axe(page), 'popup (no results)');
    await page.close();
  });

  test('side panel, with history and related sets open', async () => {
    const page = await open('sidepanel.html', '.history-day .history-entry');
    await page
      .locator('.history-day .history-entry')
      .first()
      .getByRole('button', { name: 'Verwante sets' })
      .click();
    await page.locator('.entry-related .related').first().waitFor();
    expectNoSeriousViolations(await axe(page), 'side panel');
    await page.close();
  });

  test('reader view', async () => {
    const doc =
      seed.find(
        (d) => d.status === 'answered' && d.questions.some((q) => q.answeredWith.length > 1),
      ) ?? seed[0];
    const page = await open(`reader.html?id=${encodeURIComponent(doc.id)}`, 'h1');
    await page.locator('.question').first().waitFor();
    expectNoSeriousViolations(await axe(page), 'reader view');
    const siblings = seed.find(
      (d) => d.title === 'De groeiende afhankelijkheid van Amerikaanse techgiganten',
    )!;
    const other = await open(
      `reader.html?id=${encodeURIComponent(siblings.id)}`,
      '.same-questions table',
    );
    expectNoSeriousViolations(await axe(other), 'reader view (same questions side by side)');
    await page.close();
    await other.close();
  });

  test('options', async () => {
    const page = await open('options.html', '.last-sync');
    expectNoSeriousViolations(await axe(page), 'options');
    await page.close();
  });

  test('overview', async () => {
    const page = await open('overview.html', 'svg[data-chart="by-party"]');
    expectNoSeriousViolations(await axe(page), 'overview');
    await page.close();
  });
});

test('annotated official page: the panel (shadow root), opened, and the links and markers in the text', async () => {
  const page = await session.context.newPage();
  await page.goto(UWV);
  await waitForAnnotation(page, 20_000);
  const panel = page.locator('[data-kamerlezer="panel"]');
  const scope = '[data-kamerlezer], [data-kamerlezer-ref]';
  expectNoSeriousViolations(await axe(page, scope), 'annotated page (panel closed)');
  await panel.locator('button.panel-toggle').click();
  await panel.locator('li[data-kamerlezer-doc]').first().waitFor();
  const compare = panel.locator('button.compare-toggle');
  if (await compare.count()) {
    await compare.click();
    await panel.locator('tbody tr').first().waitFor();
  }
  const open = await axeRun(page, scope);
  expectNoSeriousViolations(open.violations, 'annotated page (panel open)');
  // axe did look inside the panel's shadow root.
  expect(open.shadowPasses).toBeGreaterThan(0);
  const marker = page.locator('[data-kamerlezer="prior-marker"] button').first();
  if (await marker.count()) {
    await marker.evaluate((b: HTMLElement) => b.click());
    expectNoSeriousViolations(await axe(page, scope), 'annotated page (prior answers open)');
  }
  await page.close();
});
