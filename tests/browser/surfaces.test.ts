/**
 * The extension's own pages in Chromium with the built extension and eleven real seed records synced in: popup
 * search (a typo, a stemmed query, the keyboard), the reader view (a joint answer, the eight
 * techgiganten siblings, visits recorded), the side panel (history from a page visit and from
 * the reader; remove, clear, export), the overview, the options' sync progress, and the
 * answers-arrived badge after a sync.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { KamerDocument } from '../../utils/corpus/model';
import {
  call,
  serveBundle,
  settledOn,
  waitForStatus,
  writeTestBundle,
  collectPageErrors,
  launchWithExtension,
  type ExtensionSession,
  badgeText,
} from '../support/browser-harness';
import {
  emancipatie,
  huisbezoeken,
  noodfonds,
  surfacesCorpus,
  techgiganten,
} from '../support/seed';
import { FIXTURE_PAGES, serveFixturePages } from './fixture-pages';

const documents: KamerDocument[] = surfacesCorpus;
const siblings = Object.values(techgiganten);
const titleOf = (id: string) => documents.find((d) => d.id === id)?.title;
// Titles as they stand in assets/corpus/kamervragen-seed.txt.
const NOODFONDS = 'Het sluiten van het Tijdelijk Noodfonds Energie';
const HUISBEZOEKEN = 'Huisbezoeken aan demonstranten en de gegevensverwerking van demonstranten';
const TECHGIGANTEN = 'De groeiende afhankelijkheid van Amerikaanse techgiganten';
const EMANCIPATIE = 'Het emancipatiebeleid van Nederland en de rol van digitalisering';
const TK_TECHGIGANTEN_UWV = FIXTURE_PAGES.uwv.url;

let session: ExtensionSession;
let control: Page;
let workDir: string;
let version: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-surfaces-'));
  const manifest = await writeTestBundle(documents, join(workDir, 'bundle'));
  version = manifest.version;
  session = await launchWithExtension();
  control = await session.context.newPage();
  await control.goto(session.url('options.html'));
  const served = await serveBundle(session.context, join(workDir, 'bundle'));
  // The install's own sync first: choosing a source stops a sync in flight.
  await waitForStatus(control, (s) => s.last !== null && s.progress.state !== 'syncing', 120_000);
  await call(control, 'setSyncSource', { url: served.url });
  await waitForStatus(control, settledOn(version));
});
afterAll(async () => {
  await session?.close();
  rmSync(workDir, { recursive: true, force: true });
});

async function openPopup(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url('popup.html'));
  return page;
}

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.locator('input[type=search]').fill(query);
  await page.locator('.results li[data-kamerlezer-doc]').first().waitFor();
  return page
    .locator('.results li[data-kamerlezer-doc]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-kamerlezer-doc')!));
}

test('the test corpus holds the seed records these tests read', () => {
  expect(noodfonds.title).toBe(NOODFONDS);
  expect(huisbezoeken.title).toBe(HUISBEZOEKEN);
  expect(emancipatie.title).toBe(EMANCIPATIE);
  expect(siblings.map((d) => d.title)).toEqual(Array(8).fill(TECHGIGANTEN));
});

describe('popup', () => {
  test('the search field has focus; a typo still finds the Noodfonds set, with the match marked', async () => {
    const page = await openPopup();
    const errors = collectPageErrors(page);
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.matches('input[type=search]') ?? false),
      )
      .toBe(true);
    const ids = await searchFor(page, 'noodfnds');
    expect(titleOf(ids[0])).toBe(NOODFONDS);
    const first = page.locator('.results li[data-kamerlezer-doc]').first();
    expect(
      (await first.locator('mark').allTextContents()).some((t) => /^noodfonds$/i.test(t)),
    ).toBe(true);
    expect(await first.locator('.official-link').getAttribute('href')).toBe(
      `https://zoek.officielebekendmakingen.nl/resultaten?q=${encodeURIComponent(NOODFONDS)}`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a stemmed query: "huisbezoek demonstrant" finds "Huisbezoeken aan demonstranten"', async () => {
    const page = await openPopup();
    const ids = await searchFor(page, 'huisbezoek demonstrant');
    expect(titleOf(ids[0])).toBe(HUISBEZOEKEN);
    await page.close();
  });

  test('a status filter narrows the results', async () => {
    const page = await openPopup();
    const all = await searchFor(page, 'techgiganten');
    expect(all.length).toBeGreaterThanOrEqual(8);
    await page.locator('summary').click();
    await page.locator('select[name=status]').selectOption('answered');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.results li').length === 0 ||
        document.querySelector('.no-results'),
    );
    const shown = await page
      .locator('.results li[data-kamerlezer-doc]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-kamerlezer-doc')!));
    for (const id of shown) expect(documents.find((d) => d.id === id)?.status).toBe('answered');
    // Every techgiganten set is unanswered.
    expect(shown.filter((id) => titleOf(id) === TECHGIGANTEN)).toEqual([]);
    await page.close();
  });

  test('nothing found: the no-results state suggests what to change', async () => {
    const page = await openPopup();
    await page.locator('input[type=search]').fill('qwxzv blorp');
    await page.locator('.no-results').waitFor();
    expect(await page.locator('.no-results a').getAttribute('href')).toBe(
      'https://zoek.officielebekendmakingen.nl/resultaten?q=qwxzv%20blorp',
    );
    await page.close();
  });

  test('keyboard: ↓ into the results, ↑/↓ between them, Enter opens the reader view', async () => {
    const page = await openPopup();
    const ids = await searchFor(page, 'techgiganten');
    const focusedDoc = () =>
      page.evaluate(
        () =>
          document.activeElement
            ?.closest('[data-kamerlezer-doc]')
            ?.getAttribute('data-kamerlezer-doc') ?? null,
      );
    await page.keyboard.press('ArrowDown');
    expect(await focusedDoc()).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedDoc()).toBe(ids[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedDoc()).toBe(ids[0]);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.matches('input[type=search]'))).toBe(
      true,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const opened = session.context.waitForEvent('page');
    // Opening a result closes the popup, which may happen before the key press returns.
    await page.keyboard.press('Enter').catch(() => undefined);
    const reader = await opened;
    await reader.waitForLoadState();
    expect(new URL(reader.url()).pathname).toBe('/reader.html');
    expect(new URL(reader.url()).searchParams.get('id')).toBe(ids[1]);
    await reader.locator('h1').waitFor();
    expect(await reader.locator('h1').textContent()).toBe(titleOf(ids[1]));
    await reader.close();
    await page.close().catch(() => undefined);
  });
});

test("popup: the history button opens Chrome's side panel", async () => {
  const page = await openPopup();
  await page.locator('input[type=search]').waitFor();
  // The side panel is not a page Playwright can see; the popup closes itself only once
  // sidePanel.open() has resolved, so its closing tells the call succeeded inside the gesture.
  const closed = page.waitForEvent('close', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Geschiedenis' }).click();
  await closed;
});

describe('reader view', () => {
  test('a joint answer is shown once and linked from both its questions', async () => {
    const doc = emancipatie;
    const joint = doc.questions.filter((q) => q.answeredWith.length > 1);
    expect(joint.length).toBeGreaterThanOrEqual(2);
    const anchor = `antwoord-${joint[0].answeredWith.join('-')}`;
    const page = await session.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(session.url(`reader.html?id=${encodeURIComponent(doc.id)}`));
    await page.locator('h1').waitFor();
    expect(await page.locator(`#${anchor}`).count()).toBe(1);
    for (const q of joint)
      expect(await page.locator(`#vraag-${q.number} .joint-link a`).getAttribute('href')).toBe(
        `#${anchor}`,
      );
    // The roadmap answer, as it stands in the seed after questions 14 and 15.
    expect(await page.locator(`#${anchor}`).textContent()).toContain(
      'De roadmap dient als startschot',
    );
    expect(await page.locator('.question').count()).toBe(doc.questions.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the eight techgiganten sets side by side, question by question', async () => {
    const doc = techgiganten.szw;
    const page = await session.context.newPage();
    await page.goto(session.url(`reader.html?id=${encodeURIComponent(doc.id)}`));
    await page.locator('.same-questions table').waitFor();
    const columns = await page
      .locator('.same-questions thead th[data-kamerlezer-doc]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-kamerlezer-doc')));
    expect(new Set(columns)).toEqual(new Set(siblings.map((s) => s.id)));
    expect(await page.locator('.same-questions tbody tr').count()).toBe(doc.questions.length);
    await page.close();
  });

  test('references link to their official pages with the page contract', async () => {
    // Question 7 of the UWV set cites the motie-Kathmann c.s., Kamerstuk 26 643, nr. 1315.
    const doc = techgiganten.szw;
    const ref = { kamerstuk: '26643-1315' };
    const page = await session.context.newPage();
    await page.goto(session.url(`reader.html?id=${encodeURIComponent(doc.id)}`));
    await page.locator('h1').waitFor();
    const link = page.locator(`[data-kamerlezer-ref="kst-${ref.kamerstuk}"]`).first();
    expect(await link.getAttribute('href')).toMatch(
      /^https:\/\/zoek\.officielebekendmakingen\.nl\//,
    );
    await page.close();
  });
});

describe('side panel history', () => {
  async function openSidePanel(): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(session.url('sidepanel.html'));
    return page;
  }

  test('visits from a page and from the reader appear, newest first, with related sets one click away', async () => {
    await call(control, 'clearHistory', {});
    const uwv = siblings;
    // The side panel is open before the visits: it follows the store live, without reloading.
    const panel = await openSidePanel();
    await panel.locator('.empty').waitFor();
    // A visit on tweedekamer.nl, recorded by the content script.
    await serveFixturePages(session.context, ['uwv']);
    const site = await session.context.newPage();
    await site.goto(TK_TECHGIGANTEN_UWV);
    await expect
      .poll(async () => (await call(control, 'listHistory', {})).length, { timeout: 15_000 })
      .toBe(1);
    const [pageVisit] = await call(control, 'listHistory', {});
    expect(pageVisit).toMatchObject({ via: 'page', url: TK_TECHGIGANTEN_UWV });
    expect(uwv.map((d) => d.id)).toContain(pageVisit.documentId);
    await site.close();
    // Then the reader.
    const reader = await session.context.newPage();
    await reader.goto(session.url(`reader.html?id=${encodeURIComponent(noodfonds.id)}`));
    await reader.locator('h1').waitFor();
    await expect.poll(async () => (await call(control, 'listHistory', {})).length).toBe(2);
    await reader.close();

    await panel.locator('.history-day .history-entry').nth(1).waitFor();
    const shown = await panel
      .locator('.history-day .history-entry')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-kamerlezer-doc')));
    expect(shown).toEqual([noodfonds.id, pageVisit.documentId]);
    expect(await panel.locator('.history-day h2').first().textContent()).toBe('Vandaag');
    const second = panel.locator('.history-day .history-entry').nth(1);
    await second.getByRole('button', { name: 'Verwante sets' }).click();
    await second.locator('.entry-related .related').first().waitFor();
    const related = await second
      .locator('.entry-related .related')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-kamerlezer-doc')));
    // Its seven siblings (same questions to other ministers) are among the related sets.
    const others = uwv.map((d) => d.id).filter((id) => id !== pageVisit.documentId);
    expect(others.filter((id) => related.includes(id)).length).toBe(7);
    await panel.close();
  });

  test('export as JSON, remove one entry, clear all', async () => {
    const panel = await openSidePanel();
    await panel.locator('.history-day .history-entry').nth(1).waitFor();
    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Exporteren (JSON)' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.format).toBe('kamerlezer-history');
    expect(exported.entries.map((e: { via: string }) => e.via)).toEqual(['reader', 'page']);

    const first = panel.locator('.history-day .history-entry').first();
    const firstTitle = (await first.locator('.entry-main a').textContent())!;
    await first
      .getByRole('button', { name: `Verwijder “${firstTitle}” uit de geschiedenis` })
      .click();
    await expect.poll(() => panel.locator('.history-day .history-entry').count()).toBe(1);
    expect((await call(control, 'listHistory', {})).length).toBe(1);

    panel.once('dialog', (dialog) => void dialog.accept());
    await panel.getByRole('button', { name: 'Alles wissen' }).click();
    await panel.locator('.empty').waitFor();
    expect(await call(control, 'listHistory', {})).toEqual([]);
    await panel.close();
  });
});

test('overview: sets per party and per addressee, answered share, most-cited motions linked', async () => {
  const page = await session.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(session.url('overview.html'));
  await page.locator('svg[data-chart="by-party"]').waitFor();
  const questions = documents.reduce((sum, d) => sum + d.questions.length, 0);
  expect(await page.locator('.totals').textContent()).toBe(
    `${documents.length} sets met ${questions} vragen`,
  );
  // Staatssecretaris Szabó is addressed in all eleven of these records.
  const top = page.locator('svg[data-chart="by-addressee"] .bar').first();
  expect([await top.getAttribute('data-label'), await top.getAttribute('data-value')]).toEqual([
    'Zsolt Szabó',
    '11',
  ]);
  const motion = page.locator('.motions a[data-kamerlezer-ref="kst-26643-1315"]');
  expect(await motion.getAttribute('href')).toBe(
    'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
  );
  expect(errors).toEqual([]);
  await page.close();
});

test('options: the language setting switches every page to English and back', async () => {
  const options = await session.context.newPage();
  await options.goto(session.url('options.html'));
  await options.getByLabel('Taal van Kamerlezer').selectOption('en');
  await options.locator('h1', { hasText: 'Settings' }).waitFor();
  const popup = await openPopup();
  await popup.locator('.hint', { hasText: 'Arrow keys to choose, Enter to open.' }).waitFor();
  await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('en');
  await options.getByLabel('Language of Kamerlezer').selectOption('auto');
  // The browser runs in nl-NL: back to Dutch, live, in the open popup too.
  await popup.locator('.hint', { hasText: 'Pijltjes om te kiezen, Enter om te openen.' }).waitFor();
  await popup.close();
  await options.close();
});

describe('sync from a URL', () => {
  test('options show progress while syncing; answers arriving mark the history and badge the toolbar icon', async () => {
    await call(control, 'clearHistory', {});
    const visited = techgiganten.ocw;
    expect(visited.status).toBe('unanswered');
    const reader = await session.context.newPage();
    await reader.goto(session.url(`reader.html?id=${encodeURIComponent(visited.id)}`));
    await reader.locator('h1').waitFor();
    await expect.poll(async () => (await call(control, 'listHistory', {})).length).toBe(1);
    await reader.close();

    // The next corpus: the same sets, with answers to the visited one.
    const answered: KamerDocument = {
      ...visited,
      status: 'answered',
      questions: visited.questions.map((q) => ({ ...q, answer: `Antwoord op vraag ${q.number}.` })),
    };
    const next = await writeTestBundle(
      documents.map((d) => (d.id === visited.id ? answered : d)),
      join(workDir, 'answered'),
      { targetSize: 2, maxSize: 3 },
    );
    const served = await serveBundle(session.context, join(workDir, 'answered'), {
      name: 'answered',
      fault: (path) => (path.startsWith('shards/') ? { delayMs: 3000 } : undefined),
    });

    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    await options.locator('.last-sync').waitFor();
    await call(options, 'setSyncSource', { url: served.url });
    await options.locator('.progress progress').waitFor({ timeout: 15_000 });
    await waitForStatus(options, settledOn(next.version));
    await options.locator('.progress').waitFor({ state: 'detached' });
    expect(await options.locator('.last-sync').textContent()).toContain(served.url);

    const badge = () => badgeText(session);
    // One set in the history got its answers.
    expect(await badge()).toBe('1');
    const panel = await session.context.newPage();
    await panel.goto(session.url('sidepanel.html'));
    const entry = panel.locator(`.history-day .history-entry[data-kamerlezer-doc="${visited.id}"]`);
    await entry.locator('.badge-new').waitFor();
    expect(await entry.locator('.badge-new').textContent()).toBe(
      'beantwoord sinds je laatste bezoek',
    );
    // Reading it again clears the mark and the badge.
    const opened = session.context.waitForEvent('page');
    await entry.locator('.entry-main a').click();
    const reread = await opened;
    await reread.locator('h1').waitFor();
    await expect.poll(badge).toBe('');
    await entry.locator('.badge-new').waitFor({ state: 'detached' });
    await reread.close();
    await options.close();
    await panel.close();
    await served.stop();
  });
});
