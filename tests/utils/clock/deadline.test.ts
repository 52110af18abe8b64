import { describe, expect, it } from 'vitest';
import {
  answerClock,
  clockFactsOf,
  mergeClockFacts,
  POSTPONED_TERM_DAYS,
  TERM_DAYS,
} from '../../../utils/clock/deadline';
import { addDays, daysBetween, dayNumber, todayIn } from '../../../utils/clock/days';

describe('calendar days', () => {
  it('adds and counts whole days across months, years and leap days', () => {
    expect(addDays('2025-05-23', 21)).toBe('2025-06-13');
    expect(addDays('2025-12-20', 21)).toBe('2026-01-10');
    expect(addDays('2024-02-20', 21)).toBe('2024-03-12'); // 29 February counts
    expect(daysBetween('2025-05-23', '2025-07-03')).toBe(41);
    expect(daysBetween('2025-07-03', '2025-05-23')).toBe(-41);
  });
  it('rejects dates that do not exist', () => {
    expect(dayNumber('2025-02-29')).toBeNull();
    expect(dayNumber('2025-04-31')).toBeNull();
    expect(dayNumber('23-05-2025')).toBeNull();
    expect(dayNumber('2024-02-29')).not.toBeNull();
  });
  it('takes today as the calendar date in Amsterdam', () => {
    // 23:30 UTC on 12 June is 01:30 on 13 June in Amsterdam (CEST).
    expect(todayIn(new Date('2025-06-12T23:30:00Z'))).toBe('2025-06-13');
    expect(todayIn(new Date('2025-06-12T12:00:00Z'))).toBe('2025-06-12');
  });
});

