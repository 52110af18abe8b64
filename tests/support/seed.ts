/**
 * The seed corpus (assets/corpus/kamervragen-seed.txt) as every test reads it: through the corpus
 * parser, as the extension does, parsed once per test file and cached. The raw text is exported
 * for the parser's own tests only.
 *
 * The sets the page and surface tests name are picked out by the line their record starts on
 * and given readable ids ("tg-szw-uwv", "noodfonds"), so expectations read plainly.
 */
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

/** The parsed set whose record starts at `line`, under a readable id. */
export function seedSet(id: string, line: number): KamerDocument {
  return { ...setAt(line), id };
}

/** The eight "De groeiende afhankelijkheid van Amerikaanse techgiganten" sets, by ministry. */
export const techgiganten = {
  szw: seedSet('tg-szw-uwv', 225),
  ocw: seedSet('tg-ocw-duo', 242),
  ienw: seedSet('tg-ienw-rws', 263),
  jenv: seedSet('tg-jenv-dji', 280),
  fin: seedSet('tg-fin-dnb', 298),
  bzk: seedSet('tg-bzk-logius', 316),
  ez: seedSet('tg-ez-kvk', 333),
  vws: seedSet('tg-vws-rivm', 351),
};
export const noodfonds = seedSet('noodfonds', 139);
export const emancipatie = seedSet('emancipatie', 1);
export const huisbezoeken = seedSet('huisbezoeken', 96);

/**
 * The corpus the surfaces' browser tests sync into the extension: the eight techgiganten
 * siblings, Noodfonds, emancipatiebeleid and huisbezoeken. Syncing it from a routed URL makes
 * those tests independent of the bundled corpus.
 */
export const surfacesCorpus: KamerDocument[] = [
  ...Object.values(techgiganten),
  noodfonds,
  emancipatie,
  huisbezoeken,
];
