import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../../utils/corpus/parse';
import { seedCorpus, seedText, setAt, questionAt } from '../../support/seed';

describe('parseCorpus on the seed', () => {
  it('finds the 19 distinct sets, in file order, with the questions counted by hand', () => {
    const corpus = seedCorpus();
    expect(corpus.documents.map((d) => [d.lines[0], d.questions.length])).toEqual([
      [1, 23],
      [66, 11],
      [96, 13],
      [139, 18],
      [186, 13],
      [206, 12],
      [225, 10],
      [242, 14],
      [263, 10],
      [280, 11],
      [298, 11],
      [316, 10],
      [333, 11],
      [351, 11],
      [511, 22],
      [625, 23],
      [654, 15],
      [694, 17],
      [742, 17],
    ]);
    expect(corpus.warnings).toEqual([]);
  });

  it('merges the four verbatim repeats with occurrences 2 and both start lines', () => {
    const repeated = seedCorpus().documents.filter((d) => d.occurrences > 1);
    expect(repeated.map((d) => d.lines)).toEqual([
      [1, 446],
      [66, 369],
      [96, 582],
      [139, 399],
    ]);
    expect(repeated.every((d) => d.occurrences === 2)).toBe(true);
    expect(seedCorpus().documents.filter((d) => d.occurrences === 1)).toHaveLength(15);
    // They are verbatim: no copy differs from the first.
    expect(
      seedCorpus()
        .documents.flatMap((d) => d.warnings)
        .filter((w) => w.code === 'duplicate-differs'),
    ).toEqual([]);
  });

  it('merges a repeat that differs (answers arrived) into one set, keeps the answered copy and warns', () => {
    const block = seedText.split('\n').slice(205, 224).join('\n'); // the unanswered set at line 206
    const answered = block.replace('doe het niet»?1', 'doe het niet»?1\nJa.');
    const corpus = parseCorpus(`${block}\n${answered}\n`);
    expect(corpus.documents).toHaveLength(1);
    const doc = corpus.documents[0];
    expect(doc).toMatchObject({ occurrences: 2, lines: [1, 20], status: 'partially-answered' });
    expect(doc.questions[0].answer).toBe('Ja.');
    expect(doc.warnings).toEqual([
      expect.objectContaining({ code: 'duplicate-differs', line: 20 }),
    ]);
  });

  it('reads status from the answers present', () => {
    const status = Object.fromEntries(seedCorpus().documents.map((d) => [d.lines[0], d.status]));
    for (const line of [1, 66, 96, 139, 511, 654, 694, 742]) expect(status[line]).toBe('answered');
    for (const line of [186, 206, 225, 242, 263, 280, 298, 316, 333, 351, 625])
      expect(status[line]).toBe('unanswered');
  });

  it('parses titles and people: roles deduplicated, bare surnames, parties normalised keeping what was written', () => {
    const trade = setAt(511);
    expect(trade.title).toBe("De gevolgen van Trump's handelsoorlog voor Nederland");
    expect(trade.addressees.map((p) => [p.name, p.roles, p.party])).toEqual([
      ['Reinette Klever', ['minister zonder portefeuille'], 'PVV'],
      ['Eddy van Hijum', ['minister'], 'CDA'],
      ['Dirk Beljaarts', ['minister'], null],
      ['Dick Schoof', ['minister-president'], 'INDEP'],
      ['Eelco Heinen', ['minister'], 'VVD'],
    ]);
    expect(trade.submitters.map((p) => [p.name, p.party, p.partyAsWritten])).toEqual([
      ['Mariëtte Patijn', 'GroenLinks-PvdA', 'GroenLinks-PvdA'],
      ['Marleen Haage', 'GroenLinks-PvdA', 'PvdA'],
      // Unwritten here; the corpus gives her one fractie elsewhere.
      ['Barbara Kathmann', 'GroenLinks-PvdA', null],
      ['Joris Thijssen', 'GroenLinks-PvdA', 'PvdA'],
      ['Tom van der Lee', 'GroenLinks-PvdA', 'GL'],
      ['Frans Timmermans', 'GroenLinks-PvdA', 'PvdA'],
      ['Daniëlle Hirsch', 'GroenLinks-PvdA', 'GL'],
    ]);
    const jenv = setAt(186);
    expect(jenv.addressees.map((p) => [p.name, p.roles])).toEqual([
      ['van Marum', []],
      ['David van Weel', ['minister']],
    ]);
    expect(setAt(96).addressees.map((p) => p.name)).toEqual([
      'Zsolt Szabó',
      'David van Weel',
      'Struycken',
    ]);
  });

  it('keeps exact question texts with footnote markers removed', () => {
    expect(questionAt(103).question).toMatchObject({
      number: 1,
      text: 'Bent u bekend met de kritische reacties op het huisbezoek van de politie aan een demonstrant in Amersfoort, waaronder die van korpschef Janny Knol?',
      footnotes: [1],
      answer: 'Ja.',
      answeredWith: [],
    });
    expect(questionAt(199).question).toMatchObject({
      number: 7,
      text: 'Kunt u deze vragen afzonderlijk van elkaar beantwoorden?',
      answer: null,
    });
    expect(questionAt(790).question.text).toBe(
      'Kunt u deze vragen afzonderlijk van elkaar en indien mogelijk nog vóór het plenaire debat over de migratie van overheids-ICT naar het buitenland beantwoorden?',
    );
    expect(questionAt(790).question.answer).toBe(
      'Zie alle bovenstaande antwoorden op de gestelde vragen.',
    );
  });

  it('attaches answer paragraphs to the run of questions before them (joint answer)', () => {
    const { doc, question } = questionAt(44);
    expect(question.number).toBe(14);
    const next = doc.questions[14];
    expect(next.line).toBe(45);
    expect(question.answeredWith).toEqual([14, 15]);
    expect(next.answeredWith).toEqual([14, 15]);
    expect(question.answer).toBe(next.answer);
    expect(question.answer!.startsWith('De roadmap dient als startschot')).toBe(true);
    // Multi-paragraph answers are joined by a blank line.
    const q6 = questionAt(112).question;
    expect(q6.answer!.split('\n\n')).toHaveLength(3);
    expect(
      q6.answer!.startsWith('Als Minister van Justitie en Veiligheid is het niet aan mij'),
    ).toBe(true);
  });

  it('flags the record holding a second set after its closing question', () => {
    const jenv = setAt(186);
    expect(jenv.warnings.filter((w) => w.code === 'merged-record').map((w) => w.line)).toEqual([
      200,
    ]);
    const merged = seedCorpus()
      .documents.flatMap((d) => d.warnings)
      .filter((w) => w.code === 'merged-record');
    expect(merged).toHaveLength(1);
  });

  it('flags the answers drifting from their questions in the trade set, and no other set', () => {
    const drift = seedCorpus().documents.flatMap((d) =>
      d.warnings
        .filter((w) => w.code === 'answer-drift')
        .map((w) => ({ set: d.lines[0], line: w.line })),
    );
    expect(drift.length).toBeGreaterThan(0);
    expect(new Set(drift.map((w) => w.set))).toEqual(new Set([511]));
    // Line 548 ("geen aanleiding een werkgarantiefonds") answers the question at 542, not its own at 547.
    for (const w of drift) expect(w.line).toBeGreaterThanOrEqual(519);
    expect(drift.some((w) => w.line <= 548)).toBe(true);
  });

  it('lists warnings with line numbers sorted per set', () => {
    for (const doc of seedCorpus().documents) {
      const lines = doc.warnings.map((w) => w.line);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
      for (const line of lines) expect(line).toBeGreaterThanOrEqual(doc.lines[0]);
    }
  });
});
