/**
 * The reader's settings a page needs, read in one storage call before anything else happens on
 * the page: the per-site on/off switch (options page) and the language of the annotations (the
 * reader's choice, else the browser's: Dutch first, English when the browser is English).
 */
import { browser } from 'wxt/browser';
import type { Language } from '../../utils/i18n/translate';
import {
  parseSiteSwitches,
  SITE_SWITCH_KEY,
  type SiteSwitches,
} from '../../utils/extension/site-switch';
import {
  LANGUAGE_SETTING_KEY,
  parseLanguageSetting,
  resolveLanguage,
} from '../../utils/extension/language-setting';

export interface PageSettings {
  language: Language;
  sites: SiteSwitches;
}

export async function pageSettings(): Promise<PageSettings> {
  let stored: Record<string, unknown> = {};
  try {
    stored = await browser.storage.local.get([LANGUAGE_SETTING_KEY, SITE_SWITCH_KEY]);
  } catch {
    // Storage unavailable: follow the browser, every site on.
  }
  return {
    language: resolveLanguage(
      parseLanguageSetting(stored[LANGUAGE_SETTING_KEY]),
      navigator.languages,
    ),
    sites: parseSiteSwitches(stored[SITE_SWITCH_KEY]),
  };
}
