/**
 * The corpus the surfaces' browser tests sync into the extension: eleven real seed records
 * (the eight techgiganten siblings, Noodfonds, emancipatiebeleid, huisbezoeken), read from the
 * seed file by line range with the page tests' helper. Syncing it from a routed URL makes the
 * tests independent of the bundled corpus, which depends on the parser.
 *
 * The helper keeps names only; for the overview (sets per fractie) the header's roles and party
 * are read back here: "Eddy van Hijum (minister ) (CDA)" → roles ["minister"], party "CDA".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KamerDocument, Person } from '../../utils/corpus/model';
import { emancipatie, noodfonds, seedDocument, techgiganten } from './seed-documents';

const seedLines = readFileSync(resolve('assets/corpus/kamervragen-seed.txt'), 'utf8').split('\n');

export function headerPeople(line: string): Person[] {
  const people: Person[] = [];
  for (const match of line
    .replace(/\|\s*$/, '')
    .matchAll(/\s*([^,(]+?)\s*((?:\([^)]*\)\s*)*)(?:,|$)/g)) {
    const name = match[1].trim();
    if (!name) continue;
    const groups = [...match[2].matchAll(/\(([^)]*)\)/g)].map((g) => g[1].trim());
    const roles = [
      ...new Set(
        groups
          .filter((g) => /minister|staatssecretaris/.test(g))
          .flatMap((g) =>
            g
              .split(',')
              .map((r) => r.trim())
              .filter(Boolean),
          ),
      ),
    ];
    const party = groups.filter((g) => !/minister|staatssecretaris/.test(g)).pop() ?? null;
    people.push({ name, roles, party, partyAsWritten: party });
  }
  return people;
}

function withPeople(doc: KamerDocument): KamerDocument {
  const first = doc.lines[0];
  return {
    ...doc,
    submitters: headerPeople(seedLines[first + 1]),
    addressees: headerPeople(seedLines[first + 3]),
  };
}

export const huisbezoeken = withPeople(seedDocument('huisbezoeken', 96, 138));

const siblings = Object.fromEntries(
  Object.entries(techgiganten).map(([k, d]) => [k, withPeople(d)]),
) as typeof techgiganten;

export const surfacesCorpus: KamerDocument[] = [
  ...Object.values(siblings),
  withPeople(noodfonds),
  withPeople(emancipatie),
  huisbezoeken,
];

export { siblings as techgiganten };
export const noodfondsSet = surfacesCorpus[8];
export const emancipatieSet = surfacesCorpus[9];
