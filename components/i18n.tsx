/**
 * The language of the extension's pages: the options setting, else the browser's language.
 * Pages wrap themselves in <I18nProvider> and components call useT().
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Language } from '../utils/i18n/translate';
import { uiTranslator, type UiTranslate } from '../utils/i18n/strings-ui';
import {
  LANGUAGE_SETTING_KEY,
  parseLanguageSetting,
  resolveLanguage,
  type LanguageSetting,
} from '../utils/extension/language-setting';

interface I18n {
  language: Language;
  setting: LanguageSetting;
  t: UiTranslate;
}

const initial = resolveLanguage(
  'auto',
  typeof navigator === 'undefined' ? [] : navigator.languages,
);
const I18nContext = createContext<I18n>({
  language: initial,
  setting: 'auto',
  t: uiTranslator(initial),
});

export function useT(): UiTranslate {
  return useContext(I18nContext).t;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export async function saveLanguageSetting(setting: LanguageSetting): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_SETTING_KEY]: setting });
}

export function I18nProvider({
  children,
  language,
}: {
  children: ComponentChildren;
  language?: Language;
}) {
  const [setting, setSetting] = useState<LanguageSetting>(language ?? 'auto');
  useEffect(() => {
    if (language) return;
    const storage = browser.storage?.local;
    if (!storage) return;
    void storage
      .get(LANGUAGE_SETTING_KEY)
      .then((stored) => setSetting(parseLanguageSetting(stored[LANGUAGE_SETTING_KEY])));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && LANGUAGE_SETTING_KEY in changes)
        setSetting(parseLanguageSetting(changes[LANGUAGE_SETTING_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [language]);
  const resolved = language ?? resolveLanguage(setting, navigator.languages);
  useEffect(() => {
    document.documentElement.lang = resolved;
  }, [resolved]);
  return (
    <I18nContext.Provider value={{ language: resolved, setting, t: uiTranslator(resolved) }}>
      {children}
    </I18nContext.Provider>
  );
}
