/**
 * People in a header field: "Barbara Kathmann , Esmah Lahlah (GroenLinks-PvdA)",
 * "Reinette Klever (minister zonder portefeuille ) (PVV)", "David van Weel (minister , minister )",
 * or a bare surname ("Struycken"). Each parenthesised group is either roles or a fractie.
 */
import type { Person } from './model';
import { normaliseParty } from './parties';

const ROLE_WORDS = /\b(minister|staatssecretaris|president|premier|commissaris|ambtenaar)/i;

/** Split on commas that are not inside parentheses. */
function topLevelParts(field: string): string[] {
  if (!field.includes('('))
    return field
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of field) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

export function parsePerson(part: string): Person | null {
  const groups: string[] = [];
  const name = part
    .replace(/\(([^()]*)\)?/g, (_m, inner: string) => {
      groups.push(inner);
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (!name) return null;
  const roles: string[] = [];
  let partyAsWritten: string | null = null;
  for (const group of groups) {
    const inner = group.trim();
    if (!inner) continue;
    if (ROLE_WORDS.test(inner)) {
      for (const role of inner.split(',')) {
        const r = role.trim().replace(/\s+/g, ' ');
        if (r && !roles.includes(r)) roles.push(r);
      }
    } else if (partyAsWritten === null) partyAsWritten = inner.replace(/\s+/g, ' ');
  }
  return {
    name,
    roles,
    party: partyAsWritten === null ? null : normaliseParty(partyAsWritten),
    partyAsWritten,
  };
}

export function parsePeople(field: string): Person[] {
  const people: Person[] = [];
  for (const part of topLevelParts(field)) {
    const person = parsePerson(part);
    if (person) people.push(person);
  }
  return people;
}
