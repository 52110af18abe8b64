/**
 * The content script in the built extension, in Chromium, on fixture pages served at the
 * official sites' real URLs. The index holds test sets synced from a URL (the techgiganten
 * siblings, Noodfonds, emancipatie), so identification runs through the real background and
 * search engine whether or not the build bundles the seed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BundleManifest } from '../../utils/bundle/format';
import {
  call,
  extensionPage,
  failed,
  serveBundle,
  settledOn,
  waitForStatus,
  writeTestBundle,
  launchWithExtension,
  readFixture,
  servePage,
  type ExtensionSession,
  openAnnotated,
} from '../support/browser-harness';
import { emancipatie, noodfonds, techgiganten } from '../support/seed';
import { FIXTURE_PAGES, serveFixturePages } from './fixture-pages';

const URLS = {
  uwv: FIXTURE_PAGES.uwv.url,
  duo: FIXTURE_PAGES.duo.url,
  noodfonds: FIXTURE_PAGES.noodfonds.url,
  motie: FIXTURE_PAGES.motie.url,
  emancipatie: FIXTURE_PAGES.emancipatie.url,
  unrelated: FIXTURE_PAGES.unrelated.url,
  /** The same unrelated page where the content script does not run, to compare layouts. */
  elsewhere: 'https://example.org/kamerbrief-fietsparkeren',
  duoElsewhere: 'https://example.org/kv-tk-2025Z10884.html',
};

/** One sibling answered, so the others have prior answers and the comparison has answers to show. */
const logiusAnswered = {
  ...techgiganten.bzk,
  status: 'answered' as const,
  questions: techgiganten.bzk.questions.map((q) => ({
    ...q,
    answer: `Logius beantwoordt vraag ${q.number}: de overstap naar clouddiensten van Amerikaanse dienstverleners wordt heroverwogen.`,
  })),
};

let session: ExtensionSession;
let extension: Page;
let workDir: string;
let bundle: BundleManifest;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-annotate-'));
  const sets = [
    ...Object.values(techgiganten).filter((d) => d !== techgiganten.bzk),
    logiusAnswered,
    noodfonds,
    emancipatie,
  ];
  bundle = await writeTestBundle(sets, join(workDir, 'bundle'));
  session = await launchWithExtension();
  const { context } = session;
  await serveFixturePages(context, [
    'uwv',
    'duo',
    'noodfonds',
    'motie',
    'emancipatie',
    'unrelated',
  ]);
  await servePage(context, URLS.elsewhere, readFixture('rijksoverheid-unrelated.html'));
  await servePage(context, URLS.duoElsewhere, readFixture('ob-kv-tk-techgiganten-duo.html'));
  extension = await extensionPage(session);
  const served = await serveBundle(context, join(workDir, 'bundle'), { name: 'annotate' });
  // The install's own sync first: choosing a source stops a sync in flight.
  await waitForStatus(extension, (s) => s.last !== null && s.progress.state !== 'syncing', 120_000);
  await call(extension, 'setSyncSource', { url: served.url });
  const synced = await waitForStatus(
    extension,
    (s) => settledOn(bundle.version)(s) || failed(s),
    150_000,
  );
  if (synced.progress.state === 'error')
    throw new Error(`The test index did not sync: ${synced.lastError?.message}`);
  // The machine is shared by the whole suite: give the launch and the sync room.
}, 180_000);

afterAll(async () => {
  await session?.close();
  rmSync(workDir, { recursive: true, force: true });
});

const annotated = (url: string) => openAnnotated(session, url, 15_000);

