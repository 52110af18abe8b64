/** Related sets with the reasons a reader understands ("noemt dezelfde motie: motie-Kathmann c.s."). */
import type { RelatedSet, RelationKind } from '../utils/search/types';
import type { UiKey } from '../utils/i18n/strings-ui';
import { useT } from './i18n';
import { StatusBadge } from './status-badge';

const REASONS: Record<RelationKind, UiKey> = {
  'same-questions': 'reasonSameQuestions',
  'same-motion': 'reasonSameMotion',
  'same-kamerstuk': 'reasonSameKamerstuk',
  'same-news': 'reasonSameNews',
  'same-topic': 'reasonSameTopic',
  'same-submitters': 'reasonSameSubmitters',
};

export function RelatedList({
  sets,
  readerHref,
}: {
  sets: RelatedSet[];
  readerHref: (id: string) => string;
}) {
  const t = useT();
  if (sets.length === 0) return <p class="hint">{t('noRelated')}</p>;
  return (
    <ul class="related-list">
      {sets.map((set) => (
        <li key={set.document.id} class="related" data-kamerlezer-doc={set.document.id}>
          <a href={readerHref(set.document.id)} target="_blank">
            {set.document.title}
          </a>{' '}
          <StatusBadge status={set.document.status} />
          <ul class="reasons">
            {set.reasons.map((reason, i) => (
              <li key={i}>
                {t(REASONS[reason.kind])}
                {reason.detail && `: ${reason.detail}`}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
