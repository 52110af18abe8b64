import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider, saveLanguageSetting } from '../../components/i18n';
import { OptionsPage, type OptionsApi } from '../../components/options/options-page';
import { SiteSwitchSection, type SiteSwitchApi } from '../../components/options/site-switches';
import { onStoreChange } from '../../components/store-watch';
import { send } from '../../utils/extension/messaging';
import { parseSiteSwitches, SITE_SWITCH_KEY } from '../../utils/extension/site-switch';
import '../../components/base.css';
import './options.css';

const api: OptionsApi = {
  syncStatus: () => send('syncStatus', {}),
  setSyncSource: (url) => send('setSyncSource', { url }),
  syncNow: () => send('syncNow', {}),
  clearLocalData: () => send('clearLocalData', {}),
  requestPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
  saveLanguage: saveLanguageSetting,
  confirm: (message) => window.confirm(message),
  onStoreChange,
};

const sites: SiteSwitchApi = {
  load: async () =>
    parseSiteSwitches((await browser.storage.local.get(SITE_SWITCH_KEY))[SITE_SWITCH_KEY]),
  save: (switches) => browser.storage.local.set({ [SITE_SWITCH_KEY]: switches }),
};

render(
  <I18nProvider>
    <OptionsPage api={api} />
    {/* Its own block after the page's sections, with the same layout (.options). */}
    <div class="options site-switches-block">
      <SiteSwitchSection api={sites} />
    </div>
  </I18nProvider>,
  document.getElementById('app')!,
);
