import type { Indicator, IndicatorSeries, MierukaDocument, Observation, PlanNode, Status, Target } from '../../../data-schema/index.js';
import { indicatorsInScope } from '../../core/document-query.js';
import { hasOwnReading, readIndicator, type Reading } from '../../core/progress.js';
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

type Cells = Pick<IndicatorSeries, 'baseline' | 'observations'>;

const hasNumber = (o: Observation | undefined) => o?.value != null && Number.isFinite(o.value);

/** One gauge: an indicator, or one of its series. Everything it states comes from the core's reading. */
export function buildGauge(doc: MierukaDocument, indicator: Indicator, node: PlanNode | undefined, series?: IndicatorSeries): GaugeModel {
  const cells: Cells = series ?? indicator;
  const reading = readIndicator(indicator, doc, series, node);
  const observations = cells.observations ?? [];
  const { target, latest, baseline } = reading;
  const arc = latest && baseline && target?.value != null ? arcGeometry({ baseline: baseline.value, target: target.value, latest: latest.value }) : undefined;
  const lastYear = reading.latestCell?.fiscalYear ?? reading.baselineCell?.fiscalYear ?? -Infinity;
  const sparkPoints = cells.baseline && baseline && reading.points.every((p) => p.fiscalYear > baseline.fiscalYear) ? [baseline, ...reading.points] : reading.points;
  return {
    key: series ? `${indicator.id}/${series.id ?? series.name}` : indicator.id,
    label: series ? series.name : indicator.name,
    reading,
    status: reading.status,
    statusSource: reading.statusSource,
    mark: reading.mark ? `${reading.markScale ? `${reading.markScale} ` : ''}${reading.mark}` : undefined,
    baseline: reading.baselineCell,
    latest: reading.latestCell,
    missing: observations.filter((o) => !hasNumber(o) && o.fiscalYear > lastYear),
    target,
    qualitative: reading.qualitative,
    progress: reading.progress,
    position: arc?.position,
    arc,
    bar: undefined,
    spark: sparkGeometry(sparkPoints, target?.value ?? undefined),
    assessment: reading.assessment && { ...reading.assessment, value: reading.assessment.scale ? `${reading.assessment.scale} ${reading.assessment.value}` : reading.assessment.value },
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
  const own = hasOwnReading(indicator) ? buildGauge(doc, indicator, node) : undefined;
  const overall = !own && indicator.trend ? buildGauge(doc, { ...indicator, series: undefined }, node) : undefined;
  return { key: indicator.id, indicator, node, own, series: all.map((s) => buildGauge(doc, indicator, node, s)), overall };
}

type Built = IndicatorModel | { unknownSeries: string[] };

/**
 * Models depend on the document alone (not on the element, its language or its size), and a
 * document is an immutable snapshot: so they are made once per document and shared by every
 * gauge on the page that shows the same indicator, or the same node's grid.
 */
const memo = new WeakMap<MierukaDocument, Map<string, Built | IndicatorModel[]>>();

function memoised<T extends Built | IndicatorModel[]>(doc: MierukaDocument, key: string, make: () => T): T {
  let models = memo.get(doc);
  if (!models) memo.set(doc, (models = new Map()));
  let built = models.get(key) as T | undefined;
  if (!built) models.set(key, (built = make()));
  return built;
}

/** buildIndicator, once per document, indicator, carrying node and series name. */
export const indicatorModel = (doc: MierukaDocument, indicator: Indicator, node: PlanNode | undefined, seriesName?: string): Built =>
  memoised(doc, `i\u0000${indicator.id}\u0000${node?.id ?? ''}\u0000${seriesName ?? ''}`, () => buildIndicator(doc, indicator, node, seriesName));

/** Every indicator of a node's subtree (or of the whole document), once per document and node. */
export const modelsInScope = (doc: MierukaDocument, node: PlanNode | undefined): IndicatorModel[] =>
  memoised(doc, `n\u0000${node?.id ?? ''}`, () => indicatorsInScope(doc, node).map((e) => indicatorModel(doc, e.indicator, e.node) as IndicatorModel));
