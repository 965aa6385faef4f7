import type { Assessment, Direction, Indicator, IndicatorSeries, MierukaDocument, Observation, PlanNode, ScaleLevel, Status, Target } from '../../data-schema/index.js';
import { indexDocument } from './document-query.js';
import { scaleLevel, scaleName } from './lookups.js';

export { scaleLevel, scaleName };

/**
 * How far an indicator has come: the one reading every element (gauge, table, tree, summary)
 * renders. Elements never choose a target, a status or a cell again; they show this.
 *
 * The rule, also in the README ("How status is decided"):
 * 1. A mark in the data wins: a trend arrow whose scale level names a status. A sub-series is
 *    judged by its own mark only; the indicator's mark is the indicator's.
 * 2. A qualitative target (words, no number) takes the status of the carrying plan's latest
 *    graded assessment (達成度 4 → 目標達成), when the plan has one.
 * 3. Progress needs a value observed in a later fiscal year than the baseline (the baseline is
 *    the data's, else the first value). Without one, or without a numeric target: "unknown".
 * 4. The target met (≥ for higher is better, ≤ for lower is better) is "achieved".
 * 5. Otherwise progress p = (latest − baseline) / (target − baseline). p < 0 is "offTrack"
 *    (moving away), p = 0 "flat". With years known, p is compared with the share of the
 *    period elapsed e = (latest year − baseline year) / (target year − baseline year), as
 *    Open SDG compares actual with required growth: p/e ≥ 0.95 "onTrack", below that "behind".
 *    Without years, any p > 0 is "onTrack".
 * Direction is the data's; else 以下 (atMost) means lower is better and 以上 higher; else the
 * target below the baseline means lower is better; else higher is better.
 *
 * Sub-series (小6 / 中3): an indicator with series and no figures of its own (no baseline, no
 * observation) is a heading; its target, if any, is the target of each series that has none
 * (unless every series has its own: then it is the heading's own). An indicator with figures of
 * its own is a total; its target is the total's and a series without a target has none.
 */
export interface Point {
  fiscalYear: number;
  value: number;
  label?: string | undefined;
}

export type StatusSource = 'data' | 'rule' | 'assessment' | 'none';

export interface Reading {
  name: string;
  unit?: string | undefined;
  decimals?: number | undefined;
  baseline?: Point | undefined;
  /** The newest value observed after the baseline; undefined when there is none yet. */
  latest?: Point | undefined;
  /** The baseline cell as printed (it may carry no number: ※基準未設定). */
  baselineCell?: Observation | undefined;
  /** The cell the latest value comes from (for 約, restated values, notes). */
  latestCell?: Observation | undefined;
  /** The target that applies: the series' own, or the heading indicator's (see above). */
  target?: Target | undefined;
  /** True when `target` is the heading indicator's, shared by its series. */
  targetInherited: boolean;
  /** A target in words only. */
  qualitative: boolean;
  /** Observations with a number, oldest first (for sparklines). */
  points: Point[];
  direction: Direction;
  /** Share of the way from baseline to target (may be < 0 or > 1); undefined when not computable. */
  progress?: number | undefined;
  status: Status;
  /** Where the status came from: a mark in the data, the rule above, the plan's assessment, or nowhere. */
  statusSource: StatusSource;
  /** The mark as printed (↑, ↘ …), when the data has one. */
  mark?: string | undefined;
  /** The name of the mark's scale (進捗状況) and the mark's level in it. */
  markScale?: string | undefined;
  markLevel?: ScaleLevel | undefined;
  /** For a qualitative target: the plan's latest graded assessment behind the status. */
  assessment?: { value: string; scale?: string | undefined; label?: string | undefined; text?: string | undefined; fiscalYear?: number | undefined } | undefined;
}

type Series = Pick<IndicatorSeries, 'baseline' | 'target' | 'observations' | 'trend' | 'unit' | 'decimals'>;

const toPoint = (o: Observation | undefined): Point | undefined =>
  o && o.value != null && Number.isFinite(o.value) ? { fiscalYear: o.fiscalYear, value: o.value, label: o.label } : undefined;

/**
 * True when the indicator is read on its own (not only through its series): it has no series,
 * or figures of its own, or a target that no series shares (every series has its own).
 */
export function hasOwnReading(indicator: Indicator): boolean {
  const series = indicator.series ?? [];
  if (!series.length || indicator.baseline != null || (indicator.observations?.length ?? 0) > 0) return true;
  return indicator.target != null && series.every((s) => s.target != null);
}

