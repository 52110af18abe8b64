import type { KamerDocument } from '../../utils/corpus/model';
import { officialSearchUrl } from '../../utils/corpus/official-links';
import { useT } from '../i18n';
import { PeopleLine } from '../people-line';
import { StatusBadge } from '../status-badge';

export function DocumentHeader({ document: doc }: { document: KamerDocument }) {
  const t = useT();
  return (
    <header class="document-header">
      <h1>{doc.title}</h1>
      <PeopleLine submitters={doc.submitters} addressees={doc.addressees} />
      <p class="document-meta">
        <StatusBadge status={doc.status} />{' '}
        <span>{t('questionCount', { count: doc.questions.length })}</span>
        {doc.occurrences > 1 && (
          <span class="occurrences"> · {t('occurrences', { count: doc.occurrences })}</span>
        )}
        {' · '}
        <a href={officialSearchUrl(doc.title)} target="_blank" rel="noopener noreferrer">
          {t('officialSearch')}
        </a>
      </p>
    </header>
  );
}

/** The parser's warnings, shown as they are: the reader should know when the source is odd. */
export function SourceWarnings({ document: doc }: { document: KamerDocument }) {
  const t = useT();
  if (doc.warnings.length === 0) return null;
  return (
    <aside class="notice source-warnings" aria-labelledby="source-warnings-title">
      <h2 id="source-warnings-title">{t('sourceWarnings')}</h2>
      <ul>
        {doc.warnings.map((warning, i) => (
          <li key={i} data-warning={warning.code}>
            {warning.message}
          </li>
        ))}
      </ul>
    </aside>
  );
}
