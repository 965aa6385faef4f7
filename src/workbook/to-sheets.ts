/** A document → the workbook's sheets as plain rows (no spreadsheet library here). */
import type { Indicator, IndicatorSeries, MierukaDocument, Observation, PlanNode } from '../../data-schema/index.js';
import { toCell, type CellOut, type CodecContext } from './codec.js';
import {
  ACTION_PLAN_COLUMNS, ASSESSMENT_COLUMNS, CATEGORY_COLUMNS, DEPARTMENT_COLUMNS, DOCUMENT_ROWS, FOCUS_AREA_COLUMNS, GRADE_COLUMNS, INDICATOR_COLUMNS,
  LABEL_COLUMNS, LABEL_ON_DOCUMENT, LEVEL_COLUMNS, NODE_COLUMNS, NOTE_COLUMNS, SCALE_COLUMNS, SHEET, SOURCE_COLUMNS, VALUE_DETAIL_COLUMNS, WEB_PAGE_COLUMNS,
  fiscalYearHeader, getPath, setPath, type Column, type SheetKey,
} from './format.js';

export interface SheetOut {
  key: SheetKey;
  name: string;
  columns: Column[];
  rows: CellOut[][];
}

export function codecContext(levels: MierukaDocument['levels']): CodecContext {
  // A level may be unnamed (schema 1.1): the 階層 column then holds its id; the named ones keep their
  // names as long as no name is used twice or is another level's id.
  const ids = new Set(levels.map((l) => l.id));
  const names = levels.flatMap((l) => (l.name ? [l.name] : []));
  const unique = new Set(names).size === names.length && levels.every((l) => !l.name || l.name === l.id || !ids.has(l.name));
  const levelNames = new Map<string, string>();
  const levelIds = new Map<string, string>();
  for (const l of levels) {
    if (unique && l.name) levelNames.set(l.id, l.name);
    levelIds.set(l.id, l.id);
  }
  if (unique) for (const l of levels) if (l.name) levelIds.set(l.name, l.id);
  return { levelNames, levelIds };
}

function walk(nodes: PlanNode[] | undefined, parent: string | undefined, visit: (n: PlanNode, parent: string | undefined) => void): void {
  for (const n of nodes ?? []) {
    visit(n, parent);
    walk(n.children, n.id, visit);
  }
}

/** Rows of a table: each record's value for each column; `@`-columns come from `keys`. */
function row(columns: readonly Column[], record: unknown, keys: Record<string, unknown>, ctx: CodecContext): CellOut[] {
  return columns.map((c) => toCell(c, c.path.startsWith('@') ? getPath(keys, c.path) : getPath(record, c.path), ctx));
}

