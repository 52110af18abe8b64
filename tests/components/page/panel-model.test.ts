import { describe, expect, test } from 'vitest';
import { panelModel } from '../../../components/page/panel-model';
import type { Reference } from '../../../utils/corpus/model';
import { seedDocument } from '../../support/seed-documents';

const ref = (
  kind: Reference['kind'],
  label: string,
  kamerstuk: string | null,
  url: string | null = null,
): Reference => ({
  kind,
  text: label,
  label,
  kamerstuk,
  url,
  question: 1,
  in: 'question',
});

describe('panel model: cited motions and Kamerstukken', () => {
  test('each once, named with its number unless the label already names it, linked to its official page', () => {
    const document = seedDocument('uwv', 225, 241, [
      ref(
        'motion',
        'motie-Kathmann c.s.',
        '26643-1315',
        'https://zoek.officielebekendmakingen.nl/kst-26643-1315.html',
      ),
      ref(
        'kamerstuk',
        'initiatiefnota «Wolken aan de horizon»',
        '36574',
        'https://zoek.officielebekendmakingen.nl/dossier/36574',
      ),
      ref('kamerstuk', 'Kamerstuk 36600-XV-78', '36600-XV-78'),
      ref('motion', 'motie-Kathmann c.s.', '26643-1315'),
      // Not yet resolved to a number: nothing to link, so not listed.
      ref('kamerstuk', 'de Kamerbrief van 4 april', null),
    ]);
    const model = panelModel({ document, confidence: 1, siblings: [], related: [] });
    expect(model.cited.map((c) => [c.label, c.ref])).toEqual([
      ['motie-Kathmann c.s. (Kamerstuk 26643-1315)', 'kst-26643-1315'],
      ['initiatiefnota «Wolken aan de horizon» (Kamerstuk 36574)', 'kst-36574'],
      ['Kamerstuk 36600-XV-78', 'kst-36600-XV-78'],
    ]);
    expect(model.cited[1].url).toBe('https://zoek.officielebekendmakingen.nl/dossier/36574');
    // No URL from the sync source: the official page by number.
    expect(model.cited[2].url).toMatch(/^https:\/\/zoek\.officielebekendmakingen\.nl\//);
  });
});
