/**
 * The toolbar badge counts the sets with news the reader has not seen: history entries that got
 * answers since the visit, and followed sets a sync answered, postponed or found past their deadline.
 */
import { browser } from 'wxt/browser';
import type { KamerDb } from '../../utils/store/db';

/** Sets with unseen news, each counted once (a set read and followed is one set). */
export async function countSetsWithNews(db: KamerDb): Promise<number> {
  const [answered, watched] = await Promise.all([
    db.history.where('unseen').equals(1).toArray(),
    db.watchlist.where('unseen').equals(1).primaryKeys(),
  ]);
  return new Set([...answered.map((e) => e.documentId), ...watched]).size;
}

export async function updateAnswersBadge(db: KamerDb): Promise<number> {
  const count = await countSetsWithNews(db);
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action =
    browser.action ??
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (action) {
    await action.setBadgeText({ text: count ? String(count) : '' });
    if (count) await action.setBadgeBackgroundColor({ color: '#1f6f43' });
  }
  return count;
}
