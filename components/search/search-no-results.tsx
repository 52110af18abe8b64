/** Nothing found: say what to change, and offer the official search for the same words. */
import { officialSearchUrl } from '../../utils/corpus/official-links';
import { useT } from '../i18n';

export function SearchNoResults({
  query,
  filtersOn,
  onClearFilters,
}: {
  query: string;
  filtersOn: boolean;
  onClearFilters: () => void;
}) {
  const t = useT();
  return (
    <div class="no-results" role="status">
      <p>
        <strong>{t('noResults', { query })}</strong>
      </p>
      <ul>
        <li>{t('noResultsSpelling')}</li>
        {filtersOn && (
          <li>
            {t('noResultsFilters')}{' '}
            <button type="button" class="link-button" onClick={onClearFilters}>
              {t('clearFilters')}
            </button>
          </li>
        )}
        <li>
          {t('noResultsOfficial')}{' '}
          <a href={officialSearchUrl(query)} target="_blank" rel="noopener noreferrer">
            {t('officialSearch')}
          </a>
        </li>
      </ul>
    </div>
  );
}
