/**
 * A horizontal bar chart in plain SVG: one labelled bar per row, value at its end, a light grid
 * on round numbers. A hidden table repeats the figures for screen readers.
 */
import { linearScale } from '../../utils/ui/chart-scale';

export interface BarDatum {
  label: string;
  value: number;
}

const ROW = 26;
const LABEL = 190;
const PLOT = 300;
const TOP = 18;

export function BarChart({
  id,
  title,
  data,
  valueLabel,
}: {
  id: string;
  title: string;
  data: BarDatum[];
  valueLabel: string;
}) {
  const scale = linearScale(Math.max(0, ...data.map((d) => d.value)), PLOT);
  const height = TOP + data.length * ROW + 4;
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${LABEL + PLOT + 40} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
        data-chart={id}
      >
        {scale.ticks.map((tick) => (
          <g key={tick} class="tick">
            <line x1={LABEL + scale(tick)} x2={LABEL + scale(tick)} y1={TOP - 4} y2={height} />
            <text x={LABEL + scale(tick)} y={TOP - 6} text-anchor="middle">
              {tick}
            </text>
          </g>
        ))}
        {data.map((d, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={d.label} class="bar" data-label={d.label} data-value={d.value}>
              <text x={LABEL - 8} y={y + ROW / 2 + 4} text-anchor="end" class="bar-label">
                {d.label.length > 28 ? `${d.label.slice(0, 27)}…` : d.label}
              </text>
              <rect
                x={LABEL}
                y={y + 4}
                width={Math.max(1, scale(d.value))}
                height={ROW - 8}
                rx="2"
              />
              <text x={LABEL + scale(d.value) + 6} y={y + ROW / 2 + 4} class="bar-value">
                {d.value}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.label}>
              <th scope="row">{d.label}</th>
              <td>
                {d.value} {valueLabel}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
