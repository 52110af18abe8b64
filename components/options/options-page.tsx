/**
 * The options page: sync source (https, or a local server), sync now with progress, the last
 * sync's figures and error, index size, clearing local data, and the language.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus } from '../../utils/store/types';
import { formatBytes, formatDateTime } from '../../utils/ui/format';
import type { LanguageSetting } from '../../utils/extension/language-setting';
import { checkSyncSource } from '../../utils/extension/sync-source';
import { coverageLine } from '../../utils/ui/coverage';
import { OFFICIAL_SOURCE_URL, isOfficialSource } from '../../utils/ui/official-source';
import { useI18n } from '../i18n';
import { ProgressBar } from '../progress-bar';

export interface OptionsApi {
  syncStatus(): Promise<SyncStatus>;
  setSyncSource(url: string | null): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
  clearLocalData(): Promise<unknown>;
  /** Ask for a host permission; must be called straight from the click (a user gesture). */
  requestPermission(pattern: string): Promise<boolean>;
  saveLanguage(setting: LanguageSetting): Promise<void>;
  confirm(message: string): boolean;
  /** Calls back when the sync status changed in the store (a sync step, a finished sync). */
  onStoreChange(callback: () => void): () => void;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function OptionsPage({ api }: { api: OptionsApi }) {
  const { t, language, setting } = useI18n();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [source, setSource] = useState('');
  const [sourceMessage, setSourceMessage] = useState<Message>(null);
  const [dataMessage, setDataMessage] = useState<Message>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let first = true;
    const read = () =>
      api.syncStatus().then(
        (s) => {
          setStatus(s);
          setLoadError(null);
          if (first) setSource(s.sourceUrl ?? '');
          first = false;
        },
        (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)),
      );
    void read();
    // The progress bar follows the store's writes; nothing is asked while nothing changes.
    return api.onStoreChange(() => void read());
  }, [api]);

  const saveSource = (event: Event) => {
    event.preventDefault();
    chooseSource(source);
  };

  // The official corpus is one click, but the same path: permission for its host, then the source.
  const useOfficial = () => {
    setSource(OFFICIAL_SOURCE_URL);
    chooseSource(OFFICIAL_SOURCE_URL);
  };

  const chooseSource = (value: string) => {
    const check = checkSyncSource(value);
    if (!check.ok) {
      const key =
        check.reason === 'empty'
          ? 'sourceEmpty'
          : check.reason === 'insecure'
            ? 'sourceInsecure'
            : 'sourceInvalid';
      setSourceMessage({ kind: 'error', text: t(key) });
      return;
    }
    // permissions.request needs the user gesture: it is the first thing done in the handler.
    api
      .requestPermission(check.permission)
      .then((granted) => {
        if (!granted) {
          setSourceMessage({
            kind: 'error',
            text: t('permissionDenied', { host: new URL(check.url).host }),
          });
          return;
        }
        return api.setSyncSource(check.url).then((s) => {
          setStatus(s);
          setSourceMessage({ kind: 'ok', text: t('sourceSaved') });
        });
      })
      .catch((e: unknown) =>
        setSourceMessage({
          kind: 'error',
          text: t('error', { message: e instanceof Error ? e.message : String(e) }),
        }),
      );
  };

  const removeSource = () => {
    api.setSyncSource(null).then(
      (s) => {
        setStatus(s);
        setSource('');
        setSourceMessage(null);
      },
      (e: unknown) =>
        setSourceMessage({
          kind: 'error',
          text: t('error', { message: e instanceof Error ? e.message : String(e) }),
        }),
    );
  };

  const syncNow = () => {
    api.syncNow().then(setStatus, (e: unknown) =>
      setSourceMessage({
        kind: 'error',
        text: t('error', { message: e instanceof Error ? e.message : String(e) }),
      }),
    );
  };

  const clearData = () => {
    if (!api.confirm(t('confirmClearLocalData'))) return;
    api.clearLocalData().then(
      () => setDataMessage({ kind: 'ok', text: t('localDataCleared') }),
      (e: unknown) =>
        setDataMessage({
          kind: 'error',
          text: t('error', { message: e instanceof Error ? e.message : String(e) }),
        }),
    );
  };

  const last = status?.last;
  const syncing = status?.progress.state === 'syncing';
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {loadError && (
        <p class="error" role="alert">
          {t('error', { message: loadError })}
        </p>
      )}

      <section aria-labelledby="sync-title">
        <h2 id="sync-title">{t('syncSection')}</h2>
        <form onSubmit={saveSource} class="source-form">
          <label for="sync-source">{t('syncSourceLabel')}</label>
          <input
            id="sync-source"
            type="url"
            name="source"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            aria-describedby="sync-source-help"
            value={source}
            onInput={(event) => setSource(event.currentTarget.value)}
          />
          <p id="sync-source-help" class="hint">
            {t('syncSourceHelp')}
          </p>
          <div class="buttons">
            <button type="submit" class="primary">
              {t('saveSource')}
            </button>
            {status?.sourceUrl && (
              <button type="button" onClick={removeSource}>
                {t('removeSource')}
              </button>
            )}
            <button type="button" onClick={syncNow} disabled={syncing}>
              {t('syncNow')}
            </button>
          </div>
          {sourceMessage && (
            <p
              class={sourceMessage.kind === 'error' ? 'error' : 'ok'}
              role={sourceMessage.kind === 'error' ? 'alert' : 'status'}
            >
              {sourceMessage.text}
            </p>
          )}
        </form>
        {status && <ProgressBar progress={status.progress} />}
        <p class="sync-state" data-state={status?.progress.state ?? 'unknown'}>
          {status?.progress.state === 'syncing'
            ? t('syncStateSyncing', { phase: status.progress.phase ?? '' })
            : status?.progress.state === 'done'
              ? t('syncStateDone')
              : status?.progress.state === 'error'
                ? t('syncStateError')
                : t('syncStateIdle')}
        </p>
        {status?.lastError && (
          <p class="error last-error" role="alert">
            {t('lastError', {
              at: formatDateTime(status.lastError.at, language),
              source: status.lastError.source,
              message: status.lastError.message,
            })}
          </p>
        )}
        {last && (
          <p class="coverage" data-kamerlezer-coverage>
            {coverageLine(last, t, language)}
          </p>
        )}
        <h3>{t('lastSync')}</h3>
        {last ? (
          <dl class="figures last-sync">
            <dt>{t('lastSyncWhen')}</dt>
            <dd>{formatDateTime(last.at, language)}</dd>
            <dt>{t('lastSyncSource')}</dt>
            <dd>{last.source === 'bundled' ? t('bundledSource') : last.source}</dd>
            <dt>{t('lastSyncVersion')}</dt>
            <dd>{last.version}</dd>
            <dt>{t('lastSyncSize')}</dt>
            <dd>
              {t('lastSyncFigures', { sets: last.sets, questions: last.questions })},{' '}
              {formatBytes(last.bytes, language)}
            </dd>
          </dl>
        ) : (
          <p class="hint">{t('neverSynced')}</p>
        )}
        <dl class="figures">
          <dt>{t('indexSize')}</dt>
          <dd class="index-size">
            {status?.indexBytes != null
              ? formatBytes(status.indexBytes, language)
              : t('unknownSize')}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="official-title">
        <h2 id="official-title">{t('officialSourceTitle')}</h2>
        <p class="hint">{t('officialSourceHelp', { host: new URL(OFFICIAL_SOURCE_URL).host })}</p>
        {isOfficialSource(status?.sourceUrl) ? (
          <p class="ok" role="status">
            {t('officialSourceInUse')}
          </p>
        ) : (
          <button type="button" class="use-official" onClick={useOfficial}>
            {t('officialSourceUse')}
          </button>
        )}
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">{t('dataSection')}</h2>
        <p class="hint">{t('clearLocalDataHelp')}</p>
        <button type="button" class="danger" onClick={clearData}>
          {t('clearLocalData')}
        </button>
        {dataMessage && (
          <p class={dataMessage.kind === 'error' ? 'error' : 'ok'} role="status">
            {dataMessage.text}
          </p>
        )}
      </section>

      <section aria-labelledby="language-title">
        <h2 id="language-title">{t('languageSection')}</h2>
        <label for="language">{t('languageLabel')}</label>{' '}
        <select
          id="language"
          value={setting}
          onChange={(event) => void api.saveLanguage(event.currentTarget.value as LanguageSetting)}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="nl">{t('languageNl')}</option>
          <option value="en">{t('languageEn')}</option>
        </select>
      </section>
    </main>
  );
}
