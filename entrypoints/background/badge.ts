/**
 * The toolbar badge says how many sets in the reader's history got answers since the visit.
 */
import { browser } from 'wxt/browser';
import type { KamerDb } from '../../utils/store/db';
import { countUnseenAnswers } from '../../utils/store/history';

export async function updateAnswersBadge(db: KamerDb): Promise<number> {
  const count = await countUnseenAnswers(db);
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
