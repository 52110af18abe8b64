/**
 * The language the reader chose in the options page ('nl', 'en'), or 'auto' to follow the
 * browser. Stored in storage.local under LANGUAGE_SETTING_KEY so every surface (and the page
 * annotations) can read the same choice.
 */
import { detectLanguage, type Language } from '../i18n/translate';

export const LANGUAGE_SETTING_KEY = 'kamerlezer:language';

export type LanguageSetting = Language | 'auto';

export function parseLanguageSetting(value: unknown): LanguageSetting {
  return value === 'nl' || value === 'en' ? value : 'auto';
}

export function resolveLanguage(
  setting: LanguageSetting,
  browserLanguages: readonly string[] | undefined,
): Language {
  return setting === 'auto' ? detectLanguage(browserLanguages) : setting;
}