describe('answer clock', () => {
  it('gives three weeks in calendar days from submission', () => {
    expect(TERM_DAYS).toBe(21);
    const clock = answerClock({ submittedOn: '2025-05-23' }, '2025-06-01');
    expect(clock).toMatchObject({
      state: 'open',
      dueOn: '2025-06-13',
      firstDueOn: '2025-06-13',
      termWeeks: 3,
      daysLeft: 12,
      daysLate: 0,
    });
  });

  it('a set asked on a Friday is due on the Friday three weeks later, not moved to a weekday', () => {
    // 23 May 2025 is a Friday.
    expect(new Date('2025-05-23T12:00:00Z').getUTCDay()).toBe(5);
    const clock = answerClock({ submittedOn: '2025-05-23' }, '2025-06-13');
    expect(clock.dueOn).toBe('2025-06-13');
    expect(new Date('2025-06-13T12:00:00Z').getUTCDay()).toBe(5);
    expect(clock).toMatchObject({ state: 'open', daysLeft: 0 });
    // Due on a Sunday stays a Sunday: the Reglement does not shift weekend deadlines.
    expect(answerClock({ submittedOn: '2025-05-25' }, '2025-06-01').dueOn).toBe('2025-06-15');
  });

  it('counts the Christmas recess like any other days (the Reglement makes no exception)', () => {
    // Submitted Friday 12 December 2025, before the recess (19 Dec – 12 Jan).
    const open = answerClock({ submittedOn: '2025-12-12' }, '2025-12-20');
    expect(open.dueOn).toBe('2026-01-02');
    const late = answerClock({ submittedOn: '2025-12-12' }, '2026-01-12');
    expect(late).toMatchObject({ state: 'late', daysLate: 10 });
    const postponed = answerClock(
      { submittedOn: '2025-12-12', postponements: ['2025-12-30'] },
      '2026-01-12',
    );
    expect(postponed).toMatchObject({ state: 'open', dueOn: '2026-01-23', daysLeft: 11 });
  });

  it('is late from the day after the due date', () => {
    expect(answerClock({ submittedOn: '2025-05-23' }, '2025-06-14')).toMatchObject({
      state: 'late',
      daysLate: 1,
    });
  });

  it('a postponement notice gives six weeks from submission, not from the notice', () => {
    expect(POSTPONED_TERM_DAYS).toBe(42);
    const clock = answerClock(
      { submittedOn: '2025-05-23', postponements: ['2025-06-12'] },
      '2025-12-01',
    );
    expect(clock).toMatchObject({
      state: 'late',
      firstDueOn: '2025-06-13',
      postponedOn: '2025-06-12',
      postponedLate: false,
      dueOn: '2025-07-04',
      termWeeks: 6,
      daysLate: 150,
    });
  });

  it('a second notice does not extend the term, a late notice is marked but still counts', () => {
    const twice = answerClock(
      { submittedOn: '2025-05-23', postponements: ['2025-07-01', '2025-06-12'] },
      '2025-07-10',
    );
    expect(twice).toMatchObject({ postponedOn: '2025-06-12', dueOn: '2025-07-04', daysLate: 6 });
    const lateNotice = answerClock(
      { submittedOn: '2025-05-23', postponements: ['2025-06-20'] },
      '2025-06-25',
    );
    expect(lateNotice).toMatchObject({ postponedLate: true, dueOn: '2025-07-04', state: 'open' });
  });

  it('answered: days taken and days over the term that applied', () => {
    const late = answerClock({ submittedOn: '2025-05-23', answeredOn: '2025-07-03' }, '2025-12-01');
    expect(late).toMatchObject({ state: 'answered-late', answerDays: 41, daysLate: 20 });
    const onDueDate = answerClock(
      { submittedOn: '2025-05-23', answeredOn: '2025-06-13' },
      '2025-12-01',
    );
    expect(onDueDate).toMatchObject({ state: 'answered-on-time', answerDays: 21, daysLate: 0 });
    const postponed = answerClock(
      { submittedOn: '2025-05-23', postponements: ['2025-06-12'], answeredOn: '2025-07-03' },
      '2025-12-01',
    );
    expect(postponed).toMatchObject({ state: 'answered-on-time', termWeeks: 6, daysLate: 0 });
  });

  it('ignores a "notice" dated after the answer', () => {
    const clock = answerClock(
      { submittedOn: '2025-05-23', answeredOn: '2025-06-10', postponements: ['2025-06-20'] },
      '2025-12-01',
    );
    expect(clock).toMatchObject({ postponedOn: null, termWeeks: 3, state: 'answered-on-time' });
  });

  it('a nader antwoord is shown but the first answer stops the clock', () => {
    const clock = answerClock(
      { submittedOn: '2025-05-23', answeredOn: '2025-06-10', furtherAnswerOn: '2025-09-01' },
      '2025-12-01',
    );
    expect(clock).toMatchObject({
      state: 'answered-on-time',
      answerDays: 18,
      furtherAnswerOn: '2025-09-01',
    });
    // Only the nader antwoord known (its page does not name the first): answered, no term.
    expect(
      answerClock({ submittedOn: '2025-05-23', furtherAnswerOn: '2025-09-01' }, '2025-12-01'),
    ).toMatchObject({ state: 'answered', daysLate: 0 });
  });

  it('withdrawn questions have no deadline', () => {
    const clock = answerClock(
      { submittedOn: '2025-05-23', withdrawn: true, withdrawnOn: '2025-06-02' },
      '2025-12-01',
    );
    expect(clock).toMatchObject({ state: 'withdrawn', daysLate: 0, withdrawnOn: '2025-06-02' });
    expect(answerClock({ withdrawn: true }, '2025-12-01').state).toBe('withdrawn');
  });

  it('without a submission date there is nothing to count', () => {
    expect(answerClock({}, '2025-12-01').state).toBe('unknown');
    expect(answerClock({ answeredOn: '2025-06-10' }, '2025-12-01')).toMatchObject({
      state: 'answered',
      answerDays: null,
    });
    expect(answerClock({ submittedOn: 'not a date' }, '2025-12-01').state).toBe('unknown');
  });

  it('a set the corpus knows as answered, with no answer date, is not counted late', () => {
    expect(answerClock({ submittedOn: '2025-05-22', answered: true }, '2026-12-01')).toMatchObject({
      state: 'answered',
      daysLate: 0,
      answerDays: null,
    });
    expect(clockFactsOf({ status: 'partially-answered' }).answered).toBe(true);
    expect(clockFactsOf({ status: 'unanswered' }).answered).toBeUndefined();
  });

  it('reads the facts of an official set, its documents filling what the fields lack', () => {
    const facts = clockFactsOf({
      submittedOn: null,
      answeredOn: null,
      documents: [
        { kind: 'questions', number: '2025D1', obId: null, url: null, date: '2025-05-23' },
        { kind: 'postponement', number: '2025D2', obId: null, url: null, date: '2025-06-12' },
        { kind: 'answer', number: '2025D3', obId: null, url: null, date: '2025-07-03' },
        { kind: 'nader-answer', number: '2025D4', obId: null, url: null, date: '2025-08-01' },
      ],
    });
    expect(facts).toMatchObject({
      submittedOn: '2025-05-23',
      answeredOn: '2025-07-03',
      postponements: ['2025-06-12'],
      furtherAnswerOn: '2025-08-01',
    });
    expect(clockFactsOf({})).toMatchObject({ submittedOn: null, postponements: [] });
  });

  it('fills what the corpus lacks from the page', () => {
    expect(
      mergeClockFacts(
        { submittedOn: null, answeredOn: '2025-07-03', postponements: [] },
        { submittedOn: '2025-05-23', answeredOn: '2025-07-04', postponements: ['2025-06-12'] },
      ),
    ).toMatchObject({
      submittedOn: '2025-05-23',
      answeredOn: '2025-07-03',
      postponements: ['2025-06-12'],
    });
  });
});
