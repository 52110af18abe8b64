/**
 * The saved-style fixture pages (tests/fixtures/pages) and the official addresses the browser
 * tests serve them at (through context.route), so the content script's match patterns apply.
 * One list, so every test file means the same page by the same address.
 */
import type { BrowserContext } from 'playwright-core';
import { readFixture, servePage } from '../support/browser-harness';

export const FIXTURE_PAGES = {
  /** tweedekamer.nl Kamervragen page: the techgiganten set addressed to SZW (UWV). */
  uwv: {
    url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z10883&did=2025D23456',
    file: 'tweedekamer-kamervragen-techgiganten-uwv.html',
  },
  /** officielebekendmakingen.nl questions (kv-tk-): the same questions to OCW (DUO). */
  duo: {
    url: 'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10884.html',
    file: 'ob-kv-tk-techgiganten-duo.html',
  },
  /** officielebekendmakingen.nl answers (ah-tk-): Noodfonds, joint answers and footnotes. */
  noodfonds: {
    url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2345.html',
    file: 'ob-ah-tk-noodfonds.html',
  },
  /** officielebekendmakingen.nl Kamerstuk (kst-): the motion-Kathmann. */
  motie: {
    url: 'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
    file: 'ob-kst-26643-1315-motie.html',
  },
  /** rijksoverheid.nl answers published by a ministry. */
  emancipatie: {
    url: 'https://www.rijksoverheid.nl/documenten/kamerstukken/2025/06/02/antwoorden-kamervragen-emancipatiebeleid-en-digitalisering',
    file: 'rijksoverheid-antwoorden-emancipatie.html',
  },
  /** rijksoverheid.nl Kamerstuk with no set of questions. */
  unrelated: {
    url: 'https://www.rijksoverheid.nl/documenten/kamerstukken/2025/03/01/kamerbrief-fietsparkeren',
    file: 'rijksoverheid-unrelated.html',
  },
} as const;

export type FixturePage = keyof typeof FIXTURE_PAGES;

/** Serve the named fixture pages at their official addresses in this browser context. */
export async function serveFixturePages(
  context: BrowserContext,
  pages: readonly FixturePage[],
): Promise<void> {
  for (const name of pages)
    await servePage(context, FIXTURE_PAGES[name].url, readFixture(FIXTURE_PAGES[name].file));
}
