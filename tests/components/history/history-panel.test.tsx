import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { fire, mount, settle, texts, unmount } from '../../support/dom';
import { I18nProvider } from '../../../components/i18n';
import { HistoryPanel, type HistoryApi } from '../../../components/history/history-panel';
import type { HistoryEntry, SyncStatus } from '../../../utils/store/types';
import type { RelatedSet } from '../../../utils/search/types';
import { kathmann, szabo } from '../../support/ui-fixtures';

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
    await settle(10);
    expect(texts(root, '.history-day h2').slice(0, 2)).toEqual(['Vandaag', 'Gisteren']);
    expect(entryIds(root)).toEqual(['nood', 'demo', 'tech']);
    const marked = root.querySelector('.history-entry.answered-since')!;
    expect(marked.getAttribute('data-kamerlezer-doc')).toBe('demo');
    expect(texts(marked, '.badge-new')).toEqual(['beantwoord sinds je laatste bezoek']);
  });

  test('related sets are one click away', async () => {
    const api = fakeApi();
    const root = setup(api);
    await settle(10);
    const toggle = root.querySelector('.history-day .history-entry .entry-actions button')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fire(toggle, 'click');
    await settle(10);
    expect(api.related).toHaveBeenCalledWith('nood');
    expect(texts(root, '.entry-related [data-kamerlezer-doc] > a')).toEqual(['Techgiganten (OCW)']);
    expect(texts(root, '.entry-related .reasons li')).toEqual([
      'dezelfde vragen aan een andere bewindspersoon: 10 van 10 vragen',
    ]);
  });

  test('remove one, then clear all after confirming', async () => {
    const api = fakeApi();
    const root = setup(api);
    await settle(10);
    fire(root.querySelector('[data-kamerlezer-doc="demo"] .remove')!, 'click');
    await settle(10);
    expect(api.remove).toHaveBeenCalledWith(1);
    expect(entryIds(root)).toEqual(['nood', 'tech']);
    const clear = [...root.querySelectorAll('.history-actions button')].find(
      (b) => b.textContent === 'Alles wissen',
    )!;
    fire(clear, 'click');
    await settle(10);
    expect(api.confirm).toHaveBeenCalled();
    expect(entryIds(root)).toEqual([]);
    expect(root.querySelector('.empty')).not.toBeNull();
  });

  test('opening a marked entry clears the mark', async () => {
    const api = fakeApi();
    const root = setup(api);
    await settle(10);
    fire(root.querySelector('[data-kamerlezer-doc="demo"] .entry-main a')!, 'click');
    expect(api.open).toHaveBeenCalledWith('demo');
    expect(api.markSeen).toHaveBeenCalledWith('demo');
  });

  test("the current tab's set is on top with its related sets open", async () => {
    const api = fakeApi({ currentTabUrl: async () => entries[0].url! });
    const root = setup(api);
    await settle(20);
    expect(entryIds(root, '.current-tab')).toEqual(['demo']);
    expect(api.related).toHaveBeenCalledWith('demo');
    expect(texts(root, '.current-tab .entry-related [data-kamerlezer-doc] > a')).toEqual([
      'Techgiganten (OCW)',
    ]);
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
    root = mount(
      <I18nProvider language="nl">
        <HistoryPanel api={api} now={() => NOW} />
      </I18nProvider>,
    );
    await settle(20);
    expect(root.querySelector('progress')!.getAttribute('value')).toBe('3');
    expect(texts(root, '.progress-count')).toEqual(['3 van 12']);
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
    await settle(40);
    expect((api.syncStatus as ReturnType<typeof vi.fn>).mock.calls.length).toBe(reads);
    expect(root.querySelector('progress')).not.toBeNull();
    storeChanged();
    await settle(20);
    expect(root.querySelector('progress')).toBeNull();
    expect((api.list as ReturnType<typeof vi.fn>).mock.calls.length).toBeGreaterThan(lists);
    unmount(root);
    root = null;
    await settle(10);
    expect(unsubscribed).toBe(true);
  });
});
