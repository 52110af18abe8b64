import { describe, expect, it } from 'vitest';
import { datesFromPage, parseDate } from '../../../utils/clock/page-dates';

describe('parseDate', () => {
  it('reads every written form', () => {
    expect(parseDate('23 mei 2025')).toBe('2025-05-23');
    expect(parseDate('1 januari 2025')).toBe('2025-01-01');
    expect(parseDate('4\u00a0februari\n2025')).toBe('2025-02-04');
    expect(parseDate('12 sept. 2025')).toBe('2025-09-12');
    expect(parseDate('3 mrt 2025')).toBe('2025-03-03');
    expect(parseDate('23-05-2025')).toBe('2025-05-23');
    expect(parseDate('2025-05-23')).toBe('2025-05-23');
    expect(parseDate('23 May 2025')).toBe('2025-05-23');
    expect(parseDate('May 23, 2025')).toBe('2025-05-23');
    expect(parseDate('Datum: 4 juli 2025')).toBe('2025-07-04');
  });
  it('refuses what is no date', () => {
    expect(parseDate('31 april 2025')).toBeNull();
    expect(parseDate('23 flurb 2025')).toBeNull();
    expect(parseDate('artikel 14 van 2025')).toBeNull();
    expect(parseDate('')).toBeNull();
  });
});

describe('datesFromPage', () => {
  it('tweedekamer.nl questions, hard-wrapped mid-date', () => {
    const text = `Vragen van de leden Westerveld en Kathmann (beiden GroenLinks-PvdA) aan de
Minister van Sociale Zaken en Werkgelegenheid over het bericht «Tieneraccounts» (ingezonden 23
mei 2025).
Vraag 1
Bent u bekend met het bericht?`;
    expect(datesFromPage({ text })).toMatchObject({
      submittedOn: '2025-05-23',
      answeredOn: null,
      postponements: [],
      withdrawn: false,
    });
  });

  it('an answers page: submission, answer and the Aanhangsel', () => {
    const text = `Vragen van de leden Kröger, Kathmann en Lahlah (allen GroenLinks-PvdA) aan de Minister
van Sociale Zaken en Werkgelegenheid over het Noodfonds (ingezonden 22 april 2025).
Antwoord van Minister Van Hijum (Sociale Zaken en Werkgelegenheid), mede namens de Minister van
Klimaat en Groene Groei (ontvangen 12 mei 2025). Zie ook Aanhangsel Handelingen, vergaderjaar
2024–2025, nr. 1028.
Vraag 1`;
    expect(datesFromPage({ text })).toMatchObject({
      submittedOn: '2025-04-22',
      answeredOn: '2025-05-12',
      postponements: [],
      aanhangsel: { vergaderjaar: '2024-2025', number: 1028 },
    });
  });

  it('a postponement notice: "Mededeling van Staatssecretaris X (…) (ontvangen …)"', () => {
    const text = `Mededeling van Staatssecretaris Szabó (Binnenlandse Zaken en Koninkrijksrelaties)
(ontvangen 12 juni 2025). De vragen van de leden Kathmann en Six Dijkstra over de groeiende
afhankelijkheid van Amerikaanse techgiganten (ingezonden 22 mei 2025) kunnen niet binnen de
gebruikelijke termijn worden beantwoord. Vragen van de leden Kathmann (GroenLinks-PvdA) en Six
Dijkstra (NSC) aan de Staatssecretaris over de groeiende afhankelijkheid (ingezonden 22 mei 2025).`;
    expect(datesFromPage({ text, heading: 'Mededeling (uitstel antwoord)' })).toMatchObject({
      submittedOn: '2025-05-22',
      answeredOn: null,
      postponements: ['2025-06-12'],
    });
  });

  it('a withdrawal notice', () => {
    const text = `Mededeling van het lid Kathmann (ontvangen 2 juni 2025). De vragen over de cloud
(ingezonden 22 mei 2025) zijn ingetrokken.`;
    expect(datesFromPage({ text })).toMatchObject({
      withdrawn: true,
      withdrawnOn: '2025-06-02',
      postponements: [],
    });
  });

  it('a nader antwoord', () => {
    const text = `Nader antwoord van Minister Van Weel (Justitie en Veiligheid) (ontvangen 1 september
2025). Vragen van het lid Kamminga (ingezonden 23 mei 2025).`;
    expect(datesFromPage({ text })).toMatchObject({
      submittedOn: '2025-05-23',
      furtherAnswerOn: '2025-09-01',
      answeredOn: null,
    });
    expect(
      datesFromPage({
        text: 'Antwoord van Minister Van Weel (ontvangen 1 september 2025).',
        heading: 'Antwoord schriftelijke vragen (nader)',
      }).furtherAnswerOn,
    ).toBe('2025-09-01');
  });

  it('officielebekendmakingen.nl: the h1 sentence, head metadata and the ah-tk id', () => {
    expect(
      datesFromPage({
        text: 'Vragen van het lid X (Partij) aan de Minister van Y over Z (ingezonden 26 mei 2017).',
      }).submittedOn,
    ).toBe('2017-05-26');
    expect(
      datesFromPage({
        text: 'Vergaderjaar 2024-2025 Aanhangsel van de Handelingen Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden 2268',
        meta: {
          'OVERHEIDop.datumIndiening': '2025-05-23',
          'OVERHEIDop.datumOntvangst': '2025-07-03',
          'DC.identifier': 'ah-tk-20242025-2268',
        },
      }),
    ).toMatchObject({
      submittedOn: '2025-05-23',
      answeredOn: '2025-07-03',
      aanhangsel: { vergaderjaar: '2024-2025', number: 2268 },
    });
    expect(
      datesFromPage({
        text: '',
        meta: {
          'OVERHEIDop.datumOntvangst': '2025-06-12',
          'DC.type': 'Mededeling (uitstel antwoord)',
          'DC.identifier': 'ah-tk-20242025-2101',
        },
      }),
    ).toMatchObject({ postponements: ['2025-06-12'], answeredOn: null });
    // The DC.title carries the submission too.
    expect(
      datesFromPage({ text: '', meta: { 'DC.title': 'Vragen … (ingezonden 22 mei 2025).' } })
        .submittedOn,
    ).toBe('2025-05-22');
  });

  it('tweedekamer.nl meta line without brackets, and nothing on an undated page', () => {
    expect(
      datesFromPage({ text: 'Schriftelijke vragen · 2025Z10883 · ingezonden 22 mei 2025' })
        .submittedOn,
    ).toBe('2025-05-22');
    expect(datesFromPage({ text: 'Motie van het lid Kathmann over de cloud' })).toMatchObject({
      submittedOn: null,
      answeredOn: null,
      postponements: [],
      aanhangsel: null,
    });
  });
});
