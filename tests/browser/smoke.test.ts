import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionSession } from '../support/browser-harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => session?.close());

test('the built extension loads and its popup has a search field', async () => {
  const page = await session.context.newPage();
  await page.goto(session.url('popup.html'));
  await expect(page.locator('input[type=search]').count()).resolves.toBe(1);
});
