import { describe, expect, test } from 'vitest';
import { uiStrings, uiTranslator } from '../../../utils/i18n/strings-ui';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  test('both languages have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(uiStrings.en).sort()).toEqual(Object.keys(uiStrings.nl).sort());
    for (const key of Object.keys(uiStrings.nl) as (keyof typeof uiStrings.nl)[]) {
      expect(uiStrings.nl[key].trim(), key).not.toBe('');
      expect(uiStrings.en[key].trim(), key).not.toBe('');
      expect(placeholders(uiStrings.en[key]), key).toEqual(placeholders(uiStrings.nl[key]));
    }
  });

  test('the answers-arrived mark reads as the issue asks, in Dutch first', () => {
    expect(uiTranslator('nl')('answeredSinceVisit')).toBe('beantwoord sinds je laatste bezoek');
    expect(uiTranslator('en')('resultsCount', { count: 3 })).toBe('3 sets found');
  });
});
