// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, onTestFinished, test, vi } from 'vitest';
import { fire, mount, texts, unmount } from '../../support/dom';
import { I18nProvider } from '../../../components/i18n';
import { HistoryPanel, type HistoryApi } from '../../../components/history/history-panel';
import type { HistoryEntry, SyncStatus, WatchEntry } from '../../../utils/store/types';
import type { RelatedSet } from '../../../utils/search/types';
import { kathmann, szabo } from '../../support/documents';

const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Amsterdam';
});
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const NOW = Date.parse('2025-05-14T12:00:00+02:00');
const entries: HistoryEntry[] = [
  {
    id: 1,
    documentId: 'demo',
    title: 'Huisbezoeken aan demonstranten',
    visitedAt: Date.parse('2025-05-13T20:00:00+02:00'),
    via: 'page',
    url: 'https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?id=2025Z1',
    statusAtVisit: 'unanswered',
    answeredSinceVisit: true,
  },
  {
    id: 2,
    documentId: 'nood',
    title: 'Het sluiten van het Tijdelijk Noodfonds Energie',
    visitedAt: Date.parse('2025-05-14T09:30:00+02:00'),
    via: 'reader',
    statusAtVisit: 'answered',
  },
  {
    id: 3,
    documentId: 'tech',
    title: 'De groeiende afhankelijkheid van Amerikaanse techgiganten',
    visitedAt: Date.parse('2025-05-10T09:30:00+02:00'),
    via: 'page',
    statusAtVisit: 'unanswered',
  },
];
const related: RelatedSet[] = [
  {
    document: {
      id: 'tech2',
      title: 'Techgiganten (OCW)',
      submitters: [kathmann],
      addressees: [szabo],
      status: 'unanswered',
      questionCount: 10,
    },
    score: 0.9,
    reasons: [{ kind: 'same-questions', detail: '10 van 10 vragen' }],
  },
];
const idle: SyncStatus = {
  progress: { state: 'idle', done: 0, total: 0 },
  last: null,
  lastError: null,
  sourceUrl: null,
  indexBytes: null,
};

function fakeApi(overrides: Partial<HistoryApi> = {}) {
  let list = [...entries];
  const api: HistoryApi = {
    list: vi.fn(async () => list),
    remove: vi.fn(async (id: number) => {
      list = list.filter((e) => e.id !== id);
    }),
    clear: vi.fn(async () => {
      list = [];
    }),
    exportJson: vi.fn(async () => undefined),
    related: vi.fn(async () => related),
    markSeen: vi.fn(async () => undefined),
    syncStatus: vi.fn(async () => idle),
    currentTabUrl: vi.fn(async () => null),
    open: vi.fn(),
    readerHref: (id) => `reader.html?id=${id}`,
    confirm: vi.fn(() => true),
    onOutsideChange: () => () => undefined,
    onStoreChange: () => () => undefined,
    ...overrides,
  };
  return api;
}

let root: HTMLElement | null = null;
afterEach(() => root && unmount(root));

function setup(api: HistoryApi) {
  root = mount(
    <I18nProvider language="nl">
      <HistoryPanel api={api} now={() => NOW} />
    </I18nProvider>,
  );
  return root;
}

const entryIds = (root: HTMLElement, scope = '.history-day') =>
  [...root.querySelectorAll(`${scope} .history-entry`)].map((e) =>
    e.getAttribute('data-kamerlezer-doc'),
  );

