import { render } from 'preact';
import { I18nProvider } from '../../components/i18n';
import { PopupApp } from '../../components/popup-app';
import '../../components/base.css';
import './popup.css';

render(
  <I18nProvider>
    <PopupApp />
  </I18nProvider>,
  document.getElementById('app')!,
);
