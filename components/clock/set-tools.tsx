/**
 * The answer clock, "Volg deze set" and "Kopieer als bronvermelding" for a set on the extension's
 * pages (reader view, popup results). The watchlist is reached through a WatchApi passed in, so
 * the components run in tests without a background.
 */
import { useEffect, useState } from 'preact/hooks';
import { citationOf, citationText } from '../../utils/citation/citation';
import type { ClockFacts } from '../../utils/clock/deadline';
import type { KamerDocument } from '../../utils/corpus/model';
import type { WatchEntry } from '../../utils/store/types';
import { useI18n } from '../i18n';
import { ClockLine } from './clock-line';
import { CopyCitation } from './copy-citation';
import { FollowButton } from './follow-button';

export interface WatchApi {
  list(): Promise<WatchEntry[]>;
  follow(documentId: string): Promise<unknown>;
  unfollow(documentId: string): Promise<unknown>;
}

/** The followed set ids, loaded once per page, and a toggle that keeps them current. */
export function useFollowed(watch: WatchApi | undefined) {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!watch) return;
    let live = true;
    watch.list().then(
      (entries) => live && setIds(new Set(entries.map((e) => e.documentId))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [watch]);
  const toggle = async (documentId: string) => {
    if (!watch) return;
    const following = ids.has(documentId);
    await (following ? watch.unfollow(documentId) : watch.follow(documentId));
    setIds((current) => {
      const next = new Set(current);
      if (following) next.delete(documentId);
      else next.add(documentId);
      return next;
    });
  };
  return { ids, toggle };
}

export function FollowToggle({
  documentId,
  title,
  followed,
  onToggle,
}: {
  documentId: string;
  title: string;
  followed: boolean;
  onToggle: (documentId: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <FollowButton
      documentId={documentId}
      followed={followed}
      busy={busy}
      onToggle={() => {
        setBusy(true);
        onToggle(documentId).finally(() => setBusy(false));
      }}
      labels={{
        follow: t('follow'),
        following: t('following'),
        followTitle: t('followLabel', { title }),
        unfollowTitle: t('unfollowLabel', { title }),
      }}
    />
  );
}

export function SetClock({
  facts,
  today,
}: {
  facts: ClockFacts | null | undefined;
  today?: string;
}) {
  const { t, language } = useI18n();
  return <ClockLine facts={facts} language={language} label={t('clockLabel')} today={today} />;
}

/** Reader view: clock, follow and citation under the set's header. */
export function SetTools({
  document: doc,
  clock,
  watch,
  today,
}: {
  document: KamerDocument;
  clock: ClockFacts | null;
  watch?: WatchApi;
  today?: string;
}) {
  const { t, language } = useI18n();
  const { ids, toggle } = useFollowed(watch);
  return (
    <div class="set-tools">
      <SetClock facts={clock} today={today} />
      <div class="set-actions">
        {watch && (
          <FollowToggle
            documentId={doc.id}
            title={doc.title}
            followed={ids.has(doc.id)}
            onToggle={toggle}
          />
        )}
        <CopyCitation
          text={() => citationText(citationOf(doc, language))}
          labels={{
            copy: t('copyCitation'),
            copied: t('citationCopied'),
            failed: t('citationCopyFailed'),
          }}
        />
      </div>
    </div>
  );
}
