import type { Direction, Indicator, IndicatorSeries, MierukaDocument, Observation, Status, Target } from '../../data-schema/index.js';

/**
 * How far an indicator has come, read the same way by every element (gauge, table, tree).
 *
 * The rule, also in the README ("How status is decided"):
 * 1. A mark in the data wins: a trend arrow or grade whose scale level names a status.
 * 2. Otherwise, with a numeric target and a latest value: the target met (≥ for higher is
 *    better, ≤ for lower is better) is "achieved".
 * 3. Otherwise progress p = (latest − baseline) / (target − baseline). p < 0 is "offTrack"
 *    (moving away), p = 0 "flat". With years known, p is compared with the share of the
 *    period elapsed e = (latest year − baseline year) / (target year − baseline year), as
 *    Open SDG compares actual with required growth: p/e ≥ 0.95 "onTrack", below that "behind".
 *    Without years, any p > 0 is "onTrack".
 * 4. No numeric target, no latest value or no baseline: "unknown" (never a guess).
 * Direction is the data's; else 以下 (atMost) means lower is better and 以上 higher; else the
 * target below the baseline means lower is better; else higher is better.
 */
export interface Point {
  fiscalYear: number;
  value: number;
  label?: string | undefined;
}

export interface Reading {
  name: string;
  unit?: string | undefined;
  decimals?: number | undefined;
  baseline?: Point | undefined;
  latest?: Point | undefined;
  target?: Target | undefined;
  /** Observations with a number, oldest first (for sparklines). */
  points: Point[];
  direction: Direction;
  /** Share of the way from baseline to target (may be < 0 or > 1); undefined when not computable. */
  progress?: number | undefined;
  status: Status;
  /** Where the status came from: a mark in the data, the rule above, or neither. */
  statusSource: 'data' | 'rule' | 'none';
  /** The mark as printed (↑, ↘ …), when the data has one. */
  mark?: string | undefined;
}

type Series = Pick<IndicatorSeries, 'baseline' | 'target' | 'observations' | 'trend' | 'unit' | 'decimals'>;

const toPoint = (o: Observation | undefined): Point | undefined =>
  o && o.value != null && Number.isFinite(o.value) ? { fiscalYear: o.fiscalYear, value: o.value, label: o.label } : undefined;

function inferDirection(explicit: Direction | undefined, target: Target | undefined, baseline: Point | undefined): Direction {
  if (explicit) return explicit;
  if (target?.comparator === 'atMost') return 'decrease';
  if (target?.comparator === 'atLeast') return 'increase';
  if (target?.value != null && baseline && target.value < baseline.value) return 'decrease';
  return 'increase';
}

function markStatus(doc: MierukaDocument | undefined, trend: Series['trend']): { status?: Status; mark?: string } {
  if (!trend) return {};
  const level = doc?.scales?.find((s) => s.id === trend.scale)?.levels.find((l) => l.value === trend.value);
  return { status: level?.status, mark: trend.value };
}

/** Reads one indicator, or one of its series (小6 / 中3), in the document's terms. */
export function readIndicator(indicator: Indicator, doc?: MierukaDocument, series?: IndicatorSeries): Reading {
  const s: Series = series ?? indicator;
  const points = (s.observations ?? [])
    .map(toPoint)
    .filter((p): p is Point => p !== undefined)
    .sort((a, b) => a.fiscalYear - b.fiscalYear);
  const baseline = toPoint(s.baseline) ?? points[0];
  // Without observations the baseline is also the latest point: the same object, so the
  // checks below see "no progress yet" rather than a change from the baseline to itself.
  const latest = points.length ? points[points.length - 1] : baseline;
  // A series takes the indicator's target only when the indicator has no values of its own:
  // then the target is the series' shared one (not, e.g., the total 76校 for the 42 小学校).
  const target = s.target ?? (series && !indicator.baseline && !indicator.observations?.length ? indicator.target : undefined);
  const direction = inferDirection(indicator.direction, target, baseline);
  const { status: marked, mark } = markStatus(doc, s.trend ?? (series ? undefined : indicator.trend));
  const base: Reading = {
    name: series ? `${indicator.name}（${series.name}）` : indicator.name,
    unit: s.unit ?? indicator.unit,
    decimals: s.decimals ?? indicator.decimals,
    baseline,
    latest,
    target,
    points,
    direction,
    status: 'unknown',
    statusSource: 'none',
    mark,
  };
  const goal = target?.value;
  let progress: number | undefined;
  if (goal != null && baseline && latest && latest !== baseline) {
    const span = goal - baseline.value;
    progress = span === 0 ? undefined : (latest.value - baseline.value) / span;
  }
  base.progress = progress;
  if (marked) return { ...base, status: marked, statusSource: 'data' };
  if (goal == null || !latest) return base;
  const met = direction === 'decrease' ? latest.value <= goal : latest.value >= goal;
  if (met && latest !== baseline) return { ...base, status: 'achieved', statusSource: 'rule' };
  if (progress === undefined) return base;
  if (progress < 0) return { ...base, status: 'offTrack', statusSource: 'rule' };
  if (progress === 0) return { ...base, status: 'flat', statusSource: 'rule' };
  const targetYear = target?.fiscalYear;
  if (targetYear != null && baseline && targetYear > baseline.fiscalYear) {
    const elapsed = (latest!.fiscalYear - baseline.fiscalYear) / (targetYear - baseline.fiscalYear);
    if (elapsed > 0) return { ...base, status: progress / elapsed >= 0.95 ? 'onTrack' : 'behind', statusSource: 'rule' };
  }
  return { ...base, status: 'onTrack', statusSource: 'rule' };
}

/** The status a node's own assessment gives (the latest one with a graded scale level). */
export function assessedStatus(doc: MierukaDocument, assessments: { scale?: string | undefined; value?: string | undefined }[] | undefined): { status: Status; value: string; label?: string | undefined } | undefined {
  for (const a of [...(assessments ?? [])].reverse()) {
    if (!a.scale || a.value == null) continue;
    const level = doc.scales?.find((s) => s.id === a.scale)?.levels.find((l) => l.value === a.value);
    if (level) return { status: level.status ?? 'unknown', value: level.value, label: level.label };
  }
  return undefined;
}
