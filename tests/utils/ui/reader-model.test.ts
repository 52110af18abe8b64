import { describe, expect, test } from 'vitest';
import type { Reference } from '../../../utils/corpus/model';
import { answerBlocks, paragraphs } from '../../../utils/ui/answer-blocks';
import { distinguishingAddressees, personLabel } from '../../../utils/ui/people';
import { referenceSegments } from '../../../utils/ui/reference-segments';
import { sameQuestionsTable } from '../../../utils/ui/same-questions-table';
import { bruins, person, question, szabo, techgiganten, vanHijum } from '../../support/ui-fixtures';
import { techgiganten as seedSiblings } from '../../support/seed-summaries';

describe('answerBlocks', () => {
  const joint = { answeredWith: [4, 5] };
  const questions = [
    question(3, 'Vraag drie?', 'Antwoord drie.'),
    question(4, 'Vraag vier?', 'Gezamenlijk antwoord.\n\nTweede alinea.', joint),
    question(5, 'Vraag vijf?', 'Gezamenlijk antwoord.\n\nTweede alinea.', joint),
    question(6, 'Vraag zes?', null),
  ];

  test('a joint answer stands once, after the last of its questions', () => {
    const blocks = answerBlocks(questions);
    expect(
      blocks.map((b) => [b.questions.map((q) => q.number), b.answerNumbers, b.anchor, b.answer]),
    ).toEqual([
      [[3], [3], 'antwoord-3', 'Antwoord drie.'],
      [[4, 5], [4, 5], 'antwoord-4-5', 'Gezamenlijk antwoord.\n\nTweede alinea.'],
      [[6], [6], 'antwoord-6', null],
    ]);
    expect(paragraphs(blocks[1].answer!)).toEqual(['Gezamenlijk antwoord.', 'Tweede alinea.']);
  });

  test('a joint answer split by another question is shown once and pointed to after that', () => {
    const split = [
      question(2, 'Twee?', 'Samen.', { answeredWith: [2, 4] }),
      question(3, 'Drie?', 'Drie.'),
      question(4, 'Vier?', 'Samen.', { answeredWith: [2, 4] }),
    ];
    const blocks = answerBlocks(split);
    expect(blocks.map((b) => [b.anchor, b.answer, b.answerShownAt])).toEqual([
      ['antwoord-2-4', 'Samen.', null],
      ['antwoord-3', 'Drie.', null],
      ['antwoord-2-4-4', null, 'antwoord-2-4'],
    ]);
  });
});

describe('referenceSegments', () => {
  const motion: Reference = {
    kind: 'motion',
    text: 'motie-Kathmann c.s.',
    label: 'motie-Kathmann c.s.',
    kamerstuk: '26643-1315',
    url: 'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
    question: 7,
    in: 'question',
  };
  const citation: Reference = {
    ...motion,
    kind: 'kamerstuk',
    text: 'Kamerstuk 26 643, nr. 1315',
    label: 'Kamerstuk 26643-1315',
  };
  const text =
    'Heeft u migraties stopgezet naar aanleiding van de aangenomen motie-Kathmann c.s. (Kamerstuk 26 643, nr. 1315)?';

  test('cuts the text around each reference and loses nothing', () => {
    const segments = referenceSegments(text, [motion, citation]);
    expect(segments.map((s) => [s.text, s.reference?.kind ?? null])).toEqual([
      ['Heeft u migraties stopgezet naar aanleiding van de aangenomen ', null],
      ['motie-Kathmann c.s.', 'motion'],
      [' (', null],
      ['Kamerstuk 26 643, nr. 1315', 'kamerstuk'],
      [')?', null],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  test('a reference not in the text, or overlapping a longer one, is left out', () => {
    const inner: Reference = { ...motion, text: 'Kathmann' };
    const absent: Reference = { ...motion, text: 'motie-Wilders' };
    const segments = referenceSegments(text, [inner, motion, absent]);
    expect(segments.filter((s) => s.reference).map((s) => s.text)).toEqual(['motie-Kathmann c.s.']);
  });
});

describe('people', () => {
  test('labels keep roles and party', () => {
    expect(personLabel(person('David van Weel', null, ['minister']))).toBe(
      'David van Weel (minister)',
    );
    expect(personLabel(person('Struycken'))).toBe('Struycken');
    expect(personLabel(person('Fleur Agema', 'PVV', ['minister']))).toBe(
      'Fleur Agema (minister, PVV)',
    );
  });

  test('the column head names who differs between sibling sets', () => {
    expect(
      distinguishingAddressees([vanHijum, szabo], [[bruins, szabo]]).map((p) => p.name),
    ).toEqual(['Eddy van Hijum']);
    expect(distinguishingAddressees([szabo], [[szabo]]).map((p) => p.name)).toEqual([
      'Zsolt Szabó',
    ]);
  });
});

describe('sameQuestionsTable', () => {
  test('one row per question, one column per ministry, answers aligned by number', () => {
    const base = techgiganten('szw', vanHijum);
    const sibling = techgiganten('ocw', bruins);
    sibling.status = 'partially-answered';
    sibling.questions[1] = { ...sibling.questions[1], answer: 'Nee, dat kan ik niet bevestigen.' };
    const table = sameQuestionsTable(base, [sibling, base]);
    expect(table.columns.map((c) => [c.documentId, c.addressees.map((p) => p.name)])).toEqual([
      ['szw', ['Eddy van Hijum']],
      ['ocw', ['Eppo Bruins']],
    ]);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[1].cells.map((c) => c.answer)).toEqual([
      null,
      'Nee, dat kan ik niet bevestigen.',
    ]);
    expect(table.rows.every((row) => row.cells.every((c) => !c.differs))).toBe(true);
  });

  test('a sibling that words a question differently, or lacks it, is flagged', () => {
    const base = techgiganten('szw', vanHijum);
    const sibling = techgiganten('ocw', bruins);
    sibling.questions = sibling.questions.slice(0, 2);
    sibling.questions[0] = { ...sibling.questions[0], text: 'Kent u het artikel over de cloud?' };
    const table = sameQuestionsTable(base, [sibling]);
    expect(table.rows.map((row) => row.cells[1].differs)).toEqual([true, false, true]);
    expect(table.rows.map((row) => row.cells[1].numbers)).toEqual([[], [2], []]);
  });

  test('real siblings from the seed: rows find the question that asks the same, whatever its number', () => {
    // The UWV set (SZW) asks 10 questions; the DUO set (OCW) splits question 1 in two and adds
    // three, 14 in all (seed lines 249–262).
    const table = sameQuestionsTable(seedSiblings.szw, [seedSiblings.ocw, seedSiblings.bzk]);
    expect(seedSiblings.szw.questions).toHaveLength(10);
    expect(seedSiblings.ocw.questions).toHaveLength(14);
    const ocw = table.rows.map((row) => row.cells[1].numbers);
    expect(ocw[0]).toEqual([1, 2]); // «… Amerikaanse cloud …» and «… Internationaal Strafhof …», one question in the UWV set
    expect(ocw[1]).toEqual([3]); // "Kunt u bevestigen dat … DUO …"
    expect(ocw[9]).toEqual([14]); // "Kunt u deze vragen afzonderlijk beantwoorden …"
    // The Logius set (BZK) asks the same ten in the same order.
    expect(table.rows.map((row) => row.cells[2].numbers)).toEqual([
      [1],
      [2],
      [3],
      [4],
      [5],
      [6],
      [7],
      [8],
      [9],
      [10],
    ]);
  });
});
