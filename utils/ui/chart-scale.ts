/**
 * Small helpers for the overview's hand-made SVG charts: a linear scale with "nice" ticks and
 * the arcs of a share (answered / partly / unanswered) as a ring.
 */
export interface LinearScale {
  /** Value → pixels in [0, size]. */
  (value: number): number;
  max: number;
  ticks: number[];
}

/** The smallest of 1, 2, 5 × 10^k that is ≥ value / count, so ticks fall on round numbers. */
export function niceStep(max: number, count: number): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10])
    if (factor * magnitude >= raw) return Math.max(1, factor * magnitude);
  return 10 * magnitude;
}

export function linearScale(maxValue: number, size: number, tickCount = 4): LinearScale {
  const step = niceStep(maxValue, tickCount);
  const max = Math.max(step, Math.ceil(maxValue / step) * step);
  const scale = ((value: number) =>
    (Math.max(0, Math.min(value, max)) / max) * size) as LinearScale;
  scale.max = max;
  scale.ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  return scale;
}

export interface RingSlice {
  key: string;
  value: number;
  /** Fraction of the whole, 0–1. */
  share: number;
  /** SVG stroke-dasharray / dashoffset for a circle of circumference `circumference`. */
  dash: string;
  offset: number;
}

export function ringSlices(
  parts: readonly { key: string; value: number }[],
  circumference: number,
): RingSlice[] {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  let start = 0;
  return parts.map((part) => {
    const share = total ? part.value / total : 0;
    const length = share * circumference;
    const slice = {
      key: part.key,
      value: part.value,
      share,
      dash: `${length} ${circumference - length}`,
      offset: -start,
    };
    start += length;
    return slice;
  });
}

/** "37 %" style share, rounded, never "NaN". */
export function percent(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 100) : 0;
}
