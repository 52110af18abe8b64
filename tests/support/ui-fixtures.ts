/**
 * Hand-made sets in the shape the parser produces, modelled on the seed: the Noodfonds set
 * (answered, a footnoted first question, a motion cited in an answer) and two of the eight
 * techgiganten siblings (same questions, another minister each, unanswered).
 */
import type { KamerDocument, Person, Question } from '../../utils/corpus/model';

export function person(name: string, party: string | null = null, roles: string[] = []): Person {
  return { name, party, roles, partyAsWritten: party };
}

export function question(
  number: number,
  text: string,
  answer: string | null,
  extra: Partial<Question> = {},
): Question {
  return {
    number,
    text,
    footnotes: [],
    answer,
    answerFootnotes: [],
    answeredWith: [],
    line: number * 2,
    ...extra,
  };
}

export function doc(id: string, extra: Partial<KamerDocument> = {}): KamerDocument {
  return {
    id,
    title: `Set ${id}`,
    submitters: [],
    addressees: [],
    status: 'answered',
    occurrences: 1,
    lines: [1],
    questions: [],
    references: [],
    warnings: [],
    ...extra,
  };
}

export const kathmann = person('Barbara Kathmann', 'GroenLinks-PvdA');
export const sixDijkstra = person('Jesse Six Dijkstra', 'NSC');
export const szabo = person('Zsolt Szabó', 'VVD');

const techQuestions = [
  'Bent u bekend met het bericht: «Overheidsorganisaties blijven in de Amerikaanse cloud, ondanks zorgen in de Tweede Kamer»?',
  'Kunt u bevestigen dat het UWV en de SVB de overstap naar clouddiensten van Amerikaanse techgiganten overwegen?',
  'Kunt u deze vragen afzonderlijk beantwoorden vóór het notaoverleg over de initiatiefnota «Wolken aan de horizon» van 2 juni a.s.?',
];

export function techgiganten(id: string, minister: Person): KamerDocument {
  return doc(id, {
    title: 'De groeiende afhankelijkheid van Amerikaanse techgiganten',
    submitters: [kathmann, sixDijkstra],
    addressees: [minister, szabo],
    status: 'unanswered',
    questions: techQuestions.map((text, i) => question(i + 1, text, null)),
  });
}

export const vanHijum = person('Eddy van Hijum', 'CDA', ['minister']);
export const bruins = person('Eppo Bruins', 'NSC', ['minister']);
