import { afterEach, describe, expect, test, vi } from 'vitest';
import { fire, mount, settle, texts, typeInto, unmount } from '../../support/dom';
import { I18nProvider } from '../../../components/i18n';
import { OptionsPage, type OptionsApi } from '../../../components/options/options-page';
import type { SyncStatus } from '../../../utils/store/types';

const base: SyncStatus = {
  progress: { state: 'idle', done: 0, total: 0 },
  last: {
    at: '2025-05-14T10:00:00Z',
    source: 'bundled',
    version: 'seed-1',
    sets: 19,
    questions: 212,
    bytes: 2_400_000,
  },
  lastError: null,
  sourceUrl: null,
  indexBytes: 3_100_000,
};

function fakeApi(status: SyncStatus, granted = true) {
  const api: OptionsApi = {
    syncStatus: vi.fn(async () => status),
    setSyncSource: vi.fn(async (url: string | null) => ({ ...status, sourceUrl: url })),
    syncNow: vi.fn(async () => ({
      ...status,
      progress: { state: 'syncing' as const, done: 0, total: 4 },
    })),
    clearLocalData: vi.fn(async () => ({ ok: true })),
    requestPermission: vi.fn(async () => granted),
    saveLanguage: vi.fn(async () => undefined),
    confirm: vi.fn(() => true),
    onStoreChange: () => () => undefined,
  };
  return api;
}

let root: HTMLElement | null = null;
afterEach(() => root && unmount(root));
function show(api: OptionsApi) {
  root = mount(
    <I18nProvider language="nl">
      <OptionsPage api={api} />
    </I18nProvider>,
  );
  return root;
}

describe('OptionsPage', () => {
  test('the official corpus is offered, and chosen only by a click that asks for its host', async () => {
    const api = fakeApi(base);
    const root = show(api);
    await settle(10);
    expect(api.requestPermission).not.toHaveBeenCalled();
    expect(api.setSyncSource).not.toHaveBeenCalled();
    fire(root.querySelector('button.use-official')!, 'click');
    await settle(10);
    expect(api.requestPermission).toHaveBeenCalledWith('https://kamerlezer.github.io/*');
    expect(api.setSyncSource).toHaveBeenCalledWith(
      'https://kamerlezer.github.io/kamerlezer/official/manifest.json',
    );
    expect(texts(root, '#official-title ~ [role=status]')).toEqual([
      'Het officiële corpus is je bron.',
    ]);
  });

  test('the index coverage is said in one line', async () => {
    const root = show(fakeApi(base));
    await settle(10);
    expect(texts(root, '.coverage')[0]).toMatch(/^index: 19 sets, bijgewerkt /);
  });

  test('shows the last sync figures and the index size', async () => {
    const root = show(fakeApi(base));
    await settle(10);
    expect(texts(root, '.last-sync dd').slice(1)).toEqual([
      'meegeleverd corpus',
      'seed-1',
      '19 sets, 212 vragen, 2,4 MB',
    ]);
    expect(texts(root, '.index-size')).toEqual(['3,1 MB']);
  });

  test('an http source that is not local is refused before any permission is asked', async () => {
    const api = fakeApi(base);
    const root = show(api);
    await settle(10);
    typeInto(root.querySelector('#sync-source')!, 'http://data.example.nl/manifest.json');
    await settle();
    fire(root.querySelector('form')!, 'submit');
    await settle(10);
    expect(api.requestPermission).not.toHaveBeenCalled();
    expect(texts(root, '[role=alert]')).toEqual([
      'Alleen https is toegestaan (of http://localhost).',
    ]);
  });

  test('an https source asks for its host, then is saved', async () => {
    const api = fakeApi(base);
    const root = show(api);
    await settle(10);
    typeInto(
      root.querySelector('#sync-source')!,
      'https://data.example.nl/kamerlezer/manifest.json',
    );
    await settle();
    fire(root.querySelector('form')!, 'submit');
    await settle(10);
    expect(api.requestPermission).toHaveBeenCalledWith('https://data.example.nl/*');
    expect(api.setSyncSource).toHaveBeenCalledWith(
      'https://data.example.nl/kamerlezer/manifest.json',
    );
    expect(texts(root, '.ok')).toEqual(['Bron opgeslagen.']);
  });

  test('a refused permission saves nothing and says why', async () => {
    const api = fakeApi(base, false);
    const root = show(api);
    await settle(10);
    typeInto(root.querySelector('#sync-source')!, 'https://data.example.nl/m.json');
    await settle();
    fire(root.querySelector('form')!, 'submit');
    await settle(10);
    expect(api.setSyncSource).not.toHaveBeenCalled();
    expect(texts(root, '[role=alert]')[0]).toMatch(/data\.example\.nl/);
  });

  test('the last error is shown with the kept index', async () => {
    const root = show(
      fakeApi({
        ...base,
        lastError: {
          at: '2025-05-14T11:00:00Z',
          source: 'https://x.nl/m.json',
          message: 'shard hash mismatch',
        },
      }),
    );
    await settle(10);
    expect(texts(root, '.last-error')[0]).toMatch(
      /shard hash mismatch\. De vorige index is behouden\./,
    );
  });

  test('the progress bar follows the store: read again on each change, never by polling', async () => {
    let status: SyncStatus = {
      ...base,
      progress: { state: 'syncing', phase: 'shards', done: 1, total: 4 },
    };
    let storeChanged = () => {};
    const api = {
      ...fakeApi(base),
      syncStatus: vi.fn(async () => status),
      onStoreChange: (callback: () => void) => ((storeChanged = callback), () => undefined),
    };
    const root = show(api);
    await settle(10);
    expect(root.querySelector('progress')!.getAttribute('value')).toBe('1');
    const reads = api.syncStatus.mock.calls.length;
    status = { ...status, progress: { state: 'syncing', phase: 'shards', done: 3, total: 4 } };
    await settle(30);
    expect(api.syncStatus.mock.calls.length).toBe(reads);
    storeChanged();
    await settle(10);
    expect(root.querySelector('progress')!.getAttribute('value')).toBe('3');
  });
});