describe('HistoryPanel', () => {
  test('newest first, grouped by day, answered-since-visit marked', async () => {
    const root = setup(fakeApi());
    await vi.waitFor(() => expect(entryIds(root)).toEqual(['nood', 'demo', 'tech']));
    expect(texts(root, '.history-day h2').slice(0, 2)).toEqual(['Vandaag', 'Gisteren']);
    const marked = root.querySelector('.history-entry.answered-since')!;
    expect(marked.getAttribute('data-kamerlezer-doc')).toBe('demo');
    expect(texts(marked, '.badge-new')).toEqual(['beantwoord sinds je laatste bezoek']);
  });

  test('related sets are one click away', async () => {
    const api = fakeApi();
    const root = setup(api);
    await vi.waitFor(() => expect(entryIds(root)).toEqual(['nood', 'demo', 'tech']));
    const toggle = root.querySelector('.history-day .history-entry .entry-actions button')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fire(toggle, 'click');
    await vi.waitFor(() =>
      expect(texts(root, '.entry-related [data-kamerlezer-doc] > a')).toEqual([
        'Techgiganten (OCW)',
      ]),
    );
    expect(api.related).toHaveBeenCalledWith('nood');
    expect(texts(root, '.entry-related .reasons li')).toEqual([
      'dezelfde vragen aan een andere bewindspersoon: 10 van 10 vragen',
    ]);
  });

  test('remove one, then clear all after confirming', async () => {
    const api = fakeApi();
    const root = setup(api);
    await vi.waitFor(() => expect(entryIds(root)).toEqual(['nood', 'demo', 'tech']));
    fire(root.querySelector('[data-kamerlezer-doc="demo"] .remove')!, 'click');
    await vi.waitFor(() => expect(entryIds(root)).toEqual(['nood', 'tech']));
    expect(api.remove).toHaveBeenCalledWith(1);
    const clear = [...root.querySelectorAll('.history-actions button')].find(
      (b) => b.textContent === 'Alles wissen',
    )!;
    fire(clear, 'click');
    await vi.waitFor(() => expect(root.querySelector('.empty')).not.toBeNull());
    expect(api.confirm).toHaveBeenCalled();
    expect(entryIds(root)).toEqual([]);
  });

  test('opening a marked entry clears the mark', async () => {
    const api = fakeApi();
    const root = setup(api);
    await vi.waitFor(() => expect(entryIds(root)).toEqual(['nood', 'demo', 'tech']));
    fire(root.querySelector('[data-kamerlezer-doc="demo"] .entry-main a')!, 'click');
    expect(api.open).toHaveBeenCalledWith('demo');
    expect(api.markSeen).toHaveBeenCalledWith('demo');
  });

  test("the current tab's set is on top with its related sets open", async () => {
    const api = fakeApi({ currentTabUrl: async () => entries[0].url! });
    const root = setup(api);
    await vi.waitFor(() =>
      expect(texts(root, '.current-tab .entry-related [data-kamerlezer-doc] > a')).toEqual([
        'Techgiganten (OCW)',
      ]),
    );
    expect(entryIds(root, '.current-tab')).toEqual(['demo']);
    expect(api.related).toHaveBeenCalledWith('demo');
  });

  test('a progress bar while syncing, and status and list are read again when the store changes, not before', async () => {
    let status: SyncStatus = {
      ...idle,
      progress: { state: 'syncing', phase: 'shards', done: 3, total: 12 },
    };
    let storeChanged = () => {};
    let unsubscribed = false;
    const api = fakeApi({
      syncStatus: vi.fn(async () => status),
      onStoreChange: (callback) => {
        storeChanged = callback;
        return () => {
          unsubscribed = true;
        };
      },
    });
    // Fake timers: a minute passes in an instant, so a poll of any period would show.
    vi.useFakeTimers();
    onTestFinished(() => void vi.useRealTimers());
    root = mount(
      <I18nProvider language="nl">
        <HistoryPanel api={api} now={() => NOW} />
      </I18nProvider>,
    );
    const panel = root;
    await vi.waitFor(() => expect(texts(panel, '.progress-count')).toEqual(['3 van 12']));
    expect(root.querySelector('progress')!.getAttribute('value')).toBe('3');
    const lists = (api.list as ReturnType<typeof vi.fn>).mock.calls.length;
    const reads = (api.syncStatus as ReturnType<typeof vi.fn>).mock.calls.length;
    status = {
      ...idle,
      progress: { state: 'done', done: 12, total: 12 },
      last: {
        at: '2025-05-14T10:00:00Z',
        source: 'bundled',
        version: '2',
        sets: 19,
        questions: 200,
        bytes: 1,
      },
    };
    // Nothing changed in the store yet: no polling, the panel asks nothing.
    await vi.advanceTimersByTimeAsync(60_000);
    expect((api.syncStatus as ReturnType<typeof vi.fn>).mock.calls.length).toBe(reads);
    expect(root.querySelector('progress')).not.toBeNull();
    storeChanged();
    await vi.waitFor(() => expect(panel.querySelector('progress')).toBeNull());
    await vi.waitFor(() =>
      expect((api.list as ReturnType<typeof vi.fn>).mock.calls.length).toBeGreaterThan(lists),
    );
    // Unmounting runs the effects' cleanups at once (inside act): the watch is given up.
    unmount(root);
    root = null;
    expect(unsubscribed).toBe(true);
  });
});

