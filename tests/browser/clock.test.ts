/**
 * The answer clock, the watchlist and citations in the built extension, in Chromium: the clock
 * on a questions page, an answers page and a postponement page (dates read from the page where
 * the corpus has none); following a set, a sync in which it is answered, the badge and the side
 * panel's line; the notifications permission asked only when turned on; citation copy.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { KamerDocument } from '../../utils/corpus/model';
import {
  call,
  extensionPage,
  failed,
  serveBundle,
  settledOn,
  waitForStatus,
  writeTestBundle,
  openAnnotated,
  badgeText,
} from '../support/browser-harness';
import { noodfonds, techgiganten } from '../support/seed';
import {
  launchWithExtension,
  readFixture,
  servePage,
  type ExtensionSession,
} from '../support/browser-harness';
import { FIXTURE_PAGES, serveFixturePages } from './fixture-pages';

const POSTPONEMENT_URL =
  'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z10883&did=2025D26001';

/** The UWV set as the official import would have it after its answer. */
const uwvAnswered: KamerDocument = {
  ...techgiganten.szw,
  status: 'answered',
  questions: techgiganten.szw.questions.map((q) => ({
    ...q,
    answer: `De minister beantwoordt vraag ${q.number}.`,
  })),
  zaak: '2025Z10883',
  submittedOn: '2025-05-22',
  postponements: ['2025-06-12'],
  answeredOn: '2025-07-10',
  documents: [
    {
      kind: 'answer',
      number: '2025D30001',
      obId: 'ah-tk-20242025-2401',
      url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2401.html',
      date: '2025-07-10',
      vergaderjaar: '2024-2025',
      aanhangsel: 2401,
    },
  ],
};

let session: ExtensionSession;
let extension: Page;
let workDir: string;

/** README screenshots: to docs/ with KAMERLEZER_SCREENSHOTS=1, else to the work folder. */
async function shot(page: Page, name: string) {
  const dir = process.env.KAMERLEZER_SCREENSHOTS === '1' ? resolve('docs') : workDir;
  const path = join(dir, name);
  await page.screenshot({ path });
  expect(statSync(path).size).toBeGreaterThan(5_000);
}

async function syncTo(documents: KamerDocument[], name: string) {
  const dir = join(workDir, name);
  const manifest = await writeTestBundle(documents, dir);
  const served = await serveBundle(session.context, dir, { name });
  // The install's own sync first: choosing a source stops a sync in flight.
  await waitForStatus(extension, (s) => s.last !== null && s.progress.state !== 'syncing', 120_000);
  await call(extension, 'setSyncSource', { url: served.url });
  const status = await waitForStatus(
    extension,
    (s) => settledOn(manifest.version)(s) || failed(s),
    150_000,
  );
  if (status.progress.state === 'error')
    throw new Error(`Sync failed: ${status.lastError?.message}`);
}

const sets = () => [...Object.values(techgiganten), noodfonds];

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-clock-'));
  session = await launchWithExtension();
  await serveFixturePages(session.context, ['uwv', 'noodfonds']);
  await servePage(
    session.context,
    POSTPONEMENT_URL,
    readFixture('tweedekamer-uitstel-techgiganten-uwv.html'),
  );
  extension = await extensionPage(session);
  await syncTo(sets(), 'undated');
}, 180_000);

afterAll(async () => {
  await session?.close();
  rmSync(workDir, { recursive: true, force: true });
});

async function annotated(url: string) {
  const { page, errors } = await openAnnotated(session, url);
  return { page, errors, panel: page.locator('[data-kamerlezer="panel"]') };
}

const badge = () => badgeText(session);

