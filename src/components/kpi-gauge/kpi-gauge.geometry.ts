import { extent } from 'd3-array';
import { arcPath } from '../../charts/arc-path.js';
import { linePath } from '../../charts/line-path.js';
import { linearScale } from '../../charts/linear-scale.js';

/**
 * The gauge's shapes, computed from numbers alone: no DOM, no language, no colour.
 * Every shape lives in a fixed viewBox, so the same path strings serve every width (the SVG
 * scales with its container) and are computed once per reading, not once per resize.
 */

/** The arc gauge's viewBox: a half circle over the centre (0, 0), radius 96. */
export const ARC_VIEWBOX = '-100 -100 200 104';
export const ARC_OUTER = 96;
export const ARC_INNER = 72;
/** The bar gauge's viewBox. */
export const BAR_WIDTH = 200;
export const BAR_HEIGHT = 24;
export const BAR_VIEWBOX = `0 0 ${BAR_WIDTH} ${BAR_HEIGHT}`;
/** The sparkline's viewBox. */
export const SPARK_WIDTH = 120;
export const SPARK_HEIGHT = 32;
const SPARK_PAD = 3;

const HALF_PI = Math.PI / 2;

export interface GaugeInput {
  baseline: number;
  target: number;
  latest: number;
}

export interface ArcGeometry {
  /** The whole track, baseline (left) to target (right). */
  track: string;
  /** From the baseline to the latest value, clamped to the track; '' when there is no progress to draw. */
  fill: string;
  /** A needle across the band where the latest value sits (clamped to the track). */
  marker: string;
  /** Where the latest value lies on the baseline → target scale before clamping: < 0 behind the baseline, > 1 past the target. */
  position: number;
}

export interface BarGeometry {
  /** Width of the fill from the left edge (0 … BAR_WIDTH). */
  fill: number;
  /** x of the latest value's marker. */
  marker: number;
  position: number;
}

export interface SparkGeometry {
  path: string;
  /** The last point (the latest value). */
  last: { x: number; y: number };
  /** y of the numeric target, when there is one. */
  targetY?: number | undefined;
}

/**
 * Where the latest value lies between baseline (0) and target (1). A linear scale from
 * [baseline, target] works whichever way is better: for lower-is-better indicators the
 * target is below the baseline, so the domain runs downward and falling values move forward.
 * Undefined when the baseline equals the target (no span to place anything on).
 */
export function gaugePosition({ baseline, target, latest }: GaugeInput): number | undefined {
  if (baseline === target || ![baseline, target, latest].every(Number.isFinite)) return undefined;
  // Halved first: schema-valid extremes (±Number.MAX_VALUE) must not overflow to NaN.
  const position = (latest / 2 - baseline / 2) / (target / 2 - baseline / 2);
  return Number.isFinite(position) ? position : undefined;
}

const band = (endAngle: number) => arcPath(ARC_INNER, ARC_OUTER, 2, -HALF_PI, endAngle);
// The same for every gauge: made once, not once per reading.
const angle = linearScale([0, 1], [-HALF_PI, HALF_PI], true);
const barX = linearScale([0, 1], [0, BAR_WIDTH], true);
const TRACK = band(HALF_PI);

/** The half-circle gauge: track, fill from baseline to latest, and a needle at the latest value. */
export function arcGeometry(input: GaugeInput): ArcGeometry | undefined {
  const position = gaugePosition(input);
  if (position === undefined) return undefined;
  const end = angle(position);
  const fill = end >= HALF_PI ? TRACK : end > -HALF_PI ? band(end) : '';
  const needle = [ARC_INNER - 8, ARC_OUTER + 4].map((r): [number, number] => [r * Math.sin(end), -r * Math.cos(end)]);
  return { track: TRACK, fill, marker: linePath(needle), position };
}

/** The horizontal bar (for narrow places): baseline at the left edge, target at the right. */
export function barGeometry(input: GaugeInput): BarGeometry | undefined {
  const position = gaugePosition(input);
  if (position === undefined) return undefined;
  const at = Math.round(barX(position) * 1000) / 1000;
  return { fill: at, marker: at, position };
}

/**
 * A sparkline of the observations by fiscal year (years keep their real spacing, so a gap in
 * the series shows as a longer step). The target, when numeric, is inside the y domain so
 * the line shows how far there is still to go. Needs two points or more.
 */
export function sparkGeometry(points: readonly { fiscalYear: number; value: number }[], target?: number): SparkGeometry | undefined {
  if (points.length < 2) return undefined;
  const [x0, x1] = extent(points, (p) => p.fiscalYear) as [number, number];
  let [y0, y1] = extent([...points.map((p) => p.value), ...(target != null && Number.isFinite(target) ? [target] : [])]) as [number, number];
  // A flat line gets a band around it: ±1, or wider where ±1 is lost in rounding (above 2^53).
  if (y0 === y1) {
    const pad = Math.max(1, Math.abs(y0) / 2 ** 50);
    [y0, y1] = [y0 - pad, y1 + pad];
  }
  const x = linearScale([x0, x1 === x0 ? x0 + 1 : x1], [SPARK_PAD, SPARK_WIDTH - SPARK_PAD]);
  const y = linearScale([y0, y1], [SPARK_HEIGHT - SPARK_PAD, SPARK_PAD]);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const path = linePath(points.map((p) => [x(p.fiscalYear), y(p.value)]));
  const lastPoint = points[points.length - 1]!;
  return {
    path,
    last: { x: round(x(lastPoint.fiscalYear)), y: round(y(lastPoint.value)) },
    targetY: target != null && Number.isFinite(target) ? round(y(target)) : undefined,
  };
}