describe('an identified Kamervragen page (tweedekamer.nl)', () => {
  test('panel for the set the page shows, with its siblings and cited motions; inline motion links; visit recorded', async () => {
    const { page, errors } = await annotated(URLS.uwv);
    const panel = page.locator('[data-kamerlezer="panel"]');
    await expect(panel.count()).resolves.toBe(1);
    await expect(panel.getAttribute('data-kamerlezer-doc')).resolves.toBe('tg-szw-uwv');
    // Playwright locators pierce open shadow roots.
    const toggle = panel.locator('button.panel-toggle');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    const siblings = await panel
      .locator('li[data-kamerlezer-doc]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-kamerlezer-doc')));
    // All seven other ministries' sets, then any related sets.
    expect(siblings.slice(0, 7).sort()).toEqual(
      Object.values(techgiganten)
        .filter((d) => d.id !== 'tg-szw-uwv')
        .map((d) => d.id)
        .sort(),
    );
    expect(siblings).not.toContain('tg-szw-uwv');
    const refs = await panel
      .locator('a[data-kamerlezer-ref]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-kamerlezer-ref')));
    expect(refs).toEqual(['kst-26643-1315', 'kst-26643-1320', 'kst-36574']);
    // Side by side: one row per question, a column per ministry.
    await panel.locator('button.compare-toggle').click();
    await expect(panel.locator('tbody tr').count()).resolves.toBe(10);
    const firstRow = await panel.locator('tbody tr').first().locator('td').allTextContents();
    expect(firstRow[0]).toBe('Nog niet beantwoord');
    expect(firstRow).toContain(
      'Logius beantwoordt vraag 1: de overstap naar clouddiensten van Amerikaanse dienstverleners wordt heroverwogen.',
    );
    const columns = await panel
      .locator('thead th[data-kamerlezer-doc]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-kamerlezer-doc')));
    expect(columns[0]).toBe('tg-szw-uwv');
    expect([...columns].sort()).toEqual(
      Object.values(techgiganten)
        .map((d) => d.id)
        .sort(),
    );

    // In the page text itself (document.querySelectorAll does not enter the panel's shadow root).
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('main a[data-kamerlezer-ref]')].map(
        (a) => `${a.textContent} → ${a.getAttribute('href')}`,
      ),
    );
    expect(inline).toEqual([
      'motie-Kathmann c.s. → https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
      'motie-Six Dijkstra c.s. → https://zoek.officielebekendmakingen.nl/kst-26643-1320.html',
      'initiatiefnota «Wolken aan de horizon» → https://zoek.officielebekendmakingen.nl/dossier/36574',
      'Kamerstuk 26 643, nr. 1315 → https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
      'Kamerstuk 26 643, nr. 1320 → https://zoek.officielebekendmakingen.nl/kst-26643-1320.html',
      'Kamerstuk 36 574 → https://zoek.officielebekendmakingen.nl/dossier/36574',
    ]);

    const history = await call(extension, 'listHistory', {});
    expect(history.find((h) => h.documentId === 'tg-szw-uwv')).toMatchObject({
      via: 'page',
      url: URLS.uwv,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the page's own CSS does not reach the panel", async () => {
    const { page } = await annotated(URLS.uwv);
    // The fixture's stylesheet sets `button { font-size: 22px !important; color: #c00 !important }`.
    const style = await page
      .locator('[data-kamerlezer="panel"] button.panel-toggle')
      .evaluate((b) => {
        const s = getComputedStyle(b);
        return { fontSize: s.fontSize, color: s.color };
      });
    expect(style.fontSize).not.toBe('22px');
    expect(style.color).not.toBe('rgb(204, 0, 0)');
    await page.close();
  });
});

describe('language', () => {
  test('labels follow the language chosen in the options (English here), Dutch otherwise', async () => {
    const setLanguage = (value: string | null) =>
      extension.evaluate(async (v) => {
        const storage = (
          globalThis as unknown as {
            chrome: {
              storage: {
                local: { set(o: object): Promise<void>; remove(k: string): Promise<void> };
              };
            };
          }
        ).chrome.storage.local;
        if (v === null) await storage.remove('kamerlezer:language');
        else await storage.set({ 'kamerlezer:language': v });
      }, value);
    await setLanguage('en');
    try {
      const { page } = await annotated(URLS.uwv);
      await expect(
        page.locator('[data-kamerlezer="panel"] button.panel-toggle').textContent(),
      ).resolves.toBe('Show details');
      await expect(
        page.locator('[data-kamerlezer="panel"] section').getAttribute('aria-label'),
      ).resolves.toBe('Kamerlezer: these questions in your local corpus');
      await page.close();
    } finally {
      await setLanguage(null);
    }
    const { page } = await annotated(URLS.uwv);
    await expect(
      page.locator('[data-kamerlezer="panel"] button.panel-toggle').textContent(),
    ).resolves.toBe('Toon details');
    await page.close();
  });
});

describe('a sibling set on officielebekendmakingen.nl', () => {
  test('is told apart from the set to SZW by its question texts', async () => {
    const { page, errors } = await annotated(URLS.duo);
    await expect(
      page.locator('[data-kamerlezer="panel"]').getAttribute('data-kamerlezer-doc'),
    ).resolves.toBe('tg-ocw-duo');
    const refs = await page
      .locator('#noten a[data-kamerlezer-ref]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-kamerlezer-ref')));
    expect(refs).toEqual(['kst-26643-1315', 'kst-26643-1320', 'kst-36574-2']);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the panel appearing moves none of the page text', async () => {
    const rects = (p: Page) =>
      p.evaluate(() =>
        [...document.querySelectorAll('h1, p.kamervraagomschrijving, div.vraag h2')].map((e) =>
          JSON.stringify(e.getBoundingClientRect()),
        ),
      );
    const { page } = await annotated(URLS.duo);
    await expect(page.locator('[data-kamerlezer="panel"]').count()).resolves.toBe(1);
    const plain = await session.context.newPage();
    await plain.goto(URLS.duoElsewhere);
    const [withPanel, without] = [await rects(page), await rects(plain)];
    // Headings up to the first question with a prior-answers marker (a marker may add a line).
    const firstMarked = await page.evaluate(() => {
      const marker = document.querySelector('[data-kamerlezer="prior-marker"]');
      const vraag = marker?.closest('div.vraag');
      return vraag ? [...document.querySelectorAll('div.vraag')].indexOf(vraag) : Infinity;
    });
    const upTo = 2 + Math.min(firstMarked + 1, 14);
    expect(withPanel.slice(0, upTo)).toEqual(without.slice(0, upTo));
    await page.close();
    await plain.close();
  });
});

