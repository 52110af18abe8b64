/**
 * "Meldingen": system notifications for followed sets. Off by default; turning it on asks the
 * browser for the optional `notifications` permission right in the click (a user gesture), and
 * only then. Turning it off gives the permission back.
 */
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n';

export interface NotificationApi {
  load(): Promise<boolean>;
  save(on: boolean): Promise<void>;
  /** permissions.request({ permissions: ['notifications'] }); first thing in the handler. */
  request(): Promise<boolean>;
  release(): Promise<unknown>;
}

export function NotificationSwitch({ api }: { api: NotificationApi }) {
  const { t } = useI18n();
  const [on, setOn] = useState(false);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    api.load().then(setOn, () => setOn(false));
  }, [api]);
  const change = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const wanted = input.checked;
    // The state decides; until the browser has answered, the box shows what is true now.
    input.checked = on;
    if (!wanted) {
      setOn(false);
      setDenied(false);
      void api
        .save(false)
        .then(() => api.release())
        .catch(() => undefined);
      return;
    }
    api.request().then(
      (granted) => {
        setOn(granted);
        setDenied(!granted);
        return api.save(granted);
      },
      () => {
        setOn(false);
        setDenied(true);
      },
    );
  };
  return (
    <section aria-labelledby="notifications-title">
      <h2 id="notifications-title">{t('notificationsSection')}</h2>
      <p class="hint" id="notifications-help">
        {t('notificationsHelp')}
      </p>
      <label class="switch">
        <input
          type="checkbox"
          name="notifications"
          checked={on}
          aria-describedby="notifications-help"
          onChange={change}
        />{' '}
        {t('notificationsLabel')}
      </label>
      {denied && (
        <p class="error" role="alert">
          {t('notificationsDenied')}
        </p>
      )}
    </section>
  );
}
