/**
 * The toolbar badge counts the sets with news the reader has not seen: history entries that got
 * answers since the visit, and followed sets a sync answered, postponed or found past their deadline.
 */
import { browser } from 'wxt/browser';
import type { KamerDb } from '../store/db';
import { countUnseenAnswers } from '../store/history';
import { countUnseenWatch } from '../store/watchlist';

export async function updateAnswersBadge(db: KamerDb): Promise<number> {
  const [answers, watched] = await Promise.all([countUnseenAnswers(db), countUnseenWatch(db)]);
  const count = answers + watched;
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
