import type { SetStatus } from '../utils/corpus/model';
import type { UiKey } from '../utils/i18n/strings-ui';
import { useT } from './i18n';

const LABELS: Record<SetStatus, UiKey> = {
  answered: 'statusAnswered',
  'partially-answered': 'statusPartiallyAnswered',
  unanswered: 'statusUnanswered',
};

export function StatusBadge({ status }: { status: SetStatus }) {
  const t = useT();
  return <span class={`status status-${status}`}>{t(LABELS[status])}</span>;
}