describe('an answers page (Aanhangsel van de Handelingen)', () => {
  test('"zie het antwoord op vraag 3" jumps to answer 3, by keyboard too', async () => {
    const { page, errors } = await annotated(URLS.noodfonds);
    await expect(
      page.locator('[data-kamerlezer="panel"]').getAttribute('data-kamerlezer-doc'),
    ).resolves.toBe('noodfonds');
    const jumps = page.locator('a[data-kamerlezer="answer-jump"]');
    await expect(jumps.count()).resolves.toBe(6);
    await jumps.first().focus();
    await page.keyboard.press('Enter');
    await expect(
      page.evaluate(() => document.activeElement?.querySelector('h2')?.textContent),
    ).resolves.toBe('Antwoord 3');
    const refs = await page
      .locator('#noten a[data-kamerlezer-ref]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-kamerlezer-ref')));
    expect(refs).toEqual(['kst-29023-567', 'kst-29023-567', 'kst-36600-XV-78', 'kst-29023-567']);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a prior-answers marker on exactly the questions the background has prior answers for', async () => {
    // The set to SZW is unanswered; its sibling to BZK (Logius) is answered in this index.
    const { page } = await annotated(URLS.uwv);
    const expected: string[] = [];
    for (const question of techgiganten.szw.questions) {
      const prior = await call(extension, 'priorAnswers', {
        id: 'tg-szw-uwv',
        questionNumber: question.number,
        limit: 3,
      });
      if (prior.length > 0) expected.push(String(question.number));
    }
    expect(expected.length).toBeGreaterThan(0);
    const markers = page.locator('[data-kamerlezer="prior-marker"]');
    const shown = await markers.evaluateAll((hosts) =>
      hosts.map((h) => h.getAttribute('data-kamerlezer-question')),
    );
    expect(shown).toEqual(expected);
    const first = markers.first();
    await first.locator('button.marker').click();
    await expect(
      first.locator('[role="dialog"] li[data-kamerlezer-doc="tg-bzk-logius"]').textContent(),
    ).resolves.toContain('Logius beantwoordt vraag');
    await page.keyboard.press('Escape');
    await expect(first.locator('[role="dialog"]').count()).resolves.toBe(0);
    // Focus returns to the marker.
    await expect(
      first
        .locator('button.marker')
        .evaluate(
          (b) =>
            b.getRootNode() instanceof ShadowRoot &&
            (b.getRootNode() as ShadowRoot).activeElement === b,
        ),
    ).resolves.toBe(true);
    await page.close();
  });

  test('a ministry answers page on rijksoverheid.nl is identified too', async () => {
    const { page, errors } = await annotated(URLS.emancipatie);
    await expect(
      page.locator('[data-kamerlezer="panel"]').getAttribute('data-kamerlezer-doc'),
    ).resolves.toBe('emancipatie');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a motion page whose set is not in the corpus', () => {
  test('gets its Kamerstuk citations linked and no corpus claims', async () => {
    const { page, errors } = await annotated(URLS.motie);
    const refs = await page
      .locator('a[data-kamerlezer-ref]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-kamerlezer-ref')));
    expect(refs).toEqual(['kst-26643-1153', 'kst-26643-1320', 'kst-36574']);
    await expect(page.locator('[data-kamerlezer="panel"]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('an unrelated page', () => {
  test('gets nothing, keeps its layout and its own behaviour', async () => {
    const { page, errors } = await annotated(URLS.unrelated);
    const added = await page.evaluate(
      () =>
        document.querySelectorAll(
          '[data-kamerlezer], [data-kamerlezer-ref], [data-kamerlezer-doc], kamerlezer-panel, kamerlezer-prior',
        ).length,
    );
    expect(added).toBe(0);
    const layout = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('h1, p, button')].map((e) =>
          JSON.stringify(e.getBoundingClientRect()),
        ),
      );
    const annotatedLayout = await layout();
    await page.click('#like');
    await expect(page.locator('#counter').textContent()).resolves.toBe('1');
    expect(errors).toEqual([]);

    const plain = await session.context.newPage();
    await plain.goto(URLS.elsewhere);
    const plainLayout = await plain.evaluate(() =>
      [...document.querySelectorAll('h1, p, button')].map((e) =>
        JSON.stringify(e.getBoundingClientRect()),
      ),
    );
    expect(annotatedLayout).toEqual(plainLayout);
    // The content script never ran there.
    await expect(
      plain.evaluate(() => performance.getEntriesByName('kamerlezer:start').length),
    ).resolves.toBe(0);
    await page.close();
    await plain.close();
  });
});
