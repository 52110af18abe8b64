/**
 * The answer clock of a set of Kamervragen: when it was asked, when the answer is due, whether
 * it is late, and how long the answer took.
 *
 * The rule (Reglement van Orde van de Tweede Kamer, the article on schriftelijke vragen: art. 12.2
 * since the 2021 revision, art. 134–135 before it, numbers not checked against the literal text;
 * docs/answer-clock.md has the sources): written questions are answered within three weeks; a
 * minister who cannot do so reports it to the Voorzitter with reasons (the "Mededeling (uitstel
 * antwoord)"), after which the Kamer expects the answer within six weeks. The Kamer's weekly list of
 * late sets uses exactly that: not answered within three weeks of submission, or within six weeks
 * after a postponement notice. So:
 *
 * - terms run in calendar days from the submission date (ingezonden): due = submitted + 21 days,
 *   or submitted + 42 days once a postponement notice is in (the six weeks count from submission,
 *   not from the notice); a second notice does not extend it further;
 * - weekends, holidays and recesses count: the Reglement names no exception for a recess (the
 *   Christmas recess included) and no shift of a deadline that falls on a weekend (the Algemene
 *   termijnenwet covers statutory terms, not the Kamer's own Reglement);
 * - an answer received on the due date is on time; the day after is one day late;
 * - the first answer stops the clock; a later "nader antwoord" (further answer) is shown but does
 *   not restart or move it;
 * - a notice that came after the three weeks had passed still gives the six weeks (the Kamer's
 *   list does), but is marked as reported late;
 * - withdrawn questions have no deadline.
 */
import type { KamerDocument } from '../corpus/model';
import { addDays, daysBetween, isIsoDate, type IsoDate } from './days';

export const TERM_DAYS = 21;
export const POSTPONED_TERM_DAYS = 42;

/** What the clock needs; KamerDocument has it when the official import filled it in. */
export interface ClockFacts {
  submittedOn?: IsoDate | null;
  answeredOn?: IsoDate | null;
  postponements?: readonly IsoDate[];
  withdrawn?: boolean;
  withdrawnOn?: IsoDate | null;
  /** Date of a later "nader antwoord", when there is one. */
  furtherAnswerOn?: IsoDate | null;
  /** The set has answers even if no date is known for them (a seed set's status). */
  answered?: boolean;
}

export type ClockState =
  /** No submission date known: nothing to count from. */
  | 'unknown'
  /** Unanswered, the due date not passed. */
  | 'open'
  /** Unanswered, past the due date. */
  | 'late'
  | 'answered-on-time'
  | 'answered-late'
  /** Answered, but the submission date (and so the term) is unknown. */
  | 'answered'
  | 'withdrawn';

export interface AnswerClock {
  state: ClockState;
  submittedOn: IsoDate | null;
  /** Due date without a postponement (submitted + 3 weeks). */
  firstDueOn: IsoDate | null;
  /** The first postponement notice before the answer, if any. */
  postponedOn: IsoDate | null;
  /** The notice came after the three weeks had passed. */
  postponedLate: boolean;
  /** The due date that applies: 6 weeks after a postponement notice, else 3. */
  dueOn: IsoDate | null;
  termWeeks: 3 | 6;
  answeredOn: IsoDate | null;
  furtherAnswerOn: IsoDate | null;
  withdrawnOn: IsoDate | null;
  /** Days from submission to the answer. */
  answerDays: number | null;
  /** Answered: days after the due date (0 when on time). Unanswered: days past it today (0 before). */
  daysLate: number;
  /** Unanswered and not late: days left until the due date (0 = due today). */
  daysLeft: number | null;
}

function validDate(value: IsoDate | null | undefined): IsoDate | null {
  return isIsoDate(value) ? value : null;
}

