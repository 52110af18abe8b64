/** The share of sets answered, partly answered and unanswered as a ring with a legend. */
import type { SetStatus } from '../../utils/corpus/model';
import type { UiKey } from '../../utils/i18n/strings-ui';
import { percent, ringSlices } from '../../utils/ui/chart-scale';
import { useT } from '../i18n';

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;
const ORDER: { key: SetStatus; label: UiKey }[] = [
  { key: 'answered', label: 'statusAnswered' },
  { key: 'partially-answered', label: 'statusPartiallyAnswered' },
  { key: 'unanswered', label: 'statusUnanswered' },
];

export function AnsweredRing({ status }: { status: Record<SetStatus, number> }) {
  const t = useT();
  const total = ORDER.reduce((sum, part) => sum + status[part.key], 0);
  const slices = ringSlices(
    ORDER.map((part) => ({ key: part.key, value: status[part.key] })),
    CIRCUMFERENCE,
  );
  return (
    <figure class="chart ring" aria-labelledby="answered-title">
      <figcaption id="answered-title">{t('answeredShare')}</figcaption>
      <div class="ring-body">
        <svg
          viewBox="0 0 140 140"
          width="140"
          height="140"
          aria-hidden="true"
          data-chart="answered"
        >
          <g transform="rotate(-90 70 70)">
            {slices.map((slice) => (
              <circle
                key={slice.key}
                class={`slice slice-${slice.key}`}
                cx="70"
                cy="70"
                r={RADIUS}
                fill="none"
                stroke-width="22"
                stroke-dasharray={slice.dash}
                stroke-dashoffset={slice.offset}
              />
            ))}
          </g>
          <text x="70" y="76" text-anchor="middle" class="ring-figure">
            {percent(status.answered, total)}%
          </text>
        </svg>
        <ul class="legend">
          {ORDER.map((part) => (
            <li key={part.key}>
              <span class={`swatch slice-${part.key}`} aria-hidden="true" />
              {t('answeredShareLegend', {
                label: t(part.label),
                count: status[part.key],
                percent: percent(status[part.key], total),
              })}
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}
