// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { questionsAndAnswers } from '../../../utils/sites/question-sequence';
import { textBlocks } from '../../../utils/sites/page-text';

function blocks(html: string): Element[] {
  const doc = new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html');
  return textBlocks(doc.querySelector('main')!);
}

test("unlabelled, the seed's shape: paragraphs after a run of questions answer the whole run", () => {
  // Questions 14 and 15 of "Het emancipatiebeleid …", answered together, then question 16.
  const { questions, answers } = questionsAndAnswers(
    blocks(`
      <p>Hoe rijmen de voorgenomen bezuinigingen op het gebied van emancipatie met de groeiende uitdagingen?</p>
      <p>Op welke manier verwacht u dat de Routekaart voor Vrouwenrechten gaat bijdragen aan gendergelijkheid?</p>
      <p>De roadmap dient als startschot voor de consultatie voor de nieuwe Europese strategie.</p>
      <p>Dit Europese beleidskader wordt in 2026 gepubliceerd.</p>
      <p>Deelt u de zorgen dat gendergelijkheid in enkele EU-lidstaten steeds verder achterop raakt?<sup>3</sup></p>
      <p>Het kabinet maakt zich zorgen over de inperking van de rechten van vrouwen.</p>`),
  );
  expect(questions.map((q) => [q.number, q.text.slice(0, 24)])).toEqual([
    [1, 'Hoe rijmen de voorgenome'],
    [2, 'Op welke manier verwacht'],
    [3, 'Deelt u de zorgen dat ge'],
  ]);
  expect(questions[2].text.endsWith('achterop raakt?')).toBe(true);
  expect(answers.map((a) => [a.numbers, a.body.length])).toEqual([
    [[1, 2], 2],
    [[3], 1],
  ]);
});

test('labelled: "Vraag 7" numbers the next question, "Antwoord op vraag 4 en 5" a joint answer, rhetorical questions inside an answer stay answer text', () => {
  const { questions, answers } = questionsAndAnswers(
    blocks(`
      <p>Vraag 4</p><p>Bent u bekend met het bericht?</p>
      <p>Vraag 5</p><p>Wat vindt u daarvan?</p>
      <p>Antwoord op vraag 4 en 5</p><p>Ja.</p><p>Wat betekent dit voor de reiziger?</p><p>Zie ook het antwoord op vraag 7.</p>
      <p>Vraag 7: Kunt u deze vragen afzonderlijk beantwoorden?</p>
      <p>Antwoord 7</p><p>Ja.</p>`),
  );
  expect(questions.map((q) => [q.number, q.text])).toEqual([
    [4, 'Bent u bekend met het bericht?'],
    [5, 'Wat vindt u daarvan?'],
    [7, 'Kunt u deze vragen afzonderlijk beantwoorden?'],
  ]);
  expect(
    answers.map((a) => [a.numbers, a.element.textContent, a.body.map((b) => b.textContent)]),
  ).toEqual([
    [
      [4, 5],
      'Antwoord op vraag 4 en 5',
      ['Ja.', 'Wat betekent dit voor de reiziger?', 'Zie ook het antwoord op vraag 7.'],
    ],
    [[7], 'Antwoord 7', ['Ja.']],
  ]);
});
