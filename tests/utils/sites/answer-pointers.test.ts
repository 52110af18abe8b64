import { expect, test } from 'vitest';
import { findAnswerPointers } from '../../../utils/sites/answer-pointers';

// Sentences from the answers on "Het sluiten van het Tijdelijk Noodfonds Energie" (seed).
test.each([
  ['(Zie ook het antwoord op vraag 3 voor hoe de ondersteuning was vormgegeven).', 3, 'vraag 3'],
  ['Zoals bij vraag 2 aangegeven, was het dankzij de publiek-private samenwerking', 2, 'vraag 2'],
  ['zie ook de beantwoording bij vraag 6.', 6, 'vraag 6'],
  ['Zie ook de Kamerbrief van 4 april jl. en de beantwoording bij vraag 15.', 15, 'vraag 15'],
  ['zoals bij vraag 3 aangegeven, er door SZW een subsidie verstrekt', 3, 'vraag 3'],
])('%s → vraag %i', (text, question, span) => {
  const pointers = findAnswerPointers(text);
  expect(pointers).toHaveLength(1);
  expect(pointers[0].question).toBe(question);
  expect(text.slice(pointers[0].start, pointers[0].end)).toBe(span);
});

test.each([
  'Kunt u vragen 1 t/m 11 uiterlijk op maandag 28 april los beantwoorden?',
  'vragen of zij bereid is om zelfstandig te reageren op vragen 2, 4, 5, 6, 8 en 9?',
  'Zie het antwoord op vraag 4 en 5.', // a joint pointer: no single target, left alone
  'In de brief van 4 april staat vraag noch antwoord.',
])('no single-answer pointer in: %s', (text) => {
  expect(findAnswerPointers(text)).toEqual([]);
});
