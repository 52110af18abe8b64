/**
 * The core checks, written once and run in Chromium (tests/browser/core-chromium.test.ts) and
 * in Firefox (tests/firefox/core-firefox.test.ts) through the driver (../drivers/driver.ts):
 * first install loads the bundled seed; a questions page and an answers page, served under a
 * Content-Security-Policy without 'unsafe-inline', get a styled panel and citation links; the
 * popup finds with a typo and a word form; the side panel shows the history; a corrupt shard
 * leaves index and history as they were; a sync from a URL adds a set, and the prior-answers
 * markers it makes possible appear on the page.
 *
 * One browser for the whole file, the checks in order: each builds on the state the one before
 * left (the page visit is the side panel's history, the failed sync precedes the good one).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { KamerDocument } from '../../../utils/corpus/model';
import type { MessageName, RequestOf, ResponseOf } from '../../../utils/extension/protocol';
import type { SyncStatus } from '../../../utils/store/types';
import {
  bundledDocuments,
  bundledManifest,
  failed,
  settledOn,
  writeTestBundle,
} from '../../support/browser-harness';
import { numberedDocument } from '../../support/documents';
import { readFixture } from '../../support/browser-harness';
import { FIXTURE_PAGES, type FixturePage } from '../fixture-pages';
import { callFrom, type BrowserDriver, type DriverPage } from '../drivers/driver';
import { serveBundleOverHttp } from '../drivers/sync-server';

/** What a strict site sends: no inline style or script at all, only its own files. */
export const STRICT_CSP =
  "default-src 'self'; style-src 'self' 'report-sample'; script-src 'self'; img-src 'self'";
