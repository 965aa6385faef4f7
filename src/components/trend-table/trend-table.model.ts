import type { Indicator, IndicatorSeries, MierukaDocument, Observation, PlanNode, ScaleLevel, Status, Target } from '../../../data-schema/index.js';
import { ancestors, indicatorsInScope, type IndicatorEntry } from '../../core/document-query.js';
import { hasOwnReading, narrowToStatus, readIndicator, type Reading } from '../../core/progress.js';

/**
 * The trend table as data: which columns the document calls for, one row per indicator (with
 * its sub-rows), the groups they sit in, the numbered notes, and how rows sort. Pure and
 * language-free: the element formats, this module only decides.
 */
export type ColumnKind = 'name' | 'baseline' | 'year' | 'target' | 'trend' | 'progress' | 'department';

export interface Column {
  key: string;
  kind: ColumnKind;
  year?: number | undefined;
  /** The label every value in the column carries (策定時), when they all agree. */
  label?: string | undefined;
  /** The distinct labels of the column when they do not agree. */
  labels: string[];
  /** The fiscal year of every target, when they all agree. */
  targetYear?: number | undefined;
}

export interface Group {
  key: string;
  /** Undefined for the document's own indicators (全体指標). */
  node?: PlanNode | undefined;
  /** The node's ancestors inside the scope, top first. */
  trail: PlanNode[];
}

export interface Progress {
  /** The data's mark (↑ ↗ → …) and its scale level, when there is one. */
  mark?: string | undefined;
  level?: ScaleLevel | undefined;
  status: Status;
  /** True when the status comes from the rule in core/progress, not from the data or an assessment. */
  computed: boolean;
}

export interface Row {
  key: string;
  indicator: Indicator;
  series?: IndicatorSeries | undefined;
  group: Group;
  reading: Reading;
  years: Map<number, Observation>;
  baseline?: Observation | undefined;
  target?: Target | undefined;
  /** The core's reading of the row, as the progress column shows it. */
  progress: Progress;
  sub: Row[];
  /** Position in document order. */
  order: number;
  /** False for a parent whose values all sit in its sub-rows. */
  own: boolean;
}

export interface TableModel {
  columns: Column[];
  /** Top-level rows in document order. */
  rows: Row[];
  groups: Group[];
  /** Note texts, numbered from 1 in document order; identical notes share a number. */
  notes: string[];
  noteIndex: Map<string, number>;
  /** The first and last fiscal year any value or target has (for sparklines). */
  span?: [number, number] | undefined;
  /** The marks used, with their scale levels, for the legend. */
  marks: ScaleLevel[];
  computed: boolean;
}

const yearKey = (year: number) => `y${year}`;

function makeRow(doc: MierukaDocument, entry: IndicatorEntry, group: Group, order: number, series?: IndicatorSeries, parent?: Row): Row {
  const { indicator } = entry;
  const source = series ?? indicator;
  const reading = readIndicator(indicator, doc, series, entry.node);
  const years = new Map<number, Observation>();
  for (const o of source.observations ?? []) years.set(o.fiscalYear, o);
  return {
    key: series ? `${parent!.key}.${parent!.sub.length}` : indicator.id,
    indicator,
    series,
    group,
    reading,
    years,
    baseline: source.baseline,
    target: reading.target,
    progress: { mark: reading.mark, level: reading.markLevel, status: reading.status, computed: reading.statusSource === 'rule' },
    sub: [],
    order,
    own: series !== undefined || hasOwnReading(indicator),
  };
}

/**
 * Builds the table for a document, a node's subtree, or one indicator. `status` keeps the rows
 * that count with it as the progress summary counts them (core `narrowToStatus`): an indicator
 * counted once keeps its row and sub-rows; one counted per sub-series keeps those sub-rows only.
 */
