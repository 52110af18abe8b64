/**
 * A hostile corpus, end to end in Chromium: its text holds HTML, <script>, javascript: URLs and a
 * line of more than 200 kB. It is written as a corpus .txt file, parsed by the CLI, and a hostile
 * sync source additionally puts javascript: URLs where the extension makes links (motion and news
 * references, and markup in the manifest's version), as a compromised source could. Synced into
 * the extension, it is shown in an annotated official page (panel, siblings, prior answers), the
 * popup, the reader view, the side panel, the overview and the options page: everywhere the markup
 * must appear as literal text and nothing from the corpus may become an element, run script or
 * become a link to a javascript: URL.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Corpus, KamerDocument } from '../../utils/corpus/model';
import {
  call,
  extensionPage,
  failed,
  serveBundle,
  settledOn,
  waitForStatus,
  writeTestBundle,
  launchWithExtension,
  servePage,
  type ExtensionSession,
  waitForAnnotation,
} from '../support/browser-harness';

/** What every payload would do if it ran: set this global. */
const FLAG = '__kamerlezerPwned';
const PAYLOAD = `window.${FLAG}=1`;
const JS_URL = `javascript:${PAYLOAD}`;
const IMG = `<img src=x onerror="${PAYLOAD}">`;
const SCRIPT = `<script>${PAYLOAD}</script>`;
const TITLE = `${IMG}Vragen over <b>vette</b> kopjes en ${SCRIPT} in de Kamer`;
const QUESTIONS = [
  `Bent u bekend met het bericht «<img src=x onerror=${PAYLOAD}> Hackers in de Kamer»?`,
  `Wat doet u met de aangenomen motie-<b>Kathmann</b> c.s. (Kamerstuk 26 643, nr. 1315) en de motie-Hacker (${JS_URL})?`,
  `Kunt u uitleggen waarom <iframe src="${JS_URL}"></iframe> en <svg onload=${PAYLOAD}> gevaarlijk zijn voor Logius?`,
  'Kunt u deze vragen afzonderlijk beantwoorden?',
];
/** One line of more than 200 kB, full of markup. */
const HUGE = `Dit antwoord is lang <b>vet</b> ${IMG} ${JS_URL} `.repeat(3000);
const PAGE_URL =
  'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z99999&did=2025D99999';