describe('the clock on the official pages (dates from the page text, the corpus has none)', () => {
  test('a questions page: submitted, due in three weeks, days overdue', async () => {
    const { page, errors, panel } = await annotated(FIXTURE_PAGES.uwv.url);
    const clock = panel.locator('.clock');
    await expect(clock.getAttribute('data-kamerlezer-clock')).resolves.toBe('late');
    const text = (await clock.textContent())!.replace(/^Antwoordtermijn: /, '');
    expect(text).toMatch(
      /^ingezonden 22 mei 2025 · antwoord uiterlijk 12 juni · \d+ dagen over tijd$/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an answers page: answered after 20 days, within the term', async () => {
    const { page, panel } = await annotated(FIXTURE_PAGES.noodfonds.url);
    const clock = panel.locator('.clock');
    await expect(clock.getAttribute('data-kamerlezer-clock')).resolves.toBe('answered-on-time');
    await expect(clock.textContent()).resolves.toBe(
      'Antwoordtermijn: ingezonden 22 april 2025 · beantwoord na 20 dagen (3 weken termijn: op tijd)',
    );
    await page.close();
  });

  test('a postponement notice: six weeks from submission', async () => {
    const { page, panel } = await annotated(POSTPONEMENT_URL);
    await expect(panel.getAttribute('data-kamerlezer-doc')).resolves.toBe('tg-szw-uwv');
    const text = await panel.locator('.clock').textContent();
    expect(text).toMatch(
      /^Antwoordtermijn: ingezonden 22 mei 2025 · antwoord uiterlijk 12 juni · uitstel gemeld 12 juni → uiterlijk 3 juli · \d+ dagen over tijd$/,
    );
    await page.setViewportSize({ width: 1000, height: 560 });
    await shot(page, 'clock-page.png');
    await page.close();
  });
});

describe('the watchlist', () => {
  test('follow on the page, a sync answers the set: badge and side panel line', async () => {
    const { page, panel } = await annotated(FIXTURE_PAGES.uwv.url);
    const follow = panel.locator('button[data-kamerlezer-follow="tg-szw-uwv"]');
    await expect(follow.getAttribute('aria-pressed')).resolves.toBe('false');
    await follow.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-kamerlezer="panel"]')
          ?.shadowRoot?.querySelector('button[data-kamerlezer-follow]')
          ?.getAttribute('aria-pressed') === 'true',
    );
    const [entry] = await call(extension, 'listWatchlist', {});
    expect(entry).toMatchObject({
      documentId: 'tg-szw-uwv',
      status: 'unanswered',
      changes: [],
      pageFacts: { submittedOn: '2025-05-22' },
    });
    await page.close();
    // Visiting recorded history too; start from no news.
    await call(extension, 'markHistorySeen', {});
    expect(await badge()).toBe('');

    await syncTo(
      sets().map((d) => (d.id === uwvAnswered.id ? uwvAnswered : d)),
      'answered',
    );
    // One set with news, though it is both in the history and followed.
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
    const [changed] = await call(extension, 'listWatchlist', {});
    expect(changed).toMatchObject({ status: 'answered', changes: ['answered'] });

    const side = await session.context.newPage();
    await side.goto(session.url('sidepanel.html'));
    const item = side.locator('.watchlist li[data-kamerlezer-doc="tg-szw-uwv"]');
    await expect(item.getAttribute('data-kamerlezer-watch')).resolves.toBe('answered');
    await expect(item.locator('.watch-change').textContent()).resolves.toBe(
      'Nieuw sinds je laatste blik: beantwoord',
    );
    await expect(item.locator('.clock').textContent()).resolves.toBe(
      'Antwoordtermijn: ingezonden 22 mei 2025 · uitstel gemeld 12 juni · beantwoord na 49 dagen (6 weken termijn: 7 dagen te laat)',
    );
    // The history entry of the same set shows the corpus's clock now.
    await expect(
      side
        .locator('.history-day li[data-kamerlezer-doc="tg-szw-uwv"] .clock')
        .first()
        .getAttribute('data-kamerlezer-clock'),
    ).resolves.toBe('answered-late');
    await side.setViewportSize({ width: 420, height: 640 });
    await shot(side, 'watchlist.png');
    await side.close();

    await call(extension, 'markWatchSeen', { documentId: 'tg-szw-uwv' });
    await call(extension, 'markHistorySeen', {});
    await expect.poll(badge, { timeout: 10_000 }).toBe('');
  });

  test('popup results show the clock and the follow state', async () => {
    const popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await popup.locator('input[type=search]').fill('techgiganten UWV');
    const result = popup.locator('.results li[data-kamerlezer-doc="tg-szw-uwv"]');
    await result.waitFor();
    await expect(result.locator('.clock').getAttribute('data-kamerlezer-clock')).resolves.toBe(
      'answered-late',
    );
    await expect(
      result.locator('button[data-kamerlezer-follow]').getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await popup.close();
  });
});

