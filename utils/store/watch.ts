/**
 * Follow the store from an extension page without polling the background. Dexie's liveQuery
 * re-runs a query when another context of the extension's origin (the service worker) writes
 * what it read, told through a BroadcastChannel. A page asks the background only when something
 * it shows has changed: polling would keep the service worker (and the index it holds in
 * memory) awake for as long as a side panel stays open.
 */
import { liveQuery } from 'dexie';
import type { KamerDb } from './db';
import { META_ACTIVE } from './generation';
import { META_SOURCE, META_STATUS } from './sync-status';

export interface WatchOptions {
  /**
   * At most one call per this many ms: a sync writes its progress once per shard, hundreds of
   * times in a few seconds, and a progress bar needs a few updates per second, not hundreds.
   */
  throttleMs?: number;
}

/**
 * Calls `onChange` after the history, the watchlist, the sync status, the sync source or the active
 * generation changed (not for the first reading: the caller reads once itself). Returns the
 * unsubscribe.
 */
export function watchStore(
  db: KamerDb,
  onChange: () => void,
  { throttleMs = 200 }: WatchOptions = {},
): () => void {
  // Reading the whole history's count observes every write to the table (added, changed,
  // removed rows); the meta rows are read by key, so the sync's big snapshot row is not watched.
  const observable = liveQuery(async () => {
    const [entries, watched, rows] = await Promise.all([
      db.history.count(),
      // The watchlist too: a follow from a page, or a sync flagging a followed set.
      db.watchlist.count(),
      db.meta.bulkGet([META_STATUS, META_SOURCE, META_ACTIVE]),
    ]);
    return { entries, watched, rows: rows.length };
  });
  let first = true;
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    timer = null;
    last = Date.now();
    onChange();
  };
  const subscription = observable.subscribe({
    next: () => {
      if (first) {
        first = false;
        return;
      }
      if (timer) return; // a call is already due; it will read the latest state
      const wait = last + throttleMs - Date.now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    },
    // A closed or deleted database (clear local data, uninstall) ends the watch; pages keep
    // what they show and read again on the next user action.
    error: () => undefined,
  });
  return () => {
    subscription.unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
