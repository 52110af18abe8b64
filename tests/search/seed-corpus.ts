/**
 * The seed as the judged tests read it: through the corpus parser (utils/corpus/parse.ts) when it
 * is in the tree, else through a plain reader of the record layout (header of title, submitters
 * and addressees; question lines end in "?" before footnote markers; other lines answer the run
 * of questions before them; verbatim repeats merged). The plain reader finds no references, so
 * relations through motions are only judged with the parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Corpus, KamerDocument, Person, Question } from '../../utils/corpus/model';

const SEED = resolve('assets/corpus/kamervragen-seed.txt');
const PARSER = resolve('utils/corpus/parse.ts');

export interface SeedCorpus {
  documents: KamerDocument[];
  source: 'parser' | 'plain reader';
}

function people(field: string): Person[] {
  return field
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ name, roles: [], party: null, partyAsWritten: null }));
}

function plainRead(text: string): KamerDocument[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const isHeader = (i: number) =>
    / \|$/.test(lines[i] ?? '') && lines[i + 1] === '|' && / \|$/.test(lines[i + 2] ?? '') && lines[i + 3] === '|';
  const byContent = new Map<string, KamerDocument>();
  for (let i = 0; i < lines.length; i++) {
    if (!isHeader(i)) continue;
    const start = i;
    const field = (n: number) => lines[start + n].replace(/\s*\|$/, '');
    const questions: Question[] = [];
    let run: Question[] = [];
    let j = start + 5;
    for (; j < lines.length && !isHeader(j); j++) {
      const line = lines[j].trim();
      if (!line || line.endsWith('|')) continue;
      if (/\?[\d\s]*$/.test(line)) {
        if (run.length > 0 && run[0].answer !== null) run = [];
        const q: Question = {
          number: questions.length + 1,
          text: line.replace(/\?[\d\s]+$/, '?'),
          footnotes: [],
          answer: null,
          answerFootnotes: [],
          answeredWith: [],
          line: j + 1,
        };
        questions.push(q);
        run.push(q);
      } else {
        for (const q of run) {
          q.answer = q.answer ? `${q.answer}\n\n${line}` : line;
          q.answeredWith = run.length > 1 ? run.map((r) => r.number) : [];
        }
      }
    }
    const answered = questions.filter((q) => q.answer !== null).length;
    const doc: KamerDocument = {
      id: `${field(0)} / ${field(4)}`,
      title: field(0),
      submitters: people(field(2)),
      addressees: people(field(4)),
      status: answered === 0 ? 'unanswered' : answered === questions.length ? 'answered' : 'partially-answered',
      occurrences: 1,
      lines: [start + 1],
      questions,
      references: [],
      warnings: [],
    };
    const key = JSON.stringify([doc.title, doc.addressees, questions.map((q) => q.text)]);
    const seen = byContent.get(key);
    if (seen) seen.occurrences++;
    else byContent.set(key, doc);
    i = j - 1;
  }
  return [...byContent.values()];
}

export async function loadSeedCorpus(): Promise<SeedCorpus> {
  const text = readFileSync(SEED, 'utf8');
  if (existsSync(PARSER)) {
    // Imported by path: the parser belongs to the corpus area and may land after these tests.
    const parser = (await import(pathToFileURL(PARSER).href)) as { parseCorpus(text: string, file: string): Corpus };
    return { documents: parser.parseCorpus(text, 'kamervragen-seed.txt').documents, source: 'parser' };
  }
  return { documents: plainRead(text), source: 'plain reader' };
}
