/**
 * After a sync: a system notification per followed set that changed, when the reader turned
 * notifications on (options page) and granted the optional `notifications` permission.
 */
import { browser } from 'wxt/browser';
import type { WatchChange, WatchEntry } from '../../utils/store/types';
import {
  resolveLanguage,
  LANGUAGE_SETTING_KEY,
  parseLanguageSetting,
} from '../../utils/extension/language-setting';
import {
  NOTIFICATIONS_SETTING_KEY,
  parseNotificationsSetting,
} from '../../utils/ui/notification-setting';
import { uiTranslator, WATCH_CHANGE_KEYS } from '../../utils/i18n/strings-ui';

/** A 1×1 green PNG: Chrome wants an icon for a basic notification, and the extension ships none. */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export async function notifyWatchChanges(changed: readonly WatchEntry[]): Promise<number> {
  if (!changed.length) return 0;
  const stored = await browser.storage.local.get([NOTIFICATIONS_SETTING_KEY, LANGUAGE_SETTING_KEY]);
  if (!parseNotificationsSetting(stored[NOTIFICATIONS_SETTING_KEY])) return 0;
  const granted = await browser.permissions
    .contains({ permissions: ['notifications'] })
    .catch(() => false);
  const api = (browser as unknown as { notifications?: typeof browser.notifications })
    .notifications;
  if (!granted || !api) return 0;
  const language = resolveLanguage(
    parseLanguageSetting(stored[LANGUAGE_SETTING_KEY]),
    typeof navigator === 'undefined' ? [] : navigator.languages,
  );
  const t = uiTranslator(language);
  let sent = 0;
  for (const entry of changed.slice(0, 5)) {
    await api.create(`kamerlezer-watch-${entry.documentId}`, {
      type: 'basic',
      iconUrl: ICON,
      title: `Kamerlezer: ${entry.changes.map((c: WatchChange) => t(WATCH_CHANGE_KEYS[c])).join(', ')}`,
      message: entry.title,
    });
    sent++;
  }
  return sent;
}
