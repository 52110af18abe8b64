import { afterEach, describe, expect, test, vi } from 'vitest';
import { mount, settle, texts, typeInto, fire, unmount } from '../../support/dom';
import { I18nProvider } from '../../../components/i18n';
import { QuickSearch } from '../../../components/search/quick-search';
import type { HistoryEntry } from '../../../utils/store/types';
import type { SearchRequest, SearchResponse } from '../../../utils/search/types';
import { kathmann, szabo } from '../../support/ui-fixtures';

const title = 'Het sluiten van het Tijdelijk Noodfonds Energie';
function response(ids: string[], total = ids.length): SearchResponse {
  return {
    hits: ids.map((id) => ({
      document: {
        id,
        title,
        submitters: [kathmann],
        addressees: [szabo],
        status: 'answered',
        questionCount: 14,
      },
      score: 1,
      titleHighlights: [[30, 39]],
      question: {
        number: 4,
        text: 'Kunt u aanvullende middelen beschikbaar stellen voor het Noodfonds?',
        highlights: [[57, 66]],
      },
    })),
    total,
    terms: ['noodfonds'],
    tookMs: 1,
  };
}

let root: HTMLElement | null = null;
afterEach(() => root && unmount(root));

function setup(search: (r: SearchRequest) => Promise<SearchResponse>, recent: HistoryEntry[] = []) {
  const onOpen = vi.fn();
  root = mount(
    <I18nProvider language="nl">
      <QuickSearch
        search={search}
        recent={recent}
        readerHref={(id) => `reader.html?id=${id}`}
        onOpen={onOpen}
        debounceMs={5}
      />
    </I18nProvider>,
  );
  return { root, onOpen, input: root.querySelector('input[type=search]')! };
}

describe('QuickSearch', () => {
  test('results follow the typing, with marked matches and the page contract', async () => {
    const search = vi.fn(async () => response(['a', 'b']));
    const { root, input } = setup(search);
    typeInto(input, 'noodfnds');
    await settle(30);
    expect(search).toHaveBeenLastCalledWith({ query: 'noodfnds', filters: {}, limit: 20 });
    expect(
      [...root.querySelectorAll('li[data-kamerlezer-doc]')].map((li) =>
        li.getAttribute('data-kamerlezer-doc'),
      ),
    ).toEqual(['a', 'b']);
    expect(texts(root, '.result-title mark')).toEqual(['Noodfonds', 'Noodfonds']);
    expect(texts(root, '.result-question mark')).toEqual(['Noodfonds', 'Noodfonds']);
    expect(texts(root, '.results-count')).toEqual(['2 sets gevonden']);
    const official = root.querySelector('.official-link')!.getAttribute('href');
    expect(official).toBe(
      `https://zoek.officielebekendmakingen.nl/resultaten?q=${encodeURIComponent(title)}`,
    );
  });

  test('typing fast sends one search for the last text; an older, slower answer never wins', async () => {
    const pending: ((r: SearchResponse) => void)[] = [];
    const search = vi.fn(
      (request: SearchRequest) =>
        new Promise<SearchResponse>((resolve) =>
          pending.push(() => resolve(response([request.query]))),
        ),
    );
    const { root, input } = setup(search);
    typeInto(input, 'n');
    typeInto(input, 'no');
    typeInto(input, 'nood');
    await settle(30);
    expect(search.mock.calls.map(([r]) => r.query)).toEqual(['nood']);
    typeInto(input, 'noodfonds');
    await settle(30);
    pending[1](response([])); // the newer answer first
    await settle();
    pending[0](response([])); // then the stale one
    await settle();
    expect(
      [...root.querySelectorAll('[data-kamerlezer-doc]')].map((e) =>
        e.getAttribute('data-kamerlezer-doc'),
      ),
    ).toEqual(['noodfonds']);
  });

  test('Enter in the field opens the first result', async () => {
    const { input, onOpen } = setup(async () => response(['first', 'second']));
    typeInto(input, 'noodfonds');
    await settle(30);
    fire(input, 'keydown', { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('first');
  });

  test('the empty state offers examples and recent sets; an example runs a search', async () => {
    const search = vi.fn(async () => response(['x']));
    const recent: HistoryEntry[] = [
      {
        id: 1,
        documentId: 'r1',
        title: 'Huisbezoeken aan demonstranten',
        visitedAt: 1,
        via: 'page',
        statusAtVisit: 'answered',
      },
    ];
    const { root } = setup(search, recent);
    expect(texts(root, '.recent [data-kamerlezer-doc]')).toEqual([
      'Huisbezoeken aan demonstranten',
    ]);
    const example = [...root.querySelectorAll('.examples button')].find(
      (b) => b.textContent === 'huisbezoek demonstrant',
    )!;
    fire(example, 'click');
    await settle(30);
    expect(search).toHaveBeenLastCalledWith(
      expect.objectContaining({ query: 'huisbezoek demonstrant' }),
    );
  });

  test('no results: says so, suggests changes, offers the official search', async () => {
    const { root, input } = setup(async () => response([]));
    typeInto(input, 'xyzzy');
    await settle(30);
    expect(texts(root, '.no-results strong')).toEqual(['Niets gevonden voor “xyzzy”.']);
    expect(root.querySelector('.no-results a')!.getAttribute('href')).toBe(
      'https://zoek.officielebekendmakingen.nl/resultaten?q=xyzzy',
    );
  });

  test('a failing search shows the error instead of hanging', async () => {
    const { root, input } = setup(async () => {
      throw new Error('achtergrond niet bereikbaar');
    });
    typeInto(input, 'noodfonds');
    await settle(30);
    expect(texts(root, '[role=alert]')).toEqual(['Er ging iets mis: achtergrond niet bereikbaar']);
  });
});
