/**
 * One small interface over the two browsers the extension is tested in, so that a core check
 * (tests/browser/core/core-checks.ts) is written once and runs in both: Playwright driving
 * Debian's Chromium with .output/chrome-mv3 (./chromium.ts), puppeteer-core driving Debian's
 * firefox-esr over WebDriver BiDi with .output/firefox-mv2 as a temporary add-on (./firefox.ts).
 * Every wait is on a condition in the page, never a fixed sleep.
 */
import type { MessageName, Reply, RequestOf, ResponseOf } from '../../../utils/extension/protocol';

export type BrowserName = 'chromium' | 'firefox';

/** A response served at an official site's real address instead of the network. */
export interface ServedResponse {
  status?: number;
  headers?: Record<string, string>;
  body: string;
}

export interface DriverPage {
  /** Run `fn` in the page (its main world; for an extension page, with the extension's APIs). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Wait until `fn` returns something truthy in the page; throws after `timeoutMs` (30 s). */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Type `text` into the field `selector` names, replacing what it held, as a reader would. */
  fill(selector: string, text: string): Promise<void>;
  /** Click the element `selector` names (a trusted click: it counts as a user gesture). */
  click(selector: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchDriverOptions {
  /** Browser preferences (Firefox only), e.g. { 'dom.indexedDB.enabled': false }. */
  prefs?: Record<string, string | number | boolean>;
  /** Let the extension run in private windows (Firefox only; off by default, as for a user). */
  allowPrivateBrowsing?: boolean;
}

export interface BrowserDriver {
  readonly name: BrowserName;
  /** The built extension this browser runs (.output/chrome-mv3 or .output/firefox-mv2). */
  readonly extensionDir: string;
  /** chrome-extension://<id>/<path> or moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  /** Serve `response` at `url` (exact, query included) for every page opened after this call. */
  serve(url: string, response: ServedResponse): Promise<void>;
  /** A new tab at `url`, loaded (the content script may still be working). */
  openPage(url: string): Promise<DriverPage>;
  /** A new tab at one of the extension's pages (popup.html, sidepanel.html, options.html…). */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** A tab the browser or the extension opened, once its address starts with `prefix`. */
  waitForTab(prefix: string, timeoutMs?: number): Promise<DriverPage>;
  close(): Promise<void>;
}

/** Send one protocol message from an extension page and return its result (throws its error). */
export async function callFrom<N extends MessageName>(
  page: DriverPage,
  name: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  const reply = (await page.evaluate(
    // Runs in the extension page: `browser` in Firefox, `chrome` in Chromium.
    ([n, p]) => {
      const api = globalThis as unknown as Record<
        'browser' | 'chrome',
        { runtime: { sendMessage(m: unknown): Promise<unknown> } } | undefined
      >;
      return (api.browser ?? api.chrome)!.runtime.sendMessage({ kamerlezer: n, payload: p });
    },
    [name, payload] as const,
  )) as Reply<N> | undefined;
  if (!reply) throw new Error(`No answer to ${name}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}

/** The official sites the content script runs on: a request there that no test serves gets a 404. */
export const OFFICIAL_HOSTS = [
  'www.tweedekamer.nl',
  'tweedekamer.nl',
  'zoek.officielebekendmakingen.nl',
  'www.officielebekendmakingen.nl',
  'www.rijksoverheid.nl',
  'rijksoverheid.nl',
];
