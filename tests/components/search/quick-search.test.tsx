// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { mount, texts, typeInto, fire, unmount } from '../../support/dom';
import { I18nProvider } from '../../../components/i18n';
import { QuickSearch } from '../../../components/search/quick-search';
import type { HistoryEntry } from '../../../utils/store/types';
import type { SearchRequest, SearchResponse } from '../../../utils/search/types';
import { kathmann, szabo } from '../../support/documents';

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
    await vi.waitFor(() =>
      expect(
        [...root.querySelectorAll('li[data-kamerlezer-doc]')].map((li) =>
          li.getAttribute('data-kamerlezer-doc'),
        ),
      ).toEqual(['a', 'b']),
    );
    expect(search).toHaveBeenLastCalledWith({ query: 'noodfnds', filters: {}, limit: 20 });
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
    // The timers of 'n' and 'no' were due before the one of 'nood': once 'nood' is sent, any
    // search for them would have been sent too.
    await vi.waitFor(() => expect(search).toHaveBeenCalled());
    expect(search.mock.calls.map(([r]) => r.query)).toEqual(['nood']);
    typeInto(input, 'noodfonds');
    await vi.waitFor(() => expect(search).toHaveBeenCalledTimes(2));
    const docIds = () =>
      [...root.querySelectorAll('[data-kamerlezer-doc]')].map((e) =>
        e.getAttribute('data-kamerlezer-doc'),
      );
    pending[1](response([])); // the newer answer first
    await vi.waitFor(() => expect(docIds()).toEqual(['noodfonds']));
    // Then the stale one: act returns once its answer was handled and any render it asked for
    // is done (the panel's handler was attached to that promise before this one).
    await act(async () => {
      pending[0](response([]));
      await search.mock.results[0].value;
    });
    expect(docIds()).toEqual(['noodfonds']);
  });

  test('Enter in the field opens the first result', async () => {
    const { root, input, onOpen } = setup(async () => response(['first', 'second']));
    typeInto(input, 'noodfonds');
    await vi.waitFor(() =>
      expect(root.querySelectorAll('li[data-kamerlezer-doc]')).toHaveLength(2),
    );
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
    await vi.waitFor(() =>
      expect(search).toHaveBeenLastCalledWith(
        expect.objectContaining({ query: 'huisbezoek demonstrant' }),
      ),
    );
  });

  test('no results: says so, suggests changes, offers the official search', async () => {
    const { root, input } = setup(async () => response([]));
    typeInto(input, 'xyzzy');
    await vi.waitFor(() =>
      expect(texts(root, '.no-results strong')).toEqual(['Niets gevonden voor “xyzzy”.']),
    );
    expect(root.querySelector('.no-results a')!.getAttribute('href')).toBe(
      'https://zoek.officielebekendmakingen.nl/resultaten?q=xyzzy',
    );
  });

  test('a failing search shows the error instead of hanging', async () => {
    const { root, input } = setup(async () => {
      throw new Error('achtergrond niet bereikbaar');
    });
    typeInto(input, 'noodfonds');
    await vi.waitFor(() =>
      expect(texts(root, '[role=alert]')).toEqual([
        'Er ging iets mis: achtergrond niet bereikbaar',
      ]),
    );
  });
});

describe('QuickSearch: the clock, following, clock filters and sorting by date', () => {
  test('results show the clock and a follow toggle; the clock filter and date order go into the request', async () => {
    const followed = new Set(['b']);
    const watch = {
      list: vi.fn(async () =>
        [...followed].map((documentId) => ({
          documentId,
          title,
          followedAt: 1,
          status: 'answered' as const,
          facts: {},
          changes: [],
        })),
      ),
      follow: vi.fn(async (id: string) => followed.add(id)),
      unfollow: vi.fn(async (id: string) => followed.delete(id)),
    };
    const search = vi.fn(async () => {
      const r = response(['a', 'b']);
      r.hits[0].document.clock = { submittedOn: '2025-05-23', answeredOn: '2025-07-03' };
      return r;
    });
    root = mount(
      <I18nProvider language="nl">
        <QuickSearch
          search={search}
          recent={[]}
          readerHref={(id) => `reader.html?id=${id}`}
          onOpen={vi.fn()}
          debounceMs={5}
          watch={watch}
        />
      </I18nProvider>,
    );
    typeInto(root.querySelector('input[type=search]')!, 'noodfonds');
    await vi.waitFor(() =>
      expect(
        root!.querySelector('li[data-kamerlezer-doc="b"] button[aria-pressed="true"]'),
      ).not.toBeNull(),
    );
    const first = root.querySelector('li[data-kamerlezer-doc="a"]')!;
    expect(first.querySelector('.clock')!.textContent).toBe(
      'Antwoordtermijn: ingezonden 23 mei 2025 · beantwoord na 41 dagen (3 weken termijn: 20 dagen te laat)',
    );
    expect(root.querySelector('li[data-kamerlezer-doc="b"] .clock')).toBeNull();
    const toggle = (id: string) =>
      root!.querySelector(`li[data-kamerlezer-doc="${id}"] button[data-kamerlezer-follow]`)!;
    expect(toggle('a').getAttribute('aria-pressed')).toBe('false');
    expect(toggle('b').getAttribute('aria-pressed')).toBe('true');
    fire(toggle('a'), 'click');
    await vi.waitFor(() => expect(toggle('a').getAttribute('aria-pressed')).toBe('true'));
    expect(watch.follow).toHaveBeenCalledWith('a');
    expect(toggle('a').getAttribute('aria-pressed')).toBe('true');

    const choose = (name: string, value: string) => {
      const select = root!.querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
      select.querySelector<HTMLOptionElement>(`option[value="${value}"]`)!.selected = true;
      fire(select, 'change');
    };
    choose('clock', 'late');
    choose('sort', 'date');
    await vi.waitFor(() =>
      expect(search).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'date' })),
    );
    expect(search).toHaveBeenLastCalledWith({
      query: 'noodfonds',
      filters: { clock: 'late' },
      limit: 20,
      sort: 'date',
    });
  });
});
