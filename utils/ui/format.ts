/** Small formatting helpers shared by the pages (no browser API). */
import type { Language } from '../i18n/translate';

/** [4, 5] → "4 en 5"; [1, 2, 3] → "1, 2 en 3" (English: "and"). */
export function joinNumbers(numbers: readonly number[], language: Language): string {
  const and = language === 'nl' ? 'en' : 'and';
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} ${and} ${numbers[numbers.length - 1]}`;
}

/** 1536 → "1,5 kB" (nl) / "1.5 kB" (en); decimal units as browsers report storage. */
export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${units[unit]}`;
}

export function formatDateTime(iso: string | number, language: Language): string {
  return new Date(iso).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** "28 nov 2026" (nl) / "28 Nov 2026" (en): a day, as the page panel names the index's date. */
export function formatDay(iso: string | number, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return date
    .toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
    .replace('.', '');
}
