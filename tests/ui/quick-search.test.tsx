import { afterEach, describe, expect, test, vi } from 'vitest';
import { mount, settle, texts, typeInto, fire, unmount, until } from './dom';
import { I18nProvider } from '../../components/i18n';
import { QuickSearch } from '../../components/search/quick-search';
import type { HistoryEntry, SearchRequest, SearchResponse } from '../../utils/messages/protocol';
import { kathmann, szabo } from './fixtures';

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
    await until(() => root.querySelectorAll('li[data-kamerlezer-doc]').length === 2);
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
    await until(() => search.mock.calls.length >= 1);
    expect(search.mock.calls.map(([r]) => r.query)).toEqual(['nood']);
    typeInto(input, 'noodfonds');
    await until(() => search.mock.calls.length >= 2);
    pending[1](response([])); // the newer answer first
    await settle();
    pending[0](response([])); // then the stale one
    await until(() => root.querySelector('[data-kamerlezer-doc]'));
    await settle(20);
    expect(
      [...root.querySelectorAll('[data-kamerlezer-doc]')].map((e) =>
        e.getAttribute('data-kamerlezer-doc'),
      ),
    ).toEqual(['noodfonds']);
  });

  test('Enter in the field opens the first result', async () => {
    const { input, onOpen } = setup(async () => response(['first', 'second']));
    typeInto(input, 'noodfonds');
    await until(() => document.querySelector('li[data-kamerlezer-doc="first"]'));
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
    await until(() => search.mock.calls.length >= 1);
    expect(search).toHaveBeenLastCalledWith(
      expect.objectContaining({ query: 'huisbezoek demonstrant' }),
    );
  });

  test('no results: says so, suggests changes, offers the official search', async () => {
    const { root, input } = setup(async () => response([]));
    typeInto(input, 'xyzzy');
    await until(() => root.querySelector('.no-results strong'));
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
    await until(() => root.querySelector('[role=alert]'));
    expect(texts(root, '[role=alert]')).toEqual(['Er ging iets mis: achtergrond niet bereikbaar']);
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
    await until(() =>
      root!.querySelector('li[data-kamerlezer-doc="b"] button[aria-pressed="true"]'),
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
    await until(() => toggle('a').getAttribute('aria-pressed') === 'true');
    expect(watch.follow).toHaveBeenCalledWith('a');
    expect(toggle('a').getAttribute('aria-pressed')).toBe('true');

    const choose = (name: string, value: string) => {
      const select = root!.querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
      select.querySelector<HTMLOptionElement>(`option[value="${value}"]`)!.selected = true;
      fire(select, 'change');
    };
    choose('clock', 'late');
    choose('sort', 'date');
    await until(
      () => search.mock.calls.length > 0 && JSON.stringify(search.mock.lastCall).includes('date'),
    );
    expect(search).toHaveBeenLastCalledWith({
      query: 'noodfonds',
      filters: { clock: 'late' },
      limit: 20,
      sort: 'date',
    });
  });
});
