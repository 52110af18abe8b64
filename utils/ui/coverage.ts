/**
 * What the local index covers, in one plain line for the options page and the popup:
 * "index: 52.311 sets, 1 sep 2008 – 30 nov 2026, bijgewerkt 3 uur geleden" (Dutch) or
 * "index: 52,311 sets, 1 Sep 2008 – 30 Nov 2026, updated 3 hours ago". "Updated" is when the
 * bundle was built (the source's freshness), else when it was synced.
 */
import type { SyncStatus } from '../store/types';
import type { Language } from '../i18n/translate';
import type { UiTranslate } from '../i18n/strings-ui';

const MONTHS: Record<Language, string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "2008-09-01" → "1 sep 2008" / "1 Sep 2008". */
export function shortDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[language][m - 1] ?? ''} ${y}`;
}

/** "3 uur geleden", "gisteren", "3 hours ago", "yesterday". */
export function timeAgo(iso: string, language: Language, now: number = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    numeric: 'auto',
  });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['second', 60],
    ['minute', 60],
    ['hour', 24],
    ['day', 30],
    ['month', 12],
    ['year', Infinity],
  ];
  let value = Math.min(0, seconds);
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size || unit === 'year') {
      return unit === 'second' && Math.abs(value) < 45
        ? format.format(0, 'minute')
        : format.format(Math.round(value), unit);
    }
    value /= size;
  }
  return format.format(0, 'minute');
}

export function coverageLine(
  last: NonNullable<SyncStatus['last']>,
  t: UiTranslate,
  language: Language,
  now: number = Date.now(),
): string {
  const sets = last.sets.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB');
  const coverage = last.coverage;
  const ago = timeAgo(coverage?.generatedAt ?? last.at, language, now);
  if (coverage?.firstDate && coverage.lastDate)
    return t('indexCoverage', {
      sets,
      from: shortDate(coverage.firstDate, language),
      to: shortDate(coverage.lastDate, language),
      ago,
    });
  return t('indexCoverageUndated', { sets, ago });
}
