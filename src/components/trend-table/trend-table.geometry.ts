import { linePath } from '../../charts/line-path.js';
import { linearScale } from '../../charts/linear-scale.js';

/**
 * Sparkline geometry: numbers in, path strings out, no DOM. Every row of a table shares one
 * horizontal scale (the table's span of fiscal years), so the sparklines line up with each
 * other and with the year columns; each row has its own vertical scale, which always takes in
 * the target, so the dashed target line is on the chart.
 *
 * linePath (src/charts) draws the line; the two linear maps are the shared linearScale (see why there).
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


export function sparkline({ points, target, span, width, height, inset = 3 }: SparkInput): Sparkline {
  const [first, last] = span[0] === span[1] ? [span[0] - 1, span[1] + 1] : span;
  const x = linearScale([first, last], [inset, width - inset]);
  const values = points.map((p) => p.value).filter((v): v is number => v != null && Number.isFinite(v));
  if (target != null) values.push(target);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!values.length) [lo, hi] = [0, 1];
  else if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const y = linearScale([lo, hi], [height - inset, inset]);
  const sorted = [...points].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const end = [...sorted].reverse().find((p) => p.value != null && Number.isFinite(p.value));
  return {
    line: linePath(sorted.map((p) => (p.value != null && Number.isFinite(p.value) ? [x(p.fiscalYear), y(p.value)] : undefined)), 1),
    target: target != null ? linePath([[inset, y(target)], [width - inset, y(target)]], 1) : undefined,
    last: end ? { x: round(x(end.fiscalYear)), y: round(y(end.value!)) } : undefined,
  };
}
