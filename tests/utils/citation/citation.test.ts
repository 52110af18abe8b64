import { describe, expect, it } from 'vitest';
import {
  citationOf,
  citationText,
  shortVergaderjaar,
  surnameOf,
} from '../../../utils/citation/citation';
import type { KamerDocument, Person } from '../../../utils/corpus/model';

const person = (name: string, party: string | null = null): Person => ({
  name,
  roles: [],
  party,
  partyAsWritten: null,
});

const base = {
  title: 'het bericht «Tieneraccounts maken Instagram niet direct veilig»',
  submitters: [
    person('Lisa Westerveld', 'GroenLinks-PvdA'),
    person('Barbara Kathmann', 'GroenLinks-PvdA'),
  ],
  addressees: [person('Eddy van Hijum')],
  status: 'answered' as KamerDocument['status'],
};

describe('surnames as the Handelingen write them', () => {
  it('keeps the tussenvoegsel, capitalised, and compound surnames', () => {
    expect(surnameOf('Barbara Kathmann')).toBe('Kathmann');
    expect(surnameOf('Jesse Six Dijkstra')).toBe('Six Dijkstra');
    expect(surnameOf('Hanneke van der Werf')).toBe('Van der Werf');
    expect(surnameOf('van Marum')).toBe('Van Marum');
    expect(surnameOf('Struycken')).toBe('Struycken');
    expect(surnameOf('B. C. Kathmann')).toBe('Kathmann');
  });
  it('shortens the vergaderjaar', () => {
    expect(shortVergaderjaar('2024-2025')).toBe('2024/25');
    expect(shortVergaderjaar('2024–2025')).toBe('2024/25');
  });
});

describe('citationOf', () => {
  const official = {
    ...base,
    zaak: '2025Z08286',
    submittedOn: '2025-05-23',
    answeredOn: '2025-07-03',
    documents: [
      {
        kind: 'questions' as const,
        number: '2025D22222',
        obId: 'kv-tk-2025Z08286',
        url: 'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z08286.html',
        date: '2025-05-23',
      },
      {
        kind: 'answer' as const,
        number: '2025D33333',
        obId: 'ah-tk-20242025-2268',
        url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2268.html',
        date: '2025-07-03',
        vergaderjaar: '2024-2025',
        aanhangsel: 2268,
      },
    ],
  };

  it('cites an answered official set by its Aanhangsel number, Dutch and English', () => {
    const nl = citationOf(official, 'nl');
    expect(nl.text).toBe(
      'Aanhangsel Handelingen II 2024/25, nr. 2268 (antwoord op vragen van de leden Westerveld en Kathmann, 2025Z08286)',
    );
    expect(nl.urls).toEqual([
      'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2268.html',
      'https://zoek.officielebekendmakingen.nl/kv-tk-2025Z08286.html',
      'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z08286',
    ]);
    expect(citationOf(official, 'en').text).toBe(
      'Aanhangsel Handelingen II 2024/25, no. 2268 (answer to questions by members Westerveld and Kathmann, 2025Z08286)',
    );
    expect(citationText(nl).split('\n')).toHaveLength(4);
  });

  it('cites an unanswered official set by its Zaak and submission date', () => {
    const open = { ...official, status: 'unanswered' as const, answeredOn: null, documents: [] };
    expect(citationOf(open, 'nl').text).toBe(
      'Vragen van de leden Westerveld en Kathmann over ‘het bericht «Tieneraccounts maken Instagram niet direct veilig»’ (2025Z08286, ingezonden 23 mei 2025, nog niet beantwoord)',
    );
    expect(citationOf({ ...open, submitters: [base.submitters[0]] }, 'en').text).toBe(
      'Questions by member Westerveld on ‘het bericht «Tieneraccounts maken Instagram niet direct veilig»’ (2025Z08286, submitted 23 May 2025, not answered yet)',
    );
  });

  it('says what the corpus has when it has no numbers (seed sets), with an official search', () => {
    const seed = citationOf(base, 'nl');
    expect(seed.text).toBe(
      'Vragen van de leden Westerveld en Kathmann aan Eddy van Hijum over ‘het bericht «Tieneraccounts maken Instagram niet direct veilig»’ (beantwoord)',
    );
    expect(seed.urls).toHaveLength(1);
    expect(seed.urls[0]).toMatch(/^https:\/\/zoek\.officielebekendmakingen\.nl\/resultaten\?q=/);
  });

  it('uses the numbers the page gave for a seed set', () => {
    const cited = citationOf(base, 'nl', {
      zaak: '2025Z08286',
      aanhangsel: { vergaderjaar: '2024-2025', number: 2268 },
    });
    expect(cited.text).toBe(
      'Aanhangsel Handelingen II 2024/25, nr. 2268 (antwoord op vragen van de leden Westerveld en Kathmann, 2025Z08286)',
    );
    expect(cited.urls[0]).toBe('https://zoek.officielebekendmakingen.nl/ah-tk-20242025-2268.html');
  });

  it('never passes on a non-https address from the corpus', () => {
    const hostile = {
      ...official,
      documents: [{ ...official.documents[1], url: 'javascript:alert(1)' }],
    };
    expect(citationOf(hostile, 'nl').urls.every((u) => u.startsWith('https://'))).toBe(true);
  });
});
