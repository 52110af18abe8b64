import { describe, expect, it } from 'vitest';
import { stripFootnotes } from '../../../utils/corpus/footnotes';
import { questionAt, setAt } from '../../support/seed';

describe('stripFootnotes', () => {
  it.each([
    ['korpschef Janny Knol?1', 'korpschef Janny Knol?', [1]],
    [
      'de aangenomen motie-Kathmann c.s.3 die hiertoe oproept?',
      'de aangenomen motie-Kathmann c.s. die hiertoe oproept?',
      [3],
    ],
    [
      'op maandag 14 juli jl.,1 over de afhankelijkheid',
      'op maandag 14 juli jl., over de afhankelijkheid',
      [1],
    ],
    [
      'aan de Nederlandse overheid zijn gedaan?2 3',
      'aan de Nederlandse overheid zijn gedaan?',
      [2, 3],
    ],
    [
      'welke verzonden is op 8 april6, is in verband',
      'welke verzonden is op 8 april, is in verband',
      [6],
    ],
    ['niet direct «veilig»»1?', 'niet direct «veilig»»?', [1]],
    [
      '«Non-discriminatie in algoritmes en data».12 De online cursus',
      '«Non-discriminatie in algoritmes en data». De online cursus',
      [12],
    ],
    ['het concurrentievermogen.15Dit vergt', 'het concurrentievermogen. Dit vergt', [15]],
    ['D9+ bijeenkomst van 27 maart 2025.28', 'D9+ bijeenkomst van 27 maart 2025.', [28]],
    ['van het lid Kamminga22 kan de', 'van het lid Kamminga kan de', [22]],
  ])('%s', (input, text, footnotes) => {
    expect(stripFootnotes(input)).toEqual({ text, footnotes });
  });

  it.each([
    'de migratie naar M365 te migreren',
    'de nieuwe DWR2.0 werkplek',
    'de D9+ bijeenkomst',
    'circa 100.000 huishoudens',
    'de bewaartermijn van artikel 14 Wpg.',
    'met de € 56,3 miljoen',
    'Kamerstuk 26 643, nr. 1315',
    'zie nr.12 van de lijst',
    'Windows 10 dat op de meeste werkplekken',
    'artikel 33a, vijfde lid',
  ])('leaves "%s" alone', (input) => {
    expect(stripFootnotes(input)).toEqual({ text: input, footnotes: [] });
  });

  it('removes the seed markers in place', () => {
    expect(questionAt(193).question.text).toBe(
      'Zijn uw uitspraken in de uitzending van Goedenavond Nederland op maandag 14 juli jl., over de afhankelijkheid van Amerikaanse techgiganten, representatief voor het kabinetsstandpunt?',
    );
    expect(questionAt(80).question).toMatchObject({ footnotes: [2, 3] });
    expect(questionAt(80).question.text.endsWith('zijn gedaan?')).toBe(true);
    const gone = questionAt(692).question;
    expect(gone.answer).toBe(
      'Nee, zoals gemeld in het uitstelbericht welke verzonden is op 8 april, is in verband met de omvang en complexiteit van de vragen dit niet mogelijk gebleken.',
    );
    expect(gone.answerFootnotes).toEqual([6]);
    const werkplek = setAt(742);
    expect(werkplek.questions.some((q) => q.answer?.includes('Om de nieuwe DWR2.0 werkplek'))).toBe(
      true,
    );
    expect(questionAt(757).question.text.endsWith('naar de public cloud verhuizen?')).toBe(true);
    expect(questionAt(152).question.answer).toContain(
      'circa 100.000 huishoudens kon helpen. Daarbij',
    );
    expect(questionAt(121).question.answer).toContain('bewaartermijn van artikel 14 Wpg.');
  });
});
