/**
 * The popup's quick search against the real engine: a filter with no words lists sets (newest
 * first), and a hit found through an answer shows the answer's snippet with the match marked.
 */
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { QuickSearch } from '../../../components/search/quick-search';
import { buildSegment } from '../../../utils/index-build/build-segment';
import { createSearchEngine, type SearchEngine } from '../../../utils/search';
import { mount, settle, texts, typeInto, unmount } from '../../support/dom';
import { makeDocument, memoryLookup, person } from '../../support/make-documents';

const documents = [
  makeDocument({
    id: 'netcongestie',
    title: 'Netcongestie in Flevoland',
    addressees: [person('Sophie Hermans', 'VVD', ['minister'])],
    questions: [
      [
        'Wat doet u aan de wachtrijen?',
        'De netbeheerder werkt met een nieuw aansluitregime voor windparken.',
      ],
    ],
  }),
  makeDocument({
    id: 'paling',
    title: 'Visserij op paling',
    addressees: [person('Femke Wiersma', 'BBB', ['minister'])],
    questions: ['Hoeveel palingvissers zijn er nog?'],
  }),
  makeDocument({
    id: 'glasaal',
    title: 'De glasaalvangst',
    addressees: [person('Femke Wiersma', 'BBB', ['minister'])],
    questions: ['Wat is de stand van de glasaalvangst?'],
  }),
];

let engine: SearchEngine;
let root: HTMLElement | null = null;
beforeAll(() => {
  engine = createSearchEngine(memoryLookup(documents));
  engine.setSegments([buildSegment('s1', documents)]);
});
afterEach(() => root && unmount(root));

function setup() {
  root = mount(
    <I18nProvider language="nl">
      <QuickSearch
        search={(request) => engine.search(request)}
        recent={[]}
        readerHref={(id) => `reader.html?id=${id}`}
        onOpen={() => {}}
        debounceMs={1}
      />
    </I18nProvider>,
  );
  return root;
}

const resultIds = (root: HTMLElement) =>
  [...root.querySelectorAll('.result[data-kamerlezer-doc]')].map((e) =>
    e.getAttribute('data-kamerlezer-doc'),
  );

describe('popup search on the engine', () => {
  test("a minister filter with an empty field lists that minister's sets, newest first", async () => {
    const root = setup();
    typeInto(root.querySelector('input[name=addressee]')!, 'Wiersma');
    await settle(30);
    expect(resultIds(root)).toEqual(['glasaal', 'paling']);
    expect(texts(root, '.results-count')[0]).toContain('2');
  });

  test('a word only the answer holds: the result shows the answer snippet with the word marked', async () => {
    const root = setup();
    typeInto(root.querySelector('input[type=search]')!, 'aansluitregime');
    await settle(30);
    expect(resultIds(root)).toEqual(['netcongestie']);
    expect(texts(root, '.result-answer')[0]).toMatch(
      /^Antwoord op vraag 1: De netbeheerder werkt met een nieuw aansluitregime/,
    );
    expect(texts(root, '.result-answer mark')).toEqual(['aansluitregime']);
  });
});
