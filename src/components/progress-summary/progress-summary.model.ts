import type { Indicator, MierukaDocument, PlanNode, Scale, Status } from '../../../data-schema/index.js';
import { STATUS_KEYS, countedReadings, indicatorsInScope, latestGrades, nodesInScope } from '../../core/index.js';

export { latestGrades };

/**
 * What <mieruka-progress-summary> counts, read from a document (and a node) without any DOM.
 * The rules, also in the README ("<mieruka-progress-summary>: how it counts"):
 *
 * Indicators by status — the one status rule (`readIndicator`), never another:
 * - every indicator in scope counts once, as the document lists it (a node's subtree; the
 *   whole document adds its document-wide indicators);
 * - an indicator with sub-series (小6 / 中3) counts once when it has a status of its own (a mark
 *   for the whole, or its own numbers); when only its sub-series carry numbers, each sub-series
 *   counts once (each has its own target), and the summary says how many counts are sub-series.
 *
 * Assessments by grade — on each scale the document defines that an item in scope uses:
 * - an item counts its latest grade on a scale (by fiscal year, or a period's last year);
 * - an item graded per department counts once per department (its latest grade from each);
 *   one grade given jointly by several departments counts once;
 * - re-listed items (再掲: `relistOf`, or the category 再掲) count as the document lists them,
 *   and each count says how many of it are re-listed;
 * - grades come in the scale's own order and words; a grade the scale does not list is shown
 *   as printed, after the scale's levels; a grade carries a status only when its level says so.
 */

/** The order statuses are shown in: best first, then states, then 判定なし. */
export const STATUS_ORDER: readonly Status[] = STATUS_KEYS;

export interface StatusCount {
  status: Status;
  count: number;
  /** How many of the count are sub-series. */
  series: number;
  /** How many of the count sit on re-listed items. */
  relisted: number;
  /** The indicators counted (an indicator counted per sub-series appears once). */
  indicators: string[];
}

export interface IndicatorSummary {
  total: number;
  series: number;
  relisted: number;
  /** Statuses with a count, in STATUS_ORDER. */
  counts: StatusCount[];
}

export interface GradeCount {
  /** The grade as printed (4, A, 完了, -). */
  value: string;
  /** The document's wording for it, when the scale gives one. */
  label?: string | undefined;
  /** Its meaning, only when the scale's level gives one. */
  status?: Status | undefined;
  /** False for a grade the scale does not list (shown as printed, after the listed ones). */
  listed: boolean;
  count: number;
  relisted: number;
  /** The items counted (an item graded by two departments appears once). */
  nodes: string[];
}

export interface ScaleSummary {
  id: string;
  name: string;
  total: number;
  relisted: number;
  /** How many counts are one department's grade of an item graded per department. */
  perDepartment: number;
  /** The fiscal years the counted grades are for (last year of a period), ascending. */
  years: number[];
  /** The levels of the items counted (one level: its counter word names them, e.g. 99事業). */
  levels: string[];
  /** Every level of the scale in its order (zero counts included), then unlisted grades. */
  grades: GradeCount[];
}

export interface Summary {
  indicators: IndicatorSummary;
  scales: ScaleSummary[];
}

export const isRelisted = (node: PlanNode | undefined): boolean => Boolean(node && (node.relistOf || node.category === '再掲'));

function countIndicators(doc: MierukaDocument, node: PlanNode | undefined): IndicatorSummary {
  const counts = new Map<Status, StatusCount>();
  let total = 0;
  let series = 0;
  let relisted = 0;
  const add = (status: Status, indicator: Indicator, owner: PlanNode | undefined, isSeries: boolean) => {
    let c = counts.get(status);
    if (!c) counts.set(status, (c = { status, count: 0, series: 0, relisted: 0, indicators: [] }));
    c.count++;
    total++;
    if (!c.indicators.includes(indicator.id)) c.indicators.push(indicator.id);
    if (isSeries) {
      c.series++;
      series++;
    }
    if (isRelisted(owner)) {
      c.relisted++;
      relisted++;
    }
  };
  for (const { indicator, node: owner } of indicatorsInScope(doc, node)) {
    // The owner goes with it, as every element reads it: a target in words takes its plan's grade.
    // The core's one counting rule, which a gauge or table narrowed by status also applies.
    for (const c of countedReadings(indicator, doc, owner)) add(c.reading.status, indicator, owner, Boolean(c.series));
  }
  return { total, series, relisted, counts: STATUS_ORDER.flatMap((s) => counts.get(s) ?? []) };
}

function countGrades(doc: MierukaDocument, node: PlanNode | undefined): ScaleSummary[] {
  const scales = new Map<string, ScaleSummary>();
  const defined = new Map<string, Scale>((doc.scales ?? []).map((s) => [s.id, s]));
  const summaryOf = (id: string): ScaleSummary => {
    let s = scales.get(id);
    if (!s) {
      const scale = defined.get(id);
      const grades = (scale?.levels ?? []).map((l): GradeCount => ({ value: l.value, label: l.label, status: l.status, listed: true, count: 0, relisted: 0, nodes: [] }));
      scales.set(id, (s = { id, name: scale?.name ?? id, total: 0, relisted: 0, perDepartment: 0, years: [], levels: [], grades }));
    }
    return s;
  };
  for (const item of nodesInScope(doc, node)) {
    const relisted = isRelisted(item);
    const grades = latestGrades(item, doc);
    for (const a of grades) {
      const s = summaryOf(a.scale!);
      let g = s.grades.find((x) => x.value === a.value);
      if (!g) s.grades.push((g = { value: a.value!, listed: false, count: 0, relisted: 0, nodes: [] }));
      g.count++;
      s.total++;
      if (!g.nodes.includes(item.id)) g.nodes.push(item.id);
      if (relisted) {
        g.relisted++;
        s.relisted++;
      }
      // One department's grade of an item that more than one grader graded on this scale.
      if (grades.filter((b) => b.scale === a.scale).length > 1) s.perDepartment++;
      const year = a.fiscalYear ?? a.period?.end;
      if (year != null && !s.years.includes(year)) s.years.push(year);
      if (!s.levels.includes(item.level)) s.levels.push(item.level);
    }
  }
  // In the document's order of scales; a scale used but not defined (the schema's references
  // check forbids it, but a summary never throws) comes last, named by its id.
  const order = [...defined.keys()];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  for (const s of scales.values()) s.years.sort((a, b) => a - b);
  return [...scales.values()].sort((a, b) => rank(a.id) - rank(b.id));
}

/** The summary of a node's subtree, or of the whole document. */
export function summarize(doc: MierukaDocument, node?: PlanNode): Summary {
  return { indicators: countIndicators(doc, node), scales: countGrades(doc, node) };
}

/** Ids of the indicators a status count counts, for narrowing linked widgets. */
export function statusCount(summary: Summary, status: string): StatusCount | undefined {
  return summary.indicators.counts.find((c) => c.status === status);
}

/** The count of a grade on a scale. */
export function gradeCount(summary: Summary, scale: string, value: string): GradeCount | undefined {
  return summary.scales.find((s) => s.id === scale)?.grades.find((g) => g.value === value);
}
