import { describe, expect, test } from 'vitest';
import { linearScale, niceStep, percent, ringSlices } from '../../../utils/ui/chart-scale';
import { formatBytes, joinNumbers } from '../../../utils/ui/format';
import { moveSelection } from '../../../utils/ui/list-navigation';
import {
  kamerstukRefKey,
  kamerstukUrl,
  officialSearchUrl,
} from '../../../utils/corpus/official-links';
import { parseLanguageSetting, resolveLanguage } from '../../../utils/extension/language-setting';

describe('official links', () => {
  test('the official search carries the query encoded', () => {
    expect(officialSearchUrl(' Tijdelijk Noodfonds & energie ')).toBe(
      'https://zoek.officielebekendmakingen.nl/resultaten?q=Tijdelijk%20Noodfonds%20%26%20energie',
    );
  });
  test('Kamerstuk keys and pages follow DESIGN.md §4–5', () => {
    expect(kamerstukRefKey('26643-1315')).toBe('kst-26643-1315');
    expect(kamerstukRefKey('36574')).toBe('kst-36574');
    expect(kamerstukUrl('21501-32-1740')).toBe(
      'https://zoek.officielebekendmakingen.nl/kst-21501-32-1740.html',
    );
    expect(kamerstukUrl('36574')).toBe('https://zoek.officielebekendmakingen.nl/dossier/36574');
  });
});

describe('list navigation', () => {
  test('down and up wrap, home and end jump, other keys do nothing', () => {
    expect(moveSelection(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveSelection(2, 'ArrowDown', 3)).toBe(0);
    expect(moveSelection(0, 'ArrowUp', 3)).toBe(2);
    expect(moveSelection(1, 'Home', 3)).toBe(0);
    expect(moveSelection(0, 'End', 3)).toBe(2);
    expect(moveSelection(0, 'a', 3)).toBeNull();
    expect(moveSelection(0, 'ArrowDown', 0)).toBeNull();
  });
});

describe('chart scales', () => {
  test('ticks fall on round numbers and cover the maximum', () => {
    expect(niceStep(13, 4)).toBe(5);
    expect(niceStep(19, 4)).toBe(5);
    expect(niceStep(3, 4)).toBe(1);
    const scale = linearScale(13, 300);
    expect(scale.max).toBe(15);
    expect(scale.ticks).toEqual([0, 5, 10, 15]);
    expect(scale(15)).toBe(300);
    expect(scale(0)).toBe(0);
    expect(scale(99)).toBe(300);
  });
  test('ring slices follow each other and add up to the circle', () => {
    const slices = ringSlices(
      [
        { key: 'answered', value: 3 },
        { key: 'unanswered', value: 1 },
      ],
      100,
    );
    expect(slices.map((s) => [s.share, s.offset])).toEqual([
      [0.75, -0],
      [0.25, -75],
    ]);
    expect(slices[1].dash).toBe('25 75');
    expect(ringSlices([{ key: 'x', value: 0 }], 100)[0].share).toBe(0);
  });
  test('percent never divides by zero', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});

describe('format', () => {
  test('numbers joined the Dutch or English way', () => {
    expect(joinNumbers([4, 5], 'nl')).toBe('4 en 5');
    expect(joinNumbers([1, 2, 3], 'en')).toBe('1, 2 and 3');
    expect(joinNumbers([7], 'nl')).toBe('7');
  });
  test('bytes in decimal units', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(2_400_000, 'nl')).toBe('2,4 MB');
  });
});

describe('language setting', () => {
  test('the setting wins; auto follows the browser, Dutch otherwise', () => {
    expect(resolveLanguage('en', ['nl-NL'])).toBe('en');
    expect(resolveLanguage('auto', ['en-US'])).toBe('en');
    expect(resolveLanguage('auto', ['fr-FR'])).toBe('nl');
    expect(parseLanguageSetting('de')).toBe('auto');
    expect(parseLanguageSetting(undefined)).toBe('auto');
  });
});