/** The clock of a set on `today` (an ISO date: callers pass it, tests fix it). */
export function answerClock(facts: ClockFacts, today: IsoDate): AnswerClock {
  const submittedOn = validDate(facts.submittedOn);
  const answeredOn = validDate(facts.answeredOn);
  const notices = (facts.postponements ?? [])
    .map((d) => validDate(d))
    .filter((d): d is IsoDate => d !== null)
    // A notice only counts before the answer (and not before the questions).
    .filter((d) => (!answeredOn || d <= answeredOn) && (!submittedOn || d >= submittedOn))
    .sort();
  const postponedOn = notices[0] ?? null;
  const firstDueOn = submittedOn ? addDays(submittedOn, TERM_DAYS) : null;
  const dueOn = submittedOn
    ? addDays(submittedOn, postponedOn ? POSTPONED_TERM_DAYS : TERM_DAYS)
    : null;
  const furtherAnswerOn = validDate(facts.furtherAnswerOn);
  const clock: AnswerClock = {
    state: 'unknown',
    submittedOn,
    firstDueOn,
    postponedOn,
    postponedLate: Boolean(postponedOn && firstDueOn && postponedOn > firstDueOn),
    dueOn,
    termWeeks: postponedOn ? 6 : 3,
    answeredOn,
    furtherAnswerOn:
      furtherAnswerOn && answeredOn && furtherAnswerOn > answeredOn ? furtherAnswerOn : null,
    withdrawnOn: validDate(facts.withdrawnOn),
    answerDays: null,
    daysLate: 0,
    daysLeft: null,
  };
  if (facts.withdrawn || clock.withdrawnOn) {
    // Withdrawn questions are not answered and have no deadline (an answer that came first stays).
    return answeredOn
      ? { ...clock, ...answeredClock(clock, answeredOn) }
      : { ...clock, state: 'withdrawn' };
  }
  if (answeredOn) return { ...clock, ...answeredClock(clock, answeredOn) };
  // Only a nader antwoord is known (its page names no first answer), or the set has answers with
  // no date: answered, the date unknown.
  if (furtherAnswerOn || facts.answered) return { ...clock, state: 'answered' };
  if (!dueOn) return clock;
  const overdue = daysBetween(dueOn, today);
  return overdue > 0
    ? { ...clock, state: 'late', daysLate: overdue }
    : { ...clock, state: 'open', daysLeft: daysBetween(today, dueOn) };
}

function answeredClock(
  clock: AnswerClock,
  answeredOn: IsoDate,
): Pick<AnswerClock, 'state' | 'answerDays' | 'daysLate'> {
  if (!clock.submittedOn || !clock.dueOn)
    return { state: 'answered', answerDays: null, daysLate: 0 };
  const late = Math.max(0, daysBetween(clock.dueOn, answeredOn));
  return {
    state: late > 0 ? 'answered-late' : 'answered-on-time',
    answerDays: daysBetween(clock.submittedOn, answeredOn),
    daysLate: late,
  };
}

/** The clock facts of a corpus set: its own fields, with the nader answer and withdrawal from its documents. */
export function clockFactsOf(
  doc: Pick<
    KamerDocument,
    'submittedOn' | 'answeredOn' | 'postponements' | 'withdrawn' | 'documents'
  > & { status?: KamerDocument['status'] },
): ClockFacts {
  const docs = doc.documents ?? [];
  const dated = (kind: string) =>
    docs
      .filter((d) => d.kind === kind && isIsoDate(d.date))
      .map((d) => d.date as IsoDate)
      .sort();
  const postponements = doc.postponements?.length ? [...doc.postponements] : dated('postponement');
  return {
    submittedOn: doc.submittedOn ?? dated('questions')[0] ?? null,
    answeredOn: doc.answeredOn ?? dated('answer')[0] ?? null,
    postponements,
    withdrawn: doc.withdrawn ?? false,
    withdrawnOn: dated('withdrawal')[0] ?? null,
    furtherAnswerOn: dated('nader-answer')[0] ?? null,
    ...(doc.status && doc.status !== 'unanswered' ? { answered: true } : {}),
  };
}

/** Fill what `primary` (the corpus) lacks from `fallback` (the page text). */
export function mergeClockFacts(primary: ClockFacts, fallback: ClockFacts): ClockFacts {
  return {
    submittedOn: primary.submittedOn ?? fallback.submittedOn ?? null,
    answeredOn: primary.answeredOn ?? fallback.answeredOn ?? null,
    postponements: primary.postponements?.length
      ? primary.postponements
      : (fallback.postponements ?? []),
    withdrawn: Boolean(primary.withdrawn || fallback.withdrawn),
    withdrawnOn: primary.withdrawnOn ?? fallback.withdrawnOn ?? null,
    furtherAnswerOn: primary.furtherAnswerOn ?? fallback.furtherAnswerOn ?? null,
    ...(primary.answered || fallback.answered ? { answered: true } : {}),
  };
}

/** Whether there is anything to show. */
export function hasClock(facts: ClockFacts): boolean {
  return Boolean(
    facts.submittedOn ||
    facts.answeredOn ||
    facts.withdrawn ||
    facts.postponements?.length ||
    facts.furtherAnswerOn,
  );
}

/**
 * Only ISO dates and flags, a bounded number: facts read from a page come from a content script
 * (the page's text) and are stored as given otherwise.
 */
export function sanitizeClockFacts(facts: ClockFacts | null | undefined): ClockFacts | undefined {
  if (!facts || typeof facts !== 'object') return undefined;
  const date = (v: unknown): IsoDate | null => (isIsoDate(v) ? v : null);
  return {
    submittedOn: date(facts.submittedOn),
    answeredOn: date(facts.answeredOn),
    postponements: (Array.isArray(facts.postponements) ? facts.postponements : [])
      .map(date)
      .filter((d): d is IsoDate => d !== null)
      .slice(0, 10),
    withdrawn: facts.withdrawn === true,
    withdrawnOn: date(facts.withdrawnOn),
    furtherAnswerOn: date(facts.furtherAnswerOn),
  };
}
