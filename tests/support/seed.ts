/** The seed corpus as the corpus tests read it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Corpus, KamerDocument, Question } from '../../utils/corpus/model';
import { parseCorpus } from '../../utils/corpus/parse';

export const SEED_PATH = resolve('assets/corpus/kamervragen-seed.txt');
export const seedText = readFileSync(SEED_PATH, 'utf8');

let parsed: Corpus | null = null;
export function seedCorpus(): Corpus {
  return (parsed ??= parseCorpus(seedText, 'kamervragen-seed.txt'));
}

/** The set whose record starts at `line` (first occurrence). */
export function setAt(line: number): KamerDocument {
  const doc = seedCorpus().documents.find((d) => d.lines.includes(line));
  if (!doc) throw new Error(`no set starts at line ${line}`);
  return doc;
}

/** The question whose text stands at `line` (first occurrence of the set). */
export function questionAt(line: number): { doc: KamerDocument; question: Question } {
  for (const doc of seedCorpus().documents) {
    const question = doc.questions.find((q) => q.line === line);
    if (question) return { doc, question };
  }
  throw new Error(`no question at line ${line}`);
}
