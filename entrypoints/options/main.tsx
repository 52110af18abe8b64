import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider, saveLanguageSetting } from '../../components/i18n';
import { OptionsPage, type OptionsApi } from '../../components/options/options-page';
import { onStoreChange } from '../../components/store-watch';
import { send } from '../../utils/messages/runtime';
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

render(
  <I18nProvider>
    <OptionsPage api={api} />
  </I18nProvider>,
  document.getElementById('app')!,
);
