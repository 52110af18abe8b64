/** Before typing: what can be searched, example queries, and the sets read most recently. */
import type { HistoryEntry } from '../../utils/store/types';
import { useT } from '../i18n';

export const EXAMPLE_QUERIES = [
  'noodfonds',
  'huisbezoek demonstrant',
  'Amerikaanse techgiganten',
  'motie-Kathmann',
];

export interface SearchEmptyStateProps {
  recent: HistoryEntry[];
  readerHref: (documentId: string) => string;
  onExample: (query: string) => void;
  onOpen: (documentId: string) => void;
}

export function SearchEmptyState({ recent, readerHref, onExample, onOpen }: SearchEmptyStateProps) {
  const t = useT();
  return (
    <div class="empty-state">
      <p>{t('emptyIntro')}</p>
      <h2>{t('examplesTitle')}</h2>
      <ul class="examples">
        {EXAMPLE_QUERIES.map((query) => (
          <li key={query}>
            <button type="button" class="chip" onClick={() => onExample(query)}>
              {query}
            </button>
          </li>
        ))}
      </ul>
      {recent.length > 0 && (
        <>
          <h2>{t('recentTitle')}</h2>
          <ul class="recent">
            {recent.map((entry) => (
              <li key={entry.id ?? entry.documentId} data-kamerlezer-doc={entry.documentId}>
                <a
                  href={readerHref(entry.documentId)}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(entry.documentId);
                  }}
                >
                  {entry.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
