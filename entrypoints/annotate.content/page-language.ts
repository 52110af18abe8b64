/**
 * The annotations speak the language the reader chose in the options page (shared setting in
 * storage.local), else the browser's: Dutch first, English when the browser is English.
 */
import { browser } from 'wxt/browser';
import type { Language } from '../../utils/i18n/translate';
import { LANGUAGE_SETTING_KEY, parseLanguageSetting, resolveLanguage } from '../../utils/ui/language-setting';

export async function pageLanguage(): Promise<Language> {
  let stored: unknown;
  try {
    stored = (await browser.storage.local.get(LANGUAGE_SETTING_KEY))[LANGUAGE_SETTING_KEY];
  } catch {
    stored = undefined; // storage unavailable: follow the browser
  }
  return resolveLanguage(parseLanguageSetting(stored), navigator.languages);
}
