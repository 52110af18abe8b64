/**
 * Options page section: annotations on or off per official site. One labelled checkbox per
 * site (role "switch", so screen readers say on/off; Space toggles it), saved at once; the
 * content script reads the setting before it does anything on a page, so the change applies
 * to the next page opened there.
 */
import { useEffect, useState } from 'preact/hooks';
import { SITES, type SiteId, type SiteSwitches } from '../../utils/extension/site-switch';
import { useI18n } from '../i18n';

export interface SiteSwitchApi {
  load(): Promise<SiteSwitches>;
  save(switches: SiteSwitches): Promise<void>;
}

export function SiteSwitchSection({ api }: { api: SiteSwitchApi }) {
  const { t } = useI18n();
  const [switches, setSwitches] = useState<SiteSwitches | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api
      .load()
      .then(setSwitches, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [api]);

  const toggle = (id: SiteId, on: boolean) => {
    if (!switches) return;
    const next = { ...switches, [id]: on };
    setSwitches(next);
    api.save(next).then(
      () => setError(null),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };

  return (
    <section aria-labelledby="sites-title" class="site-switches">
      <h2 id="sites-title">{t('sitesSection')}</h2>
      <p id="sites-help" class="hint">
        {t('sitesHelp')}
      </p>
      <fieldset aria-describedby="sites-help" disabled={!switches} class="site-switch-list">
        <legend>{t('sitesLegend')}</legend>
        {SITES.map(({ id, domain }) => (
          <div key={id} class="site-switch">
            <input
              type="checkbox"
              role="switch"
              id={`site-${id}`}
              checked={switches?.[id] ?? true}
              onChange={(event) => toggle(id, event.currentTarget.checked)}
            />{' '}
            <label for={`site-${id}`}>{t('siteSwitchLabel', { site: domain })}</label>
          </div>
        ))}
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {t('error', { message: error })}
        </p>
      )}
    </section>
  );
}