/** Two records with the same questions to two ministers, so they are each other's siblings. */
function hostileCorpusText(): string {
  // Like real sibling sets, the second names another organisation (the page is the first's).
  const record = (minister: string, party: string, organisation = 'Logius') =>
    [
      `${TITLE} |`,
      '|',
      `<b>Jan</b> Hackers , Eva <i>Script</i> (${party}) |`,
      '|',
      `${minister} (minister ) (VVD) |`,
      '|',
      '![]() |',
      `${QUESTIONS[0]}1`,
      `Ja. Zie ook <a href="${JS_URL}">deze link</a> en ${SCRIPT}.`,
      `${QUESTIONS[1]}2`,
      `Wij voeren de motie-Kathmann c.s. (${JS_URL}) uit. [Kamerstuk ${JS_URL}]`,
      QUESTIONS[2].replace('Logius', organisation),
      HUGE,
      QUESTIONS[3],
      'Ja.',
    ].join('\n');
  return (
    [
      record('Anna <b>Minister</b>', 'VVD'),
      record('Piet Javascript', 'NSC', 'Rijkswaterstaat'),
    ].join('\n') + '\n'
  );
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The official page of the first set, its text escaped: the page itself holds no hostile element.
 */
function officialPage(): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Kamervragen</title>
<meta name="dcterms.title" content="${escapeHtml(TITLE)}"></head><body><main id="main-content">
<h1>${escapeHtml(TITLE)}</h1>
<ul class="m-list"><li class="m-list__item">Indiener J. Hackers (VVD)</li></ul>
<div class="m-document">
${QUESTIONS.map((q, i) => `<p><strong>Vraag ${i + 1}</strong></p>\n<p>${escapeHtml(q)}</p>`).join('\n')}
</div></main></body></html>`;
}

interface Findings {
  /** Elements a payload could have made: img, iframe, object, embed, inline script, b/i, svg with handlers. */
  injected: string[];
  /** Any attribute named on* anywhere. */
  handlers: string[];
  /** Links (or anything with href/src) pointing at javascript:. */
  scriptUrls: string[];
  /** All text, open shadow roots included. */
  text: string;
  flag: unknown;
}

/** Walk the document and every open shadow root (where the page panel lives). */
function inspect(flagName: string): Findings {
  const found: Findings = {
    injected: [],
    handlers: [],
    scriptUrls: [],
    text: '',
    flag: (window as unknown as Record<string, unknown>)[flagName],
  };
  const texts: string[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      if (
        ['img', 'iframe', 'object', 'embed', 'b', 'i'].includes(tag) ||
        (tag === 'script' && !el.hasAttribute('src'))
      )
        found.injected.push(el.outerHTML.slice(0, 120));
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.handlers.push(`${tag}[${attr.name}]`);
        if (
          ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name.toLowerCase()) &&
          /^\s*javascript:/i.test(attr.value)
        )
          found.scriptUrls.push(`${tag}[${attr.name}=${attr.value.slice(0, 60)}]`);
      }
      if (el.shadowRoot) {
        texts.push(el.shadowRoot.textContent ?? '');
        visit(el.shadowRoot);
      }
    }
  };
  texts.push(document.documentElement.textContent ?? '');
  visit(document);
  found.text = texts.join('\n');
  return found;
}

let session: ExtensionSession;
let control: Page;
let workDir: string;
let documents: KamerDocument[];

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-hostile-'));
  const file = join(workDir, 'hostile.txt');
  writeFileSync(file, hostileCorpusText());
  // The CLI, as a corpus maintainer would run it (docs/ARCHITECTURE.md, "Contracts": CLI JSON).
  const json = execFileSync('npx', ['tsx', 'utils/node/corpus-cli.ts', 'parse', file], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const corpus = JSON.parse(json) as Corpus;
  // A hostile sync source goes further than the text format allows: javascript: URLs on every
  // reference, the ones the extension turns into links.
  documents = corpus.documents.map((doc) => ({
    ...doc,
    references: doc.references.map((ref) => ({ ...ref, url: JS_URL })),
  }));
  const manifest = await writeTestBundle(documents, join(workDir, 'bundle'));
  // The manifest's version is shown in the options page: markup there too.
  manifest.version = `${IMG}v1`;
  writeFileSync(join(workDir, 'bundle', 'manifest.json'), JSON.stringify(manifest));
  session = await launchWithExtension();
  await servePage(session.context, PAGE_URL, officialPage());
  control = await extensionPage(session);
  const served = await serveBundle(session.context, join(workDir, 'bundle'), { name: 'hostile' });
  // The install's own sync of the bundled corpus first: choosing a source stops a sync in flight.
  await waitForStatus(control, (s) => s.last !== null && s.progress.state !== 'syncing', 120_000);
  await call(control, 'setSyncSource', { url: served.url });
  const status = await waitForStatus(
    control,
    (s) => settledOn(manifest.version)(s) || failed(s),
    120_000,
  );
  if (status.progress.state === 'error')
    throw new Error(`The hostile corpus did not sync: ${status.lastError?.message}`);
}, 180_000);

afterAll(async () => {
  await session?.close();
  rmSync(workDir, { recursive: true, force: true });
});

test('the CLI parses the hostile text into two sets that keep the markup as text', () => {
  expect(documents).toHaveLength(2);
  expect(documents[0].title).toBe(TITLE);
  const longest = Math.max(...documents[0].questions.map((q) => q.answer?.length ?? 0));
  expect(longest).toBeGreaterThanOrEqual(200_000);
  expect(documents[0].references.some((r) => r.url === JS_URL)).toBe(true);
});

/** Open a page, watch for dialogs and errors, run `show`, and check what it rendered. */
async function shows(url: string, show: (page: Page) => Promise<void>, expectText: string[]) {
  const page = await session.context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await show(page);
  const found = await page.evaluate(inspect, FLAG);
  for (const text of expectText) expect(found.text, `literal text ${text}`).toContain(text);
  expect(found.injected).toEqual([]);
  expect(found.handlers).toEqual([]);
  expect(found.scriptUrls).toEqual([]);
  expect(found.flag).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  return page;
}

test('annotated official page: the panel and its siblings show the markup as text', async () => {
  const page = await shows(
    PAGE_URL,
    async (p) => {
      await waitForAnnotation(p, 20_000);
      const panel = p.locator('[data-kamerlezer="panel"]');
      expect(await panel.getAttribute('data-kamerlezer-doc')).toBe(documents[0].id);
      await panel.locator('button.panel-toggle').click();
      await panel.locator(`li[data-kamerlezer-doc="${documents[1].id}"]`).first().waitFor();
      // The cited Kamerstuk the hostile source pointed at javascript: links to its official page.
      expect(
        await panel.locator('a[data-kamerlezer-ref="kst-26643-1315"]').first().getAttribute('href'),
      ).toBe('https://zoek.officielebekendmakingen.nl/kst-26643-1315.html');
      const compare = panel.locator('button.compare-toggle');
      if (await compare.count()) await compare.click();
      // Prior answers from the sibling (the 200 kB answer among them), where markers were placed.
      // (The open panel covers part of the page, so the markers are pressed without the mouse.)
      const markers = p.locator('[data-kamerlezer="prior-marker"] button');
      expect(await markers.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await markers.count()); i++)
        await markers.nth(i).evaluate((b: HTMLElement) => b.click());
    },
    [TITLE, 'Anna <b>Minister</b>'],
  );
  await page.close();
});

test('popup: a search finds the hostile sets and shows their titles as text', async () => {
  const page = await shows(
    session.url('popup.html'),
    async (p) => {
      await p.locator('input[type=search]').fill('vette kopjes hackers');
      await p.locator(`.results li[data-kamerlezer-doc="${documents[0].id}"]`).waitFor();
    },
    ['<b>', 'onerror='],
  );
  await page.close();
});

test('reader view: title, people, questions, the 200 kB answer and the links stay text', async () => {
  const page = await shows(
    session.url(`reader.html?id=${encodeURIComponent(documents[0].id)}`),
    async (p) => {
      await p.locator('h1').waitFor();
      expect(await p.locator('h1').textContent()).toBe(TITLE);
      await p.locator('.question').nth(3).waitFor();
    },
    [
      TITLE,
      '<b>Jan</b> Hackers',
      QUESTIONS[2],
      HUGE.slice(0, 2000),
      `<a href="${JS_URL}">deze link</a>`,
    ],
  );
  // The Kamerstuk the hostile source pointed at javascript: links to its official page instead.
  expect(
    await page.locator('a[data-kamerlezer-ref="kst-26643-1315"]').first().getAttribute('href'),
  ).toBe('https://zoek.officielebekendmakingen.nl/kst-26643-1315.html');
  await page.close();
});

test('side panel: the history entries of the page and reader visits show titles as text', async () => {
  await expect
    .poll(async () => (await call(control, 'listHistory', {})).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(1);
  // A visit whose page URL is javascript: (as a compromised caller could record it).
  await call(control, 'recordVisit', { documentId: documents[1].id, via: 'page', url: JS_URL });
  const page = await shows(
    session.url('sidepanel.html'),
    async (p) => {
      await p.locator(`.history-entry[data-kamerlezer-doc="${documents[1].id}"]`).first().waitFor();
      const entry = p
        .locator(`.history-day .history-entry[data-kamerlezer-doc="${documents[0].id}"]`)
        .first();
      await entry.waitFor();
      await entry.getByRole('button', { name: 'Verwante sets' }).click();
      await entry.locator('.entry-related .related').first().waitFor();
    },
    [TITLE],
  );
  await page.close();
});

test('overview: hostile party names and motions stay text', async () => {
  const page = await shows(
    session.url('overview.html'),
    async (p) => {
      await p.locator('svg[data-chart="by-party"]').waitFor();
    },
    ['Anna <b>Minister</b>'],
  );
  await page.close();
});

test("options: the hostile source's version and URL stay text", async () => {
  const page = await shows(
    session.url('options.html'),
    async (p) => {
      await p.locator('.last-sync').waitFor();
    },
    [`${IMG}v1`],
  );
  await page.close();
});
