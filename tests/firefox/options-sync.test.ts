/**
 * The options page's own flow in Firefox: typing a sync source and saving it asks for that
 * host's permission (optional_permissions in MV2), and the sync reads a bundle served without
 * CORS headers, which only a granted host permission allows. Firefox's permission prompt is
 * turned off (extensions.webextOptionalPermissionPrompts), so the request is granted as a
 * reader's "Allow" would; the click is a real user gesture (WebDriver BiDi input).
 * Chromium cannot answer its prompt from a test: its sync tests call setSyncSource directly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  bundledDocuments,
  bundledManifest,
  settledOn,
  writeTestBundle,
} from '../support/browser-harness';
import { numberedDocument } from '../support/documents';
import { callFrom, type BrowserDriver } from '../browser/drivers/driver';
import { launchFirefox } from '../browser/drivers/firefox';
import { serveBundleOverHttp, type BundleServer } from '../browser/drivers/sync-server';

let driver: BrowserDriver;
let server: BundleServer;
let workDir: string;
let version: string;
const extra = { ...numberedDocument(501, 'answered'), id: 'kv-test-options-set' };

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'kamerlezer-options-'));
  driver = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  const documents = [...bundledDocuments(driver.extensionDir), extra];
  version = (await writeTestBundle(documents, join(workDir, 'bundle'))).version;
  server = await serveBundleOverHttp(join(workDir, 'bundle'), { cors: false });
}, 90_000);
afterAll(async () => {
  await server?.close();
  await driver?.close();
  rmSync(workDir, { recursive: true, force: true });
});

const originsQuery = (origin: string): { origins: string[] } => ({ origins: [origin] });

test('saving a sync source in the options page grants its host, and the sync then reads it', async () => {
  const options = await driver.openExtensionPage('options.html');
  const seed = bundledManifest(driver.extensionDir);
  const start = Date.now();
  while (!settledOn(seed.version)(await callFrom(options, 'syncStatus', {}))) {
    if (Date.now() - start > 30_000) throw new Error('The seed did not load');
    await new Promise((r) => setTimeout(r, 50));
  }
  const granted = () =>
    options.evaluate(
      (query) =>
        (
          globalThis as unknown as {
            browser: { permissions: { contains(q: object): Promise<boolean> } };
          }
        ).browser.permissions.contains(query),
      originsQuery('http://127.0.0.1/*'),
    );
  expect(await granted()).toBe(false);

  await options.fill('#sync-source', server.url);
  await options.click('.source-form button.primary');
  await options.waitFor(() => document.querySelector('.source-form p.ok'));
  expect(await granted()).toBe(true);
  const status = await (async () => {
    for (;;) {
      const s = await callFrom(options, 'syncStatus', {});
      if (settledOn(version)(s) || s.progress.state === 'error') return s;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  expect(status.lastError).toBeNull();
  expect(status.last).toMatchObject({ source: server.url, sets: 20 });
  expect((await callFrom(options, 'getDocument', { id: extra.id }))?.id).toBe(extra.id);
  expect(server.requests[0]).toBe('manifest.json');
  // The page shows the sync's figures live.
  await options.waitFor(() => document.querySelector('.sync-state[data-state="done"]'));
});
