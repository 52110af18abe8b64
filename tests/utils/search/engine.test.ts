import { beforeEach, describe, expect, test } from 'vitest';
import type { KamerDocument } from '../../../utils/corpus/model';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { createSearchEngine, type SearchEngine } from '../../../utils/search';
import { makeDocument, memoryLookup, person } from '../../support/make-documents';

const techQuestions = [
  'Bent u bekend met het bericht «Overheidsorganisaties blijven in de Amerikaanse cloud»?',
  'Welke processen van uw departement zijn ondergebracht in de cloud van Amerikaanse dienstverleners?',
  'Heeft u migraties naar digitale diensten van Amerikaanse techgiganten stopgezet naar aanleiding van de aangenomen motie-Kathmann c.s.?',
  'Kunt u toezeggen dat de afhankelijkheid van Amerikaanse techgiganten niet verder zal toenemen?',
  'Kunt u deze vragen afzonderlijk van elkaar beantwoorden?',
];
const motion = {
  kind: 'motion' as const,
  label: 'motie-Kathmann c.s.',
  kamerstuk: '26643-1315',
  question: 3,
};

const documents: KamerDocument[] = [
  makeDocument({
    id: 'noodfonds',
    title: 'Het sluiten van het Tijdelijk Noodfonds Energie',
    addressees: [person('Sophie Hermans', 'VVD', ['minister'])],
    questions: [
      [
        'Waarom is het Noodfonds gesloten terwijl huishoudens nog geen aanvraag konden doen?',
        'Het budget was op.',
      ],
      [
        'Bent u bereid de toegankelijkheid van het Noodfonds te evalueren?',
        'Ja, met de Nationale ombudsman.',
      ],
    ],
  }),
  makeDocument({
    id: 'huisbezoeken',
    title: 'Huisbezoeken aan demonstranten en de gegevensverwerking van demonstranten',
    submitters: [
      person('Barbara Kathmann', 'GroenLinks-PvdA'),
      person('Esmah Lahlah', 'GroenLinks-PvdA'),
    ],
    addressees: [person('David van Weel', null, ['minister'])],
    questions: [
      'Hoeveel huisbezoeken aan demonstranten heeft de politie het afgelopen jaar afgelegd?',
      'Kunt u deze vragen afzonderlijk van elkaar beantwoorden?',
    ],
  }),
  makeDocument({
    id: 'tech-szw',
    title: 'De groeiende afhankelijkheid van Amerikaanse techgiganten',
    submitters: [person('Barbara Kathmann'), person('Jesse Six Dijkstra', 'NSC')],
    addressees: [person('Eddy van Hijum', 'CDA', ['minister']), person('Zsolt Szabó', 'VVD')],
    questions: [
      ...techQuestions.slice(0, 1),
      'Kunt u bevestigen dat het UWV en de SVB de overstap naar clouddiensten niet heroverwegen?',
      ...techQuestions.slice(1),
    ],
    references: [motion],
  }),
  makeDocument({
    id: 'demonstraties',
    title: 'Politie bij demonstraties',
    submitters: [person('Lisa Westerveld', 'GroenLinks-PvdA')],
    questions: [
      [
        'Welke gegevens van demonstranten verwerkt de politie?',
        'De politie verwerkt geen gegevens zonder grondslag.',
      ],
    ],
  }),
  // Second segment from here.
  makeDocument({
    id: 'tech-ocw',
    title: 'De groeiende afhankelijkheid van Amerikaanse techgiganten',
    submitters: [person('Barbara Kathmann'), person('Jesse Six Dijkstra', 'NSC')],
    addressees: [person('Zsolt Szabó', 'VVD'), person('Eppo Bruins', 'NSC', ['minister'])],
    questions: techQuestions,
    references: [motion],
  }),
  makeDocument({
    id: 'visserij',
    title: 'Visserij op paling in de Noordzee',
    submitters: [person('Caroline van der Plas', 'BBB')],
    addressees: [person('Femke Wiersma', 'BBB', ['minister'])],
    questions: [
      'Hoeveel palingvissers zijn er nog actief op het IJsselmeer?',
      'Wat is de stand van de glasaalvangst?',
    ],
  }),
  makeDocument({
    id: 'klimaatdemonstraties',
    title: 'Politieoptreden bij klimaatdemonstraties',
    submitters: [person('Ines Kostić', 'PvdD')],
    addressees: [person('David van Weel', null, ['minister'])],
    questions: [
      [
        'Hoeveel huisbezoeken bij demonstranten heeft de politie afgelopen jaar afgelegd?',
        'De politie legde in 2024 twaalf huisbezoeken af. Dat gebeurt alleen bij een concrete dreiging. Verdere cijfers worden niet bijgehouden.',
      ],
    ],
  }),
  makeDocument({
    id: 'autonomie-los',
    title: 'Europese cloud',
    questions: ['Welke autonomie heeft Nederland bij de digitale inkoop van clouddiensten?'],
  }),
  makeDocument({
    id: 'autonomie-samen',
    title: 'Europese inkoop',
    questions: ['Wat betekent digitale autonomie voor de inkoop van clouddiensten in Nederland?'],
  }),
];

