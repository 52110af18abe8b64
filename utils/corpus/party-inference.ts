/**
 * A Kamerlid's fractie is often written in one record and left out in others: in the seed,
 * "Barbara Kathmann" stands once with "GroenLinks-PvdA" and eighteen times without. A reader
 * filtering by fractie expects all of her sets, so an unwritten party is filled in from the same
 * name elsewhere in the corpus, but only when the corpus gives that name exactly one party (a
 * member who changed fractie, or two people of one name, stay unknown). `partyAsWritten` stays
 * null and `partyInferred` is set, so what the record itself says is still known.
 */
import type { KamerDocument, Person } from './model';

export function inferParties(documents: KamerDocument[]): void {
  const parties = new Map<string, Set<string>>();
  const people = (doc: KamerDocument): Person[] => [...doc.submitters, ...doc.addressees];
  for (const doc of documents) {
    for (const person of people(doc)) {
      if (person.party === null) continue;
      let known = parties.get(person.name);
      if (!known) parties.set(person.name, (known = new Set()));
      known.add(person.party);
    }
  }
  for (const doc of documents) {
    for (const person of people(doc)) {
      if (person.party !== null) continue;
      const known = parties.get(person.name);
      if (known?.size !== 1) continue;
      person.party = [...known][0];
      person.partyInferred = true;
    }
  }
}
