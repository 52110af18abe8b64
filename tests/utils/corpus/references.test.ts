import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../utils/corpus/parse';
import { findReferences } from '../../../utils/corpus/references';
import { seedCorpus, setAt } from '../../support/seed';

const OB = 'https://zoek.officielebekendmakingen.nl';

function only(text: string) {
  const refs = findReferences(text);
  expect(refs).toHaveLength(1);
  const ref = refs[0];
  // The contract for inline linking: offsets slice exactly the span.
  expect(text.slice(ref.start, ref.end)).toBe(ref.text);
  return ref;
}

describe('findReferences: Kamerstuk citations in all spellings', () => {
  it.each([
    [
      'zie Kamerstuk 26 643, nr. 1315 hierover',
      'Kamerstuk 26 643, nr. 1315',
      '26643-1315',
      `${OB}/kst-26643-1315.html`,
    ],
    ['[Kamerstuk 26 643-1315]', 'Kamerstuk 26 643-1315', '26643-1315', `${OB}/kst-26643-1315.html`],
    [
      '(Kamerstukken II 2024/25, 21 501-32, nr. 1740)',
      'Kamerstukken II 2024/25, 21 501-32, nr. 1740',
      '21501-32-1740',
      `${OB}/kst-21501-32-1740.html`,
    ],
    [
      'blijkt uit 36 800-XVI, nr. 12 dat',
      '36 800-XVI, nr. 12',
      '36800-XVI-12',
      `${OB}/kst-36800-XVI-12.html`,
    ],
    [
      'de initiatiefnota (Kamerstuk 36 574) van 2 juni',
      'Kamerstuk 36 574',
      '36574',
      `${OB}/dossier/36574`,
    ],
    ['(Kamerstuk 6643–1320)', 'Kamerstuk 6643–1320', '6643-1320', `${OB}/kst-6643-1320.html`],
  ])('%s', (text, span, kamerstuk, url) => {
    expect(only(text)).toMatchObject({
      kind: 'kamerstuk',
      text: span,
      kamerstuk,
      url,
      label: `Kamerstuk ${kamerstuk}`,
    });
  });
});

describe('findReferences: motions in all their forms', () => {
  it('motie-Kathmann c.s. without a citation', () => {
    expect(only('de aangenomen motie-Kathmann c.s. die hiertoe oproept?')).toMatchObject({
      kind: 'motion',
      text: 'motie-Kathmann c.s.',
      label: 'motie-Kathmann c.s.',
      kamerstuk: null,
      url: null,
      people: ['Kathmann'],
    });
  });
  it('a motion with its bracketed citation is one span with the Kamerstuk', () => {
    const text = 'de aangenomen motie-Six Dijkstra c.s. (Kamerstuk 26 643, nr. 1320) die oproept';
    expect(only(text)).toMatchObject({
      text: 'motie-Six Dijkstra c.s. (Kamerstuk 26 643, nr. 1320)',
      label: 'motie-Six Dijkstra c.s.',
      kamerstuk: '26643-1320',
      url: `${OB}/kst-26643-1320.html`,
      people: ['Six Dijkstra'],
    });
    expect(only('Hoe gaat u de motie-Kathmann [Kamerstuk 26 643-1302], die vraagt')).toMatchObject({
      kamerstuk: '26643-1302',
      label: 'motie-Kathmann',
    });
  });
  it('motie De Korte-Ceder names two members', () => {
    expect(only('en verzocht in motie De Korte-Ceder, is het kabinet')).toMatchObject({
      text: 'motie De Korte-Ceder',
      label: 'motie-De Korte-Ceder',
      people: ['De Korte', 'Ceder'],
    });
  });
  it('de motie van het lid Six Dijkstra c.s.', () => {
    expect(only('aan de aangenomen motie van het lid Six Dijkstra c.s. die oproept')).toMatchObject(
      {
        text: 'motie van het lid Six Dijkstra c.s.',
        label: 'motie-Six Dijkstra c.s.',
        people: ['Six Dijkstra'],
      },
    );
  });
  it('moties van de leden Eerdmans en Wilders', () => {
    expect(only('getuige de aangenomen moties van de leden Eerdmans en Wilders.')).toMatchObject({
      label: 'moties van de leden Eerdmans en Wilders',
      people: ['Eerdmans', 'Wilders'],
    });
  });
  it('does not take "moties en Kamervragen" for a motion', () => {
    expect(
      findReferences(
        'Verschillende moties en Kamervragen van uw Kamer vroegen hier ook expliciet om.',
      ),
    ).toEqual([]);
  });
});

