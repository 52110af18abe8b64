import { describe, expect, it } from 'vitest';
import { clockLine, clockTone, days, formatDate } from '../../../utils/clock/clock-text';
import { answerClock, type ClockFacts } from '../../../utils/clock/deadline';

const line = (facts: ClockFacts, today: string, language: 'nl' | 'en' = 'nl') =>
  clockLine(answerClock(facts, today), language);

describe('clock line', () => {
  it('says the issue’s postponed, overdue example word for word', () => {
    expect(line({ submittedOn: '2025-05-23', postponements: ['2025-06-12'] }, '2025-12-01')).toBe(
      'ingezonden 23 mei 2025 · antwoord uiterlijk 13 juni · uitstel gemeld 12 juni → uiterlijk 4 juli · 150 dagen over tijd',
    );
    expect(
      line({ submittedOn: '2025-05-23', postponements: ['2025-06-12'] }, '2025-12-01', 'en'),
    ).toBe(
      'submitted 23 May 2025 · answer due 13 June · postponement notified 12 June → due 4 July · 150 days overdue',
    );
  });

  it('says how long an answer took and by how much it missed the term', () => {
    expect(line({ submittedOn: '2025-05-23', answeredOn: '2025-07-03' }, '2025-12-01')).toBe(
      'ingezonden 23 mei 2025 · beantwoord na 41 dagen (3 weken termijn: 20 dagen te laat)',
    );
    expect(line({ submittedOn: '2025-05-23', answeredOn: '2025-07-03' }, '2025-12-01', 'en')).toBe(
      'submitted 23 May 2025 · answered after 41 days (3-week term: 20 days late)',
    );
    expect(line({ submittedOn: '2025-05-23', answeredOn: '2025-06-13' }, '2025-12-01')).toBe(
      'ingezonden 23 mei 2025 · beantwoord na 21 dagen (3 weken termijn: op tijd)',
    );
    expect(
      line(
        { submittedOn: '2025-05-23', answeredOn: '2025-07-05', postponements: ['2025-06-12'] },
        '2025-12-01',
      ),
    ).toBe(
      'ingezonden 23 mei 2025 · uitstel gemeld 12 juni · beantwoord na 43 dagen (6 weken termijn: 1 dag te laat)',
    );
  });

  it('uses singular and plural, and says when today is the last day', () => {
    expect(line({ submittedOn: '2025-05-23' }, '2025-06-12')).toBe(
      'ingezonden 23 mei 2025 · antwoord uiterlijk 13 juni · nog 1 dag',
    );
    expect(line({ submittedOn: '2025-05-23' }, '2025-06-13')).toBe(
      'ingezonden 23 mei 2025 · antwoord uiterlijk 13 juni · vandaag de laatste dag',
    );
    expect(line({ submittedOn: '2025-05-23' }, '2025-06-14', 'en')).toBe(
      'submitted 23 May 2025 · answer due 13 June · 1 day overdue',
    );
    expect(line({ submittedOn: '2025-05-23' }, '2025-06-01', 'en')).toBe(
      'submitted 23 May 2025 · answer due 13 June · 12 days left',
    );
    expect(days(0, 'nl')).toBe('0 dagen');
    expect(days(1, 'en')).toBe('1 day');
  });

  it('keeps the year on dates in another year than the submission', () => {
    expect(line({ submittedOn: '2025-12-12' }, '2025-12-20')).toBe(
      'ingezonden 12 december 2025 · antwoord uiterlijk 2 januari 2026 · nog 13 dagen',
    );
    expect(formatDate('2026-01-02', 'en', '2026')).toBe('2 January');
  });

  it('names a nader antwoord, a withdrawal, a late notice and an answer without submission date', () => {
    expect(
      line(
        { submittedOn: '2025-05-23', answeredOn: '2025-06-10', furtherAnswerOn: '2025-09-01' },
        '2025-12-01',
      ),
    ).toBe(
      'ingezonden 23 mei 2025 · beantwoord na 18 dagen (3 weken termijn: op tijd) · nader antwoord 1 september',
    );
    expect(
      line({ submittedOn: '2025-05-23', withdrawn: true, withdrawnOn: '2025-06-02' }, '2025-12-01'),
    ).toBe('ingezonden 23 mei 2025 · ingetrokken 2 juni');
    expect(line({ withdrawn: true }, '2025-12-01', 'en')).toBe('withdrawn');
    expect(line({ submittedOn: '2025-05-23', postponements: ['2025-06-20'] }, '2025-06-25')).toBe(
      'ingezonden 23 mei 2025 · antwoord uiterlijk 13 juni · uitstel gemeld 20 juni (na de termijn) → uiterlijk 4 juli · nog 9 dagen',
    );
    expect(line({ answeredOn: '2025-02-04' }, '2025-12-01')).toBe('beantwoord 4 februari 2025');
    expect(line({}, '2025-12-01')).toBe('');
  });

  it('has a tone for styling', () => {
    expect(clockTone(answerClock({ submittedOn: '2025-05-23' }, '2025-12-01'))).toBe('late');
    expect(
      clockTone(answerClock({ submittedOn: '2025-05-23', answeredOn: '2025-06-01' }, '2025-12-01')),
    ).toBe('ok');
    expect(clockTone(answerClock({}, '2025-12-01'))).toBe('neutral');
  });
});
