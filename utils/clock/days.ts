/**
 * Calendar-day arithmetic on ISO dates ("2025-05-23"), as the Kamer counts its answer terms:
 * whole days, no time of day, no time zone. Dates are carried as ISO strings (JSON-safe, sortable)
 * and converted to a day number (days since 1970-01-01) to count.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether `year-month-day` is a real calendar date (no 31 April, 29 February only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2025-05-23" → the day number, or null when it is not a real ISO date. */
export function dayNumber(iso: IsoDate): number | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(year, month, day)) return null;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function fromDayNumber(days: number): IsoDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const n = dayNumber(iso);
  if (n === null) throw new Error(`Not an ISO date: ${iso}`);
  return fromDayNumber(n + days);
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) throw new Error(`Not an ISO date: ${a === null ? from : to}`);
  return b - a;
}

/**
 * "Today" as a reader in the Netherlands sees it: the calendar date in Europe/Amsterdam of the
 * given moment (a set due today is not late at 00:30 Amsterdam time, which is 23:30 UTC the day
 * before). Callers pass the moment, so tests fix it.
 */
export function todayIn(moment: Date, timeZone = 'Europe/Amsterdam'): IsoDate {
  try {
    // en-CA formats as YYYY-MM-DD.
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(moment);
  } catch {
    return moment.toISOString().slice(0, 10);
  }
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && dayNumber(value) !== null;
}
