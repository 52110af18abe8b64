import type { SetStatus } from '../../utils/corpus/model';
import type { PageKey } from '../../utils/i18n/strings-page';

export const STATUS_KEYS: Record<SetStatus, PageKey> = {
  answered: 'statusAnswered',
  'partially-answered': 'statusPartiallyAnswered',
  unanswered: 'statusUnanswered',
};
