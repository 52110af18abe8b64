/**
 * Wire the background: database, index service, sync runner, message handlers, alarms and the
 * start-up work (load the bundled corpus on install, resume an interrupted sync).
 */
import { browser } from 'wxt/browser';
import type { CreateSearchEngine } from '../../utils/search/api';
import type { SegmentBuilder } from '../../utils/store/segment-repair';
import { handleMessages } from '../../utils/extension/messaging';
import { KamerDb } from '../../utils/store/db';
import { updateAnswersBadge } from './badge';
import { createHandlers } from './handlers';
import { IndexService } from './index-service';
import { SyncRunner } from './sync-runner';

export const SYNC_ALARM = 'kamerlezer-sync';
/** Corpora change weekly at most; four checks a day cost one manifest fetch each. */
export const SYNC_PERIOD_MINUTES = 6 * 60;
/** Where the WXT build hook puts the seed's bundle inside the extension. */
export const BUNDLED_MANIFEST_PATH = '/corpus/manifest.json';

export interface Background {
  db: KamerDb;
  service: IndexService;
  runner: SyncRunner;
}

async function storageUsage(): Promise<number | null> {
  try {
    return (await navigator.storage.estimate()).usage ?? null;
  } catch {
    return null;
  }
}

async function scheduleSync(): Promise<void> {
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (!existing)
    await browser.alarms.create(SYNC_ALARM, {
      periodInMinutes: SYNC_PERIOD_MINUTES,
      delayInMinutes: SYNC_PERIOD_MINUTES,
    });
}

export function startBackground(options: {
  createEngine: CreateSearchEngine | null;
  segmentBuilder?: SegmentBuilder;
}): Background {
  const db = new KamerDb();
  const service = new IndexService(db, options.createEngine, options.segmentBuilder ?? null);
  // The bundle is generated at build time, so WXT's typed public paths do not list it.
  const bundledUrl = (browser.runtime.getURL as (path: string) => string)(BUNDLED_MANIFEST_PATH);
  const runner = new SyncRunner(db, service, bundledUrl);

  handleMessages(createHandlers({ db, service, runner, storageUsage, scheduleSync }));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void scheduleSync();
    // An update may ship a newer bundled corpus; with a sync source set this checks that source.
    void runner.run();
    // An update may also read search segments in a new format: rebuild them now, not when the
    // reader's first search waits for it.
    if (reason === 'update' && options.createEngine) void service.searchEngine().catch(() => {});
  });
  browser.runtime.onStartup.addListener(() => {
    void runner.run();
    void updateAnswersBadge(db).catch(() => {});
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void runner.run();
  });
  // Every start of the worker: finish an interrupted sync, or load the bundle into an empty profile.
  void runner.resume();
  return { db, service, runner };
}