/** A script the strict pages load from their own origin: it records CSP violations from the start. */
const CSP_WATCH_PATH = '/__csp-watch.js';
const CSP_WATCH = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective.replace(/-elem$/, '') + ': ' + e.blockedURI + ' ' + e.sample.trim());
}, true);`;

/** Serve a fixture page at its official address with the strict CSP and the violation watcher. */
export async function serveStrict(driver: BrowserDriver, name: FixturePage): Promise<string> {
  const { url, file } = FIXTURE_PAGES[name];
  const html = readFixture(file).replace(
    /<head>/i,
    `<head><script src="${CSP_WATCH_PATH}"></script>`,
  );
  await driver.serve(url, { body: html, headers: { 'content-security-policy': STRICT_CSP } });
  await driver.serve(new URL(CSP_WATCH_PATH, url).href, {
    body: CSP_WATCH,
    headers: { 'content-type': 'text/javascript' },
  });
  return url;
}

/** Wait until the content script has marked its annotations as in place. */
export async function annotated(driver: BrowserDriver, url: string): Promise<DriverPage> {
  const page = await driver.openPage(url);
  await page.waitFor(() => performance.getEntriesByName('kamerlezer:annotated').length > 0);
  return page;
}

/** The panel as the checks read it: its set, its styles as computed, and what the page's CSP blocked. */
export function readPanel(page: DriverPage) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-kamerlezer="panel"]');
    const shadow = host?.shadowRoot ?? null;
    const toggle = shadow?.querySelector('button.panel-toggle') ?? null;
    const hostStyle = host ? getComputedStyle(host) : null;
    const toggleStyle = toggle ? getComputedStyle(toggle) : null;
    return {
      doc: host?.getAttribute('data-kamerlezer-doc') ?? null,
      position: hostStyle?.position ?? null,
      hostFontSize: hostStyle?.fontSize ?? null,
      zIndex: hostStyle?.zIndex ?? null,
      toggleFontSize: toggleStyle?.fontSize ?? null,
      toggleColor: toggleStyle?.color ?? null,
      toggleText: toggle?.textContent ?? null,
      // The fixture's own inline <style> sets `ul.m-list { list-style: none }`: blocked here.
      pageListStyle: (() => {
        const ul = document.querySelector('ul.m-list');
        return ul ? getComputedStyle(ul).listStyleType : null;
      })(),
      violations: (globalThis as unknown as { __cspViolations?: string[] }).__cspViolations ?? null,
    };
  });
}

/**
 * Register the core checks on a browser `launch` makes. Returns the running driver, for checks
 * a test file adds after these (they run after them, on the state they left).
 */
export function defineCoreChecks(launch: () => Promise<BrowserDriver>): () => BrowserDriver {
  let driver: BrowserDriver;
  let control: DriverPage;
  /** Open from the start: it must follow the store live as visits are recorded. */
  let sidePanel: DriverPage;
  let workDir: string;
  let seed: ReturnType<typeof bundledManifest>;
  let seedDocuments: KamerDocument[];
  const TECH = 'De groeiende afhankelijkheid van Amerikaanse techgiganten';
  const byAddressee = (title: string, name: string) =>
    seedDocuments.find((d) => d.title === title && d.addressees.some((p) => p.name === name))!;
  const call = <N extends MessageName>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> =>
    callFrom(control, name, payload);

  async function waitForStatus(
    done: (s: SyncStatus) => boolean,
    timeoutMs = 60_000,
  ): Promise<SyncStatus> {
    const start = Date.now();
    for (;;) {
      const status = await call('syncStatus', {});
      if (done(status)) return status;
      if (Date.now() - start > timeoutMs)
        throw new Error(`Sync did not settle: ${JSON.stringify(status)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-core-'));
    driver = await launch();
    seed = bundledManifest(driver.extensionDir);
    seedDocuments = bundledDocuments(driver.extensionDir);
    control = await driver.openExtensionPage('options.html');
    sidePanel = await driver.openExtensionPage('sidepanel.html');
  }, 90_000);
  afterAll(async () => {
    await driver?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  test('first install loads the bundled seed corpus', async () => {
    const status = await waitForStatus(settledOn(seed.version));
    expect(status.last).toMatchObject({ source: 'bundled', sets: 19, questions: seed.questions });
    expect(status.lastError).toBeNull();
    const target = seedDocuments[3];
    expect((await call('getDocument', { id: target.id }))?.title).toBe(target.title);
    const found = await call('search', { query: target.title, limit: 5 });
    expect(found.hits[0]?.document.id).toBe(target.id);
    await sidePanel.waitFor(() => document.querySelector('.empty'));
  });

  describe('pages under a Content-Security-Policy without unsafe-inline', () => {
    test('a questions page (tweedekamer.nl): a styled panel for its set, citation links, the visit recorded', async () => {
      const url = await serveStrict(driver, 'uwv');
      const page = await annotated(driver, url);
      const panel = await readPanel(page);
      // The CSP is in force: the page's own inline <style> did not apply…
      expect(panel.pageListStyle).toBe('disc');
      // …but the panel's did: fixed in the corner, its own font, not the page's 22px red buttons.
      expect(panel).toMatchObject({
        doc: byAddressee(TECH, 'Eddy van Hijum').id,
        position: 'fixed',
        zIndex: '2147483000',
        hostFontSize: '14px',
        toggleText: 'Toon details',
      });
      expect(panel.toggleFontSize).not.toBe('22px');
      expect(panel.toggleColor).not.toBe('rgb(204, 0, 0)');
      // Nothing the extension did was blocked: the page's own <style> is all the CSP stopped.
      // (A report's sample is the first 40 characters of what was blocked.)
      expect(panel.violations).toHaveLength(1);
      expect(panel.violations![0]).toMatch(/^style-src: inline body \{ font: 16px\/1\.5 Arial/);
      const refs = await page.evaluate(() =>
        [...document.querySelectorAll('.m-document a[data-kamerlezer-ref]')].map((a) => [
          a.textContent,
          a.getAttribute('data-kamerlezer-ref'),
          a.getAttribute('href'),
        ]),
      );
      expect(refs).toContainEqual([
        'motie-Kathmann c.s.',
        'kst-26643-1315',
        'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
      ]);
      const history = await call('listHistory', {});
      expect(history.map((h) => [h.documentId, h.via, h.url])).toEqual([[panel.doc, 'page', url]]);
      await page.close();
    });

    test('an answers page (officielebekendmakingen.nl): its set, styled, footnote citations linked, answer jumps', async () => {
      const url = await serveStrict(driver, 'noodfonds');
      const page = await annotated(driver, url);
      const panel = await readPanel(page);
      expect(panel).toMatchObject({
        doc: seedDocuments.find(
          (d) => d.title === 'Het sluiten van het Tijdelijk Noodfonds Energie',
        )!.id,
        position: 'fixed',
        hostFontSize: '14px',
      });
      expect(panel.violations).toEqual([]);
      const refs = await page.evaluate(() =>
        [...document.querySelectorAll('#noten a[data-kamerlezer-ref]')].map((a) =>
          a.getAttribute('data-kamerlezer-ref'),
        ),
      );
      expect(refs).toEqual(['kst-29023-567', 'kst-29023-567', 'kst-36600-XV-78', 'kst-29023-567']);
      // "zie het antwoord op vraag 3" jumps to answer 3 and moves the focus there.
      expect(
        await page.evaluate(() => {
          const jumps = document.querySelectorAll<HTMLElement>('a[data-kamerlezer="answer-jump"]');
          jumps[0]?.click();
          return jumps.length;
        }),
      ).toBe(6);
      await page.waitFor(
        () => document.activeElement?.querySelector('h2')?.textContent === 'Antwoord 3',
      );
      await page.close();
    });
  });

  describe('popup', () => {
    async function searchFor(query: string): Promise<string[]> {
      const popup = await driver.openExtensionPage('popup.html');
      await popup.waitFor(() => document.querySelector('input[type=search]'));
      await popup.fill('input[type=search]', query);
      await popup.waitFor(() => document.querySelector('.results li[data-kamerlezer-doc]'));
      const ids = await popup.evaluate(() =>
        [...document.querySelectorAll('.results li[data-kamerlezer-doc]')].map((li) =>
          li.getAttribute('data-kamerlezer-doc')!,
        ),
      );
      await popup.close();
      return ids.map((id) => seedDocuments.find((d) => d.id === id)?.title ?? id);
    }

    test('a typo: "noodfnds" finds the Noodfonds set first', async () => {
      expect((await searchFor('noodfnds'))[0]).toBe(
        'Het sluiten van het Tijdelijk Noodfonds Energie',
      );
    });

    test('a word form: "huisbezoek demonstrant" finds "Huisbezoeken aan demonstranten"', async () => {
      expect((await searchFor('huisbezoek demonstrant'))[0]).toBe(
        'Huisbezoeken aan demonstranten en de gegevensverwerking van demonstranten',
      );
    });
  });

  test('the side panel (sidebar in Firefox), open all along, shows the sets visited, newest first', async () => {
    await sidePanel.waitFor(() => document.querySelectorAll('.history-entry').length >= 2);
    const shown = await sidePanel.evaluate(() =>
      [...document.querySelectorAll('.history-entry')].map((li) =>
        li.getAttribute('data-kamerlezer-doc'),
      ),
    );
    const history = await call('listHistory', {});
    expect(shown).toEqual(history.map((h) => h.documentId));
    expect(shown).toContain(byAddressee(TECH, 'Eddy van Hijum').id);
    expect(shown).toHaveLength(2);
  });

  describe('sync from a URL', () => {
    /** A set the seed lacks, and the UWV set's sibling to another ministry, now answered. */
    const extra = () => ({
      ...numberedDocument(500, 'answered'),
      id: 'kv-test-extra-set',
      title: 'Vragen over een set die alleen de sync-bron heeft',
    });
    const answeredSibling = () => {
      const uwv = byAddressee(TECH, 'Eddy van Hijum');
      const sibling = seedDocuments.find((d) => d.title === TECH && d.id !== uwv.id)!;
      return {
        ...sibling,
        status: 'answered' as const,
        questions: sibling.questions.map((q) => ({
          ...q,
          answer: `De minister beantwoordt vraag ${q.number}: de overstap naar clouddiensten wordt heroverwogen.`,
        })),
      };
    };
    async function nextBundle() {
      const sibling = answeredSibling();
      const documents = [...seedDocuments.filter((d) => d.id !== sibling.id), sibling, extra()];
      const dir = join(workDir, 'next');
      const manifest = await writeTestBundle(documents, dir, { targetSize: 3, maxSize: 4 });
      return { dir, manifest };
    }

    test('a corrupt shard leaves the seed index and the history as they were, and says why', async () => {
      const { dir, manifest } = await nextBundle();
      const historyBefore = await call('listHistory', {});
      const server = await serveBundleOverHttp(dir, {
        fault: (path) => (path === manifest.shards[1].file ? { corrupt: true } : undefined),
      });
      try {
        await call('setSyncSource', { url: server.url });
        const status = await waitForStatus(failed);
        expect(status.lastError?.message).toMatch(/sha256 mismatch/);
        expect(status.last).toMatchObject({ source: 'bundled', version: seed.version, sets: 19 });
        expect(await call('getDocument', { id: 'kv-test-extra-set' })).toBeNull();
        const docs = await call('getDocuments', { ids: seedDocuments.map((d) => d.id) });
        expect(docs.map((d) => d?.title)).toEqual(seedDocuments.map((d) => d.title));
        expect(await call('listHistory', {})).toEqual(historyBefore);
      } finally {
        await server.close();
      }
    });

    test('a good bundle adds a set and keeps the history; the answered sibling brings prior-answer markers', async () => {
      const { dir, manifest } = await nextBundle();
      const historyBefore = (await call('listHistory', {})).map((h) => h.documentId);
      const server = await serveBundleOverHttp(dir);
      try {
        await call('setSyncSource', { url: server.url });
        const status = await waitForStatus(settledOn(manifest.version));
        expect(status.last).toMatchObject({ source: server.url, sets: 20 });
        expect((await call('getDocument', { id: 'kv-test-extra-set' }))?.title).toBe(extra().title);
        expect((await call('listHistory', {})).map((h) => h.documentId)).toEqual(historyBefore);
      } finally {
        await server.close();
      }
      const uwv = byAddressee(TECH, 'Eddy van Hijum');
      const expected: string[] = [];
      for (const q of uwv.questions) {
        const prior = await call('priorAnswers', {
          id: uwv.id,
          questionNumber: q.number,
          limit: 3,
        });
        if (prior.length > 0) expected.push(String(q.number));
      }
      expect(expected.length).toBeGreaterThan(0);
      const page = await annotated(driver, FIXTURE_PAGES.uwv.url);
      await page.waitFor(() => document.querySelector('[data-kamerlezer="prior-marker"]'));
      const markers = await page.evaluate(() =>
        [...document.querySelectorAll('[data-kamerlezer="prior-marker"]')].map((host) => ({
          question: host.getAttribute('data-kamerlezer-question'),
          display: getComputedStyle(host).display,
          button: !!host.shadowRoot?.querySelector('button.marker'),
        })),
      );
      expect(markers.map((m) => m.question)).toEqual(expected);
      for (const m of markers) expect(m).toMatchObject({ display: 'inline-block', button: true });
      // Opened, a marker shows the sibling's answer (asked of the background at that moment).
      await page.evaluate(() =>
        document
          .querySelector('[data-kamerlezer="prior-marker"]')!
          .shadowRoot!.querySelector<HTMLButtonElement>('button.marker')!
          .click(),
      );
      await page.waitFor(
        (id) =>
          document
            .querySelector('[data-kamerlezer="prior-marker"]')!
            .shadowRoot!.querySelector(`[role="dialog"] li[data-kamerlezer-doc="${id}"]`)
            ?.textContent?.includes('De minister beantwoordt vraag'),
        answeredSibling().id,
      );
      await page.close();
    });

    test("a set named in the panel opens in the extension's reader view, in a new tab", async () => {
      const page = await annotated(driver, FIXTURE_PAGES.uwv.url);
      const sibling = answeredSibling();
      await page.evaluate((id) => {
        const shadow = document.querySelector('[data-kamerlezer="panel"]')!.shadowRoot!;
        shadow.querySelector<HTMLButtonElement>('button.panel-toggle')!.click();
        return new Promise<void>((done) => {
          const link = () =>
            shadow.querySelector<HTMLAnchorElement>(`li[data-kamerlezer-doc="${id}"] a.set-link`);
          const poll = () => (link() ? (link()!.click(), done()) : setTimeout(poll, 20));
          poll();
        });
      }, sibling.id);
      const reader = await driver.waitForTab(
        driver.extensionUrl(`reader.html?id=${encodeURIComponent(sibling.id)}`),
      );
      await reader.waitFor(() => document.querySelector('h1')?.textContent);
      expect(await reader.evaluate(() => document.querySelector('h1')!.textContent)).toBe(
        sibling.title,
      );
      await reader.close();
      await page.close();
    });
  });
  return () => driver;
}
