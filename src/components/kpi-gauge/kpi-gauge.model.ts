import type { Indicator, IndicatorSeries, MierukaDocument, Observation, PlanNode, Status, Target } from '../../../data-schema/index.js';
import { assessedStatus, readIndicator, type Reading } from '../../core/progress.js';
import { arcGeometry, barGeometry, sparkGeometry, type ArcGeometry, type BarGeometry, type SparkGeometry } from './kpi-gauge.geometry.js';

/**
 * What one gauge shows, derived once per reading (document × indicator × series): the core's
 * reading, the source cells behind it (for 約, restated values, printed text and notes), and
 * the geometry. Language-free, so a change of language only re-renders text.
 */
export interface GaugeModel {
  key: string;
  /** The name shown on the gauge: the indicator's, or the series' (小6) inside an indicator. */
  label: string;
  reading: Reading;
  status: Status;
  statusSource: 'data' | 'rule' | 'assessment' | 'none';
  /** The data's mark with its scale's name: "進捗状況 ↑". */
  mark?: string | undefined;
  /** The baseline cell as printed (may have no number: ※基準未設定). */
  baseline?: Observation | undefined;
  /** The latest cell with a number, when there is one besides the baseline. */
  latest?: Observation | undefined;
  /** Cells after the latest one that print no value (—). */
  missing: Observation[];
  target?: Target | undefined;
  /** A target in words only: no arc is drawn. */
  qualitative: boolean;
  /** Progress from baseline (0) to target (1), from the core; undefined when not computable. */
  progress?: number | undefined;
  /** Latest on the baseline → target scale (unclamped); undefined when no gauge can be drawn. */
  position?: number | undefined;
  arc?: ArcGeometry | undefined;
  bar?: BarGeometry | undefined;
  spark?: SparkGeometry | undefined;
  /** For a qualitative target: the carrying node's latest graded assessment (value with its scale's name: 達成度 4). */
  assessment?: { value: string; label?: string | undefined; text?: string | undefined; fiscalYear?: number | undefined } | undefined;
  /** Every cell, oldest first, for the table of values. */
  rows: Observation[];
}

export interface IndicatorModel {
  key: string;
  indicator: Indicator;
  node?: PlanNode | undefined;
  /** The indicator's own gauge (absent when only its sub-series carry numbers). */
  own?: GaugeModel | undefined;
  series: GaugeModel[];
  /** The indicator-wide status when its sub-series are shown (the data's mark printed once for all rows). */
  overall?: GaugeModel | undefined;
}

type Cells = Pick<IndicatorSeries, 'baseline' | 'observations' | 'target' | 'trend'>;

const hasNumber = (o: Observation | undefined) => o?.value != null && Number.isFinite(o.value);
const same = (o: Observation, p: { fiscalYear: number; value: number }) => o.fiscalYear === p.fiscalYear && o.value === p.value;
const hasOwnNumbers = (i: Indicator) => hasNumber(i.baseline) || (i.observations ?? []).some(hasNumber) || i.target != null;

function latestAssessment(doc: MierukaDocument, node: PlanNode | undefined): GaugeModel['assessment'] & { status: Status } | undefined {
  const graded = assessedStatus(doc, node?.assessments);
  if (!graded) return undefined;
  const source = [...(node?.assessments ?? [])].reverse().find((a) => a.value === graded.value && a.scale != null);
  const scale = doc.scales?.find((s) => s.id === source?.scale);
  return { status: graded.status, value: scale ? `${scale.name} ${graded.value}` : graded.value, label: graded.label, text: source?.text, fiscalYear: source?.fiscalYear };
}