function engineFor(docs: KamerDocument[], split = 4): SearchEngine {
  const engine = createSearchEngine(memoryLookup(documents));
  engine.setSegments([
    buildSegment('s1', docs.slice(0, split)),
    buildSegment('s2', docs.slice(split)),
  ]);
  return engine;
}

const ids = (hits: { document: { id: string } }[]) => hits.map((h) => h.document.id);

describe('search', () => {
  let engine: SearchEngine;
  beforeEach(() => {
    engine = engineFor(documents);
  });

  test('stemming: "huisbezoek demonstrant" finds "Huisbezoeken aan demonstranten" first, across segments', async () => {
    const response = await engine.search({ query: 'huisbezoek demonstrant' });
    expect(ids(response.hits).slice(0, 2)).toEqual(['huisbezoeken', 'klimaatdemonstraties']);
    expect(response.terms).toEqual(['huisbezoek', 'demonstrant']);
    // The set that mentions only demonstrators comes after both sets with both words.
    expect(ids(response.hits)).toContain('demonstraties');
    expect(ids(response.hits).indexOf('demonstraties')).toBe(2);
  });

  test('the best-matching question is shown with highlights on the words as written', async () => {
    const [hit] = (await engine.search({ query: 'huisbezoek demonstrant' })).hits;
    expect(hit.question?.number).toBe(1);
    const text = hit.question!.text;
    expect(hit.question!.highlights.map(([a, b]) => text.slice(a, b))).toEqual([
      'huisbezoeken',
      'demonstranten',
    ]);
    expect(hit.titleHighlights.map(([a, b]) => hit.document.title.slice(a, b))).toEqual([
      'Huisbezoeken',
      'demonstranten',
      'demonstranten',
    ]);
  });

  test('typo tolerance through the vocabulary: "noodfnds" finds the Noodfonds set', async () => {
    const response = await engine.search({ query: 'noodfnds' });
    expect(ids(response.hits)[0]).toBe('noodfonds');
    expect(response.terms).toContain('noodfond');
  });

  test('a typo near the end of a long word still finds its stem ("techgigantn", "afhankelijkhed")', async () => {
    expect(
      (await engine.search({ query: 'afhankelijkhed techgigantn' })).hits
        .map((h) => h.document.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['tech-ocw', 'tech-szw']);
  });

  test('an unknown word with no near term finds nothing', async () => {
    const response = await engine.search({ query: 'xylofoonconcert ' });
    expect(response.hits).toEqual([]);
    expect(response.total).toBe(0);
  });

  test('the word being typed matches as a prefix', async () => {
    const typing = await engine.search({ query: 'palingvis' });
    expect(ids(typing.hits)).toEqual(['visserij']);
    expect(typing.terms).toContain('palingvisser');
    // With a trailing space the word is complete: no prefix expansion, only the longest known
    // word it begins with ("paling") stands in for it.
    const done = await engine.search({ query: 'palingvis ' });
    expect(done.terms).not.toContain('palingvisser');
    expect(done.terms).toEqual(['paling']);
  });

  test('an exact phrase outranks the same words apart', async () => {
    const response = await engine.search({ query: 'digitale autonomie' });
    expect(ids(response.hits).slice(0, 2)).toEqual(['autonomie-samen', 'autonomie-los']);
  });

  test('title hits outrank question hits', async () => {
    const response = await engine.search({ query: 'demonstraties politie' });
    expect(ids(response.hits)[0]).toBe('demonstraties');
  });

  test('filters: status, addressee, person, party', async () => {
    const answered = await engine.search({
      query: 'demonstranten',
      filters: { status: 'answered' },
    });
    expect(ids(answered.hits).sort()).toEqual(['demonstraties', 'klimaatdemonstraties']);
    expect(answered.total).toBe(2);
    const bruins = await engine.search({ query: 'techgiganten', filters: { addressee: 'Bruins' } });
    expect(ids(bruins.hits)).toEqual(['tech-ocw']);
    const lahlah = await engine.search({ query: 'demonstranten', filters: { person: 'lahlah' } });
    expect(ids(lahlah.hits)).toEqual(['huisbezoeken']);
    const pvdd = await engine.search({ query: 'demonstranten', filters: { party: 'PvdD' } });
    expect(ids(pvdd.hits)).toEqual(['klimaatdemonstraties']);
  });

  test('limit and total', async () => {
    const response = await engine.search({ query: 'politie', limit: 1 });
    expect(response.hits).toHaveLength(1);
    expect(response.total).toBe(3);
  });

  test('a replaced segment replaces only its sets', async () => {
    const docs = documents.filter((d) => d.id !== 'klimaatdemonstraties');
    engine.setSegments([
      buildSegment('s1', documents.slice(0, 4)),
      buildSegment('s2', docs.slice(4)),
    ]);
    const response = await engine.search({ query: 'huisbezoek demonstrant' });
    expect(ids(response.hits)).toEqual(['huisbezoeken', 'demonstraties']);
  });

  test('segments survive the bundle JSON and structured cloning (what IndexedDB does to them)', async () => {
    const cloned = [
      buildSegment('s1', documents.slice(0, 4)),
      buildSegment('s2', documents.slice(4)),
    ].map((s) => structuredClone(JSON.parse(JSON.stringify(s))));
    engine.setSegments(cloned);
    expect(ids((await engine.search({ query: 'noodfonds' })).hits)).toEqual(['noodfonds']);
  });
});

describe('relatedness', () => {
  const engine = engineFor(documents);

  test('the same questions to another minister come first, with the other addressees and the motion', async () => {
    const related = await engine.related('tech-szw');
    expect(related[0].document.id).toBe('tech-ocw');
    expect(related[0].reasons[0]).toEqual({
      kind: 'same-questions',
      detail: 'Zsolt Szabó, Eppo Bruins',
    });
    expect(related[0].reasons.map((r) => r.kind)).toContain('same-motion');
    expect(related[0].reasons.find((r) => r.kind === 'same-motion')?.detail).toBe(
      'motie-Kathmann c.s., Kamerstuk 26643-1315',
    );
  });

  test('no self-links, no duplicates, best first', async () => {
    for (const doc of documents) {
      const related = await engine.related(doc.id);
      const relatedIds = ids(related);
      expect(relatedIds).not.toContain(doc.id);
      expect(new Set(relatedIds).size).toBe(relatedIds.length);
      const scores = related.map((r) => r.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    }
  });

  test('an unrelated set gets nothing', async () => {
    expect(await engine.related('visserij')).toEqual([]);
    expect(await engine.related('unknown-id')).toEqual([]);
  });

  test('prior answers: an answered question elsewhere asking the same, with its opening and who answered', async () => {
    const prior = await engine.priorAnswers('huisbezoeken', 1);
    expect(prior).toHaveLength(1);
    expect(prior[0]).toMatchObject({
      questionNumber: 1,
      answerOpening:
        'De politie legde in 2024 twaalf huisbezoeken af. Dat gebeurt alleen bij een concrete dreiging. Verdere cijfers worden niet bijgehouden.',
      answeredBy: [person('David van Weel', null, ['minister'])],
    });
    expect(prior[0].document.id).toBe('klimaatdemonstraties');
  });

  test('no prior answers for procedural questions or unknown questions', async () => {
    expect(await engine.priorAnswers('huisbezoeken', 2)).toEqual([]);
    expect(await engine.priorAnswers('huisbezoeken', 9)).toEqual([]);
    expect(await engine.priorAnswers('visserij', 1)).toEqual([]);
  });

  test('citing: a motion number and its dossier', async () => {
    const citingIds = async (kamerstuk: string) =>
      (await engine.citing(kamerstuk)).map((d) => d.id);
    expect(await citingIds('26643-1315')).toEqual(['tech-szw', 'tech-ocw']);
    expect(await citingIds('26643')).toEqual(['tech-szw', 'tech-ocw']);
    expect(await engine.citing('26643-1302')).toEqual([]);
  });
});

describe('relatedness through references', () => {
  const nota = (kamerstuk: string | null) => ({
    kind: 'kamerstuk' as const,
    label: 'initiatiefnota «Wolken aan de horizon»',
    text: 'de initiatiefnota «Wolken aan de horizon»',
    kamerstuk,
  });
  const news = {
    kind: 'news' as const,
    label: 'Demissionair de cloud in denderen: doe het niet',
    text: '',
  };
  const docs = [
    makeDocument({
      id: 'a',
      title: 'Visserij op paling',
      questions: ['Hoeveel palingvissers zijn er?'],
      references: [nota('36574')],
    }),
    makeDocument({
      id: 'b',
      title: 'Wegen in Drenthe',
      questions: ['Wanneer wordt de N34 verbreed?'],
      references: [nota(null), news],
    }),
    makeDocument({
      id: 'c',
      title: 'Zorg op Ameland',
      questions: ['Is er een huisarts op Ameland?'],
      references: [{ ...news, label: 'demissionair de cloud in denderen, doe het niet' }],
    }),
    makeDocument({
      id: 'd',
      title: 'Scholen in Zeeland',
      questions: ['Hoeveel scholen sluiten in Zeeland?'],
    }),
  ];
  const engine = createSearchEngine(memoryLookup(docs));
  engine.setSegments([buildSegment('r', docs)]);

  test('a Kamerstuk named by its title meets the same one cited by number; news by its folded title', async () => {
    expect(await engine.related('a')).toMatchObject([
      {
        document: { id: 'b' },
        reasons: [
          {
            kind: 'same-kamerstuk',
            detail: 'initiatiefnota «Wolken aan de horizon», Kamerstuk 36574',
          },
        ],
      },
    ]);
    const fromB = await engine.related('b');
    // A shared news item weighs more than a shared Kamerstuk (REF_SCORE), so it comes first.
    expect(fromB.map((r) => [r.document.id, r.reasons.map((x) => x.kind)])).toEqual([
      ['c', ['same-news']],
      ['a', ['same-kamerstuk']],
    ]);
    expect(await engine.related('d')).toEqual([]);
    expect((await engine.citing('36574')).map((d) => d.id)).toEqual(['a']);
  });
});

describe('a citation many sets share', () => {
  test('links nothing by itself above 50 citing sets, but still strengthens a topical link', async () => {
    const budget = {
      kind: 'kamerstuk' as const,
      label: 'Rijksbegroting 2025',
      kamerstuk: '36600-1',
    };
    const words = [
      'paling',
      'tunnel',
      'school',
      'ziekenhuis',
      'haven',
      'dijk',
      'bos',
      'trein',
      'fiets',
      'boer',
    ];
    const docs = Array.from({ length: 60 }, (_, i) =>
      makeDocument({
        id: `b${i}`,
        title: `Vraag ${i} over ${words[i % 10]}${i} en ${words[(i + 3) % 10]}${i}`,
        questions: [`Hoe staat het met ${words[i % 10]}${i}x en ${words[(i + 5) % 10]}${i}y?`],
        references: [budget],
      }),
    );
    // Two sets on the same subject, both citing the budget.
    docs.push(
      makeDocument({
        id: 'glas1',
        title: 'Glasaal in het IJsselmeer',
        questions: ['Hoeveel glasaal zwemt het IJsselmeer in?'],
        references: [budget],
      }),
      makeDocument({
        id: 'glas2',
        title: 'Glasaal bij de Afsluitdijk',
        questions: ['Hoeveel glasaal passeert de Afsluitdijk naar het IJsselmeer?'],
        references: [budget],
      }),
    );
    const engine = createSearchEngine(memoryLookup(docs));
    engine.setSegments([buildSegment('many', docs)]);
    expect(await engine.related('b7')).toEqual([]);
    const related = await engine.related('glas1');
    expect(related.map((r) => r.document.id)).toEqual(['glas2']);
    expect(related[0].reasons.map((r) => r.kind)).toEqual(['same-kamerstuk', 'same-topic']);
    expect((await engine.citing('36600-1')).length).toBe(62);
  });
});

describe('page identification', () => {
  const engine = engineFor(documents);

  test('a page with title, people and some questions is identified; siblings are told apart by people', async () => {
    const result = await engine.identify({
      url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z1',
      title: 'De groeiende afhankelijkheid van Amerikaanse techgiganten',
      people: ['B. Kathmann', 'J. Six Dijkstra', 'E. Bruins', 'Z. Szabó'],
      questions: techQuestions.slice(1, 3),
    });
    expect(result.document?.id).toBe('tech-ocw');
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
  });

  test('a reworded answer page title with no people still finds its set', async () => {
    const result = await engine.identify({
      url: 'https://www.rijksoverheid.nl/documenten/kamerstukken/2025/05/01/x',
      title: 'Antwoorden op Kamervragen over het sluiten van het Tijdelijk Noodfonds Energie',
      people: [],
      questions: [
        'Waarom is het Noodfonds gesloten, terwijl huishoudens nog geen aanvraag konden doen?',
      ],
    });
    expect(result.document?.id).toBe('noodfonds');
  });

  test('an unrelated page gets no claim', async () => {
    const result = await engine.identify({
      url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z2',
      title: 'Het tekort aan huisartsen in Zeeland',
      people: ['Barbara Kathmann', 'Zsolt Szabó'],
      questions: ['Hoeveel huisartsen gaan de komende vijf jaar met pensioen in Zeeland?'],
    });
    expect(result.document).toBeNull();
    expect(result.confidence).toBeLessThan(0.5);
  });
});
