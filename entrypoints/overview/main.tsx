import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { OverviewPage } from '../../components/overview-page';
import { send } from '../../utils/extension/messaging';
import '../../components/base.css';
import './overview.css';

const load = () => send('overview', {});

render(
  <I18nProvider>
    <OverviewPage load={load} />
  </I18nProvider>,
  document.getElementById('app')!,
);
