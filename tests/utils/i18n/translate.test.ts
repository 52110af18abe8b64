import { describe, expect, test } from 'vitest';
import { createTranslator, detectLanguage, type StringTable } from '../../../utils/i18n/translate';

const table: StringTable<'hello' | 'count'> = {
  nl: { hello: 'Hallo', count: '{count} resultaten voor {query}' },
  en: { hello: 'Hello', count: '{count} results for {query}' },
};

describe('i18n', () => {
  test('Dutch is the default and the fallback', () => {
    expect(detectLanguage('nl-NL')).toBe('nl');
    expect(detectLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLanguage('de-DE')).toBe('nl');
    expect(detectLanguage(undefined)).toBe('nl');
  });
  test('placeholders are filled, unknown ones stay visible', () => {
    const t = createTranslator(table, 'en');
    expect(t('hello')).toBe('Hello');
    expect(t('count', { count: 3, query: 'noodfonds' })).toBe('3 results for noodfonds');
    expect(t('count', { count: 3 })).toBe('3 results for {query}');
  });
});
