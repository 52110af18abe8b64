/** Short, readable labels for the people in a set's header. */
import type { Person } from '../corpus/model';

/** "David van Weel (minister)", "Barbara Kathmann (GroenLinks-PvdA)", "Struycken". */
export function personLabel(person: Person): string {
  const extra = [...person.roles, ...(person.party ? [person.party] : [])];
  return extra.length ? `${person.name} (${extra.join(', ')})` : person.name;
}

export function peopleLabel(people: readonly Person[]): string {
  return people.map(personLabel).join(', ');
}

/**
 * The addressees that set one set apart from the others it is compared with: the eight sibling
 * techgiganten sets all go to the same staatssecretaris plus one minister each, and the column
 * head should name that minister. Falls back to everyone when nothing differs.
 */
export function distinguishingAddressees(
  own: readonly Person[],
  others: readonly (readonly Person[])[],
): Person[] {
  const inAll = (person: Person) =>
    others.length > 0 && others.every((list) => list.some((p) => p.name === person.name));
  const distinct = own.filter((person) => !inAll(person));
  return distinct.length ? distinct : [...own];
}
