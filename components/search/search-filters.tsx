/**
 * Filters for person, fractie, addressed bewindspersoon, status and the answer clock (late,
 * postponed, answered within the term), each with its label; and the order (relevance or date).
 */
import type { SetStatus } from '../../utils/corpus/model';
import type { ClockFilter, SearchFilters as Filters } from '../../utils/search/types';
import { useT } from '../i18n';

export function activeFilterCount(filters: Filters): number {
  return Object.values(filters).filter((v) => typeof v === 'string' && v.trim() !== '').length;
}

export type SearchSort = 'relevance' | 'date';

export function SearchFilters({
  filters,
  onChange,
  sort,
  onSort,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  sort?: SearchSort;
  onSort?: (sort: SearchSort) => void;
}) {
  const t = useT();
  const text = (key: 'person' | 'party' | 'addressee', label: string) => (
    <label class="filter">
      <span>{label}</span>
      <input
        type="text"
        name={key}
        value={filters[key] ?? ''}
        onInput={(event) => onChange({ ...filters, [key]: event.currentTarget.value || undefined })}
      />
    </label>
  );
  const count = activeFilterCount(filters);
  return (
    <details class="filters" open={count > 0}>
      <summary>
        {t('filters')}
        {count > 0 && ` (${count})`}
      </summary>
      <div class="filter-grid">
        {text('person', t('filterPerson'))}
        {text('party', t('filterParty'))}
        {text('addressee', t('filterAddressee'))}
        <label class="filter">
          <span>{t('filterStatus')}</span>
          <select
            name="status"
            value={filters.status ?? ''}
            onChange={(event) =>
              onChange({
                ...filters,
                status: (event.currentTarget.value || undefined) as SetStatus | undefined,
              })
            }
          >
            <option value="">{t('filterStatusAny')}</option>
            <option value="answered">{t('statusAnswered')}</option>
            <option value="partially-answered">{t('statusPartiallyAnswered')}</option>
            <option value="unanswered">{t('statusUnanswered')}</option>
          </select>
        </label>
        <label class="filter">
          <span>{t('filterClock')}</span>
          <select
            name="clock"
            value={filters.clock ?? ''}
            onChange={(event) =>
              onChange({
                ...filters,
                clock: (event.currentTarget.value || undefined) as ClockFilter | undefined,
              })
            }
          >
            <option value="">{t('filterStatusAny')}</option>
            <option value="late">{t('filterClockLate')}</option>
            <option value="postponed">{t('filterClockPostponed')}</option>
            <option value="on-time">{t('filterClockOnTime')}</option>
          </select>
        </label>
        {onSort && (
          <label class="filter">
            <span>{t('sortLabel')}</span>
            <select
              name="sort"
              value={sort ?? 'relevance'}
              onChange={(event) => onSort(event.currentTarget.value as SearchSort)}
            >
              <option value="relevance">{t('sortRelevance')}</option>
              <option value="date">{t('sortDate')}</option>
            </select>
          </label>
        )}
      </div>
      {count > 0 && (
        <button type="button" class="link-button" onClick={() => onChange({})}>
          {t('clearFilters')}
        </button>
      )}
    </details>
  );
}
