import { expect, test } from 'vitest';
import { citationSpans } from '../../../utils/sites/citation-spans';
import { findKamerstukCitations } from '../../../utils/sites/kamerstuk-citations';

test.each([
  [
    'motie-Kathmann c.s. (Kamerstuk 26 643, nr. 1315) die hiertoe oproept',
    'Kamerstuk 26 643, nr. 1315',
    '26643-1315',
  ],
  [
    'motie-Kathmann c.s. [Kamerstuk 26 643-1315] die hiertoe oproept',
    'Kamerstuk 26 643-1315',
    '26643-1315',
  ],
  [
    'Kamerstukken II 2024/25, 26 643, nr. 1320.',
    'Kamerstukken II 2024/25, 26 643, nr. 1320',
    '26643-1320',
  ],
  [
    'Kamerstukken II 2024/25, 21 501-32, nr. 1740',
    'Kamerstukken II 2024/25, 21 501-32, nr. 1740',
    '21501-32-1740',
  ],
  ['Kamerstuk 36 600 XV, nr. 78.', 'Kamerstuk 36 600 XV, nr. 78', '36600-XV-78'],
  ['Kamerstuk 36 800-XVI, nr. 12', 'Kamerstuk 36 800-XVI, nr. 12', '36800-XVI-12'],
  [
    'initiatiefnota «Wolken aan de horizon» (Kamerstuk 36 574) van 2 juni',
    'Kamerstuk 36 574',
    '36574',
  ],
  ['zie 29 023, nr. 567 voor de brief', '29 023, nr. 567', '29023-567'],
])('%s', (text, span, kamerstuk) => {
  const found = findKamerstukCitations(text);
  expect(found).toHaveLength(1);
  expect(text.slice(found[0].start, found[0].end)).toBe(span);
  expect(found[0].kamerstuk).toBe(kamerstuk);
  expect(found[0].url).toBe(
    /^\d+$/.test(kamerstuk)
      ? `https://zoek.officielebekendmakingen.nl/dossier/${kamerstuk}`
      : `https://zoek.officielebekendmakingen.nl/kst-${kamerstuk}.html`,
  );
});

test.each([
  'circa 100.000 huishoudens en € 56,3 miljoen',
  'de periode van 2026 tot 2032',
  'de migratie van 57.000 werkplekken',
  'artikel 14 van de Grondwet, M365 en DWR2.0',
  'op 14 oktober 2025 in eigen beheer',
])('no citation in: %s', (text) => {
  expect(findKamerstukCitations(text)).toEqual([]);
});

test('where two finders overlap, the more precise citation wins, then the longer span', () => {
  const text =
    'Kamerstuk 36 600 XV, nr. 78 en de motie-Kathmann c.s. (Kamerstuk 26 643, nr. 1315).';
  const dossierOnly = {
    kind: 'kamerstuk',
    label: 'Kamerstuk 36600',
    kamerstuk: '36600',
    url: null,
    start: 0,
    end: 16,
  };
  const wholeMotion = {
    kind: 'motion',
    label: 'motie-Kathmann c.s.',
    kamerstuk: '26643-1315',
    url: null,
    start: 34,
    end: text.length - 1,
  };
  const spans = citationSpans(text, (t) => [
    dossierOnly,
    wholeMotion,
    ...findKamerstukCitations(t),
  ]);
  expect(spans.map((s) => [text.slice(s.start, s.end), s.ref])).toEqual([
    ['Kamerstuk 36 600 XV, nr. 78', 'kst-36600-XV-78'],
    ['motie-Kathmann c.s. (Kamerstuk 26 643, nr. 1315)', 'kst-26643-1315'],
  ]);
});