describe('HistoryPanel: the watchlist ("Gevolgd") and the clocks', () => {
  const watched: WatchEntry[] = [
    {
      documentId: 'tech',
      title: 'De groeiende afhankelijkheid van Amerikaanse techgiganten',
      followedAt: Date.parse('2025-05-23T10:00:00+02:00'),
      status: 'answered',
      facts: { submittedOn: '2025-05-22', postponements: ['2025-06-12'], answeredOn: '2025-07-10' },
      changes: ['answered'],
    },
    {
      documentId: 'demo',
      title: 'Huisbezoeken aan demonstranten',
      followedAt: Date.parse('2025-05-13T20:00:00+02:00'),
      status: 'unanswered',
      facts: { submittedOn: null, postponements: [] },
      pageFacts: { submittedOn: '2025-05-01', postponements: [] },
      changes: [],
    },
  ];

  function watchApi() {
    let list = [...watched];
    return fakeApi({
      watchlist: vi.fn(async () => list),
      unfollow: vi.fn(async (id: string) => {
        list = list.filter((e) => e.documentId !== id);
      }),
      markWatchSeen: vi.fn(async () => undefined),
      summaries: vi.fn(async (ids: string[]) =>
        ids.map((id) =>
          id === 'nood'
            ? {
                id,
                title: 'Noodfonds',
                submitters: [],
                addressees: [],
                status: 'answered' as const,
                questionCount: 3,
                clock: { submittedOn: '2025-04-22', answeredOn: '2025-05-12', postponements: [] },
              }
            : null,
        ),
      ),
      exportCsv: vi.fn(async () => undefined),
      exportMarkdown: vi.fn(async () => undefined),
    });
  }

  test('each followed set with its clock and what changed; opening marks it seen; unfollow', async () => {
    const api = watchApi();
    const root = setup(api);
    await vi.waitFor(() =>
      expect(root.querySelectorAll('.watchlist li[data-kamerlezer-doc] .clock')).toHaveLength(2),
    );
    const items = [...root.querySelectorAll('.watchlist li[data-kamerlezer-doc]')];
    expect(items.map((li) => li.getAttribute('data-kamerlezer-doc'))).toEqual(['tech', 'demo']);
    expect(texts(items[0] as HTMLElement, '.watch-change')).toEqual([
      'Nieuw sinds je laatste blik: beantwoord',
    ]);
    expect(items[0].querySelector('.clock')!.textContent).toBe(
      'Antwoordtermijn: ingezonden 22 mei 2025 · uitstel gemeld 12 juni · beantwoord na 49 dagen (6 weken termijn: 7 dagen te laat)',
    );
    // Dates read from the page where the corpus has none.
    expect(items[1].querySelector('.clock')!.getAttribute('data-kamerlezer-clock')).toBe('late');
    fire(items[0].querySelector('a')!, 'click');
    await vi.waitFor(() => expect(api.markWatchSeen).toHaveBeenCalledWith('tech'));
    expect(api.open).toHaveBeenCalledWith('tech');
    fire(items[1].querySelector('.entry-actions button')!, 'click');
    await vi.waitFor(() => expect(api.unfollow).toHaveBeenCalledWith('demo'));
  });

  test('history entries show the corpus’s current clock; CSV and Markdown export; clearing says the watchlist goes too', async () => {
    const api = watchApi();
    const root = setup(api);
    await vi.waitFor(() =>
      expect(root.querySelector('.history-day [data-kamerlezer-doc="nood"] .clock')).not.toBeNull(),
    );
    expect(
      root.querySelector('.history-day [data-kamerlezer-doc="nood"] .clock')!.textContent,
    ).toBe(
      'Antwoordtermijn: ingezonden 22 april 2025 · beantwoord na 20 dagen (3 weken termijn: op tijd)',
    );
    const buttons = [...root.querySelectorAll('.history-actions button')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Exporteren (JSON)',
      'Exporteren (CSV)',
      'Exporteren (Markdown)',
      'Alles wissen',
    ]);
    fire(buttons[1], 'click');
    fire(buttons[2], 'click');
    expect(api.exportCsv).toHaveBeenCalled();
    expect(api.exportMarkdown).toHaveBeenCalled();
    fire(buttons[3], 'click');
    expect(api.confirm).toHaveBeenCalledWith(
      'De hele geschiedenis en de lijst met gevolgde sets wissen?',
    );
  });

  test('a date the visit read from the page stays when the index has none for it', async () => {
    const visit: HistoryEntry = {
      ...entries[2],
      clock: { submittedOn: '2025-04-22', answeredOn: null, postponements: [] },
    };
    const api = fakeApi({
      list: vi.fn(async () => [visit]),
      summaries: vi.fn(async (ids: string[]) =>
        ids.map((id) => ({
          id,
          title: visit.title,
          submitters: [],
          addressees: [],
          status: 'answered' as const,
          questionCount: 3,
          // The index knows the answer, not when the set was submitted.
          clock: { submittedOn: null, answeredOn: '2025-05-12', postponements: [] },
        })),
      ),
    });
    const root = setup(api);
    await vi.waitFor(() =>
      expect(
        root.querySelector('.history-day [data-kamerlezer-doc="tech"] .clock')?.textContent,
      ).toBe(
        'Antwoordtermijn: ingezonden 22 april 2025 · beantwoord na 20 dagen (3 weken termijn: op tijd)',
      ),
    );
  });

  test('no watchlist API: no section', async () => {
    const root = setup(fakeApi());
    // Once the history has rendered, the section would be there if it were coming.
    await vi.waitFor(() => expect(root.querySelectorAll('.history-day')).not.toHaveLength(0));
    expect(root.querySelector('.watchlist')).toBeNull();
  });
});
