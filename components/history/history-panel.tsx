/**
 * The side panel: the current tab's set and its related sets on top, then the history by day,
 * newest first. Remove one, clear all, export as JSON. Data access is passed in (HistoryApi) so
 * the same component runs in tests and in the extension.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { mergeClockFacts, type ClockFacts } from '../../utils/clock/deadline';
import type { HistoryEntry, SyncStatus, WatchEntry } from '../../utils/store/types';
import type { DocumentSummary, RelatedSet } from '../../utils/search/types';
import { groupHistoryByDay, type HistoryDay } from '../../utils/ui/history-by-day';
import { useI18n } from '../i18n';
import { ProgressBar } from '../progress-bar';
import { HistoryEntryItem } from './history-entry';
import { WatchSection } from './watch-section';

export interface HistoryApi {
  list(): Promise<HistoryEntry[]>;
  remove(id: number): Promise<unknown>;
  clear(): Promise<unknown>;
  exportJson(): Promise<void>;
  related(documentId: string): Promise<RelatedSet[]>;
  markSeen(documentId: string): Promise<unknown>;
  syncStatus(): Promise<SyncStatus>;
  currentTabUrl(): Promise<string | null>;
  open(documentId: string): void;
  readerHref(documentId: string): string;
  confirm(message: string): boolean;
  /** Calls back when something outside may have changed (tab switched, page loaded). */
  onOutsideChange(callback: () => void): () => void;
  /** Calls back when the history or the sync status changed in the store (a visit, a sync step). */
  onStoreChange(callback: () => void): () => void;
  /** The watchlist ("Gevolgd"); the section is left out without it. */
  watchlist?(): Promise<WatchEntry[]>;
  unfollow?(documentId: string): Promise<unknown>;
  markWatchSeen?(documentId: string): Promise<unknown>;
  /** Current summaries (with the corpus's dates) of history sets, for their clocks. */
  summaries?(ids: string[]): Promise<(DocumentSummary | null)[]>;
  exportCsv?(): Promise<void>;
  exportMarkdown?(): Promise<void>;
}

export function HistoryPanel({ api, now = Date.now }: { api: HistoryApi; now?: () => number }) {
  const { t, language } = useI18n();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [tabUrl, setTabUrl] = useState<string | null>(null);
  const [sync, setSync] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [watched, setWatched] = useState<WatchEntry[] | null>(null);
  const [clocks, setClocks] = useState<ReadonlyMap<string, ClockFacts>>(new Map());

  const refresh = useCallback(() => {
    api.list().then(
      (list) => {
        setEntries(list);
        setError(null);
        // The corpus's current dates for the newest sets (a sync may have added them).
        const ids = [...new Set(list.map((e) => e.documentId))].slice(0, 100);
        if (api.summaries && ids.length)
          api.summaries(ids).then(
            (summaries) =>
              setClocks(
                new Map(
                  summaries
                    .filter((s): s is DocumentSummary => s !== null && s.clock !== undefined)
                    .map((s) => [s.id, s.clock!]),
                ),
              ),
            () => undefined,
          );
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
    api.watchlist?.().then(setWatched, () => setWatched([]));
    api.currentTabUrl().then(setTabUrl, () => setTabUrl(null));
  }, [api]);

  useEffect(() => {
    const readSync = () => api.syncStatus().then(setSync, () => undefined);
    refresh();
    void readSync();
    const stopOutside = api.onOutsideChange(refresh);
    // No polling: the store says when a visit was recorded, answers arrived or a sync moved on,
    // so an open side panel does not keep the service worker awake.
    const stopStore = api.onStoreChange(() => {
      refresh();
      void readSync();
    });
    return () => {
      stopOutside();
      stopStore();
    };
  }, [api, refresh]);

  const open = (entry: HistoryEntry) => {
    if (entry.answeredSinceVisit) void api.markSeen(entry.documentId).then(refresh);
    api.open(entry.documentId);
  };
  const remove = (entry: HistoryEntry) => {
    if (entry.id === undefined) return;
    void api.remove(entry.id).then(refresh);
  };
  const clear = () => {
    const message = watched?.length ? t('confirmClearHistoryAndWatch') : t('confirmClearHistory');
    if (api.confirm(message)) void api.clear().then(refresh);
  };
  const openWatched = (entry: WatchEntry) => {
    if (entry.changes.length) void api.markWatchSeen?.(entry.documentId).then(refresh);
    api.open(entry.documentId);
  };
  const unfollow = (entry: WatchEntry) => void api.unfollow?.(entry.documentId).then(refresh);
  const clockOf = (entry: HistoryEntry) => {
    const fresh = clocks.get(entry.documentId);
    // The index's facts first; what the visit read from the page fills what the index lacks.
    return fresh ? mergeClockFacts(fresh, entry.clock ?? {}) : entry.clock;
  };
  const nothing = !entries?.length && !watched?.length;

  const current = tabUrl && entries ? entries.find((e) => e.url === tabUrl) : undefined;
  const days: HistoryDay[] = entries ? groupHistoryByDay(entries, now()) : [];
  const dayTitle = (day: HistoryDay) =>
    day.label.kind === 'today'
      ? t('today')
      : day.label.kind === 'yesterday'
        ? t('yesterday')
        : day.label.date.toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          });
  const entryProps = { readerHref: api.readerHref, loadRelated: api.related, onOpen: open };
  const watchSection = watched && api.watchlist && (
    <WatchSection
      entries={watched}
      readerHref={api.readerHref}
      onOpen={openWatched}
      onUnfollow={unfollow}
    />
  );

  return (
    <main class="history">
      <h1>{t('historyTitle')}</h1>
      <p class="hint">{t('historyIntro')}</p>
      {sync && <ProgressBar progress={sync.progress} />}
      {error && (
        <p class="error" role="alert">
          {t('error', { message: error })}
        </p>
      )}
      {current && (
        <section class="current-tab" aria-labelledby="current-tab-title">
          <h2 id="current-tab-title">{t('currentTabTitle')}</h2>
          <ul>
            <HistoryEntryItem
              key={`current-${current.documentId}`}
              entry={current}
              clock={clockOf(current)}
              expanded
              {...entryProps}
            />
          </ul>
        </section>
      )}
      {watchSection}
      <div class="history-actions">
        <button type="button" onClick={() => void api.exportJson()} disabled={nothing}>
          {t('exportHistory')}
        </button>
        {api.exportCsv && (
          <button type="button" onClick={() => void api.exportCsv?.()} disabled={nothing}>
            {t('exportCsv')}
          </button>
        )}
        {api.exportMarkdown && (
          <button type="button" onClick={() => void api.exportMarkdown?.()} disabled={nothing}>
            {t('exportMarkdown')}
          </button>
        )}
        <button type="button" class="danger" onClick={clear} disabled={nothing}>
          {t('clearHistory')}
        </button>
      </div>
      {entries === null && !error && <p class="hint">{t('loading')}</p>}
      {entries?.length === 0 && <p class="empty">{t('historyEmpty')}</p>}
      {days.map((day) => (
        <section key={day.key} class="history-day" aria-labelledby={`day-${day.key}`}>
          <h2 id={`day-${day.key}`}>{dayTitle(day)}</h2>
          <ul>
            {day.entries.map((entry) => (
              <HistoryEntryItem
                key={entry.id ?? `${entry.documentId}-${entry.visitedAt}`}
                entry={entry}
                clock={clockOf(entry)}
                onRemove={remove}
                {...entryProps}
              />
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
