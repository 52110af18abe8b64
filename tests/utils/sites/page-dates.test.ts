// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageFacts, zaakFromUrl } from '../../../utils/sites/page-dates';
import { loadFixture } from '../../support/load-fixture';

describe('dates read from the fixture pages', () => {
  it('tweedekamer.nl questions page: the meta line', () => {
    const facts = readPageFacts(
      loadFixture('tweedekamer-kamervragen-techgiganten-uwv.html'),
      'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z10883&did=2025D23456',
    );
    expect(facts).toMatchObject({
      submittedOn: '2025-05-22',
      answeredOn: null,
      postponements: [],
      zaak: '2025Z10883',
    });
  });

  it('officielebekendmakingen.nl questions page: the h1 sentence and the kv-tk address', () => {
    const facts = readPageFacts(
      loadFixture('ob-kv-tk-techgiganten-duo.html'),
      'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10884.html',
    );
    expect(facts).toMatchObject({ submittedOn: '2025-05-22', zaak: '2025Z10884' });
  });

  it('officielebekendmakingen.nl answers page: submission, answer, Aanhangsel from the id', () => {
    const facts = readPageFacts(
      loadFixture('ob-ah-tk-noodfonds.html'),
      'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2345.html',
    );
    expect(facts).toMatchObject({
      submittedOn: '2025-04-22',
      answeredOn: '2025-05-12',
      aanhangsel: { vergaderjaar: '2024-2025', number: 2345 },
      zaak: null,
    });
  });

  it('tweedekamer.nl postponement notice: the notice date, the reprinted submission', () => {
    const facts = readPageFacts(
      loadFixture('tweedekamer-uitstel-techgiganten-uwv.html'),
      'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z10883&did=2025D26001',
    );
    expect(facts).toMatchObject({
      submittedOn: '2025-05-22',
      answeredOn: null,
      postponements: ['2025-06-12'],
    });
  });

  it('reads the Zaak from the addresses', () => {
    expect(
      zaakFromUrl(
        'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D30461&id=2025Z10400',
      ),
    ).toBe('2025Z10400');
    expect(
      zaakFromUrl('https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025D30461'),
    ).toBeNull();
    expect(zaakFromUrl('https://zoek.officielebekendmakingen.nl/kv-tk-2025Z10400')).toBe(
      '2025Z10400',
    );
    expect(zaakFromUrl('not a url')).toBeNull();
  });
});