function inferDirection(explicit: Direction | undefined, target: Target | undefined, baseline: Point | undefined): Direction {
  if (explicit) return explicit;
  if (target?.comparator === 'atMost') return 'decrease';
  if (target?.comparator === 'atLeast') return 'increase';
  if (target?.value != null && baseline && target.value < baseline.value) return 'decrease';
  return 'increase';
}

type Graded = { scale?: string | undefined; value?: string | undefined };

/** The latest assessment with a graded scale level, and that level. */
export function latestGraded<A extends Graded>(doc: MierukaDocument, assessments: readonly A[] | undefined): { a: A; level: ScaleLevel } | undefined {
  const list = assessments ?? [];
  for (let i = list.length - 1; i >= 0; i--) {
    const level = scaleLevel(doc, list[i]!.scale, list[i]!.value);
    if (level) return { a: list[i]!, level };
  }
  return undefined;
}

const when = (a: Assessment): number => a.fiscalYear ?? a.period?.end ?? Number.NEGATIVE_INFINITY;

/** Who gave a grade: the departments named on it (ids where the document gives them), or '' for the item as a whole. */
const byWhom = (a: Assessment): string =>
  (a.departments ?? []).map((d) => d.id ?? d.name).sort().join('\u0000');

/**
 * Every grade an assessment gives, as single-grade assessments (schema 1.1): its own; each
 * department's grade on its shared text (`grades`, on the assessment's scale unless it names one,
 * for the assessment's year); and its period part (`final`, for the period — the document's when
 * it names none).
 */
function gradesOf(a: Assessment, doc: MierukaDocument | undefined): Assessment[] {
  const year = a.fiscalYear ?? (a.period ? undefined : doc?.reportYear);
  const out: Assessment[] = [{ ...a, fiscalYear: year }];
  for (const g of a.grades ?? []) out.push({ scale: g.scale ?? a.scale, value: g.value, departments: g.departments, fiscalYear: year, period: a.period });
  const f = a.final;
  if (f?.value != null) out.push({ scale: f.scale, value: f.value, departments: a.departments, period: f.period ?? doc?.period });
  return out;
}

/**
 * An item's latest grade on each scale from each grader (department, or the item as a whole), in
 * document order: what the progress summary counts and what a tree row shows (issue #23).
 */
export function latestGrades(node: PlanNode, doc?: MierukaDocument): Assessment[] {
  const latest = new Map<string, Assessment>();
  for (const a of (node.assessments ?? []).flatMap((x) => gradesOf(x, doc))) {
    if (!a.scale || a.value == null) continue;
    const key = `${a.scale}\u0001${byWhom(a)}`;
    const seen = latest.get(key);
    // Several grades for the same year from the same grader: the document's last one.
    if (!seen || when(a) >= when(seen)) latest.set(key, a);
  }
  return [...latest.values()];
}

/** The status a node's own assessment gives (the latest one with a graded scale level). */
export function assessedStatus(doc: MierukaDocument, assessments: Graded[] | undefined): { status: Status; value: string; label?: string | undefined } | undefined {
  const graded = latestGraded(doc, assessments);
  return graded && { status: graded.level.status ?? 'unknown', value: graded.level.value, label: graded.level.label };
}

/** The carrying plan's latest graded assessment, for a qualitative target. */
function assessmentOf(doc: MierukaDocument, indicator: Indicator, node: PlanNode | undefined): Pick<Reading, 'assessment' | 'status'> | undefined {
  const carrier = node ?? indexDocument(doc).indicators.get(indicator.id)?.node;
  const graded = carrier && latestGraded(doc, carrier.assessments);
  if (!graded) return undefined;
  const { a, level } = graded;
  return { status: level.status ?? 'unknown', assessment: { value: level.value, scale: scaleName(doc, a.scale), label: level.label, text: a.text, fiscalYear: a.fiscalYear } };
}

/**
 * Reads one indicator, or one of its series (小6 / 中3), in the document's terms. `node` is the
 * plan that carries the indicator (found in the document when not given; used only for a
 * qualitative target).
 */
