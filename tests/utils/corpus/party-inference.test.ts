import { describe, expect, test } from 'vitest';
import { parseCorpus } from '../../../utils/corpus/parse';

const record = (title: string, submitters: string) =>
  [
    `${title} |`,
    '|',
    `${submitters} |`,
    '|',
    'Eelco Heinen (minister ) (VVD) |',
    '|',
    `Wat vindt u van ${title.toLowerCase()}?`,
  ].join('\n');

const corpus = [
  record('Vraag over bruggen', 'Anna Jansen (VVD)'),
  record('Vraag over tunnels', 'Anna Jansen , Piet de Vries'),
  record('Vraag over dijken', 'Piet de Vries (CDA)'),
  record('Vraag over sluizen', 'Piet de Vries (D66)'),
  record('Vraag over wegen', 'Kees Bakker'),
].join('\n');

describe('parties left unwritten', () => {
  const documents = parseCorpus(corpus).documents;
  const person = (title: string, name: string) =>
    documents.find((d) => d.title === title)!.submitters.find((p) => p.name === name)!;

  test('take the one party the corpus gives the same name, keeping that none was written', () => {
    expect(person('Vraag over tunnels', 'Anna Jansen')).toMatchObject({
      party: 'VVD',
      partyAsWritten: null,
      partyInferred: true,
    });
    expect(person('Vraag over bruggen', 'Anna Jansen')).toMatchObject({
      party: 'VVD',
      partyAsWritten: 'VVD',
    });
    expect(person('Vraag over bruggen', 'Anna Jansen').partyInferred).toBeUndefined();
  });

  test('stay unknown when the corpus gives the name two parties, or none', () => {
    expect(person('Vraag over tunnels', 'Piet de Vries').party).toBeNull();
    expect(person('Vraag over wegen', 'Kees Bakker').party).toBeNull();
    // Written parties are never overwritten.
    expect(person('Vraag over sluizen', 'Piet de Vries').party).toBe('D66');
  });
});
