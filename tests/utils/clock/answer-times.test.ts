import { describe, expect, it } from 'vitest';
import { answerTimes, median, ministryOf } from '../../../utils/clock/answer-times';
import type { KamerDocument, Person } from '../../../utils/corpus/model';

const person = (name: string, party: string | null, roles: string[] = []): Person => ({
  name,
  roles,
  party,
  partyAsWritten: null,
});
const hijum = person('Eddy van Hijum', null, ['minister van Sociale Zaken en Werkgelegenheid']);
const szabo = person('Zsolt Szabó', null, [
  'staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties',
]);

function set(
  id: string,
  facts: Partial<KamerDocument>,
  addressees: Person[],
  party: string,
): KamerDocument {
  return {
    id,
    title: id,
    submitters: [person('Lid', party), person('Ander lid', party)],
    addressees,
    status: facts.answeredOn ? 'answered' : 'unanswered',
    occurrences: 1,
    lines: [1],
    questions: [],
    references: [],
    warnings: [],
    ...facts,
  };
}

describe('answer times', () => {
  it('median of odd and even counts', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  it('reads the ministry from the role', () => {
    expect(ministryOf(hijum)).toBe('Sociale Zaken en Werkgelegenheid');
    expect(ministryOf(person('Struycken', null, ['staatssecretaris']))).toBeNull();
  });

  it('per ministry, minister and fractie: median days and share late; undated sets left out', () => {
    const docs = [
      set('a', { submittedOn: '2025-05-23', answeredOn: '2025-07-03' }, [hijum], 'GroenLinks-PvdA'), // 41 days, late
      set('b', { submittedOn: '2025-05-23', answeredOn: '2025-06-06' }, [hijum, szabo], 'VVD'), // 14 days
      set('c', { submittedOn: '2025-11-20' }, [hijum], 'VVD'), // open, not yet due on 1 Dec
      set('d', { submittedOn: '2024-01-10' }, [szabo], 'VVD'), // open, late
      set('e', {}, [hijum], 'VVD'), // no dates
      set('f', { submittedOn: '2025-03-01', withdrawn: true }, [hijum], 'VVD'),
    ];
    const times = answerTimes(docs, '2025-12-01');
    expect(times.sets).toBe(4);
    expect(times.years).toEqual(['2024', '2025']);
    expect(times.byMinister.find((r) => r.label === 'Eddy van Hijum')).toEqual({
      label: 'Eddy van Hijum',
      sets: 3,
      answered: 2,
      medianDays: 27.5,
      late: 1,
      shareLate: 0.5,
    });
    expect(times.byMinistry.map((r) => r.label)).toEqual([
      'Sociale Zaken en Werkgelegenheid',
      'Binnenlandse Zaken en Koninkrijksrelaties',
    ]);
    const vvd = times.byParty.find((r) => r.label === 'VVD')!;
    // A set counts once per fractie though two of its members signed.
    expect(vvd).toMatchObject({ sets: 3, answered: 1, medianDays: 14, late: 1, shareLate: 0.5 });
  });
});
