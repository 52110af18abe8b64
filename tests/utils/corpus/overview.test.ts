import { describe, expect, test } from 'vitest';
import type { Reference } from '../../../utils/corpus/model';
import { corpusOverview } from '../../../utils/corpus/overview';
import {
  bruins,
  doc,
  kathmann,
  person,
  question,
  sixDijkstra,
  szabo,
  techgiganten,
  vanHijum,
} from '../../support/ui-fixtures';

function motion(label: string, kamerstuk: string | null): Reference {
  return { kind: 'motion', text: label, label, kamerstuk, url: null, question: 1, in: 'question' };
}

describe('corpusOverview', () => {
  const noodfonds = doc('noodfonds', {
    submitters: [
      person('Suzanne Kröger', 'GroenLinks-PvdA'),
      kathmann,
      person('Esmah Lahlah', 'GroenLinks-PvdA'),
    ],
    addressees: [person('Sophie Hermans', 'VVD', ['minister']), person('Nobel'), szabo],
    status: 'answered',
    questions: [question(1, 'Eén?', 'Ja.'), question(2, 'Twee?', 'Nee.')],
  });
  const tech1 = {
    ...techgiganten('szw', vanHijum),
    references: [
      motion('motie-Kathmann c.s.', '26643-1315'),
      motion('motie-Six Dijkstra c.s.', '26643-1320'),
    ],
  };
  const tech2 = {
    ...techgiganten('ocw', bruins),
    references: [
      motion('motie-Kathmann c.s.', '26643-1315'),
      motion('motie Kathmann', '26643-1315'),
      motion('motie-Kathmann c.s.', null),
    ],
  };
  const overview = corpusOverview([noodfonds, tech1, tech2]);

  test('counts sets, questions and status', () => {
    expect(overview.sets).toBe(3);
    expect(overview.questions).toBe(2 + 3 + 3);
    expect(overview.status).toEqual({ answered: 1, 'partially-answered': 0, unanswered: 2 });
  });

  test('a set counts once per fractie and per addressee, however many members signed', () => {
    expect(overview.byParty).toEqual([
      { label: 'GroenLinks-PvdA', count: 3 },
      { label: 'NSC', count: 2 },
    ]);
    expect(overview.byAddressee[0]).toEqual({ label: szabo.name, count: 3 });
    expect(overview.byAddressee.map((a) => a.label)).toContain('Nobel');
    expect(sixDijkstra.party).toBe('NSC');
  });

  test('motions ranked by the number of citing sets, unresolved ones left out, linked to the official page', () => {
    expect(overview.topMotions).toEqual([
      {
        kamerstuk: '26643-1315',
        label: 'motie-Kathmann c.s.',
        url: 'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
        sets: 2,
      },
      {
        kamerstuk: '26643-1320',
        label: 'motie-Six Dijkstra c.s.',
        url: 'https://zoek.officielebekendmakingen.nl/kst-26643-1320.html',
        sets: 1,
      },
    ]);
  });

  test('an empty corpus gives zeros, not errors', () => {
    expect(corpusOverview([])).toEqual({
      sets: 0,
      questions: 0,
      status: { answered: 0, 'partially-answered': 0, unanswered: 0 },
      byParty: [],
      byAddressee: [],
      topMotions: [],
    });
  });
});
