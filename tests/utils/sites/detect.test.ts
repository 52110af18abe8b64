import { describe, expect, test } from 'vitest';
import { detectPage, MATCHES, sites } from '../../../utils/sites/detect';

const all = sites.flatMap(({ adapter, detectors }) =>
  detectors.map((detector) => ({ adapter, detector })),
);

describe('page detectors', () => {
  test.each(
    all.flatMap(({ detector }) => detector.examples.map((example) => [detector.name, example])),
  )('%s: %s matches exactly that detector', (name, example) => {
    const matching = all
      .filter(({ detector }) => detector.test(new URL(example)))
      .map(({ detector }) => detector.name);
    expect(matching).toEqual([name]);
    expect(detectPage(example)?.detector.name).toBe(name);
  });

  test.each([
    'https://www.tweedekamer.nl/',
    'https://www.tweedekamer.nl/kamerstukken/kamervragen',
    'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail', // no id
    'https://www.tweedekamer.nl/kamerleden_en_commissies/alle_kamerleden',
    'http://zoek.officielebekendmakingen.nl/kv-tk-2025Z10883.html', // not https
    'https://zoek.officielebekendmakingen.nl/resultaten?q=noodfonds',
    'https://zoek.officielebekendmakingen.nl/stb-2025-123.html',
    'https://www.rijksoverheid.nl/documenten/rapporten/2025/05/12/een-rapport',
    'https://www.rijksoverheid.nl/onderwerpen/energie',
    'https://example.org/kv-tk-2025Z10883.html',
    'https://tweedekamer.nl.example.org/kamerstukken/kamervragen/detail?id=1',
    'not a url',
  ])('%s matches no detector', (url) => {
    expect(detectPage(url)).toBeNull();
  });

  test('every detector example is covered by the content-script match patterns', () => {
    const patterns = MATCHES.map(
      (p) => new RegExp('^' + p.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*') + '$'),
    );
    for (const { detector } of all) {
      for (const example of detector.examples) {
        const url = new URL(example);
        // Bare hosts redirect to www. on these sites; the content script matches www. only.
        if (!url.hostname.startsWith('www.') && !url.hostname.startsWith('zoek.')) continue;
        expect(
          patterns.some((p) => p.test(url.origin + url.pathname)),
          example,
        ).toBe(true);
      }
    }
  });
});
