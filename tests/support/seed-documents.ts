/**
 * Test data: a few seed records as KamerDocuments, read straight from the seed by line range
 * (question lines end in "?" before footnote markers; other lines answer the run before them).
 * Ids are named by hand so expectations read plainly. The corpus parser is tested on its own;
 * these tests pin the page side.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KamerDocument, Person, Question, Reference } from '../../utils/corpus/model';
import type { DocumentSummary } from '../../utils/search/types';

const seed = readFileSync(resolve('assets/corpus/kamervragen-seed.txt'), 'utf8').split('\n');

function people(line: string): Person[] {
  return line
    .replace(/\|\s*$/, '')
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ name, roles: [], party: null, partyAsWritten: null }));
}

/** The record whose title is on line `from` (1-based) and whose last line is `to`. */
export function seedDocument(
  id: string,
  from: number,
  to: number,
  references: Reference[] = [],
): KamerDocument {
  const lines = seed.slice(from - 1, to);
  const questions: Question[] = [];
  let run: Question[] = [];
  lines.slice(6).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || /\|\s*$/.test(line)) return;
    if (/\?[\d\s]*$/.test(line)) {
      if (run.length > 0 && run[0].answer !== null) run = [];
      const question: Question = {
        number: questions.length + 1,
        text: line.replace(/\?[\d\s]+$/, '?'),
        footnotes: [],
        answer: null,
        answerFootnotes: [],
        answeredWith: [],
        line: from + 6 + i,
      };
      questions.push(question);
      run.push(question);
    } else if (run.length > 0) {
      for (const q of run) {
        q.answer = q.answer ? `${q.answer}\n\n${line}` : line;
        q.answeredWith = run.length > 1 ? run.map((r) => r.number) : [];
      }
    }
  });
  const answered = questions.filter((q) => q.answer !== null).length;
  return {
    id,
    title: lines[0].replace(/\s*\|\s*$/, ''),
    submitters: people(lines[2]),
    addressees: people(lines[4]),
    status:
      answered === 0
        ? 'unanswered'
        : answered === questions.length
          ? 'answered'
          : 'partially-answered',
    occurrences: 1,
    lines: [from],
    questions,
    references,
    warnings: [],
  };
}

export function summaryOf(document: KamerDocument): DocumentSummary {
  const { id, title, submitters, addressees, status } = document;
  return { id, title, submitters, addressees, status, questionCount: document.questions.length };
}

const motion = (text: string, label: string, kamerstuk: string, question: number): Reference => ({
  kind: 'motion',
  text,
  label,
  kamerstuk,
  url: `https://zoek.officielebekendmakingen.nl/kst-${kamerstuk}.html`,
  question,
  in: 'question',
  people: [label.replace(/^motie-| c\.s\.$/g, '')],
  resolvedBy: 'sibling',
});

/** The eight "De groeiende afhankelijkheid van Amerikaanse techgiganten" sets, by ministry. */
export const techgiganten = {
  szw: seedDocument('tg-szw-uwv', 225, 241, [
    motion('motie-Kathmann c.s.', 'motie-Kathmann c.s.', '26643-1315', 7),
    motion('motie-Six Dijkstra c.s.', 'motie-Six Dijkstra c.s.', '26643-1320', 8),
  ]),
  ocw: seedDocument('tg-ocw-duo', 242, 262),
  ienw: seedDocument('tg-ienw-rws', 263, 279),
  jenv: seedDocument('tg-jenv-dji', 280, 297),
  fin: seedDocument('tg-fin-dnb', 298, 315),
  bzk: seedDocument('tg-bzk-logius', 316, 332),
  ez: seedDocument('tg-ez-kvk', 333, 350),
  vws: seedDocument('tg-vws-rivm', 351, 368),
};

export const noodfonds = seedDocument('noodfonds', 139, 185);
export const emancipatie = seedDocument('emancipatie', 1, 65);
