import { render } from 'preact';
import { readerUrl } from '../../components/extension-links';
import { I18nProvider } from '../../components/i18n';
import { ReaderView, type ReaderApi } from '../../components/reader/reader-view';
import { send } from '../../utils/extension/messaging';
import '../../components/base.css';
import './reader.css';

const api: ReaderApi = {
  getDocument: (id) => send('getDocument', { id }),
  getDocuments: (ids) => send('getDocuments', { ids }),
  related: (id) => send('related', { id, limit: 12 }),
  priorAnswers: (id, questionNumber) => send('priorAnswers', { id, questionNumber, limit: 5 }),
  recordVisit: (id) => send('recordVisit', { documentId: id, via: 'reader', url: location.href }),
  readerHref: readerUrl,
};

render(
  <I18nProvider>
    <ReaderView id={new URLSearchParams(location.search).get('id')} api={api} />
  </I18nProvider>,
  document.getElementById('app')!,
);
