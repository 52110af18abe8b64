/** Filters for person, fractie, addressed bewindspersoon and status, each with its label. */
import type { SetStatus } from '../../utils/corpus/model';
import type { SearchFilters as Filters } from '../../utils/search/types';
import { useT } from '../i18n';

export function activeFilterCount(filters: Filters): number {
  return Object.values(filters).filter((v) => typeof v === 'string' && v.trim() !== '').length;
}

export function SearchFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
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
      </div>
      {count > 0 && (
        <button type="button" class="link-button" onClick={() => onChange({})}>
          {t('clearFilters')}
        </button>
      )}
    </details>
  );
}