/** The fiscal years a document's figures fall in, plus its period, so the plan owner sees the columns to fill. */
export function fiscalYearsOf(doc: MierukaDocument): number[] {
  const years = new Set<number>();
  const add = (ind: Indicator | IndicatorSeries) => ind.observations?.forEach((o) => years.add(o.fiscalYear));
  for (const ind of allIndicators(doc)) {
    add(ind.indicator);
    ind.indicator.series?.forEach(add);
  }
  if (doc.period && doc.period.end - doc.period.start < 50) for (let y = doc.period.start; y <= doc.period.end; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

function allIndicators(doc: MierukaDocument): Array<{ owner: string | undefined; indicator: Indicator }> {
  const list: Array<{ owner: string | undefined; indicator: Indicator }> = (doc.indicators ?? []).map((indicator) => ({ owner: undefined, indicator }));
  walk(doc.nodes, undefined, (n) => n.indicators?.forEach((indicator) => list.push({ owner: n.id, indicator })));
  return list;
}

export const fiscalYearColumn = (year: number): Column => ({ ja: fiscalYearHeader(year), en: `FY${year}`, path: `@fy.${year}`, kind: 'value', width: 9, scope: 'both' });

/** Which extras of each kind of figure go on 値の詳細 (the rest has its own column on 指標). */
const DETAIL_PATHS = {
  observation: ['label', 'text', 'approximate', 'date', 'restated', 'note'],
  baseline: ['text', 'approximate', 'date', 'restated', 'note'],
  target: ['approximate', 'restated', 'note'],
} as const;

export function documentToSheets(doc: MierukaDocument): SheetOut[] {
  const ctx = codecContext(doc.levels);
  const sheets: SheetOut[] = [];
  const table = (key: SheetKey, columns: readonly Column[], rows: CellOut[][]) => sheets.push({ key, name: SHEET[key], columns: [...columns], rows });

  sheets.push({
    key: 'document',
    name: SHEET.document,
    columns: [
      { ja: '項目', en: 'Field', path: '@label', kind: 'text', width: 36 },
      { ja: '値', en: 'Value', path: '@value', kind: 'text', width: 60 },
    ],
    rows: DOCUMENT_ROWS.map((c) => [c.ja, toCell(c, getPath(doc, c.path), ctx)]),
  });
  table('levels', LEVEL_COLUMNS, doc.levels.map((l) => row(LEVEL_COLUMNS, l, {}, ctx)));

  const nodes: CellOut[][] = [];
  const assessments: CellOut[][] = [];
  const grades: CellOut[][] = [];
  const focus: CellOut[][] = [];
  const plans: CellOut[][] = [];
  const pages: CellOut[][] = [];
  const notes: CellOut[][] = (doc.notes ?? []).map((text) => row(NOTE_COLUMNS, {}, { '@on': 'document', '@id': doc.id, '@text': text }, ctx));
  walk(doc.nodes, undefined, (n, parent) => {
    nodes.push(row(NODE_COLUMNS, n, { '@parent': parent }, ctx));
    n.assessments?.forEach((a, i) => {
      assessments.push(row(ASSESSMENT_COLUMNS, a, { '@owner': n.id }, ctx));
      for (const g of a.grades ?? []) grades.push(row(GRADE_COLUMNS, g, { '@owner': n.id, '@assessment': i + 1 }, ctx));
    });
    for (const f of n.focusAreas ?? []) focus.push(row(FOCUS_AREA_COLUMNS, f, { '@owner': n.id }, ctx));
    n.actionPlan?.rows.forEach((r, i) => {
      const keys = { '@owner': n.id, '@row': i + 1, '@item': r.item };
      if (r.cells.length === 0) plans.push(row(ACTION_PLAN_COLUMNS, {}, keys, ctx));
      for (const cell of r.cells) plans.push(row(ACTION_PLAN_COLUMNS, cell, keys, ctx));
    });
    for (const p of n.disclosure?.pages ?? []) pages.push(row(WEB_PAGE_COLUMNS, p, { '@owner': n.id, '@kind': 'disclosure' }, ctx));
    for (const p of n.links ?? []) pages.push(row(WEB_PAGE_COLUMNS, p, { '@owner': n.id, '@kind': 'link' }, ctx));
    for (const text of n.notes ?? []) notes.push(row(NOTE_COLUMNS, {}, { '@on': 'node', '@id': n.id, '@text': text }, ctx));
  });
  table('nodes', NODE_COLUMNS, nodes);

  const years = fiscalYearsOf(doc);
  const indicatorColumns = [...INDICATOR_COLUMNS, ...years.map(fiscalYearColumn)];
  const indicators: CellOut[][] = [];
  const details: CellOut[][] = [];
  const detail = (indicatorId: string, series: string | undefined, which: keyof typeof DETAIL_PATHS, year: number | undefined, value: object) => {
    const picked: Record<string, unknown> = {};
    for (const p of DETAIL_PATHS[which]) if ((value as Record<string, unknown>)[p] !== undefined) picked[p] = (value as Record<string, unknown>)[p];
    if (Object.keys(picked).length === 0) return;
    details.push(row(VALUE_DETAIL_COLUMNS, picked, { '@indicator': indicatorId, '@series': series, '@which': which, '@year': year }, ctx));
  };
  const figures = (indicatorId: string, series: string | undefined, s: Indicator | IndicatorSeries, keys: Record<string, unknown>) => {
    const fy: Record<string, number | null> = {};
    for (const o of s.observations ?? []) {
      fy[String(o.fiscalYear)] = o.value;
      detail(indicatorId, series, 'observation', o.fiscalYear, o);
    }
    if (s.baseline) detail(indicatorId, series, 'baseline', s.baseline.fiscalYear, s.baseline);
    if (s.target) detail(indicatorId, series, 'target', s.target.fiscalYear, s.target);
    setPath(keys, '@fy', fy);
  };
  for (const { owner, indicator } of allIndicators(doc)) {
    const keys: Record<string, unknown> = { '@owner': owner };
    figures(indicator.id, undefined, indicator, keys);
    indicators.push(indicatorColumns.map((c) => (c.scope === 'series' ? undefined : toCell(c, c.path.startsWith('@') ? getPath(keys, c.path) : getPath(indicator, c.path), ctx))));
    for (const s of indicator.series ?? []) {
      const skeys: Record<string, unknown> = { '@owner': owner };
      figures(indicator.id, s.name, s, skeys);
      indicators.push(
        indicatorColumns.map((c) => {
          if (c.scope === 'indicator') return c.path === 'id' ? toCell(c, indicator.id, ctx) : undefined;
          return toCell(c, c.path.startsWith('@') ? getPath(skeys, c.path) : getPath(s, c.path), ctx);
        }),
      );
    }
    for (const text of indicator.notes ?? []) notes.push(row(NOTE_COLUMNS, {}, { '@on': 'indicator', '@id': indicator.id, '@text': text }, ctx));
  }
  sheets.push({ key: 'indicators', name: SHEET.indicators, columns: indicatorColumns, rows: indicators });
  table('assessments', ASSESSMENT_COLUMNS, assessments);
  table('grades', GRADE_COLUMNS, grades);

  const scales: CellOut[][] = [];
  for (const s of doc.scales ?? []) {
    s.levels.forEach((level, i) => {
      const keys = { '@scale': i === 0 ? s : { id: s.id } };
      scales.push(row(SCALE_COLUMNS, level, keys, ctx));
    });
  }
  table('scales', SCALE_COLUMNS, scales);
  table('departments', DEPARTMENT_COLUMNS, (doc.departments ?? []).map((d) => row(DEPARTMENT_COLUMNS, d, {}, ctx)));
  table('categories', CATEGORY_COLUMNS, (doc.categories ?? []).map((d) => row(CATEGORY_COLUMNS, d, {}, ctx)));
  table('sources', SOURCE_COLUMNS, (doc.sources ?? []).map((d) => row(SOURCE_COLUMNS, d, {}, ctx)));
  table('focusAreas', FOCUS_AREA_COLUMNS, focus);
  table('actionPlan', ACTION_PLAN_COLUMNS, plans);
  table('webPages', WEB_PAGE_COLUMNS, pages);
  table('valueDetails', VALUE_DETAIL_COLUMNS, details);
  table('notes', NOTE_COLUMNS, notes);
  const labels: CellOut[][] = [];
  const labelRows = (on: string, l: Record<string, string | undefined> | undefined) => {
    for (const [field, text] of Object.entries(l ?? {})) labels.push(row(LABEL_COLUMNS, {}, { '@on': on, '@field': field, '@text': text }, ctx));
  };
  labelRows(LABEL_ON_DOCUMENT, doc.labels);
  for (const l of doc.levels) labelRows(l.id, l.labels);
  table('labels', LABEL_COLUMNS, labels);
  return sheets;
}

export type { Observation };