describe('overview', () => {
  test('answer times per minister and fractie from the dated sets', async () => {
    const overview = await session.context.newPage();
    await overview.goto(session.url('overview.html'));
    const table = overview.locator('table[data-answer-times="minister"]');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    // The one dated set: answered after 49 days, late.
    expect(rows.some((r) => r.includes('49') && r.includes('100%'))).toBe(true);
    await overview.close();
  });
});

describe('citations', () => {
  test('the reader view copies the set as a citation with its official addresses', async () => {
    const reader = await session.context.newPage();
    await reader.goto(session.url('reader.html?id=tg-szw-uwv'));
    await reader.locator('h1').waitFor();
    // Capture what goes to the clipboard (the page's own navigator, the same world).
    await reader.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      navigator.clipboard.writeText = async (text: string) => {
        w.copied.push(text);
      };
    });
    await reader.locator('button[data-kamerlezer-cite]').click();
    await expect(reader.locator('.copy-status').textContent()).resolves.toBe(
      'Bronvermelding gekopieerd.',
    );
    const [copied] = await reader.evaluate(
      () => (window as unknown as { copied: string[] }).copied,
    );
    const [line, ...urls] = copied.split('\n');
    expect(line).toMatch(
      /^Aanhangsel Handelingen II 2024\/25, nr\. 2401 \(antwoord op vragen van de leden .*Kathmann.*, 2025Z10883\)$/,
    );
    expect(urls).toEqual([
      'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2401.html',
      'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10883.html',
      'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z10883',
    ]);
    await reader.close();
  });
});

describe('notifications', () => {
  test('the permission is optional, not granted at install, and asked only when turned on', async () => {
    const contains = () =>
      session.worker.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { permissions: { contains(p: object): Promise<boolean> } };
          }
        ).chrome.permissions.contains({ permissions: ['notifications'] }),
      );
    expect(await contains()).toBe(false);
    const manifest = await session.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }
      ).chrome.runtime.getManifest(),
    );
    expect(manifest.permissions).not.toContain('notifications');
    expect(manifest.optional_permissions).toContain('notifications');

    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    const box = options.locator('input[name=notifications]');
    await box.waitFor();
    // Record permission requests (a real one opens a browser prompt no test can answer).
    await options.evaluate(() => {
      const w = window as unknown as {
        asked: unknown[];
        grant: boolean;
        chrome: { permissions: { request(p: object): Promise<boolean> } };
      };
      w.asked = [];
      w.grant = false;
      w.chrome.permissions.request = async (p: object) => {
        w.asked.push(p);
        return w.grant;
      };
    });
    const asked = () => options.evaluate(() => (window as unknown as { asked: unknown[] }).asked);
    expect(await asked()).toEqual([]);
    expect(await box.isChecked()).toBe(false);

    // Refused: the switch stays off and says why.
    await box.click();
    await options.locator('#notifications-title ~ [role=alert]').waitFor();
    expect(await asked()).toEqual([{ permissions: ['notifications'] }]);
    expect(await box.isChecked()).toBe(false);

    // Granted: on, and remembered.
    await options.evaluate(() => {
      (window as unknown as { grant: boolean }).grant = true;
    });
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
    expect(await asked()).toHaveLength(2);
    const stored = await options.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome.storage.local.get('kamerlezer:notifications'),
    );
    expect(stored['kamerlezer:notifications']).toBe(true);
    await options.close();
  });
});
