/**
 * System notifications for followed sets are off until the reader turns them on in the options
 * page, which then asks for the optional `notifications` permission (never at install).
 */
export const NOTIFICATIONS_SETTING_KEY = 'kamerlezer:notifications';

export function parseNotificationsSetting(value: unknown): boolean {
  return value === true;
}
