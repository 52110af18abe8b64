import { describe, expect, it } from 'vitest';
import { uiTranslator } from '../../../utils/i18n/strings-ui';
import { coverageLine, shortDate, timeAgo } from '../../../utils/ui/coverage';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const last = {
  at: '2026-12-01T11:00:00Z',
  source: 'https://kamerlezer.github.io/kamerlezer/official/manifest.json',
  version: 'v',
  sets: 52_311,
  questions: 400_000,
  bytes: 1,
  coverage: {
    source: 'official',
    generatedAt: '2026-12-01T09:00:00Z',
    firstDate: '2008-09-01',
    lastDate: '2026-11-30',
    setsPerYear: { '2008': 800 },
  },
};

describe('coverage line', () => {
  it('says it plainly, Dutch first and English too', () => {
    expect(coverageLine(last, uiTranslator('nl'), 'nl', NOW)).toBe(
      'index: 52.311 sets, 1 sep 2008 – 30 nov 2026, bijgewerkt 3 uur geleden',
    );
    expect(coverageLine(last, uiTranslator('en'), 'en', NOW)).toBe(
      'index: 52,311 sets, 1 Sep 2008 – 30 Nov 2026, updated 3 hours ago',
    );
  });
  it('a bundle without coverage (the seed) still says its size and age', () => {
    const { coverage: _c, ...seed } = last;
    expect(coverageLine({ ...seed, sets: 19 }, uiTranslator('nl'), 'nl', NOW)).toBe(
      'index: 19 sets, bijgewerkt 1 uur geleden',
    );
  });
  it('dates and ages', () => {
    expect(shortDate('2025-05-03', 'nl')).toBe('3 mei 2025');
    expect(timeAgo('2026-11-30T12:00:00Z', 'nl', NOW)).toBe('gisteren');
    expect(timeAgo('2026-12-01T11:59:50Z', 'en', NOW)).toBe('this minute');
  });
});