export function buildTable(doc: MierukaDocument, scope?: PlanNode, only?: Indicator, status?: Status): TableModel {
  const entries = only ? indicatorsInScope(doc, scope).filter((e) => e.indicator === only) : indicatorsInScope(doc, scope);
  if (only && !entries.length) entries.push({ indicator: only, node: undefined });
  const groups = new Map<string, Group>();
  const rows: Row[] = [];
  const scopeTrail = scope ? ancestors(doc, scope.id).length : 0;
  for (const entry of entries) {
    const kept = status ? narrowToStatus(entry.indicator, status, doc, entry.node) : { whole: true as const };
    if (!kept) continue;
    const key = entry.node?.id ?? '';
    let group = groups.get(key);
    if (!group) {
      const trail = entry.node ? ancestors(doc, entry.node.id).slice(scopeTrail) : [];
      groups.set(key, (group = { key, node: entry.node, trail }));
    }
    const row = makeRow(doc, entry, group, rows.length);
    const parts = 'series' in kept ? kept.series : (entry.indicator.series ?? []);
    if ('series' in kept) row.own = false;
    for (const series of parts) row.sub.push(makeRow(doc, entry, group, row.order, series, row));
    rows.push(row);
  }

  const all = rows.flatMap((r) => [r, ...r.sub]);
  const years = new Map<number, Set<string | undefined>>();
  const baselineLabels = new Set<string | undefined>();
  const targetYears = new Set<number | undefined>();
  const notes: string[] = [];
  const noteIndex = new Map<string, number>();
  const note = (text: string | undefined) => {
    if (text && !noteIndex.has(text)) noteIndex.set(text, notes.push(text));
  };
  const cellNotes = (o: Observation | Target | undefined) => {
    note(o?.note);
    for (const r of o?.restated ?? []) note(r.note);
  };
  let lo = Infinity;
  let hi = -Infinity;
  const span = (year: number | undefined) => {
    if (year === undefined) return;
    lo = Math.min(lo, year);
    hi = Math.max(hi, year);
  };
  let hasTrend = false;
  for (const row of all) {
    if (row.baseline) {
      baselineLabels.add(row.baseline.label);
      cellNotes(row.baseline);
      span(row.baseline.fiscalYear);
    }
    for (const [year, o] of [...row.years].sort((a, b) => a[0] - b[0])) {
      let labels = years.get(year);
      if (!labels) years.set(year, (labels = new Set()));
      labels.add(o.label);
      cellNotes(o);
      span(year);
    }
    if (row.target) {
      targetYears.add(row.target.fiscalYear);
      cellNotes(row.target);
      span(row.target.fiscalYear);
    }
    if (row.reading.points.length + (row.baseline && !row.years.has(row.baseline.fiscalYear) ? 1 : 0) > 1) hasTrend = true;
  }

  const agreed = <T>(values: Set<T>) => (values.size === 1 ? [...values][0] : undefined);
  const distinct = (labels: Set<string | undefined>) => (labels.size > 1 ? [...labels].filter((l): l is string => !!l) : []);
  const columns: Column[] = [{ key: 'name', kind: 'name', labels: [] }];
  // Baselines that disagree say when they were taken in each cell; the header need not list them.
  if (baselineLabels.size) columns.push({ key: 'baseline', kind: 'baseline', label: agreed(baselineLabels), labels: [] });
  for (const [year, labels] of [...years].sort((a, b) => a[0] - b[0])) {
    columns.push({ key: yearKey(year), kind: 'year', year, label: agreed(labels), labels: distinct(labels) });
  }
  if (targetYears.size) columns.push({ key: 'target', kind: 'target', labels: [], targetYear: agreed(targetYears) });
  const shown = all.filter((r) => r.progress && (r.progress.mark || r.progress.status !== 'unknown'));
  if (shown.length) columns.push({ key: 'progress', kind: 'progress', labels: [] });
  if (hasTrend) columns.push({ key: 'trend', kind: 'trend', labels: [] });
  if (rows.some((r) => r.indicator.departments?.length)) columns.push({ key: 'department', kind: 'department', labels: [] });

  const marks = new Map<string, ScaleLevel>();
  for (const r of shown) if (r.progress?.mark && r.progress.level) marks.set(r.progress.mark, r.progress.level);
  return {
    columns,
    rows,
    groups: [...groups.values()],
    notes,
    noteIndex,
    span: lo <= hi ? [lo, hi] : undefined,
    marks: [...marks.values()],
    computed: shown.some((r) => r.progress?.computed),
  };
}

export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: string;
  direction: SortDirection;
}

const STATUS_RANK: Partial<Record<Status, number>> = { achieved: 6, done: 6, onTrack: 5, flat: 4, behind: 3, offTrack: 2 };

/** What a row sorts by in a column: a number, a string, or undefined (sorted last either way). */
export function sortValue(row: Row, column: Column): number | string | undefined {
  // A parent without values of its own sorts by its first sub-row (小6 before 中3, as printed).
  const r = row.own || !row.sub.length ? row : row.sub[0]!;
  switch (column.kind) {
    case 'name':
      return row.indicator.name;
    case 'baseline':
      return r.baseline?.value ?? undefined;
    case 'year':
      return r.years.get(column.year!)?.value ?? undefined;
    case 'target':
      return r.target?.value ?? undefined;
    case 'progress': {
      const p = row.progress;
      return p.level?.rank ?? STATUS_RANK[p.status];
    }
    case 'department':
      return row.indicator.departments?.map((d) => d.name).join('、') || undefined;
    default:
      return undefined;
  }
}

const collators = new Map<string, Intl.Collator>();

/** All rows ordered by a column (a new array); empty cells last in both directions, ties in document order. */
export function sortRows(rows: readonly Row[], column: Column, direction: SortDirection, lang: string): Row[] {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang, { numeric: true })));
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: sortValue(row, column) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      return a.value === b.value ? a.row.order - b.row.order : a.value === undefined ? 1 : -1;
    }
    const d = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator!.compare(String(a.value), String(b.value));
    return d ? d * sign : a.row.order - b.row.order;
  });
  return keyed.map((k) => k.row);
}

export interface Segment {
  group?: Group | undefined;
  rows: Row[];
}

/** The first `limit` rows, under their group headings in document order or as one sorted run. */
export function segments(model: TableModel, sorted: readonly Row[] | undefined, limit: number): Segment[] {
  if (sorted) return [{ rows: sorted.slice(0, limit) }];
  const out: Segment[] = [];
  for (const row of model.rows.slice(0, limit)) {
    const last = out[out.length - 1];
    if (last?.group === row.group) last.rows.push(row);
    else out.push({ group: row.group, rows: [row] });
  }
  return out;
}

/** Fraction digits a number has as written (10.91 → 2), so a column's usual precision never rounds a value away. */
export function fractionDigits(value: number): number {
  const s = String(value);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : Math.min(6, s.length - dot - 1);
}
