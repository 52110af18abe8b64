/**
 * The clock as one line of text, Dutch or English, with plurals:
 * "ingezonden 23 mei 2025 · antwoord uiterlijk 13 juni · uitstel gemeld 12 juni → uiterlijk 4 juli ·
 * 150 dagen over tijd", "ingezonden 23 mei 2025 · beantwoord na 41 dagen (3 weken termijn: 20
 * dagen te laat)". Dates in the submission's year drop the year after the first one.
 */
import type { Language } from '../i18n/translate';
import type { AnswerClock } from './deadline';
import type { IsoDate } from './days';

const MONTHS: Record<Language, string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "2025-05-23" → "23 mei 2025" ("23 May 2025"); without the year when it is `omitYear`. */
export function formatDate(iso: IsoDate, language: Language, omitYear?: string): string {
  const [year, month, day] = iso.split('-');
  const text = `${Number(day)} ${MONTHS[language][Number(month) - 1]}`;
  return year === omitYear ? text : `${text} ${year}`;
}

/** "1 dag", "2 dagen"; "1 day", "2 days" (0 is plural in both). */
export function days(n: number, language: Language): string {
  if (language === 'nl') return `${n} ${n === 1 ? 'dag' : 'dagen'}`;
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

const WORDS = {
  nl: {
    submitted: (d: string) => `ingezonden ${d}`,
    due: (d: string) => `antwoord uiterlijk ${d}`,
    postponed: (d: string, due: string, late: boolean) =>
      `uitstel gemeld ${d}${late ? ' (na de termijn)' : ''} → uiterlijk ${due}`,
    postponedAnswered: (d: string, late: boolean) =>
      `uitstel gemeld ${d}${late ? ' (na de termijn)' : ''}`,
    dueToday: 'vandaag de laatste dag',
    left: (n: number) => `nog ${days(n, 'nl')}`,
    overdue: (n: number) => `${days(n, 'nl')} over tijd`,
    answeredAfter: (n: number, weeks: number, late: number) =>
      `beantwoord na ${days(n, 'nl')} (${weeks} weken termijn: ${
        late > 0 ? `${days(late, 'nl')} te laat` : 'op tijd'
      })`,
    answeredOn: (d: string) => `beantwoord ${d}`,
    answered: 'beantwoord',
    further: (d: string) => `nader antwoord ${d}`,
    withdrawn: (d: string | null) => (d ? `ingetrokken ${d}` : 'ingetrokken'),
    noDate: 'datum van indiening onbekend',
  },
  en: {
    submitted: (d: string) => `submitted ${d}`,
    due: (d: string) => `answer due ${d}`,
    postponed: (d: string, due: string, late: boolean) =>
      `postponement notified ${d}${late ? ' (after the term)' : ''} → due ${due}`,
    postponedAnswered: (d: string, late: boolean) =>
      `postponement notified ${d}${late ? ' (after the term)' : ''}`,
    dueToday: 'due today',
    left: (n: number) => `${days(n, 'en')} left`,
    overdue: (n: number) => `${days(n, 'en')} overdue`,
    answeredAfter: (n: number, weeks: number, late: number) =>
      `answered after ${days(n, 'en')} (${weeks}-week term: ${
        late > 0 ? `${days(late, 'en')} late` : 'on time'
      })`,
    answeredOn: (d: string) => `answered ${d}`,
    answered: 'answered',
    further: (d: string) => `further answer ${d}`,
    withdrawn: (d: string | null) => (d ? `withdrawn ${d}` : 'withdrawn'),
    noDate: 'submission date unknown',
  },
} as const;

/** The clock's parts in reading order; empty when nothing is known. */
export function clockParts(clock: AnswerClock, language: Language): string[] {
  const w = WORDS[language];
  const year = clock.submittedOn?.slice(0, 4);
  const date = (iso: IsoDate) => formatDate(iso, language, year);
  const parts: string[] = [];
  if (clock.submittedOn) parts.push(w.submitted(formatDate(clock.submittedOn, language)));
  switch (clock.state) {
    case 'unknown':
      break;
    case 'open':
    case 'late':
      parts.push(w.due(date(clock.firstDueOn!)));
      if (clock.postponedOn)
        parts.push(w.postponed(date(clock.postponedOn), date(clock.dueOn!), clock.postponedLate));
      parts.push(
        clock.state === 'late'
          ? w.overdue(clock.daysLate)
          : clock.daysLeft === 0
            ? w.dueToday
            : w.left(clock.daysLeft ?? 0),
      );
      break;
    case 'answered-on-time':
    case 'answered-late':
      if (clock.postponedOn)
        parts.push(w.postponedAnswered(date(clock.postponedOn), clock.postponedLate));
      parts.push(w.answeredAfter(clock.answerDays ?? 0, clock.termWeeks, clock.daysLate));
      break;
    case 'answered':
      if (clock.postponedOn)
        parts.push(w.postponedAnswered(date(clock.postponedOn), clock.postponedLate));
      parts.push(clock.answeredOn ? w.answeredOn(date(clock.answeredOn)) : w.answered);
      break;
    case 'withdrawn':
      parts.push(w.withdrawn(clock.withdrawnOn ? date(clock.withdrawnOn) : null));
      break;
  }
  if (clock.furtherAnswerOn) parts.push(w.further(date(clock.furtherAnswerOn)));
  return parts;
}

/** The one-line clock, parts joined by " · "; "" when nothing is known. */
export function clockLine(clock: AnswerClock, language: Language): string {
  return clockParts(clock, language).join(' · ');
}

/** How the line should look: late (over the term), ok (answered in time), or neutral. */
export function clockTone(clock: AnswerClock): 'late' | 'ok' | 'open' | 'neutral' {
  if (clock.state === 'late' || clock.state === 'answered-late') return 'late';
  if (clock.state === 'answered-on-time') return 'ok';
  if (clock.state === 'open') return 'open';
  return 'neutral';
}
