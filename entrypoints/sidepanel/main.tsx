import { render } from 'preact';
import { extensionHistoryApi } from '../../components/history/extension-history-api';
import { HistoryPanel } from '../../components/history/history-panel';
import { I18nProvider } from '../../components/i18n';
import '../../components/base.css';
import './sidepanel.css';

render(
  <I18nProvider>
    <HistoryPanel api={extensionHistoryApi} />
  </I18nProvider>,
  document.getElementById('app')!,
);