/** One gauge: an indicator, or one of its series. */
export function buildGauge(doc: MierukaDocument, indicator: Indicator, node: PlanNode | undefined, series?: IndicatorSeries): GaugeModel {
  const cells: Cells = series ?? indicator;
  // A sub-row without a target of its own inherits the indicator's only when the indicator is a
  // mere heading for its rows (小6 / 中3). When the indicator has its own figures (委託校数 66 → 76
  // with 小学校 42 and 中学校 24 below), its target is the total's and does not fit a row.
  const read = series && !series.target && hasOwnNumbers(indicator) ? { ...indicator, target: undefined } : indicator;
  let reading = readIndicator(read, doc, series);
  const observations = cells.observations ?? [];
  const baseline = cells.baseline ?? (reading.baseline && observations.find((o) => same(o, reading.baseline!)));
  const latestPoint = reading.points[reading.points.length - 1];
  const observed = latestPoint && !(reading.baseline && same(latestPoint, reading.baseline) && (cells.baseline != null || reading.points.length === 1));
  const latest = observed ? [...observations].reverse().find((o) => same(o, latestPoint)) : undefined;
  if (!observed && reading.statusSource === 'rule') {
    // Only a baseline, no value since: the core's rule would judge the baseline against itself.
    reading = { ...reading, status: 'unknown', statusSource: 'none', progress: undefined };
  }
  const target = reading.target;
  const qualitative = target != null && target.value == null;
  let status = reading.status;
  let statusSource: GaugeModel['statusSource'] = reading.statusSource;
  let assessment: GaugeModel['assessment'];
  if (qualitative) {
    const assessed = latestAssessment(doc, node);
    if (assessed) {
      ({ status, ...assessment } = assessed);
      statusSource = 'assessment';
    }
  }
  const trend = cells.trend ?? (series ? undefined : indicator.trend);
  const scale = trend && doc.scales?.find((s) => s.id === trend.scale);
  const input =
    latest && reading.baseline && target?.value != null ? { baseline: reading.baseline.value, target: target.value, latest: latestPoint!.value } : undefined;
  const arc = input && arcGeometry(input);
  const lastYear = latest?.fiscalYear ?? baseline?.fiscalYear ?? -Infinity;
  const sparkPoints = cells.baseline && reading.baseline && reading.points.every((p) => p.fiscalYear > reading.baseline!.fiscalYear) ? [reading.baseline, ...reading.points] : reading.points;
  return {
    key: series ? `${indicator.id}/${series.id ?? series.name}` : indicator.id,
    label: series ? series.name : indicator.name,
    reading,
    status,
    statusSource,
    mark: trend ? `${scale ? `${scale.name} ` : ''}${trend.value}` : undefined,
    baseline,
    latest,
    missing: observations.filter((o) => !hasNumber(o) && o.fiscalYear > lastYear),
    target,
    qualitative,
    progress: reading.progress,
    position: arc?.position,
    arc,
    bar: undefined,
    spark: sparkGeometry(sparkPoints, target?.value ?? undefined),
    assessment,
    rows: cells.baseline && !observations.some((o) => o === cells.baseline) ? [cells.baseline, ...observations] : [...observations],
  };
}

/** The bar's geometry, made on first use (most pages show arcs only). */
export function ensureBar(model: GaugeModel): BarGeometry | undefined {
  if (!model.bar && model.latest && model.reading.baseline && model.target?.value != null) {
    model.bar = barGeometry({ baseline: model.reading.baseline.value, target: model.target.value, latest: model.reading.latest!.value });
  }
  return model.bar;
}

/** An indicator with its sub-series; `seriesName` picks one of them by name or id. */
export function buildIndicator(doc: MierukaDocument, indicator: Indicator, node: PlanNode | undefined, seriesName?: string): IndicatorModel | { unknownSeries: string[] } {
  const all = indicator.series ?? [];
  if (seriesName) {
    const picked = all.find((s) => s.name === seriesName || s.id === seriesName);
    if (!picked) return { unknownSeries: all.map((s) => s.name) };
    return { key: indicator.id, indicator, node, series: [buildGauge(doc, indicator, node, picked)] };
  }
  if (!all.length) return { key: indicator.id, indicator, node, own: buildGauge(doc, indicator, node), series: [] };
  const own = hasOwnNumbers(indicator) ? buildGauge(doc, indicator, node) : undefined;
  const overall = !own && indicator.trend ? buildGauge(doc, { ...indicator, series: undefined }, node) : undefined;
  return { key: indicator.id, indicator, node, own, series: all.map((s) => buildGauge(doc, indicator, node, s)), overall };
}