describe('findReferences: written questions, questions in the set, news', () => {
  it('schriftelijke vragen van het lid Kamminga', () => {
    expect(
      only('Zoals aangegeven in antwoord op de schriftelijke vragen van het lid Kamminga kan de'),
    ).toMatchObject({
      kind: 'written-questions',
      label: 'schriftelijke vragen van het lid Kamminga',
      people: ['Kamminga'],
    });
  });
  it.each([
    [
      'Kunt u vragen 1 t/m 11 uiterlijk op maandag',
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      'vragen 1 t/m 11',
    ],
    ['Zie de antwoorden op vraag 4 en 5.', [4, 5], 'vragen 4 en 5'],
    [
      'zelfstandig te reageren op vragen 2, 4, 5, 6, 8 en 9?',
      [2, 4, 5, 6, 8, 9],
      'vragen 2, 4, 5, 6, 8 en 9',
    ],
    ['Zie antwoord op vraag 7.', [7], 'vraag 7'],
    // Seed lines 28 and 473: the answer to question 3, named by its number.
    [
      'Het CRM is, net als de overige in antwoord 3 genoemde instanties, aangewezen',
      [3],
      'antwoord 3',
    ],
    ['Zie de antwoorden 4 en 5.', [4, 5], 'antwoorden 4 en 5'],
  ])('%s', (text, questions, label) => {
    expect(only(text)).toMatchObject({ kind: 'question', questions, label });
  });
  it.each([
    ['Het antwoord 2025 is nog niet bekend.'],
    ['Zie vraag 1234.'],
    ['Het gaat om vraag 3,5 miljoen euro.'],
  ])('no question number in "%s"', (text) => {
    expect(findReferences(text).filter((r) => r.kind === 'question')).toEqual([]);
  });
  it('news items quoted in «…», nested quotes included', () => {
    const text =
      'Bent u bekend met het bericht van de Consumentenbond «Tieneraccounts maken Instagram niet direct «veilig»»?';
    expect(only(text)).toMatchObject({
      kind: 'news',
      text: '«Tieneraccounts maken Instagram niet direct «veilig»»',
      label: 'Tieneraccounts maken Instagram niet direct «veilig»',
    });
    // A quote that is not a news item is not one.
    expect(
      findReferences('Wat bedoelde u met de uitspraak: «We hebben geen Europese cloudbedrijven»?'),
    ).toEqual([]);
  });
  it('keeps the outlet and date written after a news title (seed lines 287, 340), and nothing else in brackets', () => {
    const text =
      'Bent u bekend met het bericht: «Overheidsorganisaties blijven in de Amerikaanse cloud, ondanks zorgen in de Tweede Kamer» (BNR, 20 mei 2025)?';
    expect(only(text)).toMatchObject({
      kind: 'news',
      source: 'BNR, 20 mei 2025',
      label:
        'Overheidsorganisaties blijven in de Amerikaanse cloud, ondanks zorgen in de Tweede Kamer',
    });
    expect(only('Kent u het artikel «Zorgen om de cloud» (zie bijlage)?').source).toBeUndefined();
    const seedNews = setAt(280).references.filter((r) => r.kind === 'news');
    expect(seedNews.map((r) => r.source)).toContain('BNR, 20 mei 2025');
  });
  it('finds nothing in plain text and returns offsets in order for several', () => {
    expect(findReferences('Het kabinet keurt iedere vorm van discriminatie af.')).toEqual([]);
    const text =
      'Zie vraag 3 en de motie-Kathmann c.s. (Kamerstuk 26 643, nr. 1315); ook Kamerstuk 36 574.';
    expect(findReferences(text).map((r) => [r.kind, text.slice(r.start, r.end)])).toEqual([
      ['question', 'vraag 3'],
      ['motion', 'motie-Kathmann c.s. (Kamerstuk 26 643, nr. 1315)'],
      ['kamerstuk', 'Kamerstuk 36 574'],
    ]);
  });
});