export function readIndicator(indicator: Indicator, doc?: MierukaDocument, series?: IndicatorSeries, node?: PlanNode): Reading {
  const s: Series = series ?? indicator;
  const observations = s.observations ?? [];
  const cells = observations
    .map((o) => ({ o, p: toPoint(o) }))
    .filter((c): c is { o: Observation; p: Point } => c.p !== undefined)
    .sort((a, b) => a.p.fiscalYear - b.p.fiscalYear);
  const points = cells.map((c) => c.p);
  const baseline = s.baseline ? toPoint(s.baseline) : points[0];
  const baselineCell = s.baseline ?? cells[0]?.o;
  // Progress is measured only by a value from a later year than the baseline: a value in the
  // baseline's own year is the baseline again (as printed twice), not a change.
  const last = cells[cells.length - 1];
  const since = last && baseline && last.p.fiscalYear > baseline.fiscalYear ? last : undefined;
  const inherited = Boolean(series && !series.target && indicator.target && !hasOwnReading(indicator));
  const target = series ? (series.target ?? (inherited ? indicator.target : undefined)) : indicator.target;
  const qualitative = target != null && target.value == null;
  const direction = inferDirection(indicator.direction, target, baseline);
  const trend = s.trend;
  const markLevel = scaleLevel(doc, trend?.scale, trend?.value);
  const base: Reading = {
    name: series ? `${indicator.name}（${series.name}）` : indicator.name,
    unit: s.unit ?? indicator.unit,
    decimals: s.decimals ?? indicator.decimals,
    baseline,
    latest: since?.p,
    baselineCell,
    latestCell: since?.o,
    target,
    targetInherited: inherited,
    qualitative,
    points,
    direction,
    status: 'unknown',
    statusSource: 'none',
    mark: trend?.value,
    markScale: scaleName(doc, trend?.scale),
    markLevel,
    progress: undefined,
  };
  const goal = target?.value;
  const latest = since?.p;
  if (goal != null && baseline && latest && goal !== baseline.value) base.progress = (latest.value - baseline.value) / (goal - baseline.value);
  if (markLevel?.status) return { ...base, status: markLevel.status, statusSource: 'data' };
  if (qualitative && doc) {
    const assessed = assessmentOf(doc, indicator, node);
    return assessed ? { ...base, ...assessed, statusSource: 'assessment' } : base;
  }
  if (goal == null || !baseline || !latest) return base;
  const met = direction === 'decrease' ? latest.value <= goal : latest.value >= goal;
  if (met) return { ...base, status: 'achieved', statusSource: 'rule' };
  const progress = base.progress;
  if (progress === undefined) return base;
  if (progress < 0) return { ...base, status: 'offTrack', statusSource: 'rule' };
  if (progress === 0) return { ...base, status: 'flat', statusSource: 'rule' };
  const targetYear = target?.fiscalYear;
  if (targetYear != null && targetYear > baseline.fiscalYear) {
    const elapsed = (latest.fiscalYear - baseline.fiscalYear) / (targetYear - baseline.fiscalYear);
    if (elapsed > 0) return { ...base, status: progress / elapsed >= 0.95 ? 'onTrack' : 'behind', statusSource: 'rule' };
  }
  return { ...base, status: 'onTrack', statusSource: 'rule' };
}

/** What an indicator shows: its own reading (unless it is a mere heading of its series) and one per series. */
export interface IndicatorReadings {
  own?: Reading | undefined;
  series: Reading[];
}

export function readIndicatorAll(indicator: Indicator, doc?: MierukaDocument, node?: PlanNode): IndicatorReadings {
  return {
    own: hasOwnReading(indicator) ? readIndicator(indicator, doc, undefined, node) : undefined,
    series: (indicator.series ?? []).map((series) => readIndicator(indicator, doc, series, node)),
  };
}

/** One count a summary makes of an indicator: the indicator as a whole, or one of its sub-series. */
export interface Counted {
  series?: IndicatorSeries | undefined;
  reading: Reading;
}

/**
 * What a status count counts of one indicator — the one rule for the summary's counts and for
 * a gauge or table narrowed by status, so they never disagree: an indicator with a status of
 * its own (a mark for the whole, or its own numbers) counts once; when only its sub-series
 * carry numbers, each sub-series counts once.
 */
export function countedReadings(indicator: Indicator, doc?: MierukaDocument, node?: PlanNode): Counted[] {
  const own = readIndicator(indicator, doc, undefined, node);
  const parts = indicator.series ?? [];
  if (!parts.length || own.status !== 'unknown') return [{ reading: own }];
  return parts.map((series) => ({ series, reading: readIndicator(indicator, doc, series, node) }));
}

/**
 * What of an indicator a status filter keeps: nothing (undefined), the whole indicator (it counts
 * once with this status), or the sub-series with this status (it counts per sub-series).
 */
export function narrowToStatus(indicator: Indicator, status: Status, doc?: MierukaDocument, node?: PlanNode): { whole: true } | { series: IndicatorSeries[] } | undefined {
  const counted = countedReadings(indicator, doc, node).filter((c) => c.reading.status === status);
  if (!counted.length) return undefined;
  return counted[0]!.series ? { series: counted.map((c) => c.series!) } : { whole: true };
}
