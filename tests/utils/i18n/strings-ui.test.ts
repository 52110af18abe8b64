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

describe('sync failure strings', () => {
  test('Dutch and English have the same keys and placeholders; codes read in Dutch first', async () => {
    const { syncStrings, describeFailure } = await import('../../../utils/ui/strings-sync');
    expect(Object.keys(syncStrings.en).sort()).toEqual(Object.keys(syncStrings.nl).sort());
    for (const key of Object.keys(syncStrings.nl) as (keyof typeof syncStrings.nl)[])
      expect(placeholders(syncStrings.en[key]), key).toEqual(placeholders(syncStrings.nl[key]));
    const shrink = { message: 'x', code: 'shrink', params: { from: 30, to: 10 } };
    expect(describeFailure(shrink, 'nl')).toMatch(/^De bron biedt nu 10 sets aan in plaats van 30/);
    expect(describeFailure(shrink, 'en')).toMatch(/^The source now offers 10 sets instead of 30/);
    expect(describeFailure({ message: 'HTTP 404 for x' }, 'nl')).toBe('HTTP 404 for x');
  });
});
