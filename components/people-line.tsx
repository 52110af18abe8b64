import type { Person } from '../utils/corpus/model';
import { peopleLabel } from '../utils/ui/people';
import { useT } from './i18n';

/** "Indieners: … · Gericht aan: …" in one compact line. */
export function PeopleLine({
  submitters,
  addressees,
}: {
  submitters: Person[];
  addressees: Person[];
}) {
  const t = useT();
  return (
    <p class="people">
      <span>
        <span class="people-label">{t('submitters')}:</span> {peopleLabel(submitters)}
      </span>
      <span>
        <span class="people-label">{t('addressees')}:</span> {peopleLabel(addressees)}
      </span>
    </p>
  );
}
