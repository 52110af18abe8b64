/**
 * The popup's quick search. Results follow the typing (debounced; a slower, older answer never
 * replaces a newer one). ↓ from the field moves into the results, ↑/↓ move between them,
 * Enter opens; Escape goes back to the field. Data access is passed in, so tests and the
 * popup share this component.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryEntry } from '../../utils/store/types';
import type {
  SearchFilters as Filters,
  SearchRequest,
  SearchResponse,
} from '../../utils/search/types';
import { moveSelection } from '../../utils/ui/list-navigation';
import { useT } from '../i18n';
import { activeFilterCount, SearchFilters } from './search-filters';
import { SearchEmptyState } from './search-empty-state';
import { SearchNoResults } from './search-no-results';
import { SearchResult } from './search-result';

export interface QuickSearchProps {
  search: (request: SearchRequest) => Promise<SearchResponse>;
  recent: HistoryEntry[];
  readerHref: (documentId: string) => string;
  onOpen: (documentId: string) => void;
  debounceMs?: number;
  limit?: number;
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; previous: SearchResponse | null }
  | { kind: 'done'; response: SearchResponse }
  | { kind: 'error'; message: string };

export function QuickSearch({
  search,
  recent,
  readerHref,
  onOpen,
  debounceMs = 120,
  limit = 20,
}: QuickSearchProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const links = useRef<(HTMLAnchorElement | null)[]>([]);
  const latest = useRef(0);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    const trimmed = query.trim();
    const filtersOn = activeFilterCount(filters) > 0;
    if (!trimmed && !filtersOn) {
      latest.current += 1;
      setState({ kind: 'idle' });
      return;
    }
    const ticket = ++latest.current;
    setState((s) => ({
      kind: 'loading',
      previous: s.kind === 'done' ? s.response : s.kind === 'loading' ? s.previous : null,
    }));
    const timer = setTimeout(() => {
      search({ query: trimmed, filters, limit }).then(
        (response) => ticket === latest.current && setState({ kind: 'done', response }),
        (error: unknown) =>
          ticket === latest.current &&
          setState({
            kind: 'error',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [query, filters, search, debounceMs, limit]);

  const response =
    state.kind === 'done' ? state.response : state.kind === 'loading' ? state.previous : null;
  const hits = response?.hits ?? [];

  const focusResult = (index: number) => links.current[index]?.focus();

  const onFieldKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      focusResult(0);
    } else if (event.key === 'Enter' && hits.length) {
      event.preventDefault();
      onOpen(hits[0].document.id);
    }
  };

  const onListKey = (event: KeyboardEvent) => {
    const current = links.current.findIndex((link) => link === document.activeElement);
    if (event.key === 'Escape' || (event.key === 'ArrowUp' && current === 0)) {
      event.preventDefault();
      input.current?.focus();
      return;
    }
    const next = moveSelection(current, event.key, hits.length);
    if (next !== null && current >= 0) {
      event.preventDefault();
      focusResult(next);
    }
  };

  const filtersOn = activeFilterCount(filters) > 0;
  return (
    <div class="quick-search">
      <label class="search-field">
        <span class="visually-hidden">{t('searchLabel')}</span>
        <input
          ref={input}
          type="search"
          name="q"
          autocomplete="off"
          spellcheck={false}
          placeholder={t('searchPlaceholder')}
          aria-describedby="search-hint"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onFieldKey}
        />
      </label>
      <p id="search-hint" class="hint">
        {t('searchKeyboardHint')}
      </p>
      <SearchFilters filters={filters} onChange={setFilters} />
      {state.kind === 'error' && (
        <p class="error" role="alert">
          {t('error', { message: state.message })}
        </p>
      )}
      {state.kind === 'idle' && (
        <SearchEmptyState
          recent={recent}
          readerHref={readerHref}
          onOpen={onOpen}
          onExample={(example) => setQuery(example)}
        />
      )}
      {response && hits.length === 0 && state.kind === 'done' && (
        <SearchNoResults
          query={query.trim()}
          filtersOn={filtersOn}
          onClearFilters={() => setFilters({})}
        />
      )}
      {hits.length > 0 && (
        <section aria-label={t('resultsLabel')} aria-busy={state.kind === 'loading'}>
          <p class="results-count" role="status">
            {response!.total === 1
              ? t('resultsCountOne')
              : t('resultsCount', { count: response!.total })}
          </p>
          <ol class="results" onKeyDown={onListKey}>
            {hits.map((hit, index) => (
              <SearchResult
                key={hit.document.id}
                hit={hit}
                href={readerHref(hit.document.id)}
                onOpen={onOpen}
                linkRef={(element) => (links.current[index] = element)}
              />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
