import { line } from 'd3-shape';

/**
 * Sparkline geometry: numbers in, path strings out, no DOM. Every row of a table shares one
 * horizontal scale (the table's span of fiscal years), so the sparklines line up with each
 * other and with the year columns; each row has its own vertical scale, which always takes in
 * the target, so the dashed target line is on the chart.
 *
 * d3-shape draws the line; the two linear maps are written out (a sparkline needs no ticks,
 * nice domains or interpolators, and d3-scale would add about 11 kB gzipped to the element).
 */
export interface SparkPoint {
  fiscalYear: number;
  /** null for a year the source shows as — (a gap in the line). */
  value: number | null;
}

export interface SparkInput {
  points: readonly SparkPoint[];
  target?: number | undefined;
  /** First and last fiscal year of the table. */
  span: readonly [number, number];
  width: number;
  height: number;
  /** Room left at each edge for the stroke and the end dot. */
  inset?: number;
}

export interface Sparkline {
  /** The values as a line (gaps where a value is null); '' with fewer than one point. */
  line: string;
  /** The target as a horizontal line across the chart, when there is one. */
  target?: string | undefined;
  /** The last value, for an end dot. */
  last?: { x: number; y: number } | undefined;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The linear map from [d0, d1] onto [r0, r1], as d3's scaleLinear computes it. */
/**
 * A linear map. Values are halved before subtracting so that a span from −Number.MAX_VALUE to
 * Number.MAX_VALUE does not overflow, and an empty span (all values equal, or equal after
 * rounding above 2^53) maps to the middle instead of dividing by zero.
 */
export const linear = (d0: number, d1: number, r0: number, r1: number) => {
  const span = d1 / 2 - d0 / 2;
  return (v: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v / 2 - d0 / 2) / span) * (r1 - r0));
};

export function sparkline({ points, target, span, width, height, inset = 3 }: SparkInput): Sparkline {
  const [first, last] = span[0] === span[1] ? [span[0] - 1, span[1] + 1] : span;
  const x = linear(first, last, inset, width - inset);
  const values = points.map((p) => p.value).filter((v): v is number => v != null && Number.isFinite(v));
  if (target != null) values.push(target);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!values.length) [lo, hi] = [0, 1];
  else if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const y = linear(lo, hi, height - inset, inset);
  const path = line<SparkPoint>()
    .defined((p) => p.value != null && Number.isFinite(p.value))
    .x((p) => x(p.fiscalYear))
    .y((p) => y(p.value!))
    .digits(1);
  const sorted = [...points].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const end = [...sorted].reverse().find((p) => p.value != null && Number.isFinite(p.value));
  const across = line<number>()
    .x((_, i) => (i ? width - inset : inset))
    .y((v) => y(v))
    .digits(1);
  return {
    line: path(sorted) ?? '',
    target: target != null ? (across([target, target]) ?? undefined) : undefined,
    last: end ? { x: round(x(end.fiscalYear)), y: round(y(end.value!)) } : undefined,
  };
}