describe('references of the seed sets and their resolution across the corpus', () => {
  const motionsOf = (line: number) => setAt(line).references.filter((r) => r.kind === 'motion');

  it('keeps the question number and place of each reference', () => {
    const refs = setAt(280).references;
    expect(refs.map((r) => [r.kind, r.question, r.in])).toEqual([
      ['news', 1, 'question'],
      ['motion', 7, 'question'],
      ['motion', 8, 'question'],
      ['question', 10, 'question'],
      ['kamerstuk', 11, 'question'],
    ]);
    expect(setAt(66).references.find((r) => r.kind === 'question')).toMatchObject({
      question: 6,
      in: 'answer',
      questions: [4, 5],
    });
  });

  it('resolves motie-Kathmann c.s. in sibling sets from the set that cites it', () => {
    const cited = motionsOf(280).find((r) => r.people?.[0] === 'Kathmann')!;
    expect(cited).toMatchObject({ kamerstuk: '26643-1315', resolvedBy: 'citation' });
    // Line 238: "motie-Kathmann c.s.3" — only a footnote marker.
    const sibling = motionsOf(225).find((r) => r.people?.[0] === 'Kathmann')!;
    expect(sibling).toMatchObject({
      text: 'motie-Kathmann c.s.',
      kamerstuk: '26643-1315',
      url: `${OB}/kst-26643-1315.html`,
      resolvedBy: 'sibling',
    });
    const witnesses = new Set([280, 298, 333, 351].map((l) => setAt(l).id));
    expect(witnesses.has(sibling.resolvedFrom!)).toBe(true);
    // Line 259: "de motie van het lid Kathmann c.s." in another wording of the same question.
    expect(motionsOf(242).find((r) => r.people?.[0] === 'Kathmann')).toMatchObject({
      label: 'motie-Kathmann c.s.',
      kamerstuk: '26643-1315',
      resolvedBy: 'sibling',
    });
  });

  it('never resolves a motion by name alone: motie-Kathmann is 26643-1302 in the social-media set', () => {
    expect(motionsOf(625)).toEqual([
      expect.objectContaining({
        label: 'motie-Kathmann',
        kamerstuk: '26643-1302',
        resolvedBy: 'citation',
      }),
    ]);
  });

  it('resolves an initiatiefnota by its title, which no other paper shares: the Microsoft set (line 87) gets 36574', () => {
    const nota = setAt(66).references.filter((r) => r.label.startsWith('initiatiefnota'));
    expect(nota.length).toBe(2); // «Wolken aan de Horizon» and «… horizon», both in the answer of line 87
    for (const r of nota) {
      expect(r).toMatchObject({
        kamerstuk: '36574',
        url: `${OB}/dossier/36574`,
        resolvedBy: 'nota-title',
      });
      expect(seedCorpus().documents.find((d) => d.id === r.resolvedFrom)?.title).toBe(
        setAt(225).title,
      );
    }
  });

  it('leaves a nota title unresolved when its citations disagree', () => {
    const record = (title: string, question: string) =>
      [
        `${title} |`,
        '|',
        'Anna Jansen (VVD) |',
        '|',
        'Eelco Heinen (minister ) (VVD) |',
        '|',
        question,
      ].join('\n');
    const parsed = parseCorpus(
      [
        record('Eerste', 'Kent u de initiatiefnota «Blauwe lucht» (Kamerstuk 36 100)?'),
        record('Tweede', 'Kent u de initiatiefnota «Blauwe lucht» (Kamerstuk 36 200)?'),
        record('Derde', 'Wat vindt u van de initiatiefnota «Blauwe lucht»?'),
      ].join('\n'),
    );
    const third = parsed.documents.find((d) => d.title === 'Derde')!;
    expect(
      third.references.find((r) => r.label.startsWith('initiatiefnota'))?.kamerstuk,
    ).toBeNull();
    const first = parsed.documents.find((d) => d.title === 'Eerste')!;
    expect(first.references.find((r) => r.label.startsWith('initiatiefnota'))?.kamerstuk).toBe(
      '36100',
    );
  });

  it('corrects the dossier typo 6643 from 26643 with a warning, in all three spellings', () => {
    const cases = [
      [280, '(Kamerstuk 6643, nr. 1320)', 294],
      [298, '[Kamerstuk 6643-1320]', 312],
      [351, '(Kamerstuk 6643–1320)', 365],
    ] as const;
    for (const [line, written, warningLine] of cases) {
      const doc = setAt(line);
      const ref = doc.references.find((r) => r.people?.[0] === 'Six Dijkstra')!;
      expect(ref.text.endsWith(written)).toBe(true);
      expect(ref).toMatchObject({
        kamerstuk: '26643-1320',
        url: `${OB}/kst-26643-1320.html`,
        resolvedBy: 'typo-corrected',
        resolvedFrom: setAt(333).id,
      });
      expect(doc.warnings.filter((w) => w.code === 'typo-corrected').map((w) => w.line)).toEqual([
        warningLine,
      ]);
    }
    expect(motionsOf(333).find((r) => r.people?.[0] === 'Six Dijkstra')).toMatchObject({
      kamerstuk: '26643-1320',
      resolvedBy: 'citation',
    });
  });

  it('resolves the uncited initiatiefnota «Wolken aan de horizon» in the siblings to dossier 36574', () => {
    const nota = setAt(316).references.find(
      (r) => r.label === 'initiatiefnota «Wolken aan de horizon»',
    )!;
    expect(nota).toMatchObject({
      kamerstuk: '36574',
      url: `${OB}/dossier/36574`,
      resolvedBy: 'sibling',
    });
  });

  it('leaves motions unresolved that no set cites', () => {
    const trade = setAt(511).references.filter((r) => r.kind === 'motion');
    expect(trade.map((r) => r.label)).toEqual([
      'motie-De Korte',
      'motie-De Korte-Ceder',
      'motie-Ceder-Boswijk',
      'motie-Kamminga-Boswijk',
      'motie-Ceder',
      'moties van de leden Eerdmans en Wilders',
    ]);
    // Line 573: "moties van het lid Ceder31 en van de leden Eerdmans en Wilders.32" — two motions, two footnotes.
    expect(trade.slice(4).map((r) => [r.text, r.people])).toEqual([
      ['moties van het lid Ceder', ['Ceder']],
      ['van de leden Eerdmans en Wilders', ['Eerdmans', 'Wilders']],
    ]);
    for (const r of trade) expect(r.kamerstuk).toBeNull();
    expect(
      seedCorpus()
        .documents.flatMap((d) => d.references)
        .filter((r) => r.resolvedBy === 'sibling').length,
    ).toBeGreaterThanOrEqual(9);
  });
});
